// Who writes and who moderates stories and testimonials (ADR 048). Reading a draft follows the
// trajectory's visibility (ADR 039); the public sees only what is consented and approved.
import { hasOrganisationRole, type Actor } from '../people/types';

export type StoryAction = 'write-story' | 'write-testimonial' | 'moderate';

export interface StorySubject {
  organisationId: string;
  coachId: string | null;
  workgroup: readonly string[];
}

/**
 * The story is written by the trajectory's coach or a workgroup member; a testimonial by a workgroup
 * member (a quote of the school's own people); the organisation's facilitators moderate both.
 */
export function canStories(actor: Actor | null, action: StoryAction, subject: StorySubject): boolean {
  if (!actor) return false;
  if (action === 'moderate') return hasOrganisationRole(actor, subject.organisationId, 'facilitator');
  const member = subject.workgroup.includes(actor.personId);
  if (action === 'write-testimonial') return member;
  return member || subject.coachId === actor.personId;
}

/** Only the author consents to, edits or withdraws their own text; a facilitator may withdraw any. */
export function isAuthor(actor: Actor | null, authorId: string | null): boolean {
  return !!actor && authorId !== null && actor.personId === authorId;
}

export function storyAbilities(actor: Actor | null, subject: StorySubject) {
  return {
    writeStory: canStories(actor, 'write-story', subject),
    writeTestimonial: canStories(actor, 'write-testimonial', subject),
    moderate: canStories(actor, 'moderate', subject)
  };
}
