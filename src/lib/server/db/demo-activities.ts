// Demo activities drawn from the seeds: the Hamburg study trip (seed 001), an exchange day and a
// training of the Scholennetwerk (seed 000), and a study day where each provincial network presents
// its practice example (seed 002). Dates are local Brussels times. Pure data.
export interface DemoActivity {
  organisationSlug: string;
  slug: string;
  kind: 'studiereis' | 'vorming' | 'uitwisselingsdag' | 'studiedag' | 'infosessie';
  title: string;
  summary: string;
  description: string;
  audience: string;
  goals: string;
  learnings: string[];
  location: string;
  start: [string, string];
  end: [string, string];
  deadline: [string, string];
  priceCents: number;
  priceCovers: string;
  capacity: number;
  visibility: 'public' | 'network';
  networkSlug?: string;
  programme: { kind: 'bezoek' | 'uitwisseling' | 'lezing' | 'sessie' | 'andere'; title: string; description?: string; at?: [string, string]; place?: string; presenter?: string }[];
  extras: { title: string; date: string; priceCents: number; capacity: number | null }[];
  /** The registration form asks who comes together with a municipality (ADR 030). */
  municipalPairs?: boolean;
}

export const demoActivities: DemoActivity[] = [
  {
    organisationSlug: 'ouders-en-school',
    slug: 'studiereis-hamburg',
    kind: 'studiereis',
    title: 'Studiereis Hamburg: Schulmentoren en een lerende community met ouders',
    summary: 'Drie dagen Hamburg: scholen, gemeente en partners achter het project Schulmentoren.',
    description: 'Centraal in het project staan ouders die binnen de school van hun kind(eren) optreden als "Schulmentoren" om andere ouders te informeren, adviseren, versterken en ondersteunen bij de ontwikkeling van hun kinderen en om de overgangen in de schoolloopbaan te vergemakkelijken. Op scholen waar dit project succesvol is, ontstaat een lerende community onder ouders en wordt de afstand tussen school en thuis kleiner.',
    audience: 'Directeuren/bestuurders, intern begeleiders, (liefst samen met) gemeentefunctionaris met onderwijs in zijn/haar/hun portefeuille.',
    goals: 'Inspiratie opdoen en praktische informatie verkrijgen over het verbeteren van kansengelijkheid, het versterken van empowerment van ouders en het stimuleren van ouderbetrokkenheid door het ontwikkelen van een lerende community met ouders.',
    learnings: [
      'Hoe een stappenplan eruitziet om te komen tot een buddysysteem en daarmee een lerende community met ouders',
      'Hoe de financiële structuur van dergelijke projecten eruitziet',
      'Wat ervoor nodig is om maatschappelijke partners in de wijk te activeren',
      'Welke rol de gemeente hierin kan spelen',
      "Hoe scholen ouders kunnen motiveren om op te treden als 'Schulmentor' of buddy",
      'Welke resultaten er worden behaald op het niveau van gezin en kind evenals voor scholen en lokale overheid',
      "De do's & don'ts in het opzetten van een lerende community, in twee uitwisselingsmomenten",
      'Hoe de training voor ouders en projectleiders eruitziet en wat ervoor nodig is om tot goede leerresultaten te komen'
    ],
    location: 'Hamburg (Duitsland); iedereen reist en verblijft op eigen gelegenheid',
    start: ['2027-11-20', '10:00'],
    end: ['2027-11-22', '17:00'],
    deadline: ['2027-10-15', '23:59'],
    priceCents: 69500,
    priceCovers: 'Voorbereidings- en organisatiekosten. Reis en hotel regelt iedereen zelf.',
    capacity: 25,
    municipalPairs: true,
    visibility: 'public',
    programme: [
      { kind: 'uitwisseling', title: 'Kennismaking en verwachtingen', at: ['2027-11-20', '10:00'], place: 'Hamburg' },
      { kind: 'bezoek', title: 'Scholen die het project Schulmentoren succesvol hebben geïmplementeerd', at: ['2027-11-20', '13:30'] },
      { kind: 'bezoek', title: 'Betrokken gemeenteambtenaren in Hamburg', at: ['2027-11-21', '09:30'] },
      { kind: 'uitwisseling', title: "Uitwisselingsmoment: do's & don'ts voor een lerende community", at: ['2027-11-21', '15:00'] },
      { kind: 'bezoek', title: 'Samenwerkingspartners die dit mogelijk hebben gemaakt', at: ['2027-11-22', '09:30'] },
      { kind: 'uitwisseling', title: 'Tweede uitwisselingsmoment en afsluiting', at: ['2027-11-22', '14:00'] }
    ],
    extras: [
      { title: 'Gezamenlijk diner 21 november — op eigen kosten', date: '2027-11-21', priceCents: 0, capacity: 25 },
      { title: 'Gezamenlijk diner 22 november — op eigen kosten', date: '2027-11-22', priceCents: 0, capacity: 25 }
    ]
  },
  {
    organisationSlug: 'samana',
    slug: 'uitwisselingsdag-2027',
    kind: 'uitwisselingsdag',
    title: 'Uitwisselingsdag Scholennetwerk jonge mantelzorgers',
    summary: 'De leden van het Scholennetwerk bespreken hun ideeën en uitdagingen met elkaar.',
    description: 'Bij gelegenheid organiseert Samana een uitwisselingsdag met alle leden van het Scholennetwerk. Hier kunnen de leden hun ideeën en uitdagingen met elkaar bespreken. Zo versterken en inspireren ze elkaar.',
    audience: 'Leden van het Scholennetwerk voor jonge mantelzorgers: zorgcoördinatoren, leerlingenbegeleiders, directies.',
    goals: 'Elkaar versterken en inspireren in het ondersteunen van jonge mantelzorgers.',
    learnings: ['Wat andere scholen doen om jonge mantelzorgers te herkennen', 'Hoe je een vertrouwenspersoon in de school inzet'],
    location: 'Brussel',
    start: ['2027-03-17', '09:30'],
    end: ['2027-03-17', '16:00'],
    deadline: ['2027-03-03', '23:59'],
    priceCents: 0,
    priceCovers: 'Gratis voor leden, lunch inbegrepen.',
    capacity: 80,
    visibility: 'network',
    networkSlug: 'scholennetwerk-jonge-mantelzorgers',
    programme: [
      { kind: 'lezing', title: 'Welkom en stand van het Scholennetwerk', at: ['2027-03-17', '09:30'], presenter: 'Samana' },
      { kind: 'uitwisseling', title: 'Tafelgesprekken per thema', at: ['2027-03-17', '10:30'] },
      { kind: 'uitwisseling', title: 'Initiatieven van leden in de kijker', at: ['2027-03-17', '13:30'] }
    ],
    extras: []
  },
  {
    organisationSlug: 'samana',
    slug: 'vorming-jonge-mantelzorgers-herkennen',
    kind: 'vorming',
    title: 'Vorming: jonge mantelzorgers herkennen en ondersteunen',
    summary: 'Een thematische vorming voor leerkrachten en leerlingenbegeleiders.',
    description: 'Samana organiseert vormingsmomenten om scholen sterker te maken in het ondersteunen van jonge mantelzorgers en het houden van vruchtbare workshops.',
    audience: 'Leerkrachten, leerlingenbegeleiders en zorgcoördinatoren.',
    goals: 'Signalen herkennen en een eerste gesprek voeren met een jonge mantelzorger.',
    learnings: ['Signalen van zorg thuis herkennen', 'Een eerste gesprek voeren', 'Flexibele afspraken rond taken en toetsen'],
    location: 'Online',
    start: ['2027-02-10', '13:30'],
    end: ['2027-02-10', '16:30'],
    deadline: ['2027-02-05', '23:59'],
    priceCents: 4500,
    priceCovers: 'Vorming en digitaal materiaal.',
    capacity: 30,
    visibility: 'public',
    programme: [{ kind: 'sessie', title: 'Herkennen, erkennen, ondersteunen', at: ['2027-02-10', '13:30'], presenter: 'Samana' }],
    extras: []
  },
  {
    organisationSlug: 'samen-tegen-schooluitval',
    slug: 'studiedag-praktijkvoorbeelden',
    kind: 'studiedag',
    title: 'Studiedag Samen tegen Schooluitval: praktijkvoorbeelden uit de provincies',
    summary: 'Elk provinciaal netwerk stelt een praktijkvoorbeeld voor.',
    description: 'We starten met een korte schets van het werkkader en de opdrachten van de Netwerken Samen tegen Schooluitval. Vervolgens stelt elk netwerk een praktijkvoorbeeld voor. Zo krijgen de deelnemers inspiratie voor goede praktijken en samenwerkingsverbanden tussen de domeinen onderwijs, werk en welzijn rond diverse thema’s.',
    audience: 'Scholen, CLB’s, lokale besturen en partners uit werk en welzijn.',
    goals: 'Inspiratie voor goede praktijken en samenwerking tussen onderwijs, werk en welzijn.',
    learnings: ['Zes praktijkvoorbeelden tegen vroegtijdig schoolverlaten', 'Hoe onderwijs, werk en welzijn samenwerken'],
    location: 'Mechelen',
    start: ['2027-05-20', '09:00'],
    end: ['2027-05-20', '16:30'],
    deadline: ['2027-05-10', '23:59'],
    priceCents: 0,
    priceCovers: 'Gratis, lunch inbegrepen.',
    capacity: 120,
    visibility: 'public',
    programme: [
      { kind: 'lezing', title: 'Werkkader en opdrachten van de Netwerken Samen tegen Schooluitval', at: ['2027-05-20', '09:00'] },
      { kind: 'sessie', title: 'Antwerpen: Provinciaal Spijbelactieplan', at: ['2027-05-20', '09:45'], presenter: 'Els Dupon' },
      { kind: 'sessie', title: 'Brussels Hoofdstedelijk Gewest: KANS — Centraal Meldpunt Brussel', at: ['2027-05-20', '10:30'], presenter: 'Eva Trogh' },
      { kind: 'sessie', title: "Limburg: 'Minder mazen, meer net'", at: ['2027-05-20', '11:15'], presenter: 'Nathalie Vanbergen' },
      { kind: 'sessie', title: 'Oost-Vlaanderen: Trajectbegeleiding', at: ['2027-05-20', '13:30'], presenter: 'Oona Somers en Sofie Baert' },
      { kind: 'sessie', title: 'Vlaams-Brabant: Psychische kwetsbaarheid en schooluitval', at: ['2027-05-20', '14:15'], presenter: 'An Hessels' },
      { kind: 'sessie', title: "West-Vlaanderen: 'De school verlaten zonder kwalificatie? Laat je niet vangen!'", at: ['2027-05-20', '15:00'], presenter: 'Annick Steyt' }
    ],
    extras: []
  }
];

// The study day's previous edition, already held (ADR 052): the same six sessions, given to the
// provincial networks by the seed, so its page lists the practice examples presented.
const studyDay = demoActivities.find((a) => a.slug === 'studiedag-praktijkvoorbeelden')!;
const heldOn = '2026-03-19';
demoActivities.push({
  ...studyDay,
  slug: 'studiedag-praktijkvoorbeelden-2026',
  title: 'Studiedag Samen tegen Schooluitval 2026: zes provinciale praktijkvoorbeelden',
  start: [heldOn, '09:00'],
  end: [heldOn, '16:30'],
  deadline: ['2026-03-12', '23:59'],
  programme: studyDay.programme.map((item) => ({ ...item, at: item.at ? [heldOn, item.at[1]] : undefined }))
});

// A study day of the Scholennetwerk, already held: its one session was given to the network, which
// presented its example (ADR 052; also the study day a matrix role, Samana's facilitator, manages).
demoActivities.push({
  organisationSlug: 'samana',
  slug: 'studiedag-jonge-mantelzorgers-2026',
  kind: 'studiedag',
  title: 'Studiedag jonge mantelzorgers op school',
  summary: 'Het Scholennetwerk voor jonge mantelzorgers stelt zijn praktijkvoorbeeld voor.',
  description: 'Een halve studiedag over jonge mantelzorgers op school: hoe scholen hen herkennen, erkennen en ondersteunen, met het praktijkvoorbeeld van het Scholennetwerk.',
  audience: 'Zorgcoördinatoren, leerlingenbegeleiders en directies.',
  goals: 'Jonge mantelzorgers herkennen en ondersteunen op school.',
  learnings: ['Signalen van zorg thuis herkennen'],
  location: 'Brussel',
  start: ['2026-02-05', '13:30'],
  end: ['2026-02-05', '16:30'],
  deadline: ['2026-01-29', '23:59'],
  priceCents: 0,
  priceCovers: 'Gratis.',
  capacity: 40,
  visibility: 'public',
  programme: [{ kind: 'sessie', title: 'Scholennetwerk: jonge mantelzorgers herkennen op school', at: ['2026-02-05', '13:30'], presenter: 'Samana' }],
  extras: []
});
