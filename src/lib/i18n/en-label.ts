import type { labelPageNl } from './nl-label';

export const labelPageEn: typeof labelPageNl = {
  title: 'Verification of a quality label',
  validTitle: (school: string) => `Quality label of ${school}`,
  valid: (school: string, network: string, year: string) => `Valid: ${school} is a member of ${network} in school year ${year}.`,
  imageAlt: (network: string, year: string) => `The label of ${network} for school year ${year}`,
  school: 'School',
  municipality: 'Municipality',
  network: 'Network',
  organisation: 'Run by',
  memberYears: (n: number) => (n === 1 ? 'Member in school year' : 'Member in the school years'),
  thisLabel: '(this label)',
  meaningTitle: 'What does this label mean?',
  meaning: (school: string, network: string, organisation: string) => [
    `${school} is a member of ${network}: a network of schools supported by ${organisation}. The schools meet to share experiences and learn from each other, so they can help their pupils better.`,
    'A member school may show this quality label, for instance on its website or in its brochure for parents and pupils. The label is for one school year: that year is on it.',
    'The label says that the school takes part in the network. It is not an inspection or a rating of the school itself.'
  ],
  checkTitle: 'How do you know this is true?',
  check: (organisation: string) =>
    `This page comes from Netwerkplein, the platform on which ${organisation} keeps the network and its members. Every time you open the page, we check the member list. If the school is not (or no longer) on the list of that school year, this page says that the label is not valid.`,
  checkHost: (host: string) => `Also check that the address in your browser starts with ${host}.`,
  memberList: (year: string) => `The member list of school year ${year}`,
  invalid: 'This label is not valid.',
  invalidAsked: (school: string, year: string) =>
    `Netwerkplein has no school with institution number ${school} as a member of this network in school year ${year}.`,
  invalidUnreadable: 'The link to this page is incomplete or wrong, so we cannot confirm the label.',
  reasonsTitle: 'How can that be?',
  reasons: [
    'The link is incomplete or was copied wrongly.',
    'The school is not a member of the network in that school year, or no longer.',
    'The label does not come from the network itself.'
  ],
  advice: 'In doubt? Ask the school, or the organisation behind the network.',
  allNetworks: 'All networks on Netwerkplein'
};
