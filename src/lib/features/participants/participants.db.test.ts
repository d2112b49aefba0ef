import ExcelJS from 'exceljs';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityExtras, activityQuestions, registrations, schoolStaff } from '$lib/server/db/schema';
import { participantsNl } from '$lib/i18n/nl-participants';
import { cellText } from '$lib/server/spreadsheets';
import { insertActivity, insertOrganisation, insertPerson, insertSchool } from '../../../../tests/factories';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { listWaitingOrder } from '../registrations/data.server';
import { cancelRegistration, registerForActivity } from '../registrations/mutations.server';
import { brusselsInstant } from '$lib/kernel/time';
import { findCancellableRegistration, loadParticipantOverview } from './data.server';
import { setCheckIn, setPaid } from './mutations.server';
import { exportSheets, toXlsx } from './rules';
import { managedActivity, ownRegistration, registrant, visibleActivity } from '../../../../tests/handles';

// What requireManagedActivity hands the routes once the policy agreed (tests may mint it).
const managed = (id: string) => managedActivity(id, organisationId);

// The organiser's lists, payments and check-in on a real database, with registrations made by
// the real engine. Two activities, so every change is also tried with the other one's ids.
let database: TestDatabase;
let organisationId: string;
let tripId: string;
let otherId: string;
let dinner21: string;
let dinner22: string;
let roleQuestion: string;
let person: string[];
let schoolName: string;
const registrationOf = new Map<string, string>();
const startsAt = brusselsInstant('2031-11-20', '08:00');
const at = (minute: number) => new Date(Date.UTC(2031, 8, 1, 10, minute));

beforeAll(async () => {
  database = await openTestDatabase();
  const d = database.handle.db;
  const org = await insertOrganisation();
  organisationId = org.id;
  const trip = (slug: string, capacity: number) => insertActivity(org.id, {
    slug, kind: 'studiereis', title: `Studiereis ${slug}`, capacity,
    startsAt, endsAt: brusselsInstant('2031-11-22', '18:00'), registrationDeadline: brusselsInstant('2031-10-31', '23:59')
  });
  ({ id: tripId } = await trip('hamburg', 3));
  ({ id: otherId } = await trip('gent', 10));
  [{ id: dinner21 }, { id: dinner22 }] = await d.insert(activityExtras).values([
    { activityId: tripId, title: 'Gezamenlijk diner 21 november', date: '2031-11-21', capacity: 2 },
    { activityId: tripId, title: 'Gezamenlijk diner 22 november', date: '2031-11-22', capacity: null }
  ]).returning({ id: activityExtras.id }) as [{ id: string }, { id: string }];
  [{ id: roleQuestion }] = await d.insert(activityQuestions).values({ activityId: tripId, position: 1, kind: 'short', label: 'Wat is je functie?' })
    .returning({ id: activityQuestions.id }) as [{ id: string }];
  person = [];
  for (let i = 0; i < 7; i++) person.push((await insertPerson({ name: `Deelnemer ${String.fromCharCode(65 + i)}` })).id);
  const school = await insertSchool();
  schoolName = school.name;
  await d.insert(schoolStaff).values({ personId: person[0]!, schoolId: school.id, access: 'coordinator', schoolRole: 'directeur' });

  // 0, 1, 2 take the three seats (0 and 1 the last two seats of the dinner of the 21st); 3..5 wait.
  const register = async (i: number, now: Date, input: Parameters<typeof registerForActivity>[1] = {}, registeredBy = person[i]!) => {
    const result = await registerForActivity(registrant(tripId, person[i]!, registeredBy), input, { now });
    if (!result.ok) throw new Error(result.reason);
    registrationOf.set(person[i]!, result.registrationId);
  };
  await register(0, at(0), { answers: { [roleQuestion]: '=Directeur' }, extraIds: [dinner21, dinner22], invoice: { type: 'school', name: school.name, enterpriseNumber: '0254.216.313', reference: 'HAM-1', email: 'boekhouding@test.example' } });
  await register(1, at(1), { extraIds: [dinner21] }, person[0]!);
  await register(2, at(2));
  await register(5, at(5));
  await register(3, at(3), { extraIds: [dinner21, dinner22] });
  await register(4, at(3));
  const other = await registerForActivity(registrant(otherId, person[6]!), {}, { now: at(0) });
  registrationOf.set('other', other.ok ? other.registrationId : '');
  await d.insert(registrations).values({ activityId: tripId, personId: person[6]!, status: 'interest' });
});
afterAll(async () => { await database.close(); });

const reg = (i: number) => registrationOf.get(person[i]!)!;
async function statusOf(registrationId: string) {
  const [row] = await database.handle.db.select({ status: registrations.status, paidAt: registrations.paidAt }).from(registrations).where(eq(registrations.id, registrationId));
  return row!;
}

describe('the organiser’s lists', () => {
  it('shows the waiting list in the engine’s promotion order, numbered from 1', async () => {
    const overview = await loadParticipantOverview(managed(tripId));
    const order = await listWaitingOrder(visibleActivity(tripId));
    expect(order).toEqual([person[3], person[4], person[5]]);
    expect(overview.groups.waiting.map((p) => [p.personId, p.position])).toEqual(order.map((id, i) => [id, i + 1]));
    expect(overview.groups.registered.map((p) => p.personId)).toEqual([person[0], person[1], person[2]]);
    expect(overview.groups.interest.map((p) => p.personId)).toEqual([person[6]]);
    expect(overview.counts).toMatchObject({ registered: 3, waiting: 3, interest: 1, cancelled: 0 });
    expect(overview.seats).toEqual({ taken: 3, capacity: 3 });
  });

  it('gives the schools, who registered someone else, the answers and the extras per person', async () => {
    const { groups } = await loadParticipantOverview(managed(tripId));
    const [first, second] = groups.registered;
    expect(first).toMatchObject({ schools: schoolName, registeredByName: null, answers: { [roleQuestion]: '=Directeur' } });
    expect(first!.extras).toEqual(expect.arrayContaining([{ extraId: dinner21, claimed: true }, { extraId: dinner22, claimed: true }]));
    expect(second).toMatchObject({ schools: '', registeredByName: 'Deelnemer A' });
  });

  it('counts per extra the seats taken and the people waiting for one; a cancellation promotes the first in line', async () => {
    let { extras } = await loadParticipantOverview(managed(tripId));
    expect(extras.map((e) => [e.id, e.seatsTaken, e.capacity, e.waitingForSeat])).toEqual([[dinner21, 2, 2, 1], [dinner22, 1, null, 1]]);
    await cancelRegistration(ownRegistration(tripId, person[1]!));
    const after = await loadParticipantOverview(managed(tripId));
    extras = after.extras;
    // Person 3 is promoted and gets the freed seat of the 21st and a seat of the 22nd.
    expect(extras.map((e) => [e.id, e.seatsTaken, e.waitingForSeat])).toEqual([[dinner21, 2, 0], [dinner22, 2, 0]]);
    expect(after.groups.cancelled.map((p) => p.personId)).toEqual([person[1]]);
    expect(after.groups.waiting.map((p) => [p.personId, p.position])).toEqual([[person[4], 1], [person[5], 2]]);
    expect(after.seats.taken).toBe(3);
  });

  it('offers to cancel on someone’s behalf only a registered or waiting registration of this activity', async () => {
    expect(await findCancellableRegistration(managed(tripId), reg(2))).toEqual({ personId: person[2], name: 'Deelnemer C' });
    expect(await findCancellableRegistration(managed(tripId), reg(4))).toEqual({ personId: person[4], name: 'Deelnemer E' });
    expect(await findCancellableRegistration(managed(tripId), reg(1))).toBeNull();
    expect(await findCancellableRegistration(managed(otherId), reg(2))).toBeNull();
    expect(await findCancellableRegistration(managed(tripId), registrationOf.get('other')!)).toBeNull();
  });
});

describe('payments', () => {
  it('marks and clears a payment, keeping the first date when marked twice', async () => {
    expect(await setPaid(managed(tripId), reg(0), true, at(10))).toEqual({ ok: true });
    expect(await setPaid(managed(tripId), reg(0), true, at(20))).toEqual({ ok: true });
    expect((await statusOf(reg(0))).paidAt).toEqual(at(10));
    expect(await setPaid(managed(tripId), reg(0), false, at(30))).toEqual({ ok: true });
    expect((await statusOf(reg(0))).paidAt).toBeNull();
  });

  it('changes nothing through another activity, and refuses people without a seat', async () => {
    await setPaid(managed(otherId), registrationOf.get('other')!, true, at(10));
    expect(await setPaid(managed(otherId), reg(2), true, at(10))).toEqual({ ok: false, reason: 'not-found' });
    expect(await setPaid(managed(tripId), registrationOf.get('other')!, false, at(10))).toEqual({ ok: false, reason: 'not-found' });
    expect((await statusOf(reg(2))).paidAt).toBeNull();
    expect((await statusOf(registrationOf.get('other')!)).paidAt).toEqual(at(10));
    expect(await setPaid(managed(tripId), reg(4), true, at(10))).toEqual({ ok: false, reason: 'not-seated' });
    expect(await setPaid(managed(tripId), '00000000-0000-4000-8000-000000000000', true)).toEqual({ ok: false, reason: 'not-found' });
  });
});

describe('check-in', () => {
  it('is refused before the first day (Brussels date) and changes nothing', async () => {
    expect(await setCheckIn(managed(tripId), reg(0), 'attended', brusselsInstant('2031-11-19', '23:59'))).toEqual({ ok: false, reason: 'too-early' });
    // A plain id (from a form or a URL) is no managed activity: it does not type-check (ADR 020).
    // @ts-expect-error the activity must come through requireManagedActivity
    const withPlainId = () => setCheckIn(tripId, reg(0), 'attended');
    expect(withPlainId).toBeTypeOf('function');
    expect((await statusOf(reg(0))).status).toBe('registered');
  });

  it('switches between attended and absent and back to registered from the first day on', async () => {
    const onTheDay = brusselsInstant('2031-11-20', '07:30');
    expect(await setCheckIn(managed(tripId), reg(0), 'attended', onTheDay)).toEqual({ ok: true });
    expect((await statusOf(reg(0))).status).toBe('attended');
    expect(await setCheckIn(managed(tripId), reg(0), 'absent', onTheDay)).toEqual({ ok: true });
    expect((await statusOf(reg(0))).status).toBe('absent');
    expect(await setCheckIn(managed(tripId), reg(0), 'registered', onTheDay)).toEqual({ ok: true });
    expect((await statusOf(reg(0))).status).toBe('registered');
    await setCheckIn(managed(tripId), reg(2), 'attended', onTheDay);
    // A checked-in person still holds the seat and can be marked paid.
    expect(await setPaid(managed(tripId), reg(2), true, onTheDay)).toEqual({ ok: true });
    expect((await loadParticipantOverview(managed(tripId))).seats.taken).toBe(3);
  });

  it('refuses people without a seat and another activity’s registration', async () => {
    const later = brusselsInstant('2031-11-21', '09:00');
    expect(await setCheckIn(managed(tripId), reg(4), 'attended', later)).toEqual({ ok: false, reason: 'not-seated' });
    expect(await setCheckIn(managed(tripId), reg(1), 'attended', later)).toEqual({ ok: false, reason: 'not-seated' });
    expect(await setCheckIn(managed(tripId), registrationOf.get('other')!, 'absent', later)).toEqual({ ok: false, reason: 'not-found' });
    expect((await statusOf(registrationOf.get('other')!)).status).toBe('registered');
    const rows = await database.handle.db.select({ status: registrations.status }).from(registrations).where(inArray(registrations.id, [reg(4), reg(1)]));
    expect(rows.map((r) => r.status).sort()).toEqual(['cancelled', 'waiting']);
  });
});

describe('the XLSX export', () => {
  it('reads back with exceljs: the agreed columns, the rows in order, answers kept as text', async () => {
    const overview = await loadParticipantOverview(managed(tripId));
    const labels = { ...participantsNl.export, statuses: participantsNl.statuses, invoiceTypes: participantsNl.invoiceTypes };
    const bytes = await toXlsx(exportSheets(overview.groups, overview.questions, overview.extras, labels), 'Studiereis');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Deelnemers', 'Geannuleerd']);
    const table = (sheet: ExcelJS.Worksheet) => {
      const rows: string[][] = [];
      sheet.eachRow((row) => rows.push(Array.from({ length: 19 }, (_, c) => cellText(row.getCell(c + 1).value))));
      return rows;
    };
    const [headers, ...rows] = table(workbook.worksheets[0]!);
    expect(headers).toEqual([
      'Status', 'Plaats op wachtlijst', 'Naam', 'E-mail', 'School', 'Ingeschreven door', 'Wat is je functie?',
      'Gezamenlijk diner 21 november', 'Gezamenlijk diner 22 november', 'Samen met gemeente', 'Rol in het duo', 'Scholen in het duo',
      'Facturatie aan', 'Naam facturatie', 'Ondernemingsnummer', 'Referentie', 'E-mail facturatie', 'Betaald op', ''
    ]);
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Ingeschreven', '', 'Deelnemer A'], ['Aanwezig', '', 'Deelnemer C'], ['Ingeschreven', '', 'Deelnemer D'],
      ['Wachtlijst', '1', 'Deelnemer E'], ['Wachtlijst', '2', 'Deelnemer F']
    ]);
    expect(rows[0]!.slice(4, 18)).toEqual([schoolName, '', '=Directeur', 'ja', 'ja', '', '', '', 'School', schoolName, '0254.216.313', 'HAM-1', 'boekhouding@test.example', '']);
    expect(rows[1]![17]).toBe('2031-11-20');
    // A typed "=..." answer is a string cell, never a formula.
    expect(workbook.worksheets[0]!.getRow(2).getCell(7).type).toBe(ExcelJS.ValueType.String);
    expect(table(workbook.worksheets[1]!).slice(1).map((r) => [r[0], r[2], r[5]])).toEqual([['Geannuleerd', 'Deelnemer B', 'Deelnemer A']]);
  });
});
