// Dutch texts of coming together with a municipality (ADR 030): the registration form, the
// organiser's participant list and the export.
export const municipalitiesNl = {
  countries: { BE: 'België', NL: 'Nederland' } as Record<'BE' | 'NL', string>,
  form: {
    legend: 'Samen met een gemeente',
    intro: 'Kom je (liefst) samen met de gemeentefunctionaris van je gemeente, of ben je zelf gemeentefunctionaris? Kies de gemeente en de school of scholen die meekomen. Ieder schrijft zich apart in en heeft een eigen plaats.',
    none: 'Niet samen met een gemeente',
    option: (municipality: string, country: string) => `${municipality} (${country})`,
    schoolsOfficer: 'Welke scholen van je gemeente komen mee?',
    schoolsRegistrant: 'Voor welke school kom je?',
    noSchools: 'Deze gemeente heeft nog geen scholen in het register.',
    officerNote: (portfolio: string) => `Je schrijft je in als gemeentefunctionaris (${portfolio}).`,
    invoiceOption: 'De gemeente waarmee ik samen kom',
    invoiceOptionHint: 'De factuur gaat dan naar de gemeente die je hierboven koos, met haar eigen gegevens: naam en ondernemingsnummer hoef je niet in te vullen.'
  },
  list: {
    title: (count: number) => `Samen met een gemeente (${count})`,
    intro: 'Wie samen met een gemeente komt: de gemeentefunctionarissen en de scholen die met hen meekomen. Ieder heeft een eigen plaats.',
    officers: 'Gemeentefunctionarissen',
    schools: 'Van de scholen',
    noOfficer: 'Nog geen gemeentefunctionaris ingeschreven.',
    noSchools: 'Nog geen school ingeschreven.',
    portfolio: (portfolio: string) => `portefeuille ${portfolio}`,
    forSchools: (schools: string) => `met ${schools}`,
    pairWith: (municipality: string) => `samen met ${municipality}`
  },
  admin: {
    title: 'Gemeenten',
    intro: 'Belgische en Nederlandse gemeenten als partij: hun gegevens voor de factuur en hun gemeentefunctionarissen. Scholen horen bij een gemeente met dezelfde naam en hetzelfde land als in het scholenregister.',
    none: 'Er zijn nog geen gemeenten.',
    name: 'Naam van de gemeente',
    nameHint: 'Zoals het scholenregister haar schrijft, bijvoorbeeld ‘Maastricht’ of ‘Genk’.',
    country: 'Land',
    invoiceName: 'Naam op de factuur',
    invoiceNameHint: 'Bijvoorbeeld ‘Gemeente Maastricht’ of ‘Stad Genk’.',
    invoiceNumber: 'Ondernemingsnummer of KvK-nummer',
    invoiceNumberHint: 'Belgisch: ondernemingsnummer, bv. 0207.451.227. Nederlands: KvK-nummer van 8 cijfers. Mag leeg blijven.',
    invoiceEmail: 'E-mailadres voor facturen',
    officers: 'Gemeentefunctionarissen',
    officerCount: 'Functionarissen',
    noOfficers: 'Deze gemeente heeft nog geen gemeentefunctionaris.',
    person: 'Persoon',
    portfolio: 'Portefeuille',
    portfolioHint: 'Bijvoorbeeld ‘onderwijs en jeugd’.',
    create: 'Gemeente toevoegen',
    created: (name: string) => `${name} is toegevoegd.`,
    edit: 'Gegevens wijzigen',
    save: 'Gegevens bewaren',
    saved: 'De gegevens zijn bewaard.',
    addOfficer: 'Gemeentefunctionaris toevoegen',
    addOfficerExplain: 'Iemand met een account op het platform, op zijn of haar e-mailadres. Die persoon krijgt een bericht.',
    officerEmail: 'E-mailadres van de persoon',
    officerAdded: (name: string) => `${name} is nu gemeentefunctionaris.`,
    remove: 'Verwijderen',
    removeLabel: (name: string) => `${name} verwijderen als gemeentefunctionaris`,
    officerRemoved: (name: string) => `${name} is geen gemeentefunctionaris meer.`,
    actions: 'Acties',
    mailAddedSubject: (municipality: string) => `Je bent gemeentefunctionaris van ${municipality}`,
    mailAddedBody: (municipality: string, portfolio: string, url: string) =>
      `Je staat nu op Netwerkplein als gemeentefunctionaris van ${municipality} (portefeuille ${portfolio}). Schrijf je je in voor een activiteit samen met scholen van je gemeente, dan ziet de organisator jullie samen.\n\nActiviteiten: ${url}`,
    mailRemovedSubject: (municipality: string) => `Je bent geen gemeentefunctionaris van ${municipality} meer`,
    mailRemovedBody: (municipality: string) => `Je staat op Netwerkplein niet langer als gemeentefunctionaris van ${municipality}. Je account en je inschrijvingen blijven zoals ze waren.`
  }
};

export const municipalitiesErrorsNl = {
  municipalityNameRequired: 'Vul de naam van de gemeente in.',
  municipalityCountryRequired: 'Kies België of Nederland.',
  municipalityInvoiceNameRequired: 'Vul de naam op de factuur in.',
  municipalityTooLong: 'Dit is te lang.',
  municipalityNumberBe: 'Dit is geen geldig Belgisch ondernemingsnummer (10 cijfers, bv. 0207.451.227).',
  municipalityNumberNl: 'Een KvK-nummer heeft 8 cijfers, bv. 14632318.',
  municipalityDuplicate: 'Er is al een gemeente met deze naam in dit land.',
  municipalityPortfolioRequired: 'Vul de portefeuille in, bv. ‘onderwijs en jeugd’.',
  municipalityOfficerUnknownPerson: 'Er is geen account met dit e-mailadres. Vraag de persoon eerst een account te maken.',
  municipalityOfficerNotFound: 'Deze persoon is geen gemeentefunctionaris van deze gemeente.',
  registrationPairUnknown: 'Kies een gemeente uit de lijst, of ‘Niet samen met een gemeente’.',
  registrationInvoiceNeedsPair: 'Kies eerst bij ‘Samen met een gemeente’ de gemeente die de factuur krijgt, of laat de factuur naar de school of een andere gemeente gaan.'
};
