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
  },
  admin: {
    title: 'Municipalities',
    intro: 'Belgian and Dutch municipalities as parties: their invoice details and their municipal officers. Schools belong to a municipality with the same name and country as in the school register.',
    none: 'There are no municipalities yet.',
    name: 'Name of the municipality',
    nameHint: 'As the school register writes it, e.g. ‘Maastricht’ or ‘Genk’.',
    country: 'Country',
    invoiceName: 'Name on the invoice',
    invoiceNameHint: 'E.g. ‘Gemeente Maastricht’ or ‘Stad Genk’.',
    invoiceNumber: 'Enterprise number or KvK number',
    invoiceNumberHint: 'Belgian: enterprise number, e.g. 0207.451.227. Dutch: 8-digit KvK number. May stay empty.',
    invoiceEmail: 'E-mail address for invoices',
    officers: 'Municipal officers',
    officerCount: 'Officers',
    noOfficers: 'This municipality has no municipal officer yet.',
    person: 'Person',
    portfolio: 'Portfolio',
    portfolioHint: 'E.g. ‘education and youth’.',
    create: 'Add a municipality',
    created: (name) => `${name} has been added.`,
    edit: 'Change details',
    save: 'Save details',
    saved: 'The details have been saved.',
    addOfficer: 'Add a municipal officer',
    addOfficerExplain: 'Someone with an account on the platform, by their e-mail address. They get a message.',
    officerEmail: 'The person’s e-mail address',
    officerAdded: (name) => `${name} is now a municipal officer.`,
    remove: 'Remove',
    removeLabel: (name) => `Remove ${name} as municipal officer`,
    officerRemoved: (name) => `${name} is no longer a municipal officer.`,
    actions: 'Actions',
    mailAddedSubject: (municipality) => `You are a municipal officer of ${municipality}`,
    mailAddedBody: (municipality, portfolio, url) =>
      `On Netwerkplein you are now a municipal officer of ${municipality} (portfolio ${portfolio}). When you register for an activity together with schools of your municipality, the organiser sees you together.\n\nActivities: ${url}`,
    mailRemovedSubject: (municipality) => `You are no longer a municipal officer of ${municipality}`,
    mailRemovedBody: (municipality) => `On Netwerkplein you are no longer listed as a municipal officer of ${municipality}. Your account and registrations stay as they were.`
  }
};

export const municipalitiesErrorsEn: typeof municipalitiesErrorsNl = {
  municipalityNameRequired: 'Fill in the name of the municipality.',
  municipalityCountryRequired: 'Choose Belgium or the Netherlands.',
  municipalityInvoiceNameRequired: 'Fill in the name on the invoice.',
  municipalityTooLong: 'This is too long.',
  municipalityNumberBe: 'This is not a valid Belgian enterprise number (10 digits, e.g. 0207.451.227).',
  municipalityNumberNl: 'A KvK number has 8 digits, e.g. 14632318.',
  municipalityDuplicate: 'There already is a municipality with this name in this country.',
  municipalityPortfolioRequired: 'Fill in the portfolio, e.g. ‘education and youth’.',
  municipalityOfficerUnknownPerson: 'There is no account with this e-mail address. Ask the person to create an account first.',
  municipalityOfficerNotFound: 'This person is not a municipal officer of this municipality.',
  registrationPairUnknown: 'Choose a municipality from the list, or ‘Not together with a municipality’.',
  registrationInvoiceNeedsPair: 'First choose, under ‘Together with a municipality’, the municipality that gets the invoice, or send the invoice to the school or another municipality.'
};
