// The demo of trajectory sessions (ADR 050): VISO Gent's next session planned by poll (picked),
// a second poll still open, the observation form of its observation entry, and the cross-school
// learning network of Samen Maakt School for 2023-2024. Dates follow today, so the sessions lie ahead.
import { and, eq } from 'drizzle-orm';
import { addDays, brusselsDateTimeParts, brusselsInstant, isoWeekday } from '$lib/kernel/time';
import type { Tx } from './client';
import {
  learningNetworkMembers, learningNetworks, networks, people, schools, trajectories, trajectoryLogbook, trajectoryObservations, trajectoryOffers,
  trajectoryOfferNetworks, trajectorySessionOptions, trajectorySessions, trajectorySessionVotes
} from './schema';

const domain = 'demo.netwerkplein.example';

/** The first Tuesday at least `days` days after `today` (the workgroup's rhythm is the third Tuesday; any Tuesday will do for the poll). */
function tuesdayAfter(today: string, days: number): string {
  const from = addDays(today, days);
  return addDays(from, (9 - isoWeekday(from)) % 7);
}

export async function seedTrajectorySessions(tx: Tx, now = new Date()): Promise<void> {
  const personOf = async (name: string) => (await tx.select({ id: people.id }).from(people).where(eq(people.email, `${name}@${domain}`)))[0]!.id;
  const [row] = await tx.select({ id: trajectories.id, offerId: trajectories.offerId, schoolId: trajectories.schoolId, organisationId: trajectoryOffers.organisationId })
    .from(trajectories).innerJoin(schools, eq(schools.id, trajectories.schoolId)).innerJoin(trajectoryOffers, eq(trajectoryOffers.id, trajectories.offerId))
    .where(and(eq(schools.institutionNumber, '932590'), eq(trajectoryOffers.slug, 'samen-maakt-school')));
  const viso = row!;
  const coach = await personOf('begeleider');
  const [ellen, sam, nora, tim] = await Promise.all(['ellen.vercruysse', 'sam.vanacker', 'nora.haddou', 'tim.declercq'].map(personOf));
  const today = brusselsDateTimeParts(now).date;

  // The next werkgroepoverleg: three Tuesdays proposed, the workgroup answered, the coach picked the best.
  const [meeting] = await tx.insert(trajectorySessions).values({
    trajectoryId: viso.id, kind: 'werkgroepoverleg', location: 'VISO Gent, vergaderzaal Hoogpoort (eerste verdieping)', durationMinutes: 120, createdBy: coach
  }).returning({ id: trajectorySessions.id });
  const dates = [14, 21, 28].map((d) => brusselsInstant(tuesdayAfter(today, d), '14:00'));
  const options = await tx.insert(trajectorySessionOptions).values(dates.map((startsAt) => ({ sessionId: meeting!.id, startsAt }))).returning({ id: trajectorySessionOptions.id });
  const [first, second, third] = options.map((o) => o.id) as [string, string, string];
  const answers: [string, string, 'yes' | 'maybe' | 'no'][] = [
    [first, ellen!, 'no'], [first, sam!, 'yes'], [first, nora!, 'maybe'], [first, tim!, 'no'],
    [second, ellen!, 'yes'], [second, sam!, 'yes'], [second, nora!, 'yes'], [second, tim!, 'maybe'],
    [third, ellen!, 'yes'], [third, sam!, 'no'], [third, nora!, 'maybe'], [third, tim!, 'yes']
  ];
  await tx.insert(trajectorySessionVotes).values(answers.map(([optionId, personId, answer]) => ({ optionId, personId, answer })));
  await tx.update(trajectorySessions).set({ chosenOptionId: second, chosenAt: now }).where(eq(trajectorySessions.id, meeting!.id));

  // An observation in the classroom, its poll still open: two dates, one answer so far.
  const [observation] = await tx.insert(trajectorySessions).values({
    trajectoryId: viso.id, kind: 'observatie', location: 'VISO Gent, klas 1B (les Nederlands)', durationMinutes: 50, createdBy: coach
  }).returning({ id: trajectorySessions.id });
  const open = await tx.insert(trajectorySessionOptions).values([35, 42].map((d) => ({ sessionId: observation!.id, startsAt: brusselsInstant(addDays(tuesdayAfter(today, d), 1), '10:25') })))
    .returning({ id: trajectorySessionOptions.id });
  await tx.insert(trajectorySessionVotes).values([{ optionId: open[0]!.id, personId: sam!, answer: 'yes' }, { optionId: open[1]!.id, personId: sam!, answer: 'maybe' }]);

  // The observation form of the January observation, filled in by the coach and Tim De Clercq.
  const [entry] = await tx.select({ id: trajectoryLogbook.id }).from(trajectoryLogbook)
    .where(and(eq(trajectoryLogbook.trajectoryId, viso.id), eq(trajectoryLogbook.kind, 'observatie')));
  await tx.insert(trajectoryObservations).values({
    entryId: entry!.id, teacherId: tim!, updatedBy: tim!,
    lesson: 'Les wiskunde in een klas van het eerste jaar, eerste lesuur op maandag na een lang weekend.',
    focus: 'Hoe de les start: de eerste vijf minuten, het onthaal aan de deur en wie er meteen bij is.',
    observed: 'De leraar begroette elke leerling aan de deur met naam en een korte vraag. De klas zat sneller klaar dan anders; twee leerlingen die vaak later komen, waren op tijd.',
    worked: 'De persoonlijke begroeting en een rustige opdracht op het bord waar iedereen meteen aan kon beginnen.',
    reflection: 'Ik had niet verwacht dat een minuut aan de deur zoveel rust geeft. Het kost me weinig en ik voel me zelf meer verbonden met de klas.',
    agreements: 'Tim begroet vier weken lang elke klas aan de deur; de werkgroep stelt het voor als afspraak op de personeelsvergadering.'
  });

  // The cross-school learning network of Samen Maakt School for 2023-2024: the schools whose trajectory ran that year.
  const [network] = await tx.insert(networks).values({
    organisationId: viso.organisationId, slug: 'traject-samen-maakt-school', name: 'Samen Maakt School: lerend netwerk', isPublic: false,
    description: 'Het lerend netwerk van de scholen in het traject Samen Maakt School: een paar keer per jaar samen, met hun vragen en oogsten.'
  }).returning({ id: networks.id });
  await tx.insert(trajectoryOfferNetworks).values({ offerId: viso.offerId, networkId: network!.id });
  const [cohort] = await tx.insert(learningNetworks).values({ networkId: network!.id, schoolYear: 2023, formedFromYear: 2023 }).returning({ id: learningNetworks.id });
  await tx.insert(learningNetworkMembers).values({ learningNetworkId: cohort!.id, schoolId: viso.schoolId });
}
