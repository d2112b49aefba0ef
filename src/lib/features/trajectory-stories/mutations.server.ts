// Writes of stories and testimonials (ADR 048). Every change of a text clears the author's consent
// and the approval; only consent plus approval makes it public; a withdrawal clears both at once.
// Each write is scoped in SQL (the author's own text; the facilitator's organisation).
import { createHash } from 'node:crypto';
import { and, eq, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import { readEnv } from '$lib/server/env';
import { recordJob, transactionWithJobs } from '$lib/server/jobs/queue';
import type { FailureMap } from '$lib/server/failures';
import { publishedIds } from '../library/data.server';
import { urgentMailJob } from '../mail/jobs.server';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { schools } from '../schools/tables.server';
import { trajectories, trajectoryOffers } from '../trajectories/tables.server';
import { moderationMail, type ModerationEvent } from './emails/story-mails';
import { checkPhoto, excerpt } from './rules';
import type { ModerationTarget, StoryInput, TestimonialInput } from './schema';
import { trajectoryStories, trajectoryStoryPhotos, trajectoryTestimonials } from './tables.server';
import type { StoryModerator, StoryWriter, TestimonialWriter, TrajectoryStories } from './types';

type Reason = 'not-found' | 'not-running' | 'not-author' | 'theme-unknown' | 'example-unknown' | 'photo-too-large' | 'photo-type'
  | 'photo-alt-missing' | 'photo-consent-missing' | 'not-consented' | 'nothing-to-withdraw';
export type StoryResult = { ok: true } | { ok: false; reason: Reason };

export const storyFailures = {
  'not-found': { status: 404, key: 'storiesNotFound' },
  'not-running': { status: 409, key: 'storiesNotRunning' },
  'not-author': { status: 403, key: 'storiesNotAuthor' },
  'theme-unknown': { status: 400, field: 'themes', key: 'storiesThemeUnknown' },
  'example-unknown': { status: 400, field: 'examples', key: 'storiesExampleUnknown' },
  'photo-too-large': { status: 413, field: 'photo', key: 'storiesPhotoTooLarge' },
  'photo-type': { status: 400, field: 'photo', key: 'storiesPhotoType' },
  'photo-alt-missing': { status: 400, field: 'photoAlt', key: 'storiesPhotoAltInvalid' },
  'photo-consent-missing': { status: 400, field: 'photoConsent', key: 'storiesPhotoConsentInvalid' },
  'not-consented': { status: 409, key: 'storiesNotConsented' },
  'nothing-to-withdraw': { status: 409, key: 'storiesNothingToWithdraw' }
} satisfies FailureMap<StoryResult>;

const refused = (reason: Reason) => ({ ok: false, reason }) as const;
const done = { ok: true } as const;

/** What clears the author's consent and the approval: a changed text is a new text. */
const unconsented = { consentedAt: null, approvedAt: null, declinedAt: null, withdrawnAt: null };

/** The ticked themes and practice examples, and the photo upload, read from the raw form. */
export interface StoryPicks { themes: string[]; exampleIds: string[]; photo: FormDataEntryValue | null }

type PhotoPlan = { ok: true; photo: { kind: 'png' | 'jpeg'; bytes: Uint8Array } | null } | { ok: false; reason: Reason };

/** A new photo is checked by its bytes and needs a description and the consent of whoever is on it. */
async function photoPlan(input: StoryInput, upload: FormDataEntryValue | null): Promise<PhotoPlan> {
  if (!(upload instanceof File) || upload.size === 0 || input.removePhoto) return { ok: true, photo: null };
  const check = checkPhoto(new Uint8Array(await upload.arrayBuffer()));
  if (!check.ok) return check;
  if (!input.photoAlt) return refused('photo-alt-missing');
  if (!input.photoConsent || !input.photoConsentConfirmed) return refused('photo-consent-missing');
  return { ok: true, photo: { kind: check.kind, bytes: check.bytes } };
}

/** The trajectory must be running and the themes its offer's. */
async function checkPicks(tx: Tx, trajectoryId: string, picks: StoryPicks): Promise<Reason | null> {
  const [row] = await tx.select({ status: trajectories.status, themes: trajectoryOffers.themes }).from(trajectories)
    .innerJoin(trajectoryOffers, eq(trajectoryOffers.id, trajectories.offerId)).where(eq(trajectories.id, trajectoryId));
  if (row?.status !== 'aanvaard') return 'not-running';
  if (picks.themes.some((t) => !row.themes.includes(t))) return 'theme-unknown';
  return null;
}

/** The linked examples must be published; asked before the transaction (the library reads on its own connection). */
async function unpublishedExample(picks: StoryPicks): Promise<boolean> {
  const published = await publishedIds(picks.exampleIds);
  return picks.exampleIds.some((id) => !published.has(id));
}

async function writePhoto(tx: Tx, storyId: string, input: StoryInput, photo: { kind: 'png' | 'jpeg'; bytes: Uint8Array } | null) {
  if (input.removePhoto) {
    await tx.delete(trajectoryStoryPhotos).where(eq(trajectoryStoryPhotos.storyId, storyId));
  } else if (photo) {
    const values = { kind: photo.kind, bytes: photo.bytes, size: photo.bytes.length, hash: createHash('sha256').update(photo.bytes).digest('hex'), alt: input.photoAlt, consentStatement: input.photoConsent };
    await tx.insert(trajectoryStoryPhotos).values({ storyId, ...values }).onConflictDoUpdate({ target: trajectoryStoryPhotos.storyId, set: values });
  } else if (input.photoAlt && input.photoConsent) {
    await tx.update(trajectoryStoryPhotos).set({ alt: input.photoAlt, consentStatement: input.photoConsent }).where(eq(trajectoryStoryPhotos.storyId, storyId));
  }
}

const storyText = (input: StoryInput, picks: StoryPicks, now: Date) =>
  ({ title: input.title, body: input.body, themes: picks.themes, practiceExampleIds: picks.exampleIds, updatedAt: now });

/**
 * The author writes or rewrites the trajectory's story (one per trajectory). Saving a text asks for
 * consent again; ticking the consent box gives it at once. Another writer's story is not theirs to change.
 */
export async function saveStory(writer: StoryWriter, input: StoryInput, picks: StoryPicks, now = new Date()): Promise<StoryResult> {
  const plan = await photoPlan(input, picks.photo);
  if (!plan.ok) return plan;
  if (await unpublishedExample(picks)) return refused('example-unknown');
  return db().transaction(async (tx) => {
    const problem = await checkPicks(tx, writer.id, picks);
    if (problem) return refused(problem);
    const [existing] = await tx.select({ id: trajectoryStories.id, authorId: trajectoryStories.authorId }).from(trajectoryStories)
      .where(eq(trajectoryStories.trajectoryId, writer.id)).for('update');
    if (existing && existing.authorId !== writer.personId) return refused('not-author');
    const moderation = { ...unconsented, consentedAt: input.consent ? now : null, moderationReason: null };
    const [row] = existing
      ? await tx.update(trajectoryStories).set({ ...storyText(input, picks, now), ...moderation }).where(eq(trajectoryStories.id, existing.id)).returning({ id: trajectoryStories.id })
      : await tx.insert(trajectoryStories).values({ trajectoryId: writer.id, authorId: writer.personId, ...storyText(input, picks, now), ...moderation }).returning({ id: trajectoryStories.id });
    await writePhoto(tx, row!.id, input, plan.photo);
    return done;
  });
}

/** A workgroup member's quote; consented at once when the box is ticked. */
export async function writeTestimonial(writer: TestimonialWriter, input: TestimonialInput, now = new Date()): Promise<StoryResult> {
  return db().transaction(async (tx) => {
    const [row] = await tx.select({ status: trajectories.status }).from(trajectories).where(eq(trajectories.id, writer.id));
    if (row?.status !== 'aanvaard') return refused('not-running');
    await tx.insert(trajectoryTestimonials).values({
      trajectoryId: writer.id, authorId: writer.personId, quote: input.quote, shownName: input.shownName, shownRole: input.shownRole,
      consentedAt: input.consent ? now : null, updatedAt: now
    });
    return done;
  });
}

const tableOf = (kind: ModerationTarget['kind']) => (kind === 'story' ? trajectoryStories : trajectoryTestimonials) as typeof trajectoryTestimonials;

/** The author's own story or testimonial of this trajectory, in SQL. */
function ownedBy(writer: StoryWriter | TestimonialWriter, kind: ModerationTarget['kind'], id: string | null): SQL {
  const t = tableOf(kind);
  return and(eq(t.trajectoryId, writer.id), eq(t.authorId, writer.personId), id ? eq(t.id, id) : undefined)!;
}

/** Why nothing changed: the text is not there, it is someone else's, or it is not in the state for it. */
async function whyUnchanged(writer: StoryWriter | TestimonialWriter, kind: ModerationTarget['kind'], id: string | null, stuck: Reason): Promise<StoryResult> {
  const t = tableOf(kind);
  const [row] = await db().select({ authorId: t.authorId }).from(t).where(and(eq(t.trajectoryId, writer.id), id ? eq(t.id, id) : undefined));
  if (!row) return refused('not-found');
  return row.authorId === writer.personId ? (stuck === 'not-consented' ? done : refused(stuck)) : refused('not-author');
}

/** The author gives consent to publish their text as it stands: it goes to the facilitator for approval. */
export async function giveConsent(writer: StoryWriter | TestimonialWriter, kind: ModerationTarget['kind'], id: string | null, now = new Date()): Promise<StoryResult> {
  const t = tableOf(kind);
  const rows = await db().update(t).set({ consentedAt: now, declinedAt: null, withdrawnAt: null })
    .where(and(ownedBy(writer, kind, id), isNull(t.consentedAt))).returning({ id: t.id });
  // Consenting twice is no error: the consent stands.
  return rows.length > 0 ? done : whyUnchanged(writer, kind, id, 'not-consented');
}

/** The author withdraws: consent and approval go, and the text is off the public pages from the next request. */
export async function withdrawOwn(writer: StoryWriter | TestimonialWriter, kind: ModerationTarget['kind'], id: string | null, now = new Date()): Promise<StoryResult> {
  const t = tableOf(kind);
  const rows = await db().update(t).set({ withdrawnAt: now, consentedAt: null, approvedAt: null })
    .where(and(ownedBy(writer, kind, id), isNotNull(t.consentedAt))).returning({ id: t.id });
  return rows.length > 0 ? done : whyUnchanged(writer, kind, id, 'nothing-to-withdraw');
}

/** The trajectories of the moderator's organisation, as a subquery: every moderation write is scoped by it. */
const inOrganisation = (tx: Tx, moderator: StoryModerator) => tx.select({ id: trajectories.id }).from(trajectories)
  .innerJoin(trajectoryOffers, eq(trajectoryOffers.id, trajectories.offerId)).where(eq(trajectoryOffers.organisationId, moderator.organisationId));

/** The author's address and what the mail names, read in the deciding transaction. */
async function mailTo(tx: Tx, target: ModerationTarget, event: ModerationEvent, reason: string | null) {
  const t = tableOf(target.kind);
  const text = target.kind === 'story' ? trajectoryStories.title : trajectoryTestimonials.quote;
  const [row] = await tx.select({
    email: people.email, name: people.name, locale: people.locale, text, offerTitle: trajectoryOffers.title, offerSlug: trajectoryOffers.slug,
    organisationName: organisations.name, organisationSlug: organisations.slug, schoolKey: schools.institutionNumber
  }).from(t).innerJoin(people, eq(people.id, t.authorId)).innerJoin(trajectories, eq(trajectories.id, t.trajectoryId))
    .innerJoin(trajectoryOffers, eq(trajectoryOffers.id, trajectories.offerId)).innerJoin(organisations, eq(organisations.id, trajectoryOffers.organisationId))
    .innerJoin(schools, eq(schools.id, trajectories.schoolId)).where(eq(t.id, target.id));
  if (!row) return;
  const page = target.kind === 'story' ? 'verhaal' : 'getuigenissen';
  const url = `${readEnv().ORIGIN}/trajecten/${row.organisationSlug}/${row.offerSlug}/scholen/${row.schoolKey}/${page}`;
  await recordJob(tx, urgentMailJob, moderationMail(row, event, {
    kind: target.kind, title: target.kind === 'story' ? row.text : excerpt(row.text, 80), offerTitle: row.offerTitle, organisationName: row.organisationName, reason, url
  }));
}

interface Step {
  event: ModerationEvent;
  /** The state the text must be in (besides being the organisation's). */
  condition?: SQL;
  set: Record<string, unknown>;
  reason: string | null;
  /** The refusal when the text exists but is not in that state. */
  stuck: Reason;
  /** More writes in the same transaction (a story's photo). */
  also?: (tx: Tx) => Promise<Reason | null>;
}

/** One moderation step: an update scoped to the organisation (and the state it starts from), then the author's mail. */
async function moderate(moderator: StoryModerator, target: ModerationTarget, step: Step): Promise<StoryResult> {
  const t = tableOf(target.kind);
  return transactionWithJobs(async (tx) => {
    const scoped = and(eq(t.id, target.id), inArray(t.trajectoryId, inOrganisation(tx, moderator)));
    const [exists] = await tx.select({ id: t.id }).from(t).where(scoped).for('update');
    if (!exists) return refused('not-found');
    const problem = step.also ? await step.also(tx) : null;
    if (problem) return refused(problem);
    const rows = await tx.update(t).set({ ...step.set, moderatedBy: moderator.personId }).where(and(scoped, step.condition)).returning({ id: t.id });
    if (rows.length === 0) return refused(step.stuck);
    await mailTo(tx, target, step.event, step.reason);
    return done;
  });
}

/** Approving what the author consented to: public from the next request on. */
export function approve(moderator: StoryModerator, target: ModerationTarget, now = new Date()): Promise<StoryResult> {
  const t = tableOf(target.kind);
  return moderate(moderator, target, {
    event: 'approved', condition: and(isNotNull(t.consentedAt), isNull(t.approvedAt)), set: { approvedAt: now, declinedAt: null, moderationReason: null }, reason: null, stuck: 'not-consented'
  });
}

/** Declining what awaits approval, with the reason the author is mailed; they rewrite it or consent again. */
export function decline(moderator: StoryModerator, target: ModerationTarget, reason: string, now = new Date()): Promise<StoryResult> {
  const t = tableOf(target.kind);
  return moderate(moderator, target, {
    event: 'declined', condition: and(isNotNull(t.consentedAt), isNull(t.approvedAt)), set: { declinedAt: now, consentedAt: null, moderationReason: reason }, reason, stuck: 'not-consented'
  });
}

/** A facilitator takes a consented or public text off the pages, with a reason for the author. */
export function withdrawAsModerator(moderator: StoryModerator, target: ModerationTarget, reason: string, now = new Date()): Promise<StoryResult> {
  const t = tableOf(target.kind);
  return moderate(moderator, target, {
    event: 'withdrawn', condition: isNotNull(t.consentedAt), set: { withdrawnAt: now, consentedAt: null, approvedAt: null, moderationReason: reason }, reason, stuck: 'nothing-to-withdraw'
  });
}

/** A facilitator's edit of a testimonial: the author is mailed the reason and consents to the new text (or not). */
export function editTestimonial(moderator: StoryModerator, input: { testimonialId: string; quote: string; shownName: string; shownRole: string; reason: string }, now = new Date()): Promise<StoryResult> {
  const { testimonialId, reason, ...text } = input;
  return moderate(moderator, { kind: 'testimonial', id: testimonialId }, { event: 'edited', set: { ...text, ...unconsented, updatedAt: now, moderationReason: reason }, reason, stuck: 'not-found' });
}

/** A facilitator's edit of the trajectory's story (its author stays the author and consents again). */
export async function editStory(moderator: StoryModerator, stories: TrajectoryStories, input: StoryInput & { reason: string }, picks: StoryPicks, now = new Date()): Promise<StoryResult> {
  const plan = await photoPlan(input, picks.photo);
  if (!plan.ok) return plan;
  if (await unpublishedExample(picks)) return refused('example-unknown');
  const [story] = await db().select({ id: trajectoryStories.id }).from(trajectoryStories).where(eq(trajectoryStories.trajectoryId, stories.id));
  if (!story) return refused('not-found');
  return moderate(moderator, { kind: 'story', id: story.id }, {
    event: 'edited', set: { ...storyText(input, picks, now), ...unconsented, moderationReason: input.reason }, reason: input.reason, stuck: 'not-found',
    also: async (tx) => {
      const problem = await checkPicks(tx, stories.id, picks);
      if (!problem) await writePhoto(tx, story.id, input, plan.photo);
      return problem;
    }
  });
}
