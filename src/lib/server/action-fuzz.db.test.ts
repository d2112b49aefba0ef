// Property-based fuzzing of every form action (issue 12): each action of the registry (so a new
// form is fuzzed without anyone listing it) gets generated bodies — every C0 control character,
// lone surrogates, 1 MB values, repeated, missing and unknown fields, files where text belongs,
// malformed multipart — as a role that passes its access check, on the seeded demo. It must never
// fail with a 5xx, must refuse in Dutch (a message key of the catalogue, or a Dutch error page),
// and a refusal must change no row (row triggers count every write, rate-limit windows aside).
import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findActorBySession } from '$lib/features/people/data.server';
import type { Actor } from '$lib/features/people/types';
import { createSession } from '$lib/features/people/mutations.server';
import { isErrorKey, messagesFor } from '$lib/i18n/messages';
import { seedDemoData } from '$lib/server/db/seed-demo';
import { startQueue } from '$lib/server/jobs/queue';
import { loadActionRegistry, type RegisteredAction } from '../../../tests/action-registry';
import { openTestDatabase, type TestDatabase } from '../../../tests/db';
import { accounts } from '../../../tests/demo-accounts';
import { routeCases } from '../../../tests/e2e/route-matrix';
import { roles, type Role, type RouteCase } from '../../../tests/e2e/route-matrix-support';
import { fuzzBody, type FuzzInput } from '../../../tests/fuzz-inputs';

// At least 200 per action where CI runs the suite on PostgreSQL; on PGlite (the same suite, run
// again) fewer, as PGlite is several times slower per query. bench/fuzz-actions.sh runs more.
const runs = Number(process.env.FUZZ_RUNS ?? (process.env.TEST_DATABASE_URL ? 200 : 50));
const origin = 'http://localhost';
const dutchErrors = new Set(Object.values(messagesFor('nl').errors));

let database: TestDatabase;
let registry: RegisteredAction[];
let cases: RouteCase[];
const actors = new Map<Role, Actor | null>();

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await database.handle.db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Every write to an app table (but the sign-in rate-limit windows) bumps one counter. */
async function countWrites(): Promise<void> {
  await database.handle.db.execute(sql`create table fuzz_writes (n bigint not null)`);
  await database.handle.db.execute(sql`insert into fuzz_writes values (0)`);
  await database.handle.db.execute(sql.raw(`create function fuzz_count() returns trigger language plpgsql as
    $$ begin update fuzz_writes set n = n + 1; return null; end $$`));
  const tables = await rows<{ tablename: string }>(sql`select tablename from pg_tables where schemaname = 'public'
    and tablename not in ('fuzz_writes', 'rate_limits', '__drizzle_migrations')`);
  for (const { tablename } of tables) {
    await database.handle.db.execute(sql.raw(`create trigger fuzz_count after insert or update or delete on "${tablename}" for each row execute function fuzz_count()`));
  }
}

async function writes(): Promise<number> {
  return Number((await rows<{ n: string }>(sql`select n from fuzz_writes`))[0]!.n);
}

async function demoIds() {
  const [network] = await rows<{ id: string }>(sql`select n.id from networks n join organisations o on o.id = n.organisation_id
    where o.slug = 'samana' and n.slug = 'scholennetwerk-jonge-mantelzorgers'`);
  const [activity] = await rows<{ id: string }>(sql`select id from activities where slug = 'studiereis-hamburg'`);
  const [meeting] = await rows<{ id: string }>(sql`select m.id from meetings m
    join learning_network_members lnm on lnm.learning_network_id = m.learning_network_id
    join schools s on s.id = lnm.school_id where s.institution_number = '913204' order by m.id limit 1`);
  const [person] = await rows<{ id: string }>(sql`select id from people where email = 'lien.segers@prive.example'`);
  const [mapLink] = await rows<{ id: string }>(sql`select l.id from map_links l join schools s on s.id = l.school_id
    where s.institution_number = '913204' order by l.id limit 1`);
  const [municipality] = await rows<{ id: string }>(sql`select id from municipalities where name = 'Maastricht' and country = 'NL'`);
  const [observation] = await rows<{ id: string }>(sql`select l.id from trajectory_logbook l join trajectories t on t.id = l.trajectory_id
    join schools s on s.id = t.school_id where s.institution_number = '932590' and l.kind = 'observatie' limit 1`);
  const [wegwijzerRow] = await rows<{ id: string }>(sql`select r.id from wegwijzer_rows r join schools s on s.id = r.school_id
    where s.institution_number = '913204' order by r.id limit 1`);
  const [sole] = await rows<{ id: string; partnerId: string }>(sql`select l.id, l.partner_id as "partnerId" from map_links l
    join schools s on s.id = l.school_id join map_partners p on p.id = l.partner_id
    where s.institution_number = '913204' and p.name = 'Rotary Mechelen'`);
  const [example] = await rows<{ id: string; attachment: string }>(sql`select e.id, a.id as attachment from practice_examples e
    join practice_example_attachments a on a.example_id = e.id where e.slug = 'trajectbegeleiding' limit 1`);
  const [contact] = await rows<{ id: string }>(sql`select c.id from international_contacts c join organisations o on o.id = c.organisation_id
    where o.slug = 'samana' and c.name = 'Young Carers Schools Network'`);
  const [evidence] = await rows<{ id: string }>(sql`select f.action_id as id from trajectory_evidence_files f join trajectory_actions a on a.id = f.action_id
    join trajectory_goals g on g.id = a.goal_id join trajectories t on t.id = g.trajectory_id join schools s on s.id = t.school_id
    where s.institution_number = '932590' limit 1`);
  const [kitFile] = await rows<{ id: string; kitId: string }>(sql`select f.id, f.kit_id as "kitId" from communication_kit_files f
    join communication_kits k on k.id = f.kit_id where k.school_year = 2022 and f.kind = 'svg' limit 1`);
  return {
    publicNetworkId: network!.id, activityId: activity!.id, meetingId: meeting!.id, personId: person!.id, mapLinkId: mapLink!.id,
    municipalityId: municipality!.id, observationEntryId: observation!.id,
    wegwijzerRowId: wegwijzerRow!.id, soleLinkId: sole!.id, mapPartnerId: sole!.partnerId,
    exampleId: example!.id, exampleAttachmentId: example!.attachment, internationalContactId: contact!.id, evidenceActionId: evidence!.id,
    kitId: kitFile!.kitId, kitFileId: kitFile!.id
  };
}

async function actorOf(role: Role): Promise<Actor | null> {
  if (role === 'visitor') return null;
  if (!actors.has(role)) {
    const [person] = await rows<{ id: string }>(sql`select id from people where email = ${accounts[role]}`);
    const session = await createSession(person!.id);
    actors.set(role, await findActorBySession(session.secret));
  }
  return actors.get(role)!;
}

/** The matrix case to fuzz an action with, and a role its access check lets through. */
function targetOf(action: RegisteredAction): { path: string; params: Record<string, string>; role: Role } {
  const matching = cases.filter((c) => c.method === 'POST' && c.route === action.routeId && (c.action ?? 'default') === action.name);
  const denied = new Set([303, 401, 403, 404]);
  for (const c of matching) {
    const role = roles.find((r) => !denied.has(c.expect[r]));
    if (role) return { path: c.path, params: paramsOf(action.routeId, c.path), role };
  }
  // Every role is redirected (e.g. the language switch): fuzz it as a visitor.
  const c = matching[0]!;
  return { path: c.path, params: paramsOf(action.routeId, c.path), role: 'visitor' };
}

function paramsOf(routeId: string, path: string): Record<string, string> {
  const pattern = routeId.split('/');
  const parts = path.split('?')[0]!.split('/');
  return Object.fromEntries(pattern.flatMap((p, i) => (/^\[(\w+)\]$/.test(p) ? [[p.slice(1, -1), decodeURIComponent(parts[i]!)]] : [])));
}

function cookieJar() {
  const jar = new Map<string, string>();
  return {
    get: (name: string) => jar.get(name),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
    serialize: (name: string, value: string) => `${name}=${value}`
  };
}

/** What SvelteKit hands an action, for one posted body (the framework's event, not our code). */
function eventFor(action: RegisteredAction, target: ReturnType<typeof targetOf>, actor: Actor | null, body: FuzzInput) {
  const url = new URL(`${origin}${target.path.split('?')[0]}${action.name === 'default' ? '' : `?/${action.name}`}`);
  const request = new Request(url, { method: 'POST', headers: { origin, ...body.headers }, body: body.body });
  return {
    request, url, params: target.params, route: { id: action.routeId }, locals: { actor, locale: 'nl' as const },
    cookies: cookieJar(), getClientAddress: () => '203.0.113.7', setHeaders: () => {}, platform: undefined,
    isDataRequest: false, isSubRequest: false, isRemoteRequest: false, fetch, tracing: undefined
  };
}

/** The outcome of one post, or the reason it breaks the rules. */
async function post(action: RegisteredAction, target: ReturnType<typeof targetOf>, actor: Actor | null, body: FuzzInput): Promise<string | null> {
  const before = await writes();
  let refused: boolean;
  try {
    const result = await action.handler(eventFor(action, target, actor, body) as never);
    if (!isActionFailure(result)) return null;
    if (result.status >= 500) return `${result.status} from the action`;
    const keys = Object.values((result.data as { errors?: Record<string, unknown> } | undefined)?.errors ?? {});
    if (keys.length === 0 || !keys.every(isErrorKey)) return `a ${result.status} without a Dutch message: ${JSON.stringify(keys)}`;
    refused = true;
  } catch (thrown) {
    if (isRedirect(thrown)) return null;
    if (!isHttpError(thrown)) return `an exception (a 500): ${String(thrown).slice(0, 300)}`;
    if (thrown.status >= 500) return `${thrown.status}: ${thrown.body.message}`;
    if (!dutchErrors.has(thrown.body.message)) return `a ${thrown.status} not in Dutch: ${thrown.body.message}`;
    refused = true;
  }
  const after = await writes();
  return refused && after !== before ? `a refusal changed ${after - before} row(s)` : null;
}

function fieldsOf(definition: RegisteredAction['definition']): string[] {
  let schema: unknown = definition?.schema;
  // Through pipes and transforms to the object that names the fields.
  for (let depth = 0; depth < 5 && schema && !(schema instanceof z.ZodObject); depth++) {
    schema = (schema as { _zod?: { def?: { in?: unknown } } })._zod?.def?.in;
  }
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoData(database.handle.db);
  await startQueue();
  await countWrites();
  registry = await loadActionRegistry();
  cases = routeCases(await demoIds());
}, 120_000);
afterAll(async () => { await database.close(); });

describe('every form action under generated input', () => {
  it('is found in the action registry, each with a case in the authorisation matrix', () => {
    expect(registry.length).toBeGreaterThan(60);
    const covered = new Set(cases.filter((c) => c.method === 'POST').map((c) => `${c.route} ${c.action ?? 'default'}`));
    expect(registry.filter((a) => !covered.has(`${a.routeId} ${a.name}`)).map((a) => a.endpoint)).toEqual([]);
    // One pipeline for every action (ADR 021): reading, parsing and refusing are never hand-written.
    expect(registry.filter((a) => !a.definition).map((a) => a.endpoint), 'actions not built with defineAction').toEqual([]);
  });

  it(`never answers 5xx, refuses in Dutch and a refusal writes nothing (${runs} inputs per action)`, async () => {
    const problems: string[] = [];
    let posted = 0;
    for (const action of registry) {
      const target = targetOf(action);
      const actor = await actorOf(target.role);
      let found = 0;
      const started = performance.now();
      // Every action is fuzzed to the end and its first problems reported, rather than stopping at one.
      await fc.assert(fc.asyncProperty(fuzzBody(fieldsOf(action.definition)), async (body) => {
        posted++;
        const problem = await post(action, target, actor, body);
        if (problem && found++ < 3) problems.push(`${action.endpoint} as ${target.role} (${body.describe}): ${problem}`);
      }), { numRuns: runs });
      if (process.env.FUZZ_TIMINGS) console.log(`[fuzz] ${action.endpoint}: ${((performance.now() - started) / runs).toFixed(1)} ms per post`);
    }
    expect(problems).toEqual([]);
    console.log(`[fuzz] ${posted} posts to ${registry.length} actions, 0 answered 5xx`);
  }, 1_800_000);
});
