// Demo registrations, registration questions and pre-meeting candidate dates (seed 001): people of
// several demo schools registered for the Hamburg trip, so the organiser's lists are not empty.
// Pure data; the demo accounts used by the e2e journeys (coordinator@, medewerker@) are left free.
import { enterpriseNumberFrom } from '$lib/features/registrations/rules';

const domain = 'demo.netwerkplein.example';

export interface DemoQuestion {
  key: string;
  kind: 'short' | 'long' | 'choice';
  label: string;
  options?: string[];
  required?: boolean;
  dependsOn?: { key: string; answer: string };
}

export const demoQuestions: Record<string, DemoQuestion[]> = {
  'studiereis-hamburg': [
    { key: 'role', kind: 'choice', label: 'Wat is je functie?', options: ['Directeur of bestuurder', 'Intern begeleider', 'Gemeentefunctionaris', 'Andere'], required: true },
    { key: 'municipality', kind: 'short', label: 'Voor welke gemeente werk je?', required: true, dependsOn: { key: 'role', answer: 'Gemeentefunctionaris' } },
    { key: 'together', kind: 'choice', label: 'Kom je samen met iemand van je school of gemeente?', options: ['Ja', 'Nee'] },
    { key: 'train', kind: 'choice', label: 'Reis je met de trein?', options: ['Ja', 'Nee'] },
    { key: 'station', kind: 'short', label: 'Vanuit welk station?', required: true, dependsOn: { key: 'train', answer: 'Ja' } },
    { key: 'question', kind: 'long', label: 'Welke vraag wil je in Hamburg zeker beantwoord zien?' }
  ],
  'vorming-jonge-mantelzorgers-herkennen': [
    { key: 'role', kind: 'short', label: 'Wat is je rol op school?', required: true }
  ]
};

/** Candidate dates (Brussels time) of the preparatory online meeting, with its link. */
export const demoPreMeetings: Record<string, { onlineUrl: string; options: [string, string][] }> = {
  'studiereis-hamburg': {
    onlineUrl: 'https://meet.ouders-en-school.example/hamburg-voorbereiding',
    options: [['2027-10-05', '19:00'], ['2027-10-07', '12:30'], ['2027-10-12', '19:00']]
  }
};

export interface DemoRegistration {
  activitySlug: string;
  email: string;
  status: 'registered' | 'interest';
  answers: Record<string, string>;
  /** Dates of the extras chosen. */
  extras: string[];
  invoice: Record<string, string>;
  paid?: boolean;
  /** Coming together with a municipality (ADR 030): its name in demoMunicipalities and the schools' keys. */
  pair?: { municipality: string; schools: string[] };
}

// Invented enterprise numbers: eight digits of our own, the check digits computed, so the demo
// invoice details pass the registration form when someone changes their registration.
const schoolInvoice = (name: string, firstEight: string, reference: string) =>
  ({ type: 'school', name, enterpriseNumber: enterpriseNumberFrom(firstEight), reference });

export const demoRegistrations: DemoRegistration[] = [
  { activitySlug: 'studiereis-hamburg', email: `nadia.elamrani@${domain}`, status: 'registered', answers: { role: 'Directeur of bestuurder', together: 'Ja' }, extras: ['2027-11-21', '2027-11-22'], invoice: schoolInvoice('GO! Atheneum Brussel', '02542163', 'HAM-2027-01'), paid: true },
  { activitySlug: 'studiereis-hamburg', email: `koen.peeters@${domain}`, status: 'registered', answers: { role: 'Intern begeleider', together: 'Nee', train: 'Ja', station: 'Brussel-Zuid', question: 'Hoe houden jullie de Schulmentoren na het eerste jaar betrokken?' }, extras: ['2027-11-21'], invoice: schoolInvoice('Sint-Lodewijkscollege', '04195610', 'PO 2027-114'), paid: true },
  { activitySlug: 'studiereis-hamburg', email: `griet.vermeulen@${domain}`, status: 'registered', answers: { role: 'Gemeentefunctionaris', municipality: 'Genk', together: 'Ja', train: 'Nee' }, extras: ['2027-11-22'], invoice: { type: 'gemeente', name: 'Stad Genk', enterpriseNumber: enterpriseNumberFrom('02074420'), reference: 'BB/2027/0815' }, pair: { municipality: 'Genk', schools: ['922581'] } },
  // The officer of Gemeente Maastricht with the Dutch school; the invoice goes to the municipality (its details, ADR 030).
  { activitySlug: 'studiereis-hamburg', email: `ruud.hermans@${domain}`, status: 'registered', answers: { role: 'Gemeentefunctionaris', municipality: 'Maastricht', together: 'Ja', train: 'Ja', station: 'Maastricht' }, extras: ['2027-11-21'], invoice: { type: 'gemeente', name: 'Gemeente Maastricht', enterpriseNumber: 'KvK 14632318', reference: 'OJ-2027-33', email: 'facturen@gemeentemaastricht.example', municipality: 'Maastricht' }, pair: { municipality: 'Maastricht', schools: ['brin-31QX00'] } },
  { activitySlug: 'studiereis-hamburg', email: `stijn.maes@${domain}`, status: 'registered', answers: { role: 'Directeur of bestuurder', together: 'Nee' }, extras: [], invoice: schoolInvoice('Sint-Jan Berchmanscollege', '04103875', '') },
  { activitySlug: 'studiereis-hamburg', email: `laura.michiels@${domain}`, status: 'registered', answers: { role: 'Intern begeleider', together: 'Ja' }, extras: ['2027-11-21', '2027-11-22'], invoice: schoolInvoice('Atheneum Mechelen', '02569980', 'ZORG-27') },
  { activitySlug: 'studiereis-hamburg', email: `dries.coppens@${domain}`, status: 'interest', answers: {}, extras: [], invoice: {} }
];
