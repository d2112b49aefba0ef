// Dutch messages of activities (seed 001 and the broad network's offer).
export const activitiesNl = {
  title: 'Activiteiten',
  intro: 'Studiereizen, vormingen, uitwisselingsdagen en studiedagen van de organisaties op Netwerkplein.',
  none: 'Er zijn nu geen activiteiten gepland.',
  forYou: 'Voor uw netwerken en school',
  kinds: { studiereis: 'Studiereis', vorming: 'Vorming', uitwisselingsdag: 'Uitwisselingsdag', studiedag: 'Studiedag', infosessie: 'Infosessie' },
  by: (org: string) => `door ${org}`,
  when: 'Wanneer',
  where: 'Waar',
  audience: 'Voor wie',
  goals: 'Doel',
  learnings: 'Wat je leert',
  programme: 'Programma',
  price: 'Prijs per persoon',
  free: 'Gratis',
  priceValue: (euro: string) => `€ ${euro}`,
  covers: 'Dit omvat',
  extras: 'Opties',
  extraSeats: (left: number) => (left === 1 ? 'nog 1 plaats' : `nog ${left} plaatsen`),
  full: 'volzet',
  seatsLeft: (left: number, capacity: number) => (left === 0 ? `Volzet (${capacity} plaatsen): inschrijven zet je op de wachtlijst.` : `Nog ${left} van de ${capacity} plaatsen vrij.`),
  deadline: (date: string) => `Inschrijven kan tot ${date}.`,
  visibilityNetwork: 'Voor de leden van het netwerk',
  visibilitySchool: 'Enkel voor één school',
  programmeKinds: { bezoek: 'Bezoek', uitwisseling: 'Uitwisseling', lezing: 'Lezing', sessie: 'Sessie', andere: 'Onderdeel' },
  presenter: (name: string) => `door ${name}`,
  workspaceTab: 'Activiteiten',
  publicTabs: { label: 'Over deze activiteit', overview: 'Overzicht', register: 'Inschrijven', preMeeting: 'Voorbereiding', travel: 'Samen reizen', reactions: 'Reacties' },
  manageTabs: { details: 'Gegevens', participants: 'Deelnemers', checkIn: 'Aanwezigheid', preMeeting: 'Voorbereiding', reactions: 'Reacties', publicPage: 'Publieke pagina' }
};

/** Error keys of this area (merged into `errors`; prefix them with the area to avoid clashes). */
export const activitiesErrorsNl = {
  activityNotFound: 'Deze activiteit bestaat niet (meer).',
  answerRequired: 'Beantwoord deze vraag.',
  answerTooLong: 'Dit antwoord is te lang.',
  answerNotAnOption: 'Kies een van de mogelijke antwoorden.'
};
