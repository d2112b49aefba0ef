// The demo's school story and testimonials (seed 004, ADR 048): VISO Gent's story "Verbinding als
// middel tegen spijbelen" and three quotes of core-team members from the Samen Maakt School page,
// each consented by its author and approved by Onderwijscentrum Gent's facilitator.
import { and, eq } from 'drizzle-orm';
import type { Tx } from './client';
import { practiceExamples, schools, trajectories, trajectoryOffers, trajectoryStories, trajectoryTestimonials } from './schema';

const domain = 'demo.netwerkplein.example';

const visoStory = {
  title: 'Verbinding als middel tegen spijbelen',
  body: [
    'In de eerste graad van VISO Gent bleven te veel leerlingen weg van school. Straffen hielp niet: wie terugkwam, voelde zich vooral betrapt. Daarom tekenden we in op **Samen Maakt School**.',
    '## Een werkgroep die uitprobeert',
    'Een werkgroep van leraren, leerlingenbegeleiders en middenkader, met onze ambassadeur als aanspreekpunt, komt elke maand samen met de begeleider. We probeerden in de klas uit wat verbinding maakt:',
    '- elke leerling persoonlijk begroeten aan de klasdeur;\n- een terugkeergesprek na elke afwezigheid van meer dan drie dagen;\n- kringgesprekken in de lessen Nederlands van het eerste jaar.',
    '## Van werkgroep naar schoolbeleid',
    'Wat begon bij een paar collega’s, staat nu in ons schoolwerkplan: het begroeten aan de deur is een afspraak van het hele team. “Leerlingen die lang weg waren, zeggen dat ze zich weer welkom voelen”, vertelt een leerlingenbegeleider.',
    'Ons advies aan andere scholen: begin klein, kijk samen naar wat werkt en laat je inspireren door scholen die het al doen.'
  ].join('\n\n'),
  themes: ['een warm onthaal', 'verbindend communiceren']
};

/** Three of the seed's quotes, each by one member of VISO Gent's workgroup. */
const visoTestimonials = [
  { author: 'sam.vanacker', shownName: 'Sam Van Acker', quote: 'SMS bundelt de krachten van een ervaren, no-nonsense begeleider met een kernteam van gemotiveerde collega’s om concrete oplossingen uit te werken.' },
  { author: 'nora.haddou', shownName: 'Nora Haddou', quote: 'Interessant om niet alleen aandacht te hebben voor het welzijn van leerlingen, maar ook voor het welzijn van leerkrachten.' },
  { author: 'tim.declercq', shownName: 'Tim De Clercq', quote: 'Door steeds het belang van de nood aan verbinding te benadrukken, krijgen we steeds meer collega’s mee ...' }
];

export async function seedTrajectoryStories(tx: Tx, personId: Map<string, string>): Promise<void> {
  const person = (name: string) => personId.get(`${name}@${domain}`)!;
  const [viso] = await tx.select({ id: trajectories.id }).from(trajectories)
    .innerJoin(schools, eq(schools.id, trajectories.schoolId)).innerJoin(trajectoryOffers, eq(trajectoryOffers.id, trajectories.offerId))
    .where(and(eq(schools.institutionNumber, '932590'), eq(trajectoryOffers.slug, 'samen-maakt-school')));
  // The story links the library's published provincial truancy plan.
  const linked = await tx.select({ id: practiceExamples.id }).from(practiceExamples)
    .where(and(eq(practiceExamples.title, 'Provinciaal Spijbelactieplan'), eq(practiceExamples.status, 'published')));
  const consentedAt = new Date('2024-05-21T09:00:00Z');
  const approved = { approvedAt: new Date('2024-05-23T10:00:00Z'), moderatedBy: person('facilitator.gent') };
  await tx.insert(trajectoryStories).values({
    trajectoryId: viso!.id, ...visoStory, practiceExampleIds: linked.map((l) => l.id), authorId: person('sam.vanacker'),
    consentedAt, ...approved, updatedAt: consentedAt, createdAt: new Date('2024-05-20T15:00:00Z')
  });
  await tx.insert(trajectoryTestimonials).values(visoTestimonials.map((t, i) => ({
    trajectoryId: viso!.id, quote: t.quote, shownName: t.shownName, shownRole: 'kernteamlid', authorId: person(t.author),
    consentedAt, ...approved, approvedAt: new Date(approved.approvedAt.getTime() + i * 60_000), updatedAt: consentedAt
  })));
}
