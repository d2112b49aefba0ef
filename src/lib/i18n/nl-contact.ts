// Dutch messages of the contact form and the organisation's inbox of contact messages (ADR 053).
export const contactNl = {
  inboxTab: 'Berichten',
  form: {
    title: 'Neem contact op',
    intro: (organisation: string) => `Een vraag of een idee? Stuur ${organisation} een bericht. We antwoorden per e-mail.`,
    introNetwork: (network: string, organisation: string) => `Een vraag over ${network}? Stuur ${organisation} een bericht. We antwoorden per e-mail.`,
    name: 'Je naam',
    email: 'Je e-mailadres',
    emailHint: 'Hierop krijg je het antwoord. We gebruiken het voor niets anders.',
    school: 'School (niet verplicht)',
    message: 'Je bericht',
    messageHint: 'Minstens 10 tekens. Zet er geen gegevens van leerlingen in.',
    honeypot: 'Laat dit veld leeg',
    send: 'Bericht versturen',
    sent: 'Bedankt, je bericht is verstuurd. Je krijgt een antwoord op het e-mailadres dat je gaf.'
  },
  inbox: {
    title: (organisation: string) => `Berichten aan ${organisation}`,
    intro: 'Berichten die bezoekers via het contactformulier op jullie publieke pagina’s stuurden. Ze komen ook per e-mail binnen op het adres van de organisatie (of van het netwerk). Een antwoord van hieruit gaat per e-mail naar de afzender.',
    tabsLabel: 'Berichten per status',
    tabs: { new: 'Nieuw', answered: 'Beantwoord', closed: 'Gesloten' },
    empty: { new: 'Geen nieuwe berichten.', answered: 'Nog geen beantwoorde berichten.', closed: 'Geen gesloten berichten.' },
    from: 'Van',
    school: 'School',
    network: 'Over netwerk',
    received: 'Ontvangen',
    answers: 'Antwoorden',
    answeredBy: (name: string) => `Antwoord van ${name}`,
    answer: 'Beantwoorden',
    answerField: 'Je antwoord',
    answerHint: 'Gaat per e-mail naar de afzender, met het bericht eronder. Een antwoord van de afzender komt terug op het adres van de organisatie.',
    sendAnswer: 'Antwoord versturen',
    close: 'Sluiten',
    reopen: 'Opnieuw openen',
    answered: 'Je antwoord is verstuurd.',
    statusChanged: 'De status is aangepast.',
    messageOf: (name: string) => `Bericht van ${name}`
  },
  mail: {
    forwardSubject: (name: string) => `Contactbericht van ${name}`,
    forwardIntro: (organisation: string, network: string | null) =>
      network ? `Via het contactformulier van ${network} (${organisation}) kwam dit bericht binnen.` : `Via het contactformulier van ${organisation} kwam dit bericht binnen.`,
    from: 'Van',
    school: 'School',
    sentAt: 'Verstuurd',
    forwardOutro: (url: string) => `Antwoord door op deze e-mail te antwoorden, of vanuit de werkruimte, waar het bericht bewaard blijft: ${url}`,
    answerSubject: (organisation: string) => `Antwoord van ${organisation} op je bericht`,
    answerSignature: (organisation: string) => `Met vriendelijke groeten,\n${organisation}`,
    yourMessage: (when: string) => `Je bericht van ${when}:`
  }
};

/** Error keys of this area (merged into `errors`). */
export const contactErrorsNl = {
  contactMessageRequired: 'Schrijf een bericht van minstens 10 tekens.',
  contactMessageTooLong: 'Dit bericht is te lang (maximaal 5000 tekens).',
  contactSchoolTooLong: 'De naam van de school is te lang (maximaal 160 tekens).',
  contactRefused: 'We konden je bericht niet aannemen. Laad de pagina opnieuw en verstuur het nog eens.',
  contactTooFast: 'Dat ging erg snel. Lees je bericht nog eens na en verstuur het dan opnieuw.',
  contactStale: 'Dit formulier stond meer dan een dag open. Je bericht staat nog in het formulier: verstuur het opnieuw.',
  contactRateLimited: 'Er zijn het voorbije uur al veel berichten verstuurd van hieruit of met dit e-mailadres. Probeer het over een uur opnieuw.',
  contactNotFound: 'Dit bericht bestaat niet (meer).',
  contactReplyRequired: 'Schrijf een antwoord.',
  contactReplyTooLong: 'Dit antwoord is te lang (maximaal 10.000 tekens).',
  contactStatusInvalid: 'Kies een status: nieuw, beantwoord of gesloten.'
};
