import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, activityExtras, registrationPairs, registrations, schools } from '$lib/server/db/schema';
import { db } from '$lib/server/db/client';
import { participantsNl } from '$lib/i18n/nl-participants';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { insertOrganisation, insertPerson, insertSchool, uniqueEmail } from '../../../../tests/factories';
import { guestRegistrant, managedActivity, ownRegistration, registrant, visibleActivity } from '../../../../tests/handles';
import { registerAsGuest } from '../accounts/mutations.server';
import { loadParticipantOverview } from '../participants/data.server';
import { exportSheets } from '../participants/rules';
import { findRegistrationForm } from '../registrations/data.server';
import { registerForActivity, updateRegistration } from '../registrations/mutations.server';
import { registrationFormSchema } from '../registrations/schema';
import { findPairValues, listPairOptions } from './data.server';
import { addOfficer, createMunicipality } from './mutations.server';

// Coming together with a municipality (ADR 030), on a real database through the real seat engine:
// an officer with an account and a school's registrant without one, each their own seat, grouped
// for the organiser, carried by the export, and the invoice to the municipality from its details.
let database: TestDatabase;
let organisationId: string;
let activityId: string;
let dinner: string;
let maastricht: string;
let school: { id: string; name: string };
let officer: { id: string; name: string };

beforeAll(async () => {
  database = await openTestDatabase();
  organisationId = (await insertOrganisation()).id;
  const [row] = await db().insert(activities).values({
    organisationId, slug: 'hamburg-duo', kind: 'studiereis', title: 'Studiereis', capacity: 5, priceCents: 69_500, municipalPairs: true,
    startsAt: new Date(Date.now() + 60 * 86_400_000), endsAt: new Date(Date.now() + 62 * 86_400_000), registrationDeadline: new Date(Date.now() + 30 * 86_400_000)
  }).returning({ id: activities.id });
  activityId = row!.id;
  [{ id: dinner }] = await db().insert(activityExtras).values({ activityId, title: 'Diner', date: '2031-11-21', capacity: 1 })
    .returning({ id: activityExtras.id }) as [{ id: string }];
  maastricht = await createMunicipality({ name: 'Maastricht', country: 'NL', invoiceName: 'Gemeente Maastricht', invoiceNumber: 'KvK 14632318', invoiceEmail: 'facturen@maastricht.example' });
  await createMunicipality({ name: 'Genk', country: 'BE', invoiceName: 'Stad Genk' });
  // The register writes the municipality in its own case; a Belgian school of the same name is not the Dutch municipality's.
  [school] = await db().insert(schools).values({
    institutionNumber: 'brin-31QX00', identifierType: 'brin', country: 'NL', name: 'De Maasoever', street: 'Maasboulevard 12', postalCode: '6211 JW', municipality: 'maastricht', sector: 'po'
  }).returning({ id: schools.id, name: schools.name }) as [{ id: string; name: string }];
  await insertSchool({ name: 'Basisschool Maastricht', municipality: 'Maastricht' });
  officer = await insertPerson({ name: 'Ruud Hermans' });
  await addOfficer(maastricht, officer.id, 'onderwijs en jeugd');
});
afterAll(async () => { await database.close(); });

async function formSchema() {
  const { questions, extras, invoiceNeeded, pairs } = await findRegistrationForm(visibleActivity(activityId), { priceCents: 69_500, municipalPairs: true });
  return registrationFormSchema({ questions, extraIds: extras.map((e) => e.id), invoiceNeeded, pairs });
}

describe('the registration form', () => {
  it('offers each municipality with the register’s schools of the same name and country', async () => {
    const options = await listPairOptions();
    expect(options.map((o) => [o.invoiceName, o.schools.map((s) => s.name)])).toEqual([['Gemeente Maastricht', ['De Maasoever']], ['Stad Genk', []]]);
  });

  it('reads the pair and sends the invoice to the municipality with its own details', async () => {
    const parsed = (await formSchema()).safeParse({
      pairMunicipality: maastricht, [`pairSchool_${school.id}`]: 'on', invoiceType: 'municipality', reference: 'OJ-1'
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data!.pair).toEqual({ municipalityId: maastricht, schoolIds: [school.id] });
    expect(parsed.data!.invoice).toEqual({
      type: 'gemeente', name: 'Gemeente Maastricht', enterpriseNumber: 'KvK 14632318', reference: 'OJ-1', email: 'facturen@maastricht.example', municipalityId: maastricht
    });
  });

  it('refuses an unknown municipality, and the municipality’s invoice without one, each at its field', async () => {
    const unknown = (await formSchema()).safeParse({ pairMunicipality: '00000000-0000-4000-8000-000000000000', invoiceType: 'school', invoiceName: 'X school', enterpriseNumber: '0254.216.313' });
    expect(unknown.error?.issues.map((i) => [i.path[0], i.message])).toEqual([['pairMunicipality', 'registrationPairUnknown']]);
    const noPair = (await formSchema()).safeParse({ pairMunicipality: '', invoiceType: 'municipality' });
    expect(noPair.error?.issues.map((i) => [i.path[0], i.message])).toEqual([['invoiceType', 'registrationInvoiceNeedsPair']]);
  });
});

describe('an officer and a school registrant without an account', () => {
  it('hold two seats through the seat engine and show as one pair to the organiser and in the export', async () => {
    const officerResult = await registerForActivity(registrant(activityId, officer.id), { pair: { municipalityId: maastricht, schoolIds: [school.id] } });
    expect(officerResult).toMatchObject({ ok: true, status: 'registered' });
    const email = uniqueEmail('ib');
    const guest = await registerAsGuest(guestRegistrant(activityId), { name: 'Sanne Bakker', email, pair: { municipalityId: maastricht, schoolIds: [school.id] } },
      { client: '10.9.0.1', locale: 'nl', notify: false });
    expect(guest).toEqual({ ok: true });
    const [seats] = await db().select({ taken: activities.seatsTaken }).from(activities).where(eq(activities.id, activityId));
    expect(seats!.taken).toBe(2);

    const overview = await loadParticipantOverview(managedActivity(activityId, organisationId));
    expect(overview.pairs).toEqual([{
      municipalityId: maastricht, municipality: 'Gemeente Maastricht', country: 'NL',
      officers: [expect.objectContaining({ name: 'Ruud Hermans', role: 'officer', portfolio: 'onderwijs en jeugd', schools: ['De Maasoever'] })],
      schools: [expect.objectContaining({ name: 'Sanne Bakker', role: 'school', portfolio: null, schools: ['De Maasoever'] })]
    }]);
    const sanne = overview.groups.registered.find((p) => p.name === 'Sanne Bakker')!;
    expect(sanne.unconfirmed).toBe(true);

    const labels = { ...participantsNl.export, statuses: participantsNl.statuses, invoiceTypes: participantsNl.invoiceTypes };
    const [sheet] = exportSheets(overview.groups, overview.questions, overview.extras, labels);
    const column = (name: string) => sheet!.headers.indexOf(name);
    const rowOf = (name: string) => sheet!.rows.find((r) => r[column('Naam')] === name)!;
    expect([column('Samen met gemeente'), column('Rol in het duo'), column('Scholen in het duo')].every((i) => i > 0)).toBe(true);
    expect(rowOf('Ruud Hermans').slice(column('Samen met gemeente'), column('Scholen in het duo') + 1)).toEqual(['Gemeente Maastricht', 'gemeentefunctionaris', 'De Maasoever']);
    expect(rowOf('Sanne Bakker').slice(column('Samen met gemeente'), column('Scholen in het duo') + 1)).toEqual(['Gemeente Maastricht', 'school', 'De Maasoever']);
  });

  it('a refused registration leaves no pair behind; a change replaces or removes it', async () => {
    const first = await insertPerson();
    expect(await registerForActivity(registrant(activityId, first.id), { extraIds: [dinner] })).toMatchObject({ ok: true });
    const late = await insertPerson();
    // The only dinner seat is taken: the whole registration, its pair included, is rolled back.
    expect(await registerForActivity(registrant(activityId, late.id), { extraIds: [dinner], pair: { municipalityId: maastricht, schoolIds: [] } }))
      .toEqual({ ok: false, reason: 'extra-full' });
    const rows = await db().select({ id: registrationPairs.registrationId }).from(registrationPairs)
      .innerJoin(registrations, eq(registrations.id, registrationPairs.registrationId)).where(eq(registrations.personId, late.id));
    expect(rows).toEqual([]);

    const registered = await registerForActivity(registrant(activityId, late.id), { pair: { municipalityId: maastricht, schoolIds: [school.id] } });
    if (!registered.ok) throw new Error(registered.reason);
    expect(await findPairValues(registered.registrationId)).toEqual({ pairMunicipality: maastricht, [`pairSchool_${school.id}`]: 'on' });
    const change = { answers: {}, invoice: {}, extraIds: [] };
    expect(await updateRegistration(ownRegistration(activityId, late.id), { ...change, pair: { municipalityId: maastricht, schoolIds: [] } })).toMatchObject({ ok: true });
    expect(await findPairValues(registered.registrationId)).toEqual({ pairMunicipality: maastricht });
    expect(await updateRegistration(ownRegistration(activityId, late.id), { ...change, pair: null })).toMatchObject({ ok: true });
    expect(await findPairValues(registered.registrationId)).toEqual({});
  });
});
