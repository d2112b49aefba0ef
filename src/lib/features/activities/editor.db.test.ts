import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, activityExtras, activityProgrammeItems, activityQuestions, networks, organisations, people, schools } from '$lib/server/db/schema';
import { brandOrganisation, type AuthorizedOrgId } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { buildOrganisation, buildSchool, uniqueEmail } from '../../../../tests/factories';
import { registerForActivity } from '../registrations/mutations.server';
import { listExtrasForEditor, listOrganisationActivities, listQuestions } from './data.server';
import {
  addExtra, addProgrammePart, addQuestion, createActivity, moveProgrammePart, moveQuestion, removeExtra, removeProgrammePart,
  removeQuestion, updateActivity, updateExtra, updateProgrammePart, updateQuestion
} from './mutations.server';
import { activityFormSchema, questionSchema, type ActivityInput, type ProgrammePartInput } from './schema';
import { managedActivity, registrant } from '../../../../tests/handles';

// The organiser's editor against a real database (PGlite, and PostgreSQL with TEST_DATABASE_URL):
// slugs, the capacity check in the UPDATE, ordered parts and questions, extras, and tenancy.
let database: TestDatabase;
let samana: AuthorizedOrgId;
let other: AuthorizedOrgId;
let otherNetworkId: string;
let samanaNetworkId: string;
let schoolNumber: string;

const form = (overrides: Record<string, string> = {}): ActivityInput => activityFormSchema.parse({
  kind: 'vorming', title: 'Jonge mantelzorgers herkennen', location: 'Brussel', startDate: '2031-03-12', startTime: '09:30',
  endDate: '2031-03-14', endTime: '16:00', deadlineDate: '2031-03-04', deadlineTime: '23:59', price: '95', capacity: '3', visibility: 'public',
  ...overrides
});
const question = (overrides: Record<string, string>) => questionSchema.parse({ kind: 'short', label: 'Vraag', ...overrides });
const part = (title: string, at: { date?: string; time?: string } = {}): ProgrammePartInput =>
  ({ kind: 'bezoek', title, description: '', date: at.date ?? '', time: at.time ?? '', place: null, presenter: null });
const now = new Date('2031-01-10T10:00:00Z');
// The handle requireManagedActivity mints; one naming another organisation is refused by the SQL scoping too.
const manage = (organisationId: AuthorizedOrgId, activityId: string) => managedActivity(activityId, organisationId);

async function newActivity(title = 'Vorming'): Promise<string> {
  const created = await createActivity(samana, form({ title }));
  if (!created.ok) throw new Error(created.reason);
  return created.id;
}

async function newPerson(): Promise<string> {
  const [row] = await database.handle.db.insert(people).values({ email: uniqueEmail(), name: 'Deelnemer' }).returning({ id: people.id });
  return row!.id;
}

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  const [a] = await db.insert(organisations).values(buildOrganisation()).returning({ id: organisations.id });
  const [b] = await db.insert(organisations).values(buildOrganisation()).returning({ id: organisations.id });
  samana = brandOrganisation(a!.id);
  other = brandOrganisation(b!.id);
  const [n1] = await db.insert(networks).values({ organisationId: samana, slug: 'netwerk', name: 'Netwerk' }).returning({ id: networks.id });
  const [n2] = await db.insert(networks).values({ organisationId: other, slug: 'netwerk', name: 'Ander netwerk' }).returning({ id: networks.id });
  samanaNetworkId = n1!.id;
  otherNetworkId = n2!.id;
  const school = buildSchool();
  await db.insert(schools).values(school);
  schoolNumber = school.institutionNumber;
});
afterAll(async () => { await database.close(); });

describe('creating and editing an activity', () => {
  it('derives a slug per organisation and adds -2, -3 for the same title', async () => {
    const first = await createActivity(samana, form({ title: 'Studiedag Één' }));
    const second = await createActivity(samana, form({ title: 'Studiedag één' }));
    const third = await createActivity(samana, form({ title: 'Studiedag één!' }));
    const elsewhere = await createActivity(other, form({ title: 'Studiedag één' }));
    expect([first, second, third, elsewhere].map((r) => r.ok && r.slug)).toEqual(['studiedag-een', 'studiedag-een-2', 'studiedag-een-3', 'studiedag-een']);
    const listed = await listOrganisationActivities(samana);
    expect(listed.filter((a) => a.slug.startsWith('studiedag-een'))).toHaveLength(3);
    expect(listed[0]).toMatchObject({ registered: 0, waiting: 0, interest: 0, seatsTaken: 0 });
  });

  it('only takes a network of the same organisation and a school of the directory', async () => {
    expect(await createActivity(samana, form({ visibility: 'network', networkId: otherNetworkId }))).toEqual({ ok: false, reason: 'network-not-found' });
    expect(await createActivity(samana, form({ visibility: 'school', institutionNumber: '999999' }))).toEqual({ ok: false, reason: 'school-not-found' });
    const forNetwork = await createActivity(samana, form({ visibility: 'network', networkId: samanaNetworkId }));
    const forSchool = await createActivity(samana, form({ visibility: 'school', institutionNumber: schoolNumber }));
    expect(forNetwork.ok && forSchool.ok).toBe(true);
    const [row] = await database.handle.db.select().from(activities).where(eq(activities.id, forSchool.ok ? forSchool.id : ''));
    expect(row).toMatchObject({ visibility: 'school', networkId: null });
    expect(row?.schoolId).toBeTruthy();
  });

  it('refuses a capacity below the seats taken and changes nothing, nor for another organisation', async () => {
    const id = await newActivity();
    for (let i = 0; i < 3; i++) expect((await registerForActivity(registrant(id, await newPerson()), {}, { now })).ok).toBe(true);
    expect(await updateActivity(manage(samana, id), form({ title: 'Nieuwe titel', capacity: '2' }))).toEqual({ ok: false, reason: 'capacity-below-taken', seatsTaken: 3 });
    expect(await updateActivity(manage(other, id), form({ title: 'Overgenomen', capacity: '50' }))).toEqual({ ok: false, reason: 'not-found' });
    let [row] = await database.handle.db.select().from(activities).where(eq(activities.id, id));
    expect(row).toMatchObject({ title: 'Vorming', capacity: 3, seatsTaken: 3 });
    expect(await updateActivity(manage(samana, id), form({ title: 'Nieuwe titel', capacity: '3', price: '120,50' }))).toEqual({ ok: true });
    [row] = await database.handle.db.select().from(activities).where(eq(activities.id, id));
    expect(row).toMatchObject({ title: 'Nieuwe titel', capacity: 3, priceCents: 12050 });
    expect(row?.slug).toBe('vorming');
  });

  it('asks to confirm dates without school, once: only changed dates are checked again', async () => {
    expect(await createActivity(samana, form({ startDate: '2031-03-08', endDate: '2031-03-09', deadlineDate: '2031-02-25' }))).toEqual({
      ok: false, reason: 'calendar', concerns: { startDate: 'notSchoolDay_weekend', endDate: 'notSchoolDay_weekend', deadlineDate: 'notSchoolDay_krokusvakantie' }
    });
    const created = await createActivity(samana, form({ title: 'Weekendreis', startDate: '2031-03-08', endDate: '2031-03-09', confirmCalendar: 'on' }));
    if (!created.ok) throw new Error(created.reason);
    expect(await updateActivity(manage(samana, created.id), form({ title: 'Weekendreis, nieuwe titel', startDate: '2031-03-08', endDate: '2031-03-09' }))).toEqual({ ok: true });
    expect(await updateActivity(manage(samana, created.id), form({ startDate: '2031-03-08', endDate: '2031-04-15' }))).toEqual({
      ok: false, reason: 'calendar', concerns: { endDate: 'notSchoolDay_paasvakantie' }
    });
    const [row] = await database.handle.db.select().from(activities).where(eq(activities.id, created.id));
    expect(row?.title).toBe('Weekendreis, nieuwe titel');
  });

  it('creates no activity that starts in the past (moved here from the route)', async () => {
    const later = new Date('2031-03-12T08:30:00Z');
    expect(await createActivity(samana, form({ title: 'Te laat' }), later)).toEqual({ ok: false, reason: 'start-in-past' });
    expect(await createActivity(samana, form({ title: 'Net op tijd' }), new Date('2031-03-12T08:29:59Z'))).toMatchObject({ ok: true });
    expect((await listOrganisationActivities(samana)).some((a) => a.title === 'Te laat')).toBe(false);
  });
});

describe('the programme', () => {
  const titles = async (id: string) => (await database.handle.db.select().from(activityProgrammeItems)
    .where(eq(activityProgrammeItems.activityId, id)).orderBy(asc(activityProgrammeItems.position))).map((p) => `${p.position}:${p.title}`);

  it('keeps positions 1..n through moves and removals', async () => {
    const id = await newActivity('Programma');
    for (const t of ['A', 'B', 'C', 'D']) expect(await addProgrammePart(manage(samana, id), part(t))).toEqual({ ok: true });
    const [, b, c] = await database.handle.db.select().from(activityProgrammeItems).where(eq(activityProgrammeItems.activityId, id)).orderBy(asc(activityProgrammeItems.position));
    expect(await moveProgrammePart(manage(samana, id), c!.id, 'up')).toEqual({ ok: true });
    expect(await titles(id)).toEqual(['1:A', '2:C', '3:B', '4:D']);
    expect(await moveProgrammePart(manage(samana, id), c!.id, 'up')).toEqual({ ok: true });
    expect(await moveProgrammePart(manage(samana, id), c!.id, 'up')).toEqual({ ok: true });
    expect(await titles(id)).toEqual(['1:C', '2:A', '3:B', '4:D']);
    expect(await removeProgrammePart(manage(samana, id), b!.id)).toEqual({ ok: true });
    expect(await titles(id)).toEqual(['1:C', '2:A', '3:D']);
    expect(await updateProgrammePart(manage(samana, id), c!.id, { ...part('C2'), place: 'Hamburg' })).toEqual({ ok: true });
    expect(await titles(id)).toEqual(['1:C2', '2:A', '3:D']);
  });

  it('ignores another organisation entirely', async () => {
    const id = await newActivity('Programma tenancy');
    await addProgrammePart(manage(samana, id), part('A'));
    await addProgrammePart(manage(samana, id), part('B'));
    const [a] = await database.handle.db.select().from(activityProgrammeItems).where(eq(activityProgrammeItems.activityId, id)).orderBy(asc(activityProgrammeItems.position));
    expect(await addProgrammePart(manage(other, id), part('X'))).toEqual({ ok: false, reason: 'not-found' });
    expect(await moveProgrammePart(manage(other, id), a!.id, 'down')).toEqual({ ok: false, reason: 'not-found' });
    expect(await updateProgrammePart(manage(other, id), a!.id, part('X'))).toEqual({ ok: false, reason: 'not-found' });
    expect(await removeProgrammePart(manage(other, id), a!.id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await titles(id)).toEqual(['1:A', '2:B']);
    // @ts-expect-error the editor takes the handle requireManagedActivity mints, not an organisation and a plain id
    const withPlainIds = () => addProgrammePart(samana, id, part('X'));
    expect(withPlainIds).toBeTypeOf('function');
  });

  // Moved from the editor's route into the mutations, so every caller gets them.
  it('places a part within the activity\'s days (Brussels), a time alone on its first day', async () => {
    const id = await newActivity('Programma dagen');
    const starts = async () => (await database.handle.db.select().from(activityProgrammeItems)
      .where(eq(activityProgrammeItems.activityId, id)).orderBy(asc(activityProgrammeItems.position))).map((p) => p.startsAt?.toISOString() ?? null);
    expect(await addProgrammePart(manage(samana, id), part('Ervoor', { date: '2031-03-11', time: '10:00' }))).toEqual({ ok: false, reason: 'outside-activity' });
    expect(await addProgrammePart(manage(samana, id), part('Erna', { date: '2031-03-15', time: '10:00' }))).toEqual({ ok: false, reason: 'outside-activity' });
    expect(await addProgrammePart(manage(samana, id), part('Eerste dag', { time: '10:00' }))).toEqual({ ok: true });
    expect(await addProgrammePart(manage(samana, id), part('Laatste dag', { date: '2031-03-14', time: '15:00' }))).toEqual({ ok: true });
    expect(await starts()).toEqual(['2031-03-12T09:00:00.000Z', '2031-03-14T14:00:00.000Z']);
    const [first] = await database.handle.db.select().from(activityProgrammeItems).where(eq(activityProgrammeItems.activityId, id)).orderBy(asc(activityProgrammeItems.position));
    expect(await updateProgrammePart(manage(samana, id), first!.id, part('Verschoven', { date: '2031-03-16', time: '10:00' }))).toEqual({ ok: false, reason: 'outside-activity' });
    // The date is refused before the id is read; an unreadable id is a part that does not exist.
    expect(await updateProgrammePart(manage(samana, id), 'geen-id', part('X', { date: '2031-03-16', time: '10:00' }))).toEqual({ ok: false, reason: 'outside-activity' });
    expect(await updateProgrammePart(manage(samana, id), 'geen-id', part('X'))).toEqual({ ok: false, reason: 'not-found' });
    expect(await updateProgrammePart(manage(samana, id), first!.id, part('Verschoven', { date: '2031-03-13', time: '11:00' }))).toEqual({ ok: true });
    expect(await starts()).toEqual(['2031-03-13T10:00:00.000Z', '2031-03-14T14:00:00.000Z']);
  });
});

describe('registration questions', () => {
  it('keeps conditions on earlier questions with a valid answer, through every change', async () => {
    const id = await newActivity('Vragen');
    expect(await addQuestion(manage(samana, id), question({ kind: 'choice', label: 'Functie', options: 'Directeur\nGemeentefunctionaris', required: 'on' }))).toEqual({ ok: true });
    const [role] = await listQuestions(id);
    expect(await addQuestion(manage(samana, id), question({ label: 'Gemeente', dependsOnQuestionId: role!.id, dependsOnAnswer: 'Koning' })))
      .toMatchObject({ ok: false, reason: 'invalid-condition', questionId: 'new', key: 'activitiesConditionNotAnOption' });
    expect(await addQuestion(manage(samana, id), question({ label: 'Gemeente', dependsOnQuestionId: role!.id, dependsOnAnswer: 'Gemeentefunctionaris' }))).toEqual({ ok: true });
    expect(await addQuestion(manage(samana, id), question({ kind: 'long', label: 'Opmerkingen' }))).toEqual({ ok: true });
    const [, municipality, remarks] = await listQuestions(id);

    // Options the dependant waits for cannot be taken away; the question cannot be removed.
    expect(await updateQuestion(manage(samana, id), role!.id, question({ kind: 'choice', label: 'Functie', options: 'Directeur\nLeerkracht' })))
      .toMatchObject({ ok: false, reason: 'invalid-condition', questionId: municipality!.id });
    expect(await removeQuestion(manage(samana, id), role!.id)).toEqual({ ok: false, reason: 'has-dependants' });
    // Neither may the dependant move above it, nor the question below its dependant.
    expect(await moveQuestion(manage(samana, id), municipality!.id, 'up')).toEqual({ ok: false, reason: 'move-breaks-condition' });
    expect(await moveQuestion(manage(samana, id), role!.id, 'down')).toEqual({ ok: false, reason: 'move-breaks-condition' });
    // A condition on a later question is refused.
    expect(await updateQuestion(manage(samana, id), municipality!.id, question({ label: 'Gemeente', dependsOnQuestionId: remarks!.id, dependsOnAnswer: 'x' })))
      .toMatchObject({ ok: false, key: 'activitiesConditionNotEarlier' });

    expect(await moveQuestion(manage(samana, id), remarks!.id, 'up')).toEqual({ ok: true });
    expect((await listQuestions(id)).map((q) => q.label)).toEqual(['Functie', 'Opmerkingen', 'Gemeente']);
    expect(await removeQuestion(manage(samana, id), municipality!.id)).toEqual({ ok: true });
    expect(await removeQuestion(manage(samana, id), role!.id)).toEqual({ ok: true });
    const rows = await database.handle.db.select().from(activityQuestions).where(eq(activityQuestions.activityId, id));
    expect(rows.map((r) => [r.label, r.position])).toEqual([['Opmerkingen', 1]]);
  });

  it('ignores another organisation', async () => {
    const id = await newActivity('Vragen tenancy');
    await addQuestion(manage(samana, id), question({ label: 'Functie' }));
    const [q] = await listQuestions(id);
    expect(await addQuestion(manage(other, id), question({ label: 'Overgenomen' }))).toEqual({ ok: false, reason: 'not-found' });
    expect(await updateQuestion(manage(other, id), q!.id, question({ label: 'Overgenomen' }))).toEqual({ ok: false, reason: 'not-found' });
    expect(await removeQuestion(manage(other, id), q!.id)).toEqual({ ok: false, reason: 'not-found' });
    expect((await listQuestions(id)).map((x) => x.label)).toEqual(['Functie']);
  });
});

describe('extras', () => {
  it('keeps an extra somebody chose and its taken seats, and ignores another organisation', async () => {
    const id = await newActivity('Opties');
    const dinner = { title: 'Gezamenlijk diner', date: '2031-03-13', price: 0, capacity: 10 };
    expect(await addExtra(manage(samana, id), dinner)).toEqual({ ok: true });
    expect(await addExtra(manage(samana, id), { ...dinner, title: 'Lunchpakket', capacity: null })).toEqual({ ok: true });
    expect(await addExtra(manage(other, id), dinner)).toEqual({ ok: false, reason: 'not-found' });
    const [chosen, lunch] = await listExtrasForEditor(manage(samana, id));
    for (let i = 0; i < 2; i++) expect((await registerForActivity(registrant(id, await newPerson()), { extraIds: [chosen!.id] }, { now })).ok).toBe(true);

    expect(await removeExtra(manage(samana, id), chosen!.id)).toEqual({ ok: false, reason: 'chosen' });
    expect(await updateExtra(manage(samana, id), chosen!.id, { ...dinner, capacity: 1 })).toEqual({ ok: false, reason: 'capacity-below-taken', seatsTaken: 2 });
    expect(await updateExtra(manage(other, id), chosen!.id, { ...dinner, capacity: 50 })).toEqual({ ok: false, reason: 'not-found' });
    expect(await removeExtra(manage(other, id), lunch!.id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await updateExtra(manage(samana, id), chosen!.id, { ...dinner, capacity: 2, price: 3500 })).toEqual({ ok: true });
    expect(await removeExtra(manage(samana, id), lunch!.id)).toEqual({ ok: true });
    const rows = await database.handle.db.select().from(activityExtras).where(eq(activityExtras.activityId, id));
    expect(rows.map((r) => [r.title, r.capacity, r.seatsTaken, r.priceCents])).toEqual([['Gezamenlijk diner', 2, 2, 3500]]);
    expect((await listExtrasForEditor(manage(samana, id)))[0]?.chosen).toBe(2);
  });

  // Moved from the editor's route into the mutations, so every caller gets it.
  it('dates an extra during the activity or at most a week before or after', async () => {
    const id = await newActivity('Opties data');
    const extra = (title: string, date: string | null) => ({ title, date, price: 0, capacity: null });
    expect(await addExtra(manage(samana, id), extra('Te vroeg', '2031-03-04'))).toEqual({ ok: false, reason: 'date-far' });
    expect(await addExtra(manage(samana, id), extra('Te laat', '2031-03-22'))).toEqual({ ok: false, reason: 'date-far' });
    expect(await addExtra(manage(samana, id), extra('Week ervoor', '2031-03-05'))).toEqual({ ok: true });
    expect(await addExtra(manage(samana, id), extra('Zonder datum', null))).toEqual({ ok: true });
    const [before] = await listExtrasForEditor(manage(samana, id));
    expect(await updateExtra(manage(samana, id), before!.id, extra('Verschoven', '2031-03-22'))).toEqual({ ok: false, reason: 'date-far' });
    expect(await updateExtra(manage(samana, id), 'geen-id', extra('X', '2031-03-22'))).toEqual({ ok: false, reason: 'date-far' });
    expect(await updateExtra(manage(samana, id), 'geen-id', extra('X', null))).toEqual({ ok: false, reason: 'not-found' });
    expect(await updateExtra(manage(samana, id), before!.id, extra('Week erna', '2031-03-21'))).toEqual({ ok: true });
    expect((await listExtrasForEditor(manage(samana, id))).map((e) => [e.title, e.date])).toEqual([['Week erna', '2031-03-21'], ['Zonder datum', null]]);
  });

  it('never loses a choice when an extra is removed while people register for it', async () => {
    const id = await newActivity('Opties tegelijk');
    for (let round = 0; round < 10; round++) {
      expect(await addExtra(manage(samana, id), { title: `Diner ${round}`, date: '2031-03-13', price: 0, capacity: null })).toEqual({ ok: true });
      const extra = (await listExtrasForEditor(manage(samana, id))).find((e) => e.title === `Diner ${round}`)!;
      const people = await Promise.all([newPerson(), newPerson()]);
      const [removed, ...registered] = await Promise.all([
        removeExtra(manage(samana, id), extra.id),
        ...people.map((personId) => registerForActivity(registrant(id, personId), { extraIds: [extra.id] }, { now }))
      ]);
      const left = (await listExtrasForEditor(manage(samana, id))).find((e) => e.id === extra.id);
      // Either the extra went before anyone chose it (and they were told), or it stays with every choice.
      if (removed!.ok) {
        expect(left).toBeUndefined();
        expect(registered.filter((r) => r.ok)).toHaveLength(0);
        expect(registered.every((r) => !r.ok && r.reason === 'unknown-extra')).toBe(true);
      } else {
        expect(removed).toEqual({ ok: false, reason: 'chosen' });
        expect(left?.chosen).toBe(registered.filter((r) => r.ok).length);
      }
    }
  });
});
