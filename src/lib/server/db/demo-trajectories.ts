// The demo's coached trajectories (seed 004): Samen Maakt School of Onderwijscentrum Gent, with
// VISO Gent's trajectory from 2023-2024 (its school and workgroup are added here), a trajectory of
// GO! Technisch Atheneum Leiekaai coached by another coach, and an open application. The later
// start years follow today, so a school can always apply in the demo.
import { createHash } from 'node:crypto';
import { workingSchoolYear } from '$lib/features/calendar/rules';
import { attachmentFileName, checkAttachment } from '$lib/features/library/rules';
import type { Tx } from './client';
import {
  people, schoolStaff, schools, trajectories, trajectoryActions, trajectoryEvidenceFiles, trajectoryGoals, trajectoryIntakes, trajectoryLogbook, trajectoryOffers,
  trajectoryReflections, trajectoryStartYears, trajectoryWorkgroup
} from './schema';
import { demoPdf } from './seed-demo-library';

const domain = 'demo.netwerkplein.example';

export const demoViso = {
  institutionNumber: '932590', name: 'VISO Gent', street: 'Hoogpoort 40', postalCode: '9000', municipality: 'Gent',
  province: 'oost-vlaanderen' as const, level: 'secundair' as const, educationNetwork: 'vrij-gesubsidieerd' as const
};

const visoPeople = [
  { email: `ellen.vercruysse@${domain}`, name: 'Ellen Vercruysse', access: 'coordinator' as const, schoolRole: 'zorgcoordinator' as const },
  { email: `sam.vanacker@${domain}`, name: 'Sam Van Acker', access: 'staff' as const, schoolRole: 'ambassadeur' as const },
  { email: `nora.haddou@${domain}`, name: 'Nora Haddou', access: 'staff' as const, schoolRole: 'leerlingenbegeleider' as const },
  { email: `tim.declercq@${domain}`, name: 'Tim De Clercq', access: 'staff' as const, schoolRole: 'middenkader' as const }
];

export const demoOffer = {
  slug: 'samen-maakt-school',
  title: 'Samen Maakt School',
  summary: 'Met Samen Maakt School werken we samen aan een verbindend schoolklimaat om meer leerlingen te laten slagen op school en in de toekomst.',
  description: 'Samen Maakt School is een inspiratietraject op maat om teams uit Gentse secundaire scholen te versterken in hun competenties om een verbindend schoolklimaat te realiseren. Gedurende het traject wordt gewerkt met een werkgroep bestaande uit leraren, leerlingenbegeleiders, middenkader … en met een ambassadeur als aanspreekpunt. Samen met de werkgroep wordt toegewerkt naar een actieplan op maat, met aandacht voor het leggen van contacten met relevante partners op het terrein.\n\nEen begeleider inspireert en ondersteunt de werkgroepleden om verschillende principes en methodieken uit te proberen in de praktijk: samen uitproberen, observeren, intervisie, coaching … Op termijn inspireren en ondersteunen de werkgroepleden hun collega’s. Zo groeien we bottom-up naar een breed gedragen verbindend klas- en schoolklimaat dat structureel verankerd wordt in het schoolbeleid.\n\nElk traject start met een intakegesprek waarin wederzijdse verwachtingen worden afgetoetst en eventuele specifieke ondersteuningsvragen van de school worden verhelderd.',
  themes: ['een warm onthaal', 'verbindend communiceren', 'een betere groepsdynamiek', 'herstelgericht werken', 'inzetten op een motiverende brede leer- en leefomgeving (ABC)'],
  partners: ['Ducktape versterkt', 'On@Break²'],
  intensityOptions: ['een werkgroepoverleg per maand', 'een werkgroepoverleg per maand en coaching in de klas', 'intensief: wekelijks samen uitproberen en observeren'],
  eligibleCountry: 'BE' as const, eligibleMunicipality: 'Gent', eligibleLevel: 'secundair' as const
};

export async function seedTrajectories(tx: Tx, orgId: Map<string, string>, schoolId: Map<string, string>, personId: Map<string, string>, passwordHash: string): Promise<void> {
  const [viso] = await tx.insert(schools).values(demoViso).returning({ id: schools.id });
  for (const p of visoPeople) {
    const [row] = await tx.insert(people).values({ email: p.email, name: p.name, passwordHash }).returning({ id: people.id });
    personId.set(p.email, row!.id);
    await tx.insert(schoolStaff).values({ personId: row!.id, schoolId: viso!.id, access: p.access, schoolRole: p.schoolRole });
  }
  const [offer] = await tx.insert(trajectoryOffers).values({ ...demoOffer, organisationId: orgId.get('onderwijscentrum-gent')!, publishedAt: new Date('2023-05-15T08:00:00Z') })
    .returning({ id: trajectoryOffers.id });
  const offerId = offer!.id;
  const current = workingSchoolYear(new Date());
  const years = new Map([[2023, { places: 4, taken: 1 }], [2024, { places: 6, taken: 1 }]]);
  for (const y of [current, current + 1]) if (!years.has(y)) years.set(y, { places: 4, taken: 0 });
  await tx.insert(trajectoryStartYears).values([...years].map(([schoolYear, p]) => ({ offerId, schoolYear, ...p })));

  const person = (name: string) => personId.get(`${name}@${domain}`)!;
  const enrol = async (school: string, values: Omit<typeof trajectories.$inferInsert, 'offerId' | 'schoolId'>, workgroup: string[], ambassador: string) => {
    const [row] = await tx.insert(trajectories).values({ ...values, offerId, schoolId: school }).returning({ id: trajectories.id });
    await tx.insert(trajectoryWorkgroup).values(workgroup.map((p) => ({ trajectoryId: row!.id, personId: person(p), isAmbassador: p === ambassador })));
    return row!.id;
  };
  const decided = { decidedBy: person('facilitator.gent'), decidedAt: new Date('2023-06-20T09:00:00Z') };
  const visoTrajectory = await enrol(viso!.id, {
    schoolYear: 2023, appliedBy: person('ellen.vercruysse'), status: 'aanvaard', phase: 'uitvoering', coachId: person('begeleider'), ...decided,
    questions: 'Veel leerlingen in de eerste graad spijbelen of haken af. We willen begrijpen wat hen van school weghoudt en als team meer verbinding maken met hen.',
    expectations: 'Een begeleider die met onze werkgroep meedenkt, methodieken die we meteen in de klas kunnen uitproberen en een plan dat over een paar jaar door het hele team gedragen wordt.'
  }, ['ellen.vercruysse', 'sam.vanacker', 'nora.haddou', 'tim.declercq'], 'sam.vanacker');
  await seedVisoLogbook(tx, visoTrajectory, person('begeleider'));
  await seedVisoPlan(tx, visoTrajectory, person);
  await enrol(schoolId.get('931187')!, {
    schoolYear: 2024, appliedBy: person('tom.mertens'), status: 'aanvaard', phase: 'intake', coachId: person('kristof.vandenbroeck'), ...decided,
    questions: 'Conflicten op de speelplaats lopen vaak hoog op; we zoeken een herstelgerichte aanpak die het hele team draagt.',
    expectations: 'Concrete handvatten voor herstelgesprekken en ondersteuning om ze in het schoolreglement op te nemen.'
  }, ['tom.mertens', 'elif.kaya', 'joris.wuyts'], 'elif.kaya');
  await enrol(schoolId.get('931352')!, {
    schoolYear: current, appliedBy: person('ilse.desmet'),
    questions: 'Nieuwe leerlingen voelen zich de eerste weken verloren. Hoe bouwen we een warm onthaal uit dat het hele jaar doorloopt?',
    expectations: 'Inspiratie van andere Gentse scholen en een werkgroep die het onthaal samen met de begeleider vernieuwt.'
  }, ['ilse.desmet', 'laura.michiels', 'bart.claes'], 'laura.michiels');
}

/** VISO Gent's intake and five sessions of different kinds; the intervision stays private to the coach. */
async function seedVisoLogbook(tx: Tx, trajectoryId: string, coachId: string): Promise<void> {
  await tx.insert(trajectoryIntakes).values({
    trajectoryId, heldOn: '2023-09-19', recordedBy: coachId,
    schoolExpectations: 'Handvatten om spijbelen in de eerste graad vroeg op te merken en leerlingen opnieuw aan boord te krijgen; een begeleider die meedenkt zonder kant-en-klare oplossingen.',
    coachExpectations: 'Een vaste werkgroep die elke maand samenkomt, tijd om methodieken in de klas uit te proberen en een directie die het plan mee draagt.',
    supportQuestions: 'Hoe voeren we een verbindend gesprek na afwezigheid? Hoe betrekken we collega’s die nog twijfelen?',
    intensity: 'een werkgroepoverleg per maand en coaching in de klas', rhythm: 'elke derde dinsdag van de maand, 14 tot 16 uur'
  });
  const entry = (heldOn: string, kind: typeof trajectoryLogbook.$inferInsert.kind, shared: boolean, done: string, learned: string, nextSteps: string, participants = 'de werkgroep en de begeleider') =>
    ({ trajectoryId, heldOn, kind, shared, done, learned, nextSteps, participants, authorId: coachId });
  await tx.insert(trajectoryLogbook).values([
    entry('2023-10-17', 'werkgroepoverleg', true, 'Kennismaking met de werkgroep en afspraken over het ritme. We brachten in kaart waar de school al sterk staat in verbinding.', 'Het onthaal na een afwezigheid verschilt sterk van klas tot klas.', 'Elk werkgroeplid probeert een verbindend openingsgesprek uit in één klas.'),
    entry('2023-11-21', 'samen-uitproberen', true, 'Samen met twee leraren een klasgesprek rond “wat maakt dat je graag naar school komt” voorbereid en gegeven.', 'Leerlingen praten vrijer in kleine kringen dan in de hele klas.', 'De kringvorm herhalen in de lessen Nederlands.', 'Sam Van Acker, Nora Haddou en de begeleider'),
    entry('2024-01-16', 'observatie', true, 'Observatie in een les wiskunde van het eerste jaar, met het observatieformulier dat leraar en begeleider samen invulden.', 'Korte persoonlijke begroetingen aan de deur veranderen de start van de les.', 'Begroeten aan de deur als afspraak voorstellen op de personeelsvergadering.', 'Tim De Clercq en de begeleider'),
    { ...entry('2024-02-20', 'intervisie', false, 'Intervisie volgens de incidentmethode over een gesprek met een klas die een collega wantrouwt.', 'Een herstelgesprek vraagt voorbereiding met beide kanten.', 'Het herstelgesprek samen voorbereiden.'),
      intervision: {
        incident: 'Een leraar bracht een les in waarin de klas na een conflict niet meer wilde meewerken.',
        questions: 'Wat ging eraan vooraf? Wie sprak er namens de klas? Wat heb je toen gezegd?',
        analysis: 'Het conflict werd nooit uitgesproken; de klas voelde zich niet gehoord.',
        advice: 'Een herstelcirkel met de klas, voorbereid met de leerlingenbegeleider; zelf benoemen wat er misliep.',
        takeaway: 'De inbrenger plant een herstelcirkel en vraagt de leerlingenbegeleider erbij.'
      } },
    entry('2024-03-19', 'coaching', true, 'Coaching van de ambassadeur bij het voorstellen van het actieplan aan de pedagogische raad.', 'Concrete voorbeelden uit de eigen school overtuigen meer dan cijfers.', 'Het actieplan op de pedagogische raad van april voorstellen.', 'Sam Van Acker en de begeleider')
  ]);
}

/**
 * VISO Gent's action plan on two themes; greeting at the door has reached the school's policy (its
 * schoolwerkplan, kept as the evidence file, ADR 054), so "een warm onthaal" reaches it too; a
 * reflection on the return conversations.
 */
async function seedVisoPlan(tx: Tx, trajectoryId: string, person: (name: string) => string): Promise<void> {
  const [welcome, communication] = await tx.insert(trajectoryGoals).values([
    { trajectoryId, theme: 'een warm onthaal', title: 'Elke leerling voelt zich welkom bij de start van de dag en na een afwezigheid' },
    { trajectoryId, theme: 'verbindend communiceren', title: 'Gesprekken na spijbelen herstellen de band in plaats van te straffen' }
  ]).returning({ id: trajectoryGoals.id });
  const [greeting, returning] = await tx.insert(trajectoryActions).values([
    { goalId: welcome!.id, title: 'Leerlingen persoonlijk begroeten aan de klasdeur', ownerId: person('tim.declercq'), deadline: '2024-06-30', status: 'klaar', reach: 'schoolbeleid',
      evidence: 'Opgenomen in het schoolwerkplan 2024-2025 (hoofdstuk “Welbevinden”), goedgekeurd op de pedagogische raad van mei 2024.' },
    { goalId: welcome!.id, title: 'Een terugkeergesprek na elke afwezigheid van meer dan drie dagen', ownerId: person('nora.haddou'), deadline: '2024-12-20', status: 'bezig', reach: 'team',
      evidence: 'Het hele eerste-graadsteam gebruikt sinds september de gesprekskaart van de werkgroep.' },
    { goalId: communication!.id, title: 'Kringgesprekken in de lessen Nederlands van het eerste jaar', ownerId: person('sam.vanacker'), deadline: '2024-03-31', status: 'klaar', reach: 'collegas',
      evidence: 'Drie leraren Nederlands houden maandelijks een kringgesprek.' },
    { goalId: communication!.id, title: 'Een vorming verbindend communiceren voor het hele team', ownerId: person('ellen.vercruysse'), deadline: '2025-02-28', status: 'gepland', reach: 'werkgroep', evidence: '' }
  ]).returning({ id: trajectoryActions.id });
  await tx.insert(trajectoryReflections).values({
    actionId: returning!.id, authorId: person('nora.haddou'), writtenOn: '2024-10-15',
    text: 'Leerlingen die lang afwezig waren, vertellen in het terugkeergesprek meer dan we dachten. Een vaste gesprekskaart helpt collega’s om het gesprek te durven voeren.'
  });
  const check = checkAttachment(demoPdf('Schoolwerkplan VISO Gent 2024-2025: Welbevinden', [
    'Hoofdstuk 4. Welbevinden en een warm onthaal',
    'Elke leraar begroet de leerlingen persoonlijk aan de klasdeur bij de start van de dag.',
    'Goedgekeurd op de pedagogische raad van 14 mei 2024.'
  ]));
  if (!check.ok) throw new Error(`demo evidence file: ${check.reason}`);
  await tx.insert(trajectoryEvidenceFiles).values({
    actionId: greeting!.id, fileName: attachmentFileName('Schoolwerkplan 2024-2025 Welbevinden', check.kind), kind: check.kind, size: check.bytes.length,
    hash: createHash('sha256').update(check.bytes).digest('hex'), bytes: check.bytes, uploadedBy: person('tim.declercq')
  });
}
