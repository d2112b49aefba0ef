// Demo municipalities and their officers (ADR 030). Pure data.
const domain = 'demo.netwerkplein.example';

/**
 * Municipalities as parties (ADR 030): the Dutch school's municipality with an officer who has an
 * account, and Genk, whose officer is on the Hamburg trip already. Their schools are the register's
 * schools of the same name and country. KvK and enterprise numbers are invented (the latter valid).
 */
export const demoMunicipalities = [
  {
    name: 'Maastricht', country: 'NL', invoiceName: 'Gemeente Maastricht', invoiceNumber: 'KvK 14632318', invoiceEmail: 'facturen@gemeentemaastricht.example',
    officers: [{ email: `ruud.hermans@${domain}`, portfolio: 'onderwijs en jeugd' }]
  },
  {
    name: 'Genk', country: 'BE', invoiceName: 'Stad Genk', invoiceNumber: '0207.442.022', invoiceEmail: '',
    officers: [{ email: `griet.vermeulen@${domain}`, portfolio: 'onderwijs en kinderopvang' }]
  }
] as const;
