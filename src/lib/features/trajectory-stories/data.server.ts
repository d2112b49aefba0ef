// Reads of stories and testimonials (ADR 048). Public reads carry the public condition in SQL:
// the author's consent and the facilitator's approval both stand, on an accepted trajectory of a
// published offer. Nothing is cached, so a withdrawal is gone from the next request on.
import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { renderRichText, richTextPlain } from '$lib/server/rich-text';
import { listSourceCandidates, publishedExampleLinks } from '../library/data.server';
import { people } from '../people/tables.server';
import { schools } from '../schools/tables.server';
import { trajectories, trajectoryOffers } from '../trajectories/tables.server';
import { excerpt, moderationState } from './rules';
import { trajectoryStories, trajectoryStoryPhotos, trajectoryTestimonials } from './tables.server';
import type { StoryModerator, TrajectoryStories } from './types';

type Moderated = typeof trajectoryStories | typeof trajectoryTestimonials;

/** The public condition of ADR 048, for a story or a testimonial. */
export const isPublic = (t: Moderated) => and(isNotNull(t.consentedAt), isNotNull(t.approvedAt), eq(trajectories.status, 'aanvaard'));

const moderationColumns = (t: Moderated) => ({
  authorId: t.authorId, consentedAt: t.consentedAt, approvedAt: t.approvedAt, declinedAt: t.declinedAt,
  withdrawnAt: t.withdrawnAt, moderationReason: t.moderationReason, updatedAt: t.updatedAt
});
const authorName = (t: Moderated) => sql<string | null>`(select ${people.name} from ${people} where ${people.id} = ${t.authorId})`;
const withState = <R extends Parameters<typeof moderationState>[0]>(row: R) => ({ ...row, state: moderationState(row) });

const storyColumns = {
  id: trajectoryStories.id, title: trajectoryStories.title, body: trajectoryStories.body, themes: trajectoryStories.themes,
  practiceExampleIds: trajectoryStories.practiceExampleIds, ...moderationColumns(trajectoryStories), authorName: authorName(trajectoryStories),
  photoAlt: trajectoryStoryPhotos.alt, photoConsent: trajectoryStoryPhotos.consentStatement, photoSize: trajectoryStoryPhotos.size
};

/** The trajectory's story in any state, for whoever sees the trajectory; null while none is written. */
export async function readStory(stories: TrajectoryStories) {
  const [row] = await db().select(storyColumns).from(trajectoryStories)
    .leftJoin(trajectoryStoryPhotos, eq(trajectoryStoryPhotos.storyId, trajectoryStories.id))
    .where(eq(trajectoryStories.trajectoryId, stories.id));
  return row ? withState(row) : null;
}

export type Story = NonNullable<Awaited<ReturnType<typeof readStory>>>;

/** The trajectory's story photo in any state (its people preview and moderate it). */
export async function readStoryPhoto(stories: TrajectoryStories) {
  const [row] = await db().select({ kind: trajectoryStoryPhotos.kind, size: trajectoryStoryPhotos.size, hash: trajectoryStoryPhotos.hash, bytes: trajectoryStoryPhotos.bytes })
    .from(trajectoryStoryPhotos).innerJoin(trajectoryStories, eq(trajectoryStories.id, trajectoryStoryPhotos.storyId))
    .where(eq(trajectoryStories.trajectoryId, stories.id));
  return row ?? null;
}

/** The trajectory's testimonials in any state, newest first. */
export async function listTestimonials(stories: TrajectoryStories) {
  const rows = await db().select({
    id: trajectoryTestimonials.id, quote: trajectoryTestimonials.quote, shownName: trajectoryTestimonials.shownName, shownRole: trajectoryTestimonials.shownRole,
    ...moderationColumns(trajectoryTestimonials), authorName: authorName(trajectoryTestimonials)
  }).from(trajectoryTestimonials).where(eq(trajectoryTestimonials.trajectoryId, stories.id))
    .orderBy(desc(trajectoryTestimonials.createdAt), asc(trajectoryTestimonials.id));
  return rows.map(withState);
}

/** The published examples a story can link to (the library's own list). */
export function practiceExampleOptions() {
  return listSourceCandidates();
}

const publicStoryFrom = () => db().select({
  id: trajectoryStories.id, title: trajectoryStories.title, body: trajectoryStories.body, themes: trajectoryStories.themes,
  practiceExampleIds: trajectoryStories.practiceExampleIds, approvedAt: trajectoryStories.approvedAt,
  schoolName: schools.name, schoolKey: schools.institutionNumber, schoolMunicipality: schools.municipality,
  photoAlt: trajectoryStoryPhotos.alt, photoHash: trajectoryStoryPhotos.hash
}).from(trajectoryStories)
  .innerJoin(trajectories, eq(trajectories.id, trajectoryStories.trajectoryId))
  .innerJoin(schools, eq(schools.id, trajectories.schoolId))
  .leftJoin(trajectoryStoryPhotos, eq(trajectoryStoryPhotos.storyId, trajectoryStories.id));

/** The offer page's cards: every public story of the offer, with an opening of its text. */
export async function listPublicStories(offerId: string) {
  const rows = await publicStoryFrom().where(and(eq(trajectories.offerId, offerId), isPublic(trajectoryStories))).orderBy(asc(schools.name));
  return rows.map(({ body, practiceExampleIds: _ids, ...row }) => ({ ...row, excerpt: excerpt(richTextPlain(body)) }));
}

/** One school's public story with its text rendered (ADR 042) and its published practice examples; null when not public. */
export async function readPublicStory(offerId: string, schoolId: string) {
  const [row] = await publicStoryFrom().where(and(eq(trajectories.offerId, offerId), eq(trajectories.schoolId, schoolId), isPublic(trajectoryStories)));
  if (!row) return null;
  const { body, practiceExampleIds, ...story } = row;
  return { ...story, html: renderRichText(body), practiceExamples: await publishedExampleLinks(practiceExampleIds) };
}

/** A public story's photo; null when the story is not public (or has none). */
export async function readPublicStoryPhoto(offerId: string, schoolId: string) {
  const [row] = await db().select({ kind: trajectoryStoryPhotos.kind, size: trajectoryStoryPhotos.size, hash: trajectoryStoryPhotos.hash, bytes: trajectoryStoryPhotos.bytes })
    .from(trajectoryStoryPhotos).innerJoin(trajectoryStories, eq(trajectoryStories.id, trajectoryStoryPhotos.storyId))
    .innerJoin(trajectories, eq(trajectories.id, trajectoryStories.trajectoryId))
    .where(and(eq(trajectories.offerId, offerId), eq(trajectories.schoolId, schoolId), isPublic(trajectoryStories)));
  return row ?? null;
}

/** The offer page's quotes: every public testimonial of the offer, with the school it comes from. */
export async function listPublicTestimonials(offerId: string) {
  return db().select({ id: trajectoryTestimonials.id, quote: trajectoryTestimonials.quote, shownName: trajectoryTestimonials.shownName, shownRole: trajectoryTestimonials.shownRole, schoolName: schools.name })
    .from(trajectoryTestimonials)
    .innerJoin(trajectories, eq(trajectories.id, trajectoryTestimonials.trajectoryId))
    .innerJoin(schools, eq(schools.id, trajectories.schoolId))
    .where(and(eq(trajectories.offerId, offerId), isPublic(trajectoryTestimonials)))
    .orderBy(asc(trajectoryTestimonials.approvedAt), asc(trajectoryTestimonials.id));
}

const listedColumns = (t: Moderated) => ({
  id: t.id, ...moderationColumns(t), authorName: authorName(t),
  offerSlug: trajectoryOffers.slug, offerTitle: trajectoryOffers.title, schoolName: schools.name, schoolKey: schools.institutionNumber
});
const order = { 'ter-goedkeuring': 0, gepubliceerd: 1, afgewezen: 2, ingetrokken: 3, concept: 4 } as const;
const byState = <T extends { state: keyof typeof order }>(a: T, b: T) => order[a.state] - order[b.state];

/**
 * The facilitator's moderation list: every story and testimonial of the organisation's offers
 * (scoped in SQL) that its author consented to or that was decided on; what awaits approval first.
 */
export async function listModeration(moderator: StoryModerator) {
  const scope = (t: Moderated) => and(eq(trajectoryOffers.organisationId, moderator.organisationId),
    sql`(${t.consentedAt} is not null or ${t.declinedAt} is not null or ${t.withdrawnAt} is not null)`);
  const [stories, testimonials] = await Promise.all([
    db().select({ ...listedColumns(trajectoryStories), title: trajectoryStories.title }).from(trajectoryStories)
      .innerJoin(trajectories, eq(trajectories.id, trajectoryStories.trajectoryId))
      .innerJoin(trajectoryOffers, eq(trajectoryOffers.id, trajectories.offerId))
      .innerJoin(schools, eq(schools.id, trajectories.schoolId))
      .where(scope(trajectoryStories)).orderBy(desc(trajectoryStories.updatedAt)),
    db().select({ ...listedColumns(trajectoryTestimonials), quote: trajectoryTestimonials.quote, shownName: trajectoryTestimonials.shownName, shownRole: trajectoryTestimonials.shownRole })
      .from(trajectoryTestimonials)
      .innerJoin(trajectories, eq(trajectories.id, trajectoryTestimonials.trajectoryId))
      .innerJoin(trajectoryOffers, eq(trajectoryOffers.id, trajectories.offerId))
      .innerJoin(schools, eq(schools.id, trajectories.schoolId))
      .where(scope(trajectoryTestimonials)).orderBy(desc(trajectoryTestimonials.updatedAt))
  ]);
  return { stories: stories.map(withState).sort(byState), testimonials: testimonials.map(withState).sort(byState) };
}
