import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { municipalities, municipalityOfficers } from '$lib/server/db/schema';
import { db } from '$lib/server/db/client';
import { drainQueue, startQueue } from '$lib/server/jobs/queue';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { insertPerson } from '../../../../tests/factories';
import { administeredMunicipality, administeredPerson } from '../../../../tests/handles';
import { listOutbox } from '../mail/data.server';
import { mailJobs } from '../mail/jobs.server';
import { loadPersonOverview } from '../people-admin/data.server';
import { listMunicipalitiesForAdmin, loadMunicipality } from './data.server';
import { appointOfficer, removeOfficer, saveMunicipality } from './mutations.server';
import { municipalitySchema, officerSchema } from './schema';

// ADR 030: platform admins keep municipalities and their officers.
let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); await startQueue(); });
afterAll(async () => { await database.close(); });
beforeEach(async () => { await drainQueue(mailJobs); });

async function mailsTo(email: string) {
  await drainQueue(mailJobs);
  return (await listOutbox()).filter((m) => m.recipient === email);
}

const fields = (raw: Record<string, string>) => municipalitySchema.safeParse(raw);

describe('the municipality form', () => {
  it('checks the number by the country: an enterprise number in Belgium, a KvK-nummer in the Netherlands, or none', () => {
    expect(fields({ name: 'Genk', country: 'BE', invoiceName: 'Stad Genk', invoiceNumber: 'BE 0207 451 227' }).data?.invoiceNumber).toBe('0207.451.227');
    expect(fields({ name: 'Genk', country: 'BE', invoiceName: 'Stad Genk', invoiceNumber: '0207.451.228' }).error?.issues.map((i) => [i.path[0], i.message]))
      .toEqual([['invoiceNumber', 'municipalityNumberBe']]);
    expect(fields({ name: 'Venlo', country: 'NL', invoiceName: 'Gemeente Venlo', invoiceNumber: 'kvk 1234.5678' }).data?.invoiceNumber).toBe('KvK 12345678');
    // A Belgian enterprise number is not a Dutch number, nor the other way round.
    expect(fields({ name: 'Venlo', country: 'NL', invoiceName: 'Gemeente Venlo', invoiceNumber: '0207.451.227' }).error?.issues.map((i) => i.message)).toEqual(['municipalityNumberNl']);
    expect(fields({ name: 'Genk', country: 'BE', invoiceName: 'Stad Genk', invoiceNumber: '12345678' }).error?.issues.map((i) => i.message)).toEqual(['municipalityNumberBe']);
    expect(fields({ name: 'Genk', country: 'BE', invoiceName: 'Stad Genk' }).data?.invoiceNumber).toBe('');
  });

  it('refuses an empty form and an unknown country at their fields', () => {
    expect(fields({}).error?.issues.map((i) => i.path[0]).sort()).toEqual(['country', 'invoiceName', 'name']);
    expect(fields({ name: 'Parijs', country: 'FR', invoiceName: 'Ville de Paris' }).error?.issues.map((i) => [i.path[0], i.message])).toEqual([['country', 'municipalityCountryRequired']]);
  });
});

describe('keeping municipalities', () => {
  it('creates and changes one, and refuses a second of the same name and country (case ignored), writing nothing', async () => {
    const created = await saveMunicipality({ name: 'Leuven', country: 'BE', invoiceName: 'Stad Leuven', invoiceNumber: '', invoiceEmail: '' });
    if (!created.ok) throw new Error(created.reason);
    expect(await saveMunicipality({ name: 'LEUVEN', country: 'BE', invoiceName: 'Nog eens Leuven', invoiceNumber: '', invoiceEmail: '' })).toEqual({ ok: false, reason: 'duplicate' });
    // The same name in the other country is another municipality.
    expect(await saveMunicipality({ name: 'Leuven', country: 'NL', invoiceName: 'Gemeente Leuven', invoiceNumber: '', invoiceEmail: '' })).toMatchObject({ ok: true });
    expect((await listMunicipalitiesForAdmin()).filter((m) => m.name.toLowerCase() === 'leuven').map((m) => m.invoiceName).sort()).toEqual(['Gemeente Leuven', 'Stad Leuven']);

    const other = await saveMunicipality({ name: 'Tienen', country: 'BE', invoiceName: 'Stad Tienen', invoiceNumber: '', invoiceEmail: '' });
    if (!other.ok) throw new Error(other.reason);
    expect(await saveMunicipality({ name: 'leuven', country: 'BE', invoiceName: 'Stad Tienen', invoiceNumber: '', invoiceEmail: '' }, administeredMunicipality(other.id)))
      .toEqual({ ok: false, reason: 'duplicate' });
    const [unchanged] = await db().select({ name: municipalities.name }).from(municipalities).where(eq(municipalities.id, other.id));
    expect(unchanged!.name).toBe('Tienen');
    expect(await saveMunicipality({ name: 'Leuven', country: 'BE', invoiceName: 'Stad Leuven', invoiceNumber: '0207.451.227', invoiceEmail: 'facturen@leuven.example' }, administeredMunicipality(created.id)))
      .toEqual({ ok: true, id: created.id });
    expect((await loadMunicipality(administeredMunicipality(created.id))).municipality).toMatchObject({ invoiceNumber: '0207.451.227', invoiceEmail: 'facturen@leuven.example' });
  });
});

describe('officers', () => {
  it('makes an existing person an officer by address, mails them, shows the role on their person page, and ends it', async () => {
    const created = await saveMunicipality({ name: 'Venlo', country: 'NL', invoiceName: 'Gemeente Venlo', invoiceNumber: 'KvK 12345678', invoiceEmail: '' });
    if (!created.ok) throw new Error(created.reason);
    const venlo = administeredMunicipality(created.id);
    const person = await insertPerson({ name: 'Femke Jansen' });
    const input = officerSchema.parse({ email: person.email.toUpperCase(), portfolio: 'onderwijs en jeugd' });
    expect(await appointOfficer(venlo, input)).toEqual({ ok: true, name: 'Femke Jansen' });
    expect((await mailsTo(person.email)).map((m) => m.subject)).toEqual(['Je bent gemeentefunctionaris van Gemeente Venlo']);
    expect((await loadMunicipality(venlo)).officers).toEqual([{ personId: person.id, name: 'Femke Jansen', email: person.email, portfolio: 'onderwijs en jeugd' }]);
    expect((await loadPersonOverview(administeredPerson(person.id))).officerRoles)
      .toEqual([{ municipalityId: created.id, name: 'Gemeente Venlo', country: 'NL', portfolio: 'onderwijs en jeugd' }]);

    // Again: the new portfolio, still one officer row.
    expect(await appointOfficer(venlo, { email: person.email, portfolio: 'onderwijs' })).toMatchObject({ ok: true });
    expect(await db().$count(municipalityOfficers, eq(municipalityOfficers.personId, person.id))).toBe(1);

    expect(await removeOfficer(venlo, person.id)).toEqual({ ok: true, name: 'Femke Jansen' });
    expect((await mailsTo(person.email)).map((m) => m.subject)).toContain('Je bent geen gemeentefunctionaris van Gemeente Venlo meer');
    expect((await loadPersonOverview(administeredPerson(person.id))).officerRoles).toEqual([]);
    expect(await removeOfficer(venlo, person.id)).toEqual({ ok: false, reason: 'not-officer' });
  });

  it('refuses an address without an account and sends nothing', async () => {
    const created = await saveMunicipality({ name: 'Roermond', country: 'NL', invoiceName: 'Gemeente Roermond', invoiceNumber: '', invoiceEmail: '' });
    if (!created.ok) throw new Error(created.reason);
    expect(await appointOfficer(administeredMunicipality(created.id), { email: 'niemand@nergens.example', portfolio: 'onderwijs' })).toEqual({ ok: false, reason: 'unknown-person' });
    expect(await mailsTo('niemand@nergens.example')).toEqual([]);
    expect((await loadMunicipality(administeredMunicipality(created.id))).officers).toEqual([]);
  });
});
