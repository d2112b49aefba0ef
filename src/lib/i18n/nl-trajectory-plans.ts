// Dutch messages of the action plan's extras, the trajectories overview, editing an offer and closing a trajectory (ADR 049).
export const trajectoryPlansNl = {
  plan: {
    export: 'Exporteren naar Excel',
    print: 'Afdrukken',
    partner: 'Partner',
    partnerField: 'Partner van de netwerkkaart',
    partnerHint: 'Kies uit de partners op de netwerkkaart van de school.',
    noPartner: 'geen partner',
    noMapPartners: 'De netwerkkaart van de school heeft nog geen partners om aan een actie te koppelen.',
    savePartner: 'Partner bewaren',
    partnerTitle: (action: string) => `Partner van „${action}”`,
    reflections: 'Reflecties',
    newReflection: 'Reflectie toevoegen',
    reflectionTitle: (action: string) => `Reflectie over „${action}”`,
    reflectionDate: 'Datum',
    reflectionText: 'Wat merk je? Wat leer je eruit?',
    reflectionHint: 'Schrijf geen gegevens over individuele leerlingen.',
    reflectionBy: (name: string) => `door ${name}`,
    saveReflection: 'Reflectie bewaren',
    saved: { reflection: 'De reflectie staat bij de actie.', partner: 'De partner van de actie is bewaard.' },
    themeReach: (reach: string) => `Reikt tot: ${reach}`,
    closed: 'Dit traject is afgesloten: het actieplan kan niet meer wijzigen.',
    printedOn: (date: string) => `Afgedrukt op ${date}`,
    sheet: {
      name: 'Actieplan',
      fileName: (school: string) => `actieplan-${school}`,
      columns: { theme: 'Thema', goal: 'Doel', action: 'Actie', owner: 'Trekker', deadline: 'Tegen', status: 'Status', reach: 'Verspreiding', evidence: 'Bewijs', partner: 'Partner', reflections: 'Reflecties' }
    }
  },
  evaluation: {
    open: 'Evaluatie en afsluiten',
    title: (school: string) => `Evaluatie: ${school}`,
    intro: 'Het traject sluit af met een evaluatie door de school (de ambassadeur) en door de begeleider. Zodra beide er zijn, is het traject afgesloten en kan er niets meer wijzigen.',
    sides: { school: 'Evaluatie van de school', coach: 'Evaluatie van de begeleider' },
    outcome: 'Wat heeft het traject opgeleverd?',
    outcomeHint: 'Wat is er veranderd in de school, wat werkte, wat minder? Schrijf geen gegevens over individuele leerlingen.',
    continuation: 'Hoe gaat de school verder?',
    notYet: 'Nog niet geschreven.',
    by: (name: string) => `door ${name}`,
    yourSide: (side: string) => `Jouw deel: ${side}`,
    submit: 'Evaluatie bewaren',
    saved: 'De evaluatie is bewaard. Het traject sluit af zodra ook de andere evaluatie er is.',
    closedNow: 'Beide evaluaties zijn er: het traject is afgesloten.',
    closed: 'Dit traject is afgesloten. Alles blijft leesbaar, maar niets kan nog wijzigen.',
    notRunning: 'Een traject wordt geëvalueerd nadat de intake is vastgelegd.'
  },
  overview: {
    title: 'Alle trajecten',
    caption: 'Alle trajecten met hun fase, de volgende sessie, de voortgang van het actieplan en de laatste activiteit',
    school: 'School',
    offer: 'Aanbod',
    phase: 'Fase',
    coach: 'Begeleider',
    nextSession: 'Volgende sessie',
    progress: 'Actieplan',
    lastActivity: 'Laatste activiteit',
    progressOf: (done: number, total: number) => `${done} van ${total} acties klaar`,
    none: '—',
    empty: 'Er loopt nog geen traject.'
  },
  offerEdit: {
    open: 'Aanbod bewerken',
    title: (offer: string) => `Aanbod bewerken: ${offer}`,
    intro: 'Alle velden van het aanbod, met dezelfde controles als bij het publiceren. Het aantal plaatsen van een startjaar kan niet lager dan de aanvaarde trajecten.',
    taken: (taken: number) => (taken === 1 ? '1 traject aanvaard' : `${taken} trajecten aanvaard`),
    submit: 'Wijzigingen bewaren',
    saved: 'Het aanbod is bijgewerkt.'
  }
};

export const trajectoryPlansErrorsNl = {
  trajectoryPlansReflectionRequired: 'Schrijf je reflectie (5 tot 3000 tekens).',
  trajectoryPlansPartnerUnknown: 'Kies een partner van de netwerkkaart van deze school.',
  trajectoryPlansOutcomeRequired: 'Beschrijf wat het traject heeft opgeleverd (20 tot 5000 tekens).',
  trajectoryPlansContinuationRequired: 'Beschrijf hoe de school verder gaat (10 tot 3000 tekens).',
  trajectoryPlansClosed: 'Dit traject is afgesloten: er kan niets meer wijzigen.',
  trajectoryPlansNotRunning: 'Een traject wordt geëvalueerd nadat de intake is vastgelegd.',
  trajectoryPlansPlacesBelowTaken: 'Zoveel trajecten zijn in dit startjaar al aanvaard: het aantal plaatsen kan niet lager.',
  trajectoryPlansYearInUse: 'Een startjaar met aanvragen of trajecten kan niet weg.',
  trajectoryPlansThemeInUse: 'Een thema waaronder scholen al doelen hebben, kan niet weg.'
};
