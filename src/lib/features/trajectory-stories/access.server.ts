// Who reads, writes and moderates a trajectory's story and testimonials (ADR 020, ADR 048).
import { forbidden, notFound, type GuardEvent } from '$lib/server/guards';
import { brandOrganisation, grant } from '$lib/server/tenancy';
import { findSchoolByInstitutionNumber } from '../schools/data.server';
import { parseSchoolKey } from '../schools/rules';
import { findPublishedOffer, requireManagedOffers, requireTrajectory } from '../trajectories/access.server';
import { findTrajectoryFacts } from '../trajectories/data.server';
import { canStories, storyAbilities } from './policy';
import type { StoryModerator, StoryWriter, TestimonialWriter, TrajectoryStories } from './types';

/**
 * A trajectory's stories in every state: for whoever sees the trajectory (its workgroup, coach and
 * the organisation's facilitators), with the handles of what they may do there.
 */
export async function requireTrajectoryStories(event: GuardEvent, organisationSlug: string, offerSlug: string, schoolParam: string) {
  const found = await requireTrajectory(event, organisationSlug, offerSlug, schoolParam);
  const facts = (await findTrajectoryFacts(found.offer.id, found.school.id))!;
  const subject = { organisationId: found.offer.organisationId, coachId: facts.coachId, workgroup: facts.workgroup };
  const { actor } = found;
  const stories: TrajectoryStories = grant('trajectory-stories', found.trajectory.id);
  const storyWriter = canStories(actor, 'write-story', subject)
    ? Object.assign(grant('story-writer', found.trajectory.id), { personId: actor.personId }) as StoryWriter : null;
  const testimonialWriter = canStories(actor, 'write-testimonial', subject)
    ? Object.assign(grant('testimonial-writer', found.trajectory.id), { personId: actor.personId }) as TestimonialWriter : null;
  const moderator = canStories(actor, 'moderate', subject)
    ? Object.assign(grant('story-moderator', found.offer.organisationId), { organisationId: brandOrganisation(found.offer.organisationId), personId: actor.personId }) as StoryModerator
    : null;
  return { ...found, stories, storyWriter, testimonialWriter, moderator, abilities: storyAbilities(actor, subject) };
}

/** Writing the story, consenting to it and withdrawing it: the trajectory's coach and workgroup (the author's own, in the mutation). */
export async function requireStoryWriter(event: GuardEvent, organisationSlug: string, offerSlug: string, schoolParam: string) {
  const found = await requireTrajectoryStories(event, organisationSlug, offerSlug, schoolParam);
  if (!found.storyWriter) forbidden(event.locals);
  return { ...found, storyWriter: found.storyWriter };
}

/** A facilitator's edit of this trajectory's story, with a reason. */
export async function requireStoryModerator(event: GuardEvent, organisationSlug: string, offerSlug: string, schoolParam: string) {
  const found = await requireTrajectoryStories(event, organisationSlug, offerSlug, schoolParam);
  if (!found.moderator) forbidden(event.locals);
  return { ...found, moderator: found.moderator };
}

/** Writing, consenting to and withdrawing one's own testimonials: the workgroup's members. */
export async function requireTestimonialWriter(event: GuardEvent, organisationSlug: string, offerSlug: string, schoolParam: string) {
  const found = await requireTrajectoryStories(event, organisationSlug, offerSlug, schoolParam);
  if (!found.testimonialWriter) forbidden(event.locals);
  return { ...found, testimonialWriter: found.testimonialWriter };
}

/** The moderation list of an organisation: its facilitators. */
export async function requireStoryModeration(event: GuardEvent, organisationSlug: string) {
  const workspace = await requireManagedOffers(event, organisationSlug);
  const moderator = Object.assign(grant('story-moderator', workspace.organisation.id), {
    organisationId: workspace.managed.organisationId, personId: workspace.actor.personId
  }) as StoryModerator;
  return { ...workspace, moderator };
}

/** A published offer and one of its schools, for the public story page: what is not public there is 404 (the data decides). */
export async function findPublicStorySchool(event: GuardEvent, organisationSlug: string, offerSlug: string, schoolParam: string) {
  const offer = await findPublishedOffer(event, organisationSlug, offerSlug);
  const key = parseSchoolKey(schoolParam);
  const school = key ? await findSchoolByInstitutionNumber(key) : null;
  if (!school) notFound(event.locals);
  return { offer, school };
}
