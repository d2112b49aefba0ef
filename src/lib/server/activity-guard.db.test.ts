import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, organisations, people, schools } from '$lib/server/db/schema';
import { buildActor, buildOrganisation, buildSchool, uniqueEmail } from '../../../tests/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/db';
import { registerForActivity } from '../features/registrations/mutations.server';
import { requireActivity } from '$lib/features/activities/access.server';
import { registrant } from '../../../tests/handles';

// The activity guard against a real database: a school-only activity does not exist outside its
// school, except for someone who still holds a registration there (to cancel it), who may not
// register anew.
let database: TestDatabase;
let organisationSlug: string;
const activitySlug = 'vorming-op-maat';
let activityId: string;
let schoolId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const d = database.handle.db;
  const [org] = await d.insert(organisations).values(buildOrganisation()).returning({ id: organisations.id, slug: organisations.slug });
  organisationSlug = org!.slug;
  const [school] = await d.insert(schools).values(buildSchool()).returning({ id: schools.id });
  schoolId = school!.id;
  const [activity] = await d.insert(activities).values({
    organisationId: org!.id, slug: activitySlug, kind: 'vorming', title: 'Vorming op maat', capacity: 10, visibility: 'school', schoolId,
    startsAt: new Date('2031-03-10T12:30:00Z'), endsAt: new Date('2031-03-10T15:30:00Z'), registrationDeadline: new Date('2031-03-03T22:59:00Z')
  }).returning({ id: activities.id });
  activityId = activity!.id;
});
afterAll(async () => { await database.close(); });

async function person() {
  const [row] = await database.handle.db.insert(people).values({ email: uniqueEmail(), name: 'Leerkracht' }).returning({ id: people.id });
  return row!.id;
}

const staffOf = (id: string) => [{ schoolId: id, institutionNumber: '100001', name: 'School', access: 'staff' as const }];
const eventFor = (actor: App.Locals['actor']) => ({
  locals: { actor, locale: 'nl', sessionSecret: null } as App.Locals,
  url: new URL(`http://localhost/activiteiten/${organisationSlug}/${activitySlug}/inschrijven`),
  request: new Request('http://localhost/', { method: 'POST' })
});
async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (err) {
    return (err as { status: number }).status;
  }
}

describe('requireActivity', () => {
  it('keeps a school-only activity for that school; someone who left it keeps it only while registered', async () => {
    const personId = await person();
    const atSchool = buildActor({ personId, schools: staffOf(schoolId) });
    const leftSchool = buildActor({ personId, schools: [] });
    expect(await statusOf(requireActivity(eventFor(atSchool), organisationSlug, activitySlug, 'register'))).toBe(200);
    expect(await statusOf(requireActivity(eventFor(leftSchool), organisationSlug, activitySlug, 'own'))).toBe(404);

    expect((await registerForActivity(registrant(activityId, personId), {}, { now: new Date('2031-01-01T10:00:00Z') })).ok).toBe(true);
    const guarded = await requireActivity(eventFor(leftSchool), organisationSlug, activitySlug, 'own');
    expect(guarded.subject.actorHoldsRegistration).toBe(true);
    // Registering anew, reacting or joining the travel board stays for the school's own people.
    expect(await statusOf(requireActivity(eventFor(leftSchool), organisationSlug, activitySlug, 'register'))).toBe(403);
    // Anyone else outside the school still finds nothing.
    expect(await statusOf(requireActivity(eventFor(buildActor({ personId: await person() })), organisationSlug, activitySlug, 'own'))).toBe(404);
    expect(await statusOf(requireActivity(eventFor(null), organisationSlug, activitySlug, 'view'))).toBe(404);
  });
});
