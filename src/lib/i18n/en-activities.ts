import type { activitiesErrorsNl, activitiesNl } from './nl-activities';

export const activitiesEn: typeof activitiesNl = {
  title: 'Activities',
  intro: 'Study trips, trainings, exchange days and study days of the organisations on Netwerkplein.',
  none: 'No activities are planned right now.',
  forYou: 'For your networks and school',
  kinds: { studiereis: 'Study trip', vorming: 'Training', uitwisselingsdag: 'Exchange day', studiedag: 'Study day', infosessie: 'Info session' },
  by: (org: string) => `by ${org}`,
  when: 'When',
  where: 'Where',
  audience: 'For whom',
  goals: 'Goal',
  learnings: 'What you will learn',
  programme: 'Programme',
  price: 'Price per person',
  free: 'Free',
  priceValue: (euro: string) => `€ ${euro}`,
  covers: 'This covers',
  extras: 'Options',
  extraSeats: (left: number) => (left === 1 ? '1 place left' : `${left} places left`),
  full: 'full',
  seatsLeft: (left: number, capacity: number) => (left === 0 ? `Full (${capacity} places): registering puts you on the waiting list.` : `${left} of ${capacity} places left.`),
  deadline: (date: string) => `Registration is open until ${date}.`,
  visibilityNetwork: 'For the members of the network',
  visibilitySchool: 'For one school only',
  programmeKinds: { bezoek: 'Visit', uitwisseling: 'Exchange', lezing: 'Talk', sessie: 'Session', andere: 'Part' },
  presenter: (name: string) => `by ${name}`,
  workspaceTab: 'Activities',
  publicTabs: { label: 'About this activity', overview: 'Overview', register: 'Register', preMeeting: 'Preparation', travel: 'Travel together', reactions: 'Reactions' },
  manageTabs: { details: 'Details', participants: 'Participants', checkIn: 'Attendance', preMeeting: 'Preparation', reactions: 'Reactions', publicPage: 'Public page' }
};

export const activitiesErrorsEn: typeof activitiesErrorsNl = {
  activityNotFound: 'This activity does not exist (any more).',
  answerRequired: 'Please answer this question.',
  answerTooLong: 'This answer is too long.',
  answerNotAnOption: 'Choose one of the possible answers.'
};
