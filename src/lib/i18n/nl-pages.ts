// Dutch messages the learning, school, public and admin pages gained with the design system
// (issue 14): the workspace home's attention list, empty states with a next step, breadcrumbs.
export const pagesNl = {
  workspaceLead: (name: string) => `Welkom, ${name}. Hier staat eerst wat op jou wacht.`,
  attention: {
    title: 'Wat je aandacht vraagt',
    noneTitle: 'Niets dat op je wacht',
    noneText: 'Je hebt geen inschrijvingen te bevestigen of te betalen en geen aanvragen te beantwoorden.',
    register: 'Bevestig je inschrijving',
    registerText: (title: string) => `Je toonde interesse voor ‘${title}’, maar je bent nog niet ingeschreven.`,
    pay: 'Betaal je inschrijving',
    payText: (title: string, amount: string) => `‘${title}’ kost ${amount}; je betaling is nog niet ontvangen.`,
    requests: (count: number) => (count === 1 ? '1 vormingsaanvraag te beantwoorden' : `${count} vormingsaanvragen te beantwoorden`),
    requestsText: (organisation: string) => `Scholen wachten op een antwoord van ${organisation}.`,
    joinRequests: (count: number) => (count === 1 ? '1 vraag om aan te sluiten' : `${count} vragen om aan te sluiten`),
    joinSchoolText: (school: string) => `Mensen vragen om bij ${school} te horen; jij beslist als coördinator.`,
    joinOrganisationText: (organisation: string) => `Mensen vragen om bij een school zonder coördinator in de netwerken van ${organisation} te horen.`,
    joinPlatformText: 'Mensen vragen om bij een school te horen waarvoor niemand anders beslist.',
    nextMeeting: 'Je volgende bijeenkomst',
    meetingText: (network: string, school: string) => `${network}, voor ${school}`
  },
  upcomingMeetingsNone: 'Er zijn geen bijeenkomsten gepland voor de lerende netwerken van je scholen.',
  browseActivities: 'Bekijk de activiteiten',
  networksNoneTitle: 'Nog geen netwerken',
  networksNoneText: 'Maak hieronder het eerste netwerk van je organisatie aan.',
  cohortsNoneTitle: 'Nog geen lerende netwerken',
  meetingsNone: 'Nog geen bijeenkomsten gepland.',
  membersNone: 'Nog geen scholen in dit lerend netwerk.',
  duration: (minutes: number) => `${minutes} minuten`,
  changedOn: 'Datum',
  changeColumn: 'Wijziging',
  reasonColumn: 'Reden',
  organisationsNone: 'Nog geen organisaties.',
  mailsNoneTitle: 'Nog geen mails',
  mailsNoneText: 'Mails die het platform verstuurt of klaarzet, verschijnen hier.'
};
