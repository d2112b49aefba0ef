import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityReactions, activityTravelOffers } from '$lib/server/db/schema';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { insertActivity, insertOrganisation, insertPerson } from '../../../../tests/factories';
import { cancelRegistration, registerForActivity } from '../registrations/mutations.server';
import { countTravelBoard, findTravelStanding, listAllReactions, listReactions, listTravelBoardFor } from './data.server';
import { deleteOwnReaction, moderateReaction, postReaction, saveTravelOffer, withdrawTravelOffer } from './mutations.server';
import { boardEntry, boardViewer, managedActivity, ownRegistration, reactionAuthor, registrant, visibleActivity } from '../../../../tests/handles';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

const now = new Date('2031-09-01T10:00:00Z');

const organisation = async () => (await insertOrganisation()).id;

const activity = async (organisationId: string, slug: string) => (await insertActivity(organisationId, {
  slug, kind: 'studiereis', title: `Studiereis ${slug}`,
  startsAt: new Date('2031-11-20T08:00:00Z'), endsAt: new Date('2031-11-22T18:00:00Z'), registrationDeadline: new Date('2031-10-31T22:59:59Z')
})).id;

const person = async (name: string) => (await insertPerson({ name })).id;

const offer = (fromPlace: string, contact: string) => ({ fromPlace, mode: 'trein' as const, contact, note: '' });

describe('the travel-together board', () => {
  it('shows names and contacts only to participants who opted in, and the count to everyone', async () => {
    const activityId = await activity(await organisation(), 'hamburg');
    const [an, bert, carla, dirk] = [await person('An'), await person('Bert'), await person('Carla'), await person('Dirk')];
    for (const p of [an, bert, carla]) expect((await registerForActivity(registrant(activityId, p), {}, { now })).ok).toBe(true);

    expect(await saveTravelOffer(boardEntry(activityId, an), offer('Mechelen', '0470 11 11 11'))).toEqual({ ok: true, created: true });
    // Alone on the board, An sees only herself; Carla (participant, not opted in) sees nothing.
    expect((await listTravelBoardFor(boardViewer(activityId, an))).map((e) => e.name)).toEqual(['An']);
    expect(await listTravelBoardFor(boardViewer(activityId, carla))).toEqual([]);

    expect((await saveTravelOffer(boardEntry(activityId, bert), offer('Antwerpen', 'bert@school.example'))).ok).toBe(true);
    const seenByAn = await listTravelBoardFor(boardViewer(activityId, an));
    expect(seenByAn.map((e) => [e.name, e.contact])).toEqual([['Bert', 'bert@school.example'], ['An', '0470 11 11 11']]);
    expect((await listTravelBoardFor(boardViewer(activityId, bert))).map((e) => e.name).sort()).toEqual(['An', 'Bert']);
    expect(await listTravelBoardFor(boardViewer(activityId, carla))).toEqual([]);
    expect(await listTravelBoardFor(boardViewer(activityId, dirk))).toEqual([]);
    expect(await countTravelBoard(visibleActivity(activityId))).toBe(2);
    expect(await findTravelStanding(activityId, carla)).toEqual({ isParticipant: true, offer: null });
  });

  it('refuses a non-participant, updates an entry in place and erases it on opting out', async () => {
    const activityId = await activity(await organisation(), 'board');
    const [an, outsider] = [await person('An'), await person('Buiten')];
    expect(await saveTravelOffer(boardEntry(activityId, outsider), offer('Gent', 'x@y.example'))).toEqual({ ok: false, reason: 'not-participant' });
    await registerForActivity(registrant(activityId, an), {}, { now });
    await saveTravelOffer(boardEntry(activityId, an), offer('Gent', '0470'));
    expect(await saveTravelOffer(boardEntry(activityId, an), { ...offer('Brugge', '0471'), note: 'nog 2 plaatsen in de auto' })).toEqual({ ok: true, created: false });
    expect((await findTravelStanding(activityId, an)).offer).toMatchObject({ fromPlace: 'Brugge', contact: '0471', note: 'nog 2 plaatsen in de auto' });
    expect(await withdrawTravelOffer(boardEntry(activityId, an))).toEqual({ ok: true });
    expect(await withdrawTravelOffer(boardEntry(activityId, an))).toEqual({ ok: false, reason: 'not-on-board' });
    expect(await database.handle.db.select().from(activityTravelOffers).where(eq(activityTravelOffers.activityId, activityId))).toEqual([]);
  });

  it('drops someone who cancelled from the board and takes their view away', async () => {
    const activityId = await activity(await organisation(), 'cancel');
    const [an, bert] = [await person('An'), await person('Bert')];
    for (const p of [an, bert]) await registerForActivity(registrant(activityId, p), {}, { now });
    await saveTravelOffer(boardEntry(activityId, an), offer('Gent', '0470'));
    await saveTravelOffer(boardEntry(activityId, bert), offer('Leuven', '0471'));
    await cancelRegistration(ownRegistration(activityId, bert));
    expect((await listTravelBoardFor(boardViewer(activityId, an))).map((e) => e.name)).toEqual(['An']);
    expect(await listTravelBoardFor(boardViewer(activityId, bert))).toEqual([]);
    expect(await countTravelBoard(visibleActivity(activityId))).toBe(1);
    expect(await withdrawTravelOffer(boardEntry(activityId, bert))).toEqual({ ok: true });
  });
});

describe('reactions and their moderation', () => {
  it('hides a reaction from the public but not from its author', async () => {
    const organisationId = await organisation();
    const activityId = await activity(organisationId, 'reacties');
    const [author, reader, organiser] = [await person('Tom'), await person('Lezer'), await person('Organisator')];
    const reactionId = await postReaction(reactionAuthor(activityId, author), 'Komt er ook een bezoek aan een school?');
    await postReaction(reactionAuthor(activityId, reader), 'Graag!');
    expect(await moderateReaction(managedActivity(activityId, organisationId), reactionId, 'hide', organiser)).toEqual({ ok: true });

    expect((await listReactions(visibleActivity(activityId), null)).map((r) => r.body)).toEqual(['Graag!']);
    expect((await listReactions(visibleActivity(activityId), reader)).map((r) => r.body)).toEqual(['Graag!']);
    const own = await listReactions(visibleActivity(activityId), author);
    expect(own.map((r) => [r.body, r.hiddenAt !== null])).toEqual([['Komt er ook een bezoek aan een school?', true], ['Graag!', false]]);
    const all = await listAllReactions(managedActivity(activityId, organisationId));
    expect(all.find((r) => r.id === reactionId)).toMatchObject({ hiddenByName: 'Organisator' });

    expect(await moderateReaction(managedActivity(activityId, organisationId), reactionId, 'unhide', organiser)).toEqual({ ok: true });
    expect(await listReactions(visibleActivity(activityId), null)).toHaveLength(2);
  });

  it('scopes moderation to the guarded activity and organisation: another activity\'s reaction id changes nothing', async () => {
    const organisationId = await organisation();
    const otherOrganisationId = await organisation();
    const [mine, other, foreign] = [await activity(organisationId, 'een'), await activity(organisationId, 'twee'), await activity(otherOrganisationId, 'drie')];
    const [author, organiser] = [await person('Auteur'), await person('Organisator')];
    const otherReaction = await postReaction(reactionAuthor(other, author), 'Bij een andere activiteit');
    const foreignReaction = await postReaction(reactionAuthor(foreign, author), 'Bij een andere organisatie');
    for (const action of ['hide', 'delete'] as const) {
      expect(await moderateReaction(managedActivity(mine, organisationId), otherReaction, action, organiser)).toEqual({ ok: false, reason: 'not-found' });
      expect(await moderateReaction(managedActivity(mine, organisationId), foreignReaction, action, organiser)).toEqual({ ok: false, reason: 'not-found' });
      // The right reaction id with another organisation's activity is refused too (the handle's organisation is checked in SQL).
      expect(await moderateReaction(managedActivity(foreign, organisationId), foreignReaction, action, organiser)).toEqual({ ok: false, reason: 'not-found' });
    }
    const untouched = await database.handle.db.select({ hiddenAt: activityReactions.hiddenAt }).from(activityReactions)
      .where(inArray(activityReactions.id, [otherReaction, foreignReaction]));
    expect(untouched).toEqual([{ hiddenAt: null }, { hiddenAt: null }]);
    expect(await moderateReaction(managedActivity(other, organisationId), otherReaction, 'delete', organiser)).toEqual({ ok: true });
    expect(await listAllReactions(managedActivity(other, organisationId))).toEqual([]);
  });

  it('lets an author delete only their own reaction', async () => {
    const activityId = await activity(await organisation(), 'eigen');
    const [author, someone] = [await person('Auteur'), await person('Iemand')];
    const reactionId = await postReaction(reactionAuthor(activityId, author), 'Mijn reactie');
    expect(await deleteOwnReaction(reactionAuthor(activityId, someone), reactionId)).toEqual({ ok: false, reason: 'not-found' });
    expect(await listReactions(visibleActivity(activityId), null)).toHaveLength(1);
    expect(await deleteOwnReaction(reactionAuthor(activityId, author), reactionId)).toEqual({ ok: true });
    expect(await listReactions(visibleActivity(activityId), null)).toEqual([]);
  });
});
