// Dutch messages of the label's public verification page: written for parents and pupils, who see
// the label on a school's website and want to know whether it is real and what it says.
export const labelPageNl = {
  title: 'Controle van een kwaliteitslabel',
  validTitle: (school: string) => `Kwaliteitslabel van ${school}`,
  valid: (school: string, network: string, year: string) => `Geldig: ${school} is lid van ${network} in schooljaar ${year}.`,
  imageAlt: (network: string, year: string) => `Het label van ${network} voor schooljaar ${year}`,
  school: 'School',
  municipality: 'Gemeente',
  network: 'Netwerk',
  organisation: 'Georganiseerd door',
  memberYears: (n: number): string => (n === 1 ? 'Lid in schooljaar' : 'Lid in de schooljaren'),
  thisLabel: '(dit label)',
  meaningTitle: 'Wat betekent dit label?',
  meaning: (school: string, network: string, organisation: string) => [
    `${school} is lid van ${network}: een netwerk van scholen dat ${organisation} begeleidt. De scholen komen samen om ervaringen uit te wisselen en van elkaar te leren, zodat ze hun leerlingen beter kunnen helpen.`,
    'Een school die lid is, mag dit kwaliteitslabel tonen, bijvoorbeeld op haar website of in haar brochure voor ouders en leerlingen. Het label geldt voor één schooljaar: dat jaar staat erop.',
    'Het label zegt dat de school meedoet aan het netwerk. Het is geen keuring of beoordeling van de school zelf.'
  ],
  checkTitle: 'Hoe weet u dat dit klopt?',
  check: (organisation: string) =>
    `Deze pagina komt van Netwerkplein, het platform waarop ${organisation} het netwerk en zijn leden bijhoudt. Telkens u de pagina opent, kijken we de ledenlijst na. Staat de school niet (meer) op de lijst van dat schooljaar, dan zegt deze pagina dat het label niet geldig is.`,
  checkHost: (host: string) => `Kijk ook na of het adres in uw browser met ${host} begint.`,
  memberList: (year: string) => `De ledenlijst van schooljaar ${year}`,
  invalid: 'Dit label is niet geldig.',
  invalidAsked: (school: string, year: string) =>
    `Op Netwerkplein staat geen school met instellingsnummer ${school} als lid van dit netwerk in schooljaar ${year}.`,
  invalidUnreadable: 'De link naar deze pagina is onvolledig of klopt niet, dus we kunnen het label niet bevestigen.',
  reasonsTitle: 'Hoe kan dat?',
  reasons: [
    'De link is onvolledig of verkeerd overgenomen.',
    'De school is in dat schooljaar geen lid van het netwerk, of niet meer.',
    'Het label komt niet van het netwerk zelf.'
  ],
  advice: 'Twijfelt u? Vraag het aan de school, of aan de organisatie achter het netwerk.',
  allNetworks: 'Alle netwerken op Netwerkplein'
};
