// Demo data for the seeded demo installation. Everything here is fictional: the organisations of the
// seed documents (plus an invented organiser of the Hamburg study trip) with contact details on
// '.example' domains, invented schools (institution numbers 91xxxx–96xxxx, second digit = province)
// and invented people. Pure data: the seed script turns it into rows.

export type Province = 'antwerpen' | 'limburg' | 'oost-vlaanderen' | 'vlaams-brabant' | 'west-vlaanderen' | 'brussel';
export type SchoolLevel = 'basis' | 'secundair' | 'buitengewoon';
export type EducationNetwork = 'go' | 'officieel-gesubsidieerd' | 'vrij-gesubsidieerd';
export type SchoolRole = 'directeur' | 'intern-begeleider' | 'zorgcoordinator' | 'leerlingenbegeleider' | 'leerkracht' | 'middenkader' | 'ambassadeur' | 'zorgleerkracht' | 'bestuurder' | 'brugfiguur';

export interface DemoOrganisation {
  slug: string;
  name: string;
  description: string;
  website: string | null;
  contactEmail: string;
}

export interface DemoNetwork {
  slug: string;
  organisationSlug: string;
  name: string;
  description: string;
  isPublic: boolean;
  contactName: string | null;
  contactEmail: string | null;
  province: Province | null;
}

export interface DemoSchool {
  institutionNumber: string;
  name: string;
  street: string;
  postalCode: string;
  municipality: string;
  province: Province;
  level: SchoolLevel;
  educationNetwork: EducationNetwork;
}

export interface DemoMembership {
  networkSlug: string;
  schoolYear: string;
  institutionNumber: string;
}

export type DemoRole =
  | { kind: 'platform-admin' }
  | { kind: 'facilitator'; organisationSlug: string }
  | { kind: 'coach'; organisationSlug: string }
  | { kind: 'school-coordinator'; institutionNumber: string }
  | { kind: 'school-staff'; institutionNumber: string; schoolRole: SchoolRole };

export interface DemoPerson {
  email: string;
  name: string;
  roles: DemoRole[];
}

export const demoOrganisations: DemoOrganisation[] = [
  {
    slug: 'samana',
    name: 'Samana',
    description: 'Samana is een beweging van en voor mensen met een chronische ziekte of zorgnood en hun mantelzorgers. Met het Scholennetwerk voor jonge mantelzorgers brengt Samana scholen uit heel Vlaanderen en Brussel samen die jonge mantelzorgers zien en ondersteunen. Samana faciliteert de lerende netwerken, organiseert uitwisselingsdagen en vormingen en bezorgt de leden het label van het Scholennetwerk.',
    website: 'https://samana.example',
    contactEmail: 'info@samana.example'
  },
  {
    slug: 'ouders-en-school',
    name: 'Ouders & School vzw',
    description: 'Ouders & School vzw ondersteunt scholen en lokale besturen in Vlaanderen bij het versterken van ouderbetrokkenheid en kansengelijkheid. We brengen directies, interne begeleiders en gemeentelijke beleidsmakers samen rond een lerende community met ouders. We organiseren onder meer de studiereis naar Hamburg rond het project Schulmentoren, waarin ouders andere ouders informeren, versterken en ondersteunen.',
    website: 'https://ouders-en-school.example',
    contactEmail: 'info@ouders-en-school.example'
  },
  {
    slug: 'samen-tegen-schooluitval',
    name: 'Netwerken Samen tegen Schooluitval',
    description: 'De Netwerken Samen tegen Schooluitval brengen in elke Vlaamse provincie en in het Brussels Hoofdstedelijk Gewest partners uit onderwijs, werk en welzijn samen. Ze werken aan een gecoördineerde aanpak van spijbelen en vroegtijdig schoolverlaten. Op gezamenlijke studiedagen stelt elk provinciaal netwerk een praktijkvoorbeeld voor.',
    website: 'https://samentegenschooluitval.example',
    contactEmail: 'info@samentegenschooluitval.example'
  },
  {
    slug: 'onderwijscentrum-gent',
    name: 'Onderwijscentrum Gent',
    description: 'Onderwijscentrum Gent ondersteunt Gentse scholen en schoolteams met begeleiding, vorming en netwerken. Met het traject Samen Maakt School versterkt het teams van Gentse secundaire scholen om een verbindend schoolklimaat te realiseren, in samenwerking met Ducktape versterkt en On@Break².',
    website: 'https://onderwijscentrum-gent.example',
    contactEmail: 'info@onderwijscentrum-gent.example'
  }
];

/** One organisation shows its own logo and accent (ADR 027 branding), the others the platform's look. */
export const demoBranding = {
  organisationSlug: 'onderwijscentrum-gent',
  accent: '#7a1f5c',
  logo: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 64" width="240" height="64"><rect width="64" height="64" rx="12" fill="#7a1f5c"/>' +
    '<circle cx="32" cy="32" r="16" fill="#ffffff"/><text x="76" y="42" font-family="DejaVu Sans, sans-serif" font-size="26" font-weight="700" fill="#7a1f5c">OC Gent</text></svg>'
};

export const demoNetworks: DemoNetwork[] = [
  {
    slug: 'scholennetwerk-jonge-mantelzorgers',
    organisationSlug: 'samana',
    name: 'Scholennetwerk voor jonge mantelzorgers',
    description: 'Elk schooljaar vormen de scholen die het jaar voordien aan het project deelnamen een nieuw lerend netwerk, dat drie keer per jaar digitaal samenkomt rond één leervraag. Al die lerende netwerken samen vormen het Scholennetwerk: informatie en inspiratie, een uitwisselingsdag, vormingen, communicatiemateriaal en het label, zonder dat dit een engagement van de scholen vraagt.',
    isPublic: true,
    contactName: null,
    contactEmail: 'info@samana.example',
    province: null
  },
  {
    slug: 'samana-kernteam-intern',
    organisationSlug: 'samana',
    name: 'Kernteam Scholennetwerk (intern)',
    description: 'Besloten werkgroep van Samana met enkele pilootscholen die nieuw vormings- en communicatiemateriaal voor het Scholennetwerk uittesten voor het breed verspreid wordt. Dit netwerk is niet publiek zichtbaar.',
    isPublic: false,
    contactName: null,
    contactEmail: null,
    province: null
  },
  {
    slug: 'lerende-community-met-ouders',
    organisationSlug: 'ouders-en-school',
    name: 'Lerende community met ouders',
    description: 'Scholen die, geïnspireerd door het Hamburgse project Schulmentoren, ouders inzetten als buddy’s voor andere ouders. Samen met hun gemeente wisselen ze uit over het opzetten van een lerende community met ouders, over de opleiding van ouders en projectleiders en over de do’s en don’ts.',
    isPublic: true,
    contactName: 'Marieke Goossens',
    contactEmail: 'community@ouders-en-school.example',
    province: null
  },
  {
    slug: 'samen-tegen-schooluitval-antwerpen',
    organisationSlug: 'samen-tegen-schooluitval',
    name: 'Netwerk Samen tegen Schooluitval Antwerpen',
    description: 'Het netwerk brengt in de provincie Antwerpen scholen, CLB’s, politie en parket, ondersteuningscentra jeugdzorg (OCJ) en sociale diensten jeugdrechtbank (SDJ) samen. Met het Provinciaal Spijbelactieplan werken ze aan een integrale aanpak van spijbelaars vanuit een gedeelde verantwoordelijkheid.',
    isPublic: true,
    contactName: 'Els Dupon',
    contactEmail: 'antwerpen@samentegenschooluitval.example',
    province: 'antwerpen'
  },
  {
    slug: 'samen-tegen-schooluitval-brussel',
    organisationSlug: 'samen-tegen-schooluitval',
    name: 'Netwerk Samen tegen Schooluitval Brussels Hoofdstedelijk Gewest',
    description: 'Via KANS, het Centraal Meldpunt Brussel, leidt het netwerk leerlingen toe naar het meest passende aanbod van partners die schooluitval trachten te voorkomen. KANS bouwt bruggen tussen leerling, ouders, school en CLB via de rondetafel, tussen de trajectaanbieders in het KANS-netwerk en tussen het werkveld en het Brusselse beleid.',
    isPublic: true,
    contactName: 'Eva Trogh',
    contactEmail: 'brussel@samentegenschooluitval.example',
    province: 'brussel'
  },
  {
    slug: 'samen-tegen-schooluitval-limburg',
    organisationSlug: 'samen-tegen-schooluitval',
    name: 'Netwerk Samen tegen Schooluitval Limburg',
    description: 'Onder de noemer ‘Minder mazen, meer net’ werkt Leer-recht Limburg aan een meer gecoördineerde en geïntegreerde aanpak van vroegtijdig schoolverlaten. Met het raamwerk en de online tool van Samen1Plan zetten de partners de leerling in de regie van zijn of haar ontwikkelingsloopbaan.',
    isPublic: true,
    contactName: 'Nathalie Vanbergen',
    contactEmail: 'limburg@samentegenschooluitval.example',
    province: 'limburg'
  },
  {
    slug: 'samen-tegen-schooluitval-oost-vlaanderen',
    organisationSlug: 'samen-tegen-schooluitval',
    name: 'Netwerk Samen tegen Schooluitval Oost-Vlaanderen',
    description: 'Het netwerk zet in op trajectbegeleiding voor kwetsbare leerlingen en ouders die door veelvuldige schoolwissels nood hebben aan continuïteit in de hulpverlening. Een netoverstijgende CLB-trajectbegeleider bouwt een netwerk tussen scholen, ouders, leerlingen en andere betrokkenen, naar het voorbeeld van ‘Routeplanner’ van vzw Topunt Gent.',
    isPublic: true,
    contactName: 'Oona Somers en Sofie Baert',
    contactEmail: 'oost-vlaanderen@samentegenschooluitval.example',
    province: 'oost-vlaanderen'
  },
  {
    slug: 'samen-tegen-schooluitval-vlaams-brabant',
    organisationSlug: 'samen-tegen-schooluitval',
    name: 'Netwerk Samen tegen Schooluitval Vlaams-Brabant',
    description: 'In Vlaams-Brabant werkt het netwerk samen met onder meer de geestelijke gezondheidszorg om psychische kwetsbaarheid en schooluitval meer onder de aandacht te brengen. Scholen en partners krijgen handvatten om met deze doelgroep aan de slag te gaan.',
    isPublic: true,
    contactName: 'An Hessels',
    contactEmail: 'vlaams-brabant@samentegenschooluitval.example',
    province: 'vlaams-brabant'
  },
  {
    slug: 'samen-tegen-schooluitval-west-vlaanderen',
    organisationSlug: 'samen-tegen-schooluitval',
    name: 'Netwerk Samen tegen Schooluitval West-Vlaanderen',
    description: 'Met de uitstroombegeleiding ‘De school verlaten zonder kwalificatie? Laat je niet vangen!’ ondersteunt het netwerk jongeren die dreigen ongekwalificeerd uit te stromen. Een afrondend gesprek, gericht op de toekomst en op mogelijke hulpbronnen, versterkt hun keuzecompetenties en motiveert hen om hun studies af te werken of een andere leerweg naar een kwalificatie te kiezen.',
    isPublic: true,
    contactName: 'Annick Steyt',
    contactEmail: 'west-vlaanderen@samentegenschooluitval.example',
    province: 'west-vlaanderen'
  },
  {
    slug: 'samen-maakt-school',
    organisationSlug: 'onderwijscentrum-gent',
    name: 'Samen Maakt School',
    description: 'Het schooloverschrijdend lerend netwerk van de Gentse secundaire scholen die het traject Samen Maakt School volgen. Enkele keren per jaar wisselen de kernteams diepgaand uit over goede praktijkvoorbeelden van een verbindend schoolklimaat en over de randvoorwaarden om ze in de praktijk te brengen.',
    isPublic: true,
    contactName: 'Hanne Van Damme',
    contactEmail: 'samenmaaktschool@onderwijscentrum-gent.example',
    province: null
  }
];

const ant = 'antwerpen', lim = 'limburg', ovl = 'oost-vlaanderen', vbr = 'vlaams-brabant', wvl = 'west-vlaanderen', bru = 'brussel';
const go = 'go', ogo = 'officieel-gesubsidieerd', vgo = 'vrij-gesubsidieerd';

export const demoSchools: DemoSchool[] = [
  // Antwerpen
  { institutionNumber: '913204', name: 'Sint-Jozefsinstituut', street: 'Lindenlaan 14', postalCode: '2800', municipality: 'Mechelen', province: ant, level: 'secundair', educationNetwork: vgo },
  { institutionNumber: '914417', name: 'GO! Atheneum Zuiderpark', street: 'Zuiderparklaan 88', postalCode: '2020', municipality: 'Antwerpen', province: ant, level: 'secundair', educationNetwork: go },
  { institutionNumber: '911058', name: 'Stedelijke Basisschool Het Klavertje', street: 'Klaverstraat 23', postalCode: '2060', municipality: 'Antwerpen', province: ant, level: 'basis', educationNetwork: ogo },
  { institutionNumber: '915730', name: 'Vrije Basisschool De Sleutelbloem', street: 'Dorpsstraat 5', postalCode: '2300', municipality: 'Turnhout', province: ant, level: 'basis', educationNetwork: vgo },
  { institutionNumber: '916142', name: 'Gemeentelijke Basisschool De Regenboog', street: 'Schoolstraat 31', postalCode: '2440', municipality: 'Geel', province: ant, level: 'basis', educationNetwork: ogo },
  { institutionNumber: '917385', name: 'Sint-Ludgeruscollege', street: 'Collegestraat 9', postalCode: '2500', municipality: 'Lier', province: ant, level: 'secundair', educationNetwork: vgo },
  { institutionNumber: '918603', name: 'GO! Basisschool De Boomhut', street: 'Boslaan 40', postalCode: '2400', municipality: 'Mol', province: ant, level: 'basis', educationNetwork: go },
  // No coordinator yet: a teacher's request to join waits for Samana's facilitator (demoJoinRequests).
  { institutionNumber: '916835', name: 'Vrije Basisschool Sint-Jozef', street: 'Dorpsstraat 77', postalCode: '2950', municipality: 'Kapellen', province: ant, level: 'basis', educationNetwork: vgo },
  { institutionNumber: '919276', name: 'Vrije Buitengewone Basisschool De Kade', street: 'Kadeplein 3', postalCode: '2850', municipality: 'Boom', province: ant, level: 'buitengewoon', educationNetwork: vgo },
  // Limburg
  { institutionNumber: '921347', name: 'Sint-Servaasinstituut', street: 'Kempische Steenweg 120', postalCode: '3500', municipality: 'Hasselt', province: lim, level: 'secundair', educationNetwork: vgo },
  { institutionNumber: '922581', name: 'GO! Atheneum Winterslag', street: 'Mijnwerkerslaan 17', postalCode: '3600', municipality: 'Genk', province: lim, level: 'secundair', educationNetwork: go },
  { institutionNumber: '923065', name: 'Gemeentelijke Basisschool De Mijnlamp', street: 'Schachtstraat 8', postalCode: '3530', municipality: 'Houthalen-Helchteren', province: lim, level: 'basis', educationNetwork: ogo },
  { institutionNumber: '924790', name: 'Vrije Basisschool Klim-op', street: 'Stapelstraat 22', postalCode: '3800', municipality: 'Sint-Truiden', province: lim, level: 'basis', educationNetwork: vgo },
  { institutionNumber: '925418', name: 'Sint-Lambertusinstituut', street: 'Vrijthofstraat 6', postalCode: '3960', municipality: 'Bree', province: lim, level: 'secundair', educationNetwork: vgo },
  { institutionNumber: '926253', name: 'GO! School voor Buitengewoon Onderwijs Het Anker', street: 'Kanaalkaai 4', postalCode: '3580', municipality: 'Beringen', province: lim, level: 'buitengewoon', educationNetwork: go },
  { institutionNumber: '927932', name: 'Gemeentelijke Basisschool Kabouterberg', street: 'Heidestraat 45', postalCode: '3920', municipality: 'Lommel', province: lim, level: 'basis', educationNetwork: ogo },
  // Oost-Vlaanderen: nine secondary schools in Gent (Samen Maakt School), four elsewhere
  { institutionNumber: '931024', name: 'Sint-Pharaïldiscollege', street: 'Oude Houtlei 33', postalCode: '9000', municipality: 'Gent', province: ovl, level: 'secundair', educationNetwork: vgo },
  { institutionNumber: '931187', name: 'GO! Technisch Atheneum Leiekaai', street: 'Leiekaai 210', postalCode: '9000', municipality: 'Gent', province: ovl, level: 'secundair', educationNetwork: go },
  { institutionNumber: '931352', name: 'Stedelijke Humaniora Portus', street: 'Rooigemlaan 77', postalCode: '9000', municipality: 'Gent', province: ovl, level: 'secundair', educationNetwork: ogo },
  { institutionNumber: '931509', name: 'Vrije Technische Scholen Dampoort', street: 'Dendermondsesteenweg 102', postalCode: '9040', municipality: 'Gent', province: ovl, level: 'secundair', educationNetwork: vgo },
  { institutionNumber: '931673', name: 'Sint-Martinuscollege Akkerhage', street: 'Akkerhage 15', postalCode: '9000', municipality: 'Gent', province: ovl, level: 'secundair', educationNetwork: vgo },
  { institutionNumber: '931846', name: 'GO! Atheneum Mariakerke', street: 'Brugsesteenweg 455', postalCode: '9030', municipality: 'Gent', province: ovl, level: 'secundair', educationNetwork: go },
  { institutionNumber: '932018', name: 'Vrije Middenschool Ledeberg', street: 'Hundelgemsesteenweg 64', postalCode: '9050', municipality: 'Gent', province: ovl, level: 'secundair', educationNetwork: vgo },
  { institutionNumber: '932275', name: 'Stedelijke Technische School Oostakker', street: 'Oostakkerdorp 19', postalCode: '9041', municipality: 'Gent', province: ovl, level: 'secundair', educationNetwork: ogo },
  { institutionNumber: '932431', name: 'GO! Campus Zwijnaarde', street: 'Grotesteenweg-Noord 28', postalCode: '9052', municipality: 'Gent', province: ovl, level: 'secundair', educationNetwork: go },
  { institutionNumber: '933560', name: 'Vrije Basisschool De Vlinder', street: 'Kerkplein 7', postalCode: '9300', municipality: 'Aalst', province: ovl, level: 'basis', educationNetwork: vgo },
  { institutionNumber: '934128', name: 'Gemeentelijke Basisschool Het Molentje', street: 'Molenstraat 18', postalCode: '9160', municipality: 'Lokeren', province: ovl, level: 'basis', educationNetwork: ogo },
  { institutionNumber: '935247', name: 'GO! Basisschool De Tandem', street: 'Parklaan 56', postalCode: '9100', municipality: 'Sint-Niklaas', province: ovl, level: 'basis', educationNetwork: go },
  { institutionNumber: '936702', name: 'Vrije Buitengewone School Ter Schelde', street: 'Scheldekaai 11', postalCode: '9200', municipality: 'Dendermonde', province: ovl, level: 'buitengewoon', educationNetwork: vgo },
  // Vlaams-Brabant
  { institutionNumber: '941236', name: 'Sint-Gertrudiscollege', street: 'Naamsesteenweg 140', postalCode: '3001', municipality: 'Leuven', province: vbr, level: 'secundair', educationNetwork: vgo },
  { institutionNumber: '942578', name: 'GO! Atheneum Ter Zenne', street: 'Zennestraat 12', postalCode: '1800', municipality: 'Vilvoorde', province: vbr, level: 'secundair', educationNetwork: go },
  { institutionNumber: '943015', name: 'Gemeentelijke Basisschool De Wilg', street: 'Wilgenlaan 9', postalCode: '1700', municipality: 'Dilbeek', province: vbr, level: 'basis', educationNetwork: ogo },
  { institutionNumber: '944367', name: 'Vrije Basisschool Het Zonnetje', street: 'Kloosterstraat 3', postalCode: '3300', municipality: 'Tienen', province: vbr, level: 'basis', educationNetwork: vgo },
  { institutionNumber: '945829', name: 'Sint-Hubertusinstituut', street: 'Demerstraat 27', postalCode: '3200', municipality: 'Aarschot', province: vbr, level: 'secundair', educationNetwork: vgo },
  { institutionNumber: '946140', name: 'GO! Basisschool De Zennebloem', street: 'Bospad 2', postalCode: '1500', municipality: 'Halle', province: vbr, level: 'basis', educationNetwork: go },
  { institutionNumber: '947592', name: 'Gemeentelijke Buitengewone Basisschool Horizon', street: 'Beiaardstraat 16', postalCode: '1850', municipality: 'Grimbergen', province: vbr, level: 'buitengewoon', educationNetwork: ogo },
  // West-Vlaanderen
  { institutionNumber: '951403', name: 'Sint-Arnoldusinstituut', street: 'Vlamingstraat 41', postalCode: '8000', municipality: 'Brugge', province: wvl, level: 'secundair', educationNetwork: vgo },
  { institutionNumber: '952786', name: 'GO! Atheneum Zeewind', street: 'Zeedijkstraat 19', postalCode: '8400', municipality: 'Oostende', province: wvl, level: 'secundair', educationNetwork: go },
  { institutionNumber: '953120', name: 'Stedelijke Basisschool De Vlieger', street: 'Vliegplein 6', postalCode: '8500', municipality: 'Kortrijk', province: wvl, level: 'basis', educationNetwork: ogo },
  { institutionNumber: '954657', name: 'Vrije Basisschool De Knotwilg', street: 'Beekstraat 14', postalCode: '8800', municipality: 'Roeselare', province: wvl, level: 'basis', educationNetwork: vgo },
  { institutionNumber: '955281', name: 'Sint-Maartensinstituut', street: 'Meensesteenweg 70', postalCode: '8900', municipality: 'Ieper', province: wvl, level: 'secundair', educationNetwork: vgo },
  { institutionNumber: '956934', name: 'Gemeentelijke Basisschool De Bijenkorf', street: 'Stationsstraat 52', postalCode: '8790', municipality: 'Waregem', province: wvl, level: 'basis', educationNetwork: ogo },
  { institutionNumber: '957048', name: 'GO! School voor Buitengewoon Onderwijs De Branding', street: 'Duinenweg 8', postalCode: '8400', municipality: 'Oostende', province: wvl, level: 'buitengewoon', educationNetwork: go },
  // Brussels Hoofdstedelijk Gewest (Dutch-language schools)
  { institutionNumber: '961275', name: 'Sint-Elooiscollege', street: 'Bergensesteenweg 312', postalCode: '1070', municipality: 'Anderlecht', province: bru, level: 'secundair', educationNetwork: vgo },
  { institutionNumber: '962438', name: 'GO! Atheneum Kanaalzone', street: 'Ninoofsesteenweg 150', postalCode: '1080', municipality: 'Sint-Jans-Molenbeek', province: bru, level: 'secundair', educationNetwork: go },
  { institutionNumber: '963904', name: 'Gemeentelijke Basisschool De Knipoog', street: 'Wemmelsesteenweg 45', postalCode: '1090', municipality: 'Jette', province: bru, level: 'basis', educationNetwork: ogo },
  { institutionNumber: '964562', name: 'Vrije Basisschool De Kleurdoos', street: 'Haachtsesteenweg 89', postalCode: '1030', municipality: 'Schaarbeek', province: bru, level: 'basis', educationNetwork: vgo },
  { institutionNumber: '965017', name: 'GO! Basisschool Zonnewijzer', street: 'Waversesteenweg 200', postalCode: '1050', municipality: 'Elsene', province: bru, level: 'basis', educationNetwork: go },
  { institutionNumber: '966389', name: 'Vrije Buitengewone School Het Kompas', street: 'Tuinbouwersstraat 14', postalCode: '1140', municipality: 'Evere', province: bru, level: 'buitengewoon', educationNetwork: vgo }
];

/**
 * A school outside Flanders (ADR 028): a Dutch school, known by its BRIN number, with a Dutch
 * postcode and a sector instead of province and onderwijsnet. Its coordinator's address is on the
 * mail domain it vouches for.
 */
export const demoDutchSchool = {
  institutionNumber: 'brin-31QX00', identifierType: 'brin', country: 'NL', name: 'Openbare Basisschool De Maasoever',
  street: 'Maasboulevard 12', postalCode: '6211 JW', municipality: 'Maastricht', province: null, level: null,
  educationNetwork: null, sector: 'po'
} as const;
export const demoDutchSchoolDomain = 'demaasoever.example';


/** Sint-Jozef (916835) in Samana's pilot group in the current school year, so Samana's facilitator decides who joins it. */
export const demoCurrentMembership = { networkSlug: 'samana-kernteam-intern', institutionNumber: '916835' };

/** A request to join that waits in the demo: the school has no coordinator. */
export const demoJoinRequests: { email: string; institutionNumber: string; access: 'staff' | 'coordinator'; schoolRole: SchoolRole }[] = [
  { email: 'an.devos@demo.netwerkplein.example', institutionNumber: '916835', access: 'staff', schoolRole: 'zorgcoordinator' }
];

function members(networkSlug: string, schoolYear: string, institutionNumbers: string[]): DemoMembership[] {
  return institutionNumbers.map((institutionNumber) => ({ networkSlug, schoolYear, institutionNumber }));
}

const mantelzorg = 'scholennetwerk-jonge-mantelzorgers';
const stsu = 'samen-tegen-schooluitval';

export const demoMemberships: DemoMembership[] = [
  // Scholennetwerk voor jonge mantelzorgers: 5 → 20 schools; Vrije Basisschool De Vlinder (933560)
  // leaves after 2019-2020, Vrije Basisschool Het Zonnetje (944367) after 2020-2021.
  ...members(mantelzorg, '2017-2018', ['913204', '921347', '931024', '941236', '951403']),
  ...members(mantelzorg, '2018-2019', ['913204', '921347', '931024', '941236', '951403', '915730', '933560', '954657']),
  ...members(mantelzorg, '2019-2020', [
    '913204', '921347', '931024', '941236', '951403', '915730', '933560', '954657',
    '964562', '924790', '944367'
  ]),
  ...members(mantelzorg, '2020-2021', [
    '913204', '921347', '931024', '941236', '951403', '915730', '954657', '964562', '924790', '944367',
    '911058', '931509', '945829', '961275'
  ]),
  ...members(mantelzorg, '2021-2022', [
    '913204', '921347', '931024', '941236', '951403', '915730', '954657', '964562', '924790',
    '911058', '931509', '945829', '961275', '917385', '922581', '955281', '934128'
  ]),
  ...members(mantelzorg, '2022-2023', [
    '913204', '921347', '931024', '941236', '951403', '915730', '954657', '964562', '924790',
    '911058', '931509', '945829', '961275', '917385', '922581', '955281', '934128',
    '963904', '932018', '925418'
  ]),
  // Samana's closed pilot group (not public).
  ...members('samana-kernteam-intern', '2022-2023', ['913204', '921347', '931024']),
  // Provincial networks Samen tegen Schooluitval, schools of their own province.
  ...members(`${stsu}-antwerpen`, '2022-2023', ['913204', '914417', '911058', '916142', '919276']),
  ...members(`${stsu}-antwerpen`, '2023-2024', ['913204', '914417', '911058', '916142', '917385', '919276']),
  ...members(`${stsu}-limburg`, '2022-2023', ['921347', '922581', '923065', '926253']),
  ...members(`${stsu}-limburg`, '2023-2024', ['921347', '922581', '923065', '925418', '926253']),
  ...members(`${stsu}-oost-vlaanderen`, '2022-2023', ['931187', '931509', '933560', '935247', '936702']),
  ...members(`${stsu}-oost-vlaanderen`, '2023-2024', ['931187', '931509', '931846', '933560', '935247', '936702']),
  ...members(`${stsu}-vlaams-brabant`, '2022-2023', ['941236', '942578', '943015', '945829']),
  ...members(`${stsu}-vlaams-brabant`, '2023-2024', ['941236', '942578', '943015', '945829', '947592']),
  ...members(`${stsu}-west-vlaanderen`, '2022-2023', ['951403', '952786', '953120', '955281', '957048']),
  ...members(`${stsu}-west-vlaanderen`, '2023-2024', ['952786', '953120', '955281', '956934', '957048']),
  ...members(`${stsu}-brussel`, '2022-2023', ['961275', '962438', '964562', '966389']),
  ...members(`${stsu}-brussel`, '2023-2024', ['961275', '962438', '963904', '964562', '966389']),
  // Samen Maakt School: Gent secondary schools; GO! Atheneum Mariakerke (931846) stops after one year.
  ...members('samen-maakt-school', '2023-2024', ['931187', '931352', '931673', '931846', '932018']),
  ...members('samen-maakt-school', '2024-2025', ['931187', '931352', '931673', '932018', '932275', '932431']),
  // Lerende community met ouders (after the Hamburg study trip).
  ...members('lerende-community-met-ouders', '2023-2024', ['911058', '935247', '963904'])
];

const domain = 'demo.netwerkplein.example';

export const demoPeople: DemoPerson[] = [
  // One demo account per role.
  { email: `admin@${domain}`, name: 'Pieter Janssens', roles: [{ kind: 'platform-admin' }] },
  { email: `facilitator@${domain}`, name: 'Lotte Verstraeten', roles: [{ kind: 'facilitator', organisationSlug: 'samana' }] },
  { email: `begeleider@${domain}`, name: 'Jonas De Smet', roles: [{ kind: 'coach', organisationSlug: 'onderwijscentrum-gent' }] },
  { email: `coordinator@${domain}`, name: 'Sofie Claeys', roles: [{ kind: 'school-coordinator', institutionNumber: '913204' }] },
  { email: `medewerker@${domain}`, name: 'Yusuf Demir', roles: [{ kind: 'school-staff', institutionNumber: '913204', schoolRole: 'leerkracht' }] },
  // Facilitators of the other organisations.
  { email: `facilitator.gent@${domain}`, name: 'Hanne Van Damme', roles: [{ kind: 'facilitator', organisationSlug: 'onderwijscentrum-gent' }] },
  { email: `facilitator.stsu@${domain}`, name: 'Bram Willems', roles: [{ kind: 'facilitator', organisationSlug: 'samen-tegen-schooluitval' }] },
  { email: `facilitator.hamburg@${domain}`, name: 'Marieke Goossens', roles: [{ kind: 'facilitator', organisationSlug: 'ouders-en-school' }] },
  // School coordinators.
  { email: `nadia.elamrani@${domain}`, name: 'Nadia El Amrani', roles: [{ kind: 'school-coordinator', institutionNumber: '921347' }] },
  { email: `koen.peeters@${domain}`, name: 'Koen Peeters', roles: [{ kind: 'school-coordinator', institutionNumber: '931024' }] },
  { email: `griet.vermeulen@${domain}`, name: 'Griet Vermeulen', roles: [{ kind: 'school-coordinator', institutionNumber: '941236' }] },
  { email: `stijn.maes@${domain}`, name: 'Stijn Maes', roles: [{ kind: 'school-coordinator', institutionNumber: '951403' }] },
  { email: `ann-sofie.wouters@${domain}`, name: 'Ann-Sofie Wouters', roles: [{ kind: 'school-coordinator', institutionNumber: '964562' }] },
  { email: `tom.mertens@${domain}`, name: 'Tom Mertens', roles: [{ kind: 'school-coordinator', institutionNumber: '931187' }] },
  { email: `ilse.desmet@${domain}`, name: 'Ilse Desmet', roles: [{ kind: 'school-coordinator', institutionNumber: '931352' }] },
  { email: `mehmet.yilmaz@${domain}`, name: 'Mehmet Yilmaz', roles: [{ kind: 'school-coordinator', institutionNumber: '932018' }] },
  { email: `evelien.jacobs@${domain}`, name: 'Evelien Jacobs', roles: [{ kind: 'school-coordinator', institutionNumber: '914417' }] },
  { email: `wouter.hermans@${domain}`, name: 'Wouter Hermans', roles: [{ kind: 'school-coordinator', institutionNumber: '922581' }] },
  { email: `charlotte.lambrechts@${domain}`, name: 'Charlotte Lambrechts', roles: [{ kind: 'school-coordinator', institutionNumber: '911058' }] },
  // Several roles: coordinator of a school and coach for another organisation.
  {
    email: `kristof.vandenbroeck@${domain}`,
    name: 'Kristof Van den Broeck',
    roles: [{ kind: 'school-coordinator', institutionNumber: '945829' }, { kind: 'coach', organisationSlug: 'onderwijscentrum-gent' }]
  },
  // School staff.
  { email: `elif.kaya@${domain}`, name: 'Elif Kaya', roles: [{ kind: 'school-staff', institutionNumber: '931187', schoolRole: 'ambassadeur' }] },
  { email: `joris.wuyts@${domain}`, name: 'Joris Wuyts', roles: [{ kind: 'school-staff', institutionNumber: '931187', schoolRole: 'leerkracht' }] },
  { email: `laura.michiels@${domain}`, name: 'Laura Michiels', roles: [{ kind: 'school-staff', institutionNumber: '931352', schoolRole: 'ambassadeur' }] },
  { email: `bart.claes@${domain}`, name: 'Bart Claes', roles: [{ kind: 'school-staff', institutionNumber: '931352', schoolRole: 'middenkader' }] },
  { email: `fatima.benali@${domain}`, name: 'Fatima Benali', roles: [{ kind: 'school-staff', institutionNumber: '932018', schoolRole: 'leerlingenbegeleider' }] },
  { email: `jan.vandenberghe@${domain}`, name: 'Jan Vandenberghe', roles: [{ kind: 'school-staff', institutionNumber: '932018', schoolRole: 'ambassadeur' }] },
  { email: `sarah.verhoeven@${domain}`, name: 'Sarah Verhoeven', roles: [{ kind: 'school-staff', institutionNumber: '931673', schoolRole: 'ambassadeur' }] },
  { email: `ruben.debacker@${domain}`, name: 'Ruben De Backer', roles: [{ kind: 'school-staff', institutionNumber: '921347', schoolRole: 'zorgcoordinator' }] },
  { email: `katrien.pauwels@${domain}`, name: 'Katrien Pauwels', roles: [{ kind: 'school-staff', institutionNumber: '941236', schoolRole: 'leerlingenbegeleider' }] },
  { email: `dries.coppens@${domain}`, name: 'Dries Coppens', roles: [{ kind: 'school-staff', institutionNumber: '951403', schoolRole: 'directeur' }] },
  { email: `amina.diallo@${domain}`, name: 'Amina Diallo', roles: [{ kind: 'school-staff', institutionNumber: '964562', schoolRole: 'leerkracht' }] },
  { email: `lien.segers@${domain}`, name: 'Lien Segers', roles: [{ kind: 'school-staff', institutionNumber: '913204', schoolRole: 'zorgcoordinator' }] },
  { email: `pieter-jan.smets@${domain}`, name: 'Pieter-Jan Smets', roles: [{ kind: 'school-staff', institutionNumber: '914417', schoolRole: 'middenkader' }] },
  { email: `hilde.verbeke@${domain}`, name: 'Hilde Verbeke', roles: [{ kind: 'school-staff', institutionNumber: '911058', schoolRole: 'directeur' }] },
  { email: `arne.dewulf@${domain}`, name: 'Arne Dewulf', roles: [{ kind: 'school-staff', institutionNumber: '922581', schoolRole: 'leerkracht' }] },
  { email: `marie.vanhoutte@${domain}`, name: 'Marie Vanhoutte', roles: [{ kind: 'school-staff', institutionNumber: '954657', schoolRole: 'zorgcoordinator' }] },
  // The coordinator of the Dutch school, on its own mail domain.
  { email: `marloes.dejong@${demoDutchSchoolDomain}`, name: 'Marloes de Jong', roles: [{ kind: 'school-coordinator', institutionNumber: demoDutchSchool.institutionNumber }] },
  { email: `ruud.hermans@${domain}`, name: 'Ruud Hermans', roles: [] }, // officer of Gemeente Maastricht (demo-municipalities.ts)
  // No school yet: An's request to join Sint-Jozef waits; Leen is the teacher of the joining journey (tests/e2e/joining.e2e.ts).
  { email: `an.devos@${domain}`, name: 'An De Vos', roles: [] },
  { email: `leen.wouters@${domain}`, name: 'Leen Wouters', roles: [] },
  // A teacher working in two schools.
  {
    email: `femke.aerts@${domain}`,
    name: 'Femke Aerts',
    roles: [
      { kind: 'school-staff', institutionNumber: '931846', schoolRole: 'leerkracht' },
      { kind: 'school-staff', institutionNumber: '932431', schoolRole: 'leerkracht' }
    ]
  }
];
