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
  }
};

export const municipalitiesErrorsNl = {
  registrationPairUnknown: 'Kies een gemeente uit de lijst, of ‘Niet samen met een gemeente’.',
  registrationInvoiceNeedsPair: 'Kies eerst bij ‘Samen met een gemeente’ de gemeente die de factuur krijgt, of laat de factuur naar de school of een andere gemeente gaan.'
};
