import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, organisations, people } from '$lib/server/db/schema';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { uniqueEmail } from '../../../../tests/factories';
import { findRegistration, waitingPositionOf } from './data.server';
import { registerForActivity } from './mutations.server';
import { registrant, visibleActivity } from '../../../../tests/handles';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

const now = new Date('2031-09-01T10:00:00Z');

async function activityWithOneSeat(organisationId: string, slug: string): Promise<string> {
  const [row] = await database.handle.db.insert(activities).values({
    organisationId, slug, kind: 'vorming', title: slug, capacity: 1, location: 'Gent',
    startsAt: new Date('2031-11-20T09:00:00Z'), endsAt: new Date('2031-11-20T16:00:00Z'), registrationDeadline: new Date('2031-11-01T21:59:00Z')
  }).returning({ id: activities.id });
  return row!.id;
}

async function register(activityId: string): Promise<{ personId: string; registrationId: string }> {
  const [person] = await database.handle.db.insert(people).values({ email: uniqueEmail('wachtend'), name: 'Wachtende' }).returning({ id: people.id });
  const result = await registerForActivity(registrant(activityId, person!.id), {}, { now });
  if (!result.ok) throw new Error(result.reason);
  return { personId: person!.id, registrationId: result.registrationId };
}

describe('the place on the waiting list', () => {
  it('counts only the people ahead on the same activity\'s list', async () => {
    const [org] = await database.handle.db.insert(organisations).values({ slug: 'wachtlijst', name: 'Wachtlijst vzw' }).returning({ id: organisations.id });
    const first = await activityWithOneSeat(org!.id, 'eerste');
    const second = await activityWithOneSeat(org!.id, 'tweede');
    const onFirst = [await register(first), await register(first), await register(first)];
    const onSecond = [await register(second), await register(second)];

    expect(await Promise.all(onFirst.map((r) => waitingPositionOf(r.registrationId)))).toEqual([null, 1, 2]);
    expect(await Promise.all(onSecond.map((r) => waitingPositionOf(r.registrationId)))).toEqual([null, 1]);
    expect((await findRegistration(visibleActivity(second), onSecond[1]!.personId))?.position).toBe(1);
  });
});
