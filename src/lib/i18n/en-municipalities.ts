// English texts of coming together with a municipality (ADR 030); the same keys as nl-municipalities.ts.
import type { municipalitiesErrorsNl, municipalitiesNl } from './nl-municipalities';

export const municipalitiesEn: typeof municipalitiesNl = {
  countries: { BE: 'Belgium', NL: 'the Netherlands' },
  form: {
    legend: 'Together with a municipality',
    intro: 'Are you coming (preferably) together with your municipality’s officer, or are you a municipal officer yourself? Choose the municipality and the school or schools that come along. Everyone registers separately and has a place of their own.',
    none: 'Not together with a municipality',
    option: (municipality, country) => `${municipality} (${country})`,
    schoolsOfficer: 'Which schools of your municipality come along?',
    schoolsRegistrant: 'Which school are you coming for?',
    noSchools: 'This municipality has no schools in the register yet.',
    officerNote: (portfolio) => `You register as a municipal officer (${portfolio}).`,
    invoiceOption: 'The municipality I come with',
    invoiceOptionHint: 'The invoice then goes to the municipality you chose above, with its own details: you need not fill in the name and enterprise number.'
  },
  list: {
    title: (count) => `Together with a municipality (${count})`,
    intro: 'Who comes together with a municipality: the municipal officers and the schools that come with them. Everyone has a place of their own.',
    officers: 'Municipal officers',
    schools: 'From the schools',
    noOfficer: 'No municipal officer registered yet.',
    noSchools: 'No school registered yet.',
    portfolio: (portfolio) => `portfolio ${portfolio}`,
    forSchools: (schools) => `with ${schools}`,
    pairWith: (municipality) => `together with ${municipality}`
  }
};

export const municipalitiesErrorsEn: typeof municipalitiesErrorsNl = {
  registrationPairUnknown: 'Choose a municipality from the list, or ‘Not together with a municipality’.',
  registrationInvoiceNeedsPair: 'First choose, under ‘Together with a municipality’, the municipality that gets the invoice, or send the invoice to the school or another municipality.'
};
