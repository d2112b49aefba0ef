// English messages of the learning, school, public and admin pages (same keys as nl-pages.ts).
import type { pagesNl } from './nl-pages';

export const pagesEn: typeof pagesNl = {
  workspaceLead: (name: string) => `Welcome, ${name}. What is waiting for you comes first.`,
  attention: {
    title: 'Needs your attention',
    noneTitle: 'Nothing waiting for you',
    noneText: 'You have no registrations to confirm or pay and no requests to answer.',
    register: 'Confirm your registration',
    registerText: (title: string) => `You showed interest in ‘${title}’, but you are not registered yet.`,
    pay: 'Pay your registration',
    payText: (title: string, amount: string) => `‘${title}’ costs ${amount}; your payment has not been received yet.`,
    requests: (count: number) => (count === 1 ? '1 training request to answer' : `${count} training requests to answer`),
    requestsText: (organisation: string) => `Schools are waiting for an answer from ${organisation}.`,
    joinRequests: (count: number) => (count === 1 ? '1 request to join' : `${count} requests to join`),
    joinSchoolText: (school: string) => `People ask to join ${school}; as its coordinator you decide.`,
    joinOrganisationText: (organisation: string) => `People ask to join a school without coordinator in the networks of ${organisation}.`,
    joinPlatformText: 'People ask to join a school nobody else decides for.',
    nextMeeting: 'Your next meeting',
    meetingText: (network: string, school: string) => `${network}, for ${school}`
  },
  upcomingMeetingsNone: 'No meetings are planned for the learning networks of your schools.',
  browseActivities: 'Browse the activities',
  networksNoneTitle: 'No networks yet',
  networksNoneText: 'Create your organisation’s first network below.',
  cohortsNoneTitle: 'No learning networks yet',
  meetingsNone: 'No meetings planned yet.',
  membersNone: 'No schools in this learning network yet.',
  duration: (minutes: number) => `${minutes} minutes`,
  changedOn: 'Date',
  changeColumn: 'Change',
  reasonColumn: 'Reason',
  organisationsNone: 'No organisations yet.',
  mailsNoneTitle: 'No mails yet',
  mailsNoneText: 'Mails the platform sends or queues appear here.'
};
