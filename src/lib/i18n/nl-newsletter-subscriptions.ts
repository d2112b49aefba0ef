// Dutch messages of the newsletter subscriptions: the public form, the confirmation, the
// one-click unsubscribe, the preference page and the workspace's list of subscribers (ADR 057).
export const subscriptionsNl = {
  workspaceTab: 'Abonnees',
  form: {
    title: 'Nieuwsbrief',
    intro: (organisation: string) => `Blijf op de hoogte: ontvang de nieuwsbrief van ${organisation} per e-mail. Je krijgt eerst een mail om je inschrijving te bevestigen.`,
    email: 'Je e-mailadres',
    name: 'Je naam (niet verplicht)',
    locale: 'Taal van de nieuwsbrief',
    honeypot: 'Laat dit veld leeg',
    subscribe: 'Inschrijven',
    sent: 'Bijna klaar. Als dit adres nog niet ingeschreven is, krijg je een e-mail met een link om je inschrijving te bevestigen. Pas daarna ontvang je de nieuwsbrief.'
  },
  locales: { nl: 'Nederlands', en: 'Engels' },
  confirm: {
    title: 'Inschrijving bevestigen',
    explain: (organisation: string) => `Bevestig dat je de nieuwsbrief van ${organisation} wilt ontvangen.`,
    button: 'Ja, ik wil de nieuwsbrief ontvangen',
    done: (organisation: string) => `Je bent ingeschreven op de nieuwsbrief van ${organisation}.`,
    preferences: 'Je voorkeuren aanpassen of je afmelden',
    invalid: 'Deze bevestigingslink kennen we niet (meer).',
    expired: 'Deze bevestigingslink is verlopen: hij werkt 7 dagen. Schrijf je opnieuw in, dan krijg je een nieuwe link.',
    subscribeAgain: (organisation: string) => `Opnieuw inschrijven bij ${organisation}`
  },
  unsubscribe: {
    title: 'Afmelden voor de nieuwsbrief',
    explain: (organisation: string, email: string) => `Wil je de nieuwsbrief van ${organisation} niet meer ontvangen op ${email}?`,
    button: 'Afmelden',
    done: (organisation: string) => `Je bent afgemeld. Je ontvangt de nieuwsbrief van ${organisation} niet meer.`,
    already: 'Dit adres is al afgemeld.',
    preferences: 'Naar je voorkeuren'
  },
  preferences: {
    title: (organisation: string) => `Nieuwsbrief van ${organisation}`,
    intro: (email: string) => `Je voorkeuren voor ${email}. Deze pagina opent met de link uit je mails; je hebt geen account nodig.`,
    status: 'Status',
    statuses: { pending: 'Nog niet bevestigd', confirmed: 'Ingeschreven', paused: 'Gepauzeerd', unsubscribed: 'Afgemeld' },
    detailsTitle: 'Naam en taal',
    save: 'Opslaan',
    saved: 'Je voorkeuren zijn opgeslagen.',
    changed: 'Je inschrijving is aangepast.',
    pauseTitle: 'Even geen nieuwsbrief?',
    pauseExplain: 'Pauzeer je inschrijving: je ontvangt niets tot je ze hervat.',
    pause: 'Pauzeren',
    resume: 'Hervatten',
    unsubscribe: 'Afmelden',
    resubscribe: 'Opnieuw inschrijven',
    unsubscribedExplain: 'Je ontvangt deze nieuwsbrief niet meer. Je kunt je hier opnieuw inschrijven.'
  },
  workspace: {
    title: (organisation: string) => `Abonnees van ${organisation}`,
    intro: 'Wie zich via jullie publieke pagina inschreef op de nieuwsbrief. Alleen bevestigde abonnees ontvangen de nieuwsbrief. Wie je verwijdert, wordt afgemeld; dat wordt bijgehouden.',
    countsLabel: 'Abonnees per status',
    search: 'Zoek op e-mailadres of naam',
    statusFilter: 'Status',
    allStatuses: 'Alle',
    searchButton: 'Zoeken',
    address: 'E-mailadres',
    name: 'Naam',
    locale: 'Taal',
    status: 'Status',
    since: 'Sinds',
    remove: 'Verwijderen',
    removed: 'De abonnee is verwijderd en afgemeld.',
    found: (count: number) => (count === 1 ? '1 abonnee gevonden.' : `${count} abonnees gevonden.`),
    none: 'Geen abonnees gevonden.'
  },
  mail: {
    confirmSubject: (organisation: string) => `Bevestig je inschrijving op de nieuwsbrief van ${organisation}`,
    confirmIntro: (organisation: string) => `Je schreef je in op de nieuwsbrief van ${organisation}. Bevestig dat met deze link:`,
    confirmValid: (days: number) => `De link werkt ${days} dagen. Tot je bevestigt, sturen we je niets anders.`,
    alreadySubject: (organisation: string) => `Je bent al ingeschreven op de nieuwsbrief van ${organisation}`,
    alreadyIntro: (organisation: string) => `Iemand (wellicht jij) wilde dit adres inschrijven op de nieuwsbrief van ${organisation}, maar het is al ingeschreven. Er verandert niets.`,
    preferences: 'Je voorkeuren aanpassen of je afmelden:',
    notYou: 'Heb jij dit niet gevraagd? Dan hoef je niets te doen.'
  }
};

/** Error keys of this area (merged into `errors`). */
export const subscriptionsErrorsNl = {
  subscriptionLocaleInvalid: 'Kies Nederlands of Engels.',
  subscriptionRefused: 'We konden je inschrijving niet aannemen. Laad de pagina opnieuw en probeer het nog eens.',
  subscriptionTooFast: 'Dat ging erg snel. Kijk je e-mailadres nog eens na en verstuur het dan opnieuw.',
  subscriptionStale: 'Dit formulier stond meer dan een dag open. Verstuur het opnieuw.',
  subscriptionRateLimited: 'Er zijn het voorbije uur al veel inschrijvingen verstuurd van hieruit of met dit e-mailadres. Probeer het over een uur opnieuw.',
  subscriptionLinkInvalid: 'Deze bevestigingslink kennen we niet (meer).',
  subscriptionLinkExpired: 'Deze bevestigingslink is verlopen: hij werkt 7 dagen. Schrijf je opnieuw in, dan krijg je een nieuwe link.',
  subscriptionOneClickRequired: 'Gebruik de knop om je af te melden.',
  subscriptionChangeInvalid: 'Kies wat je met je inschrijving wilt doen.',
  subscriptionChangeNotAllowed: 'Dat kan niet in de huidige status van je inschrijving.',
  subscriberNotFound: 'Deze abonnee bestaat niet (meer).'
};
