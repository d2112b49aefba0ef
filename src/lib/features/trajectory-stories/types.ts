// The handles of stories and testimonials (ADR 020, ADR 048), minted only in access.server.ts.
import type { AuthorizedOrgId, Handle } from '$lib/server/tenancy';

/** A trajectory whose stories and testimonials the actor reads in every state: whoever sees the trajectory. */
export type TrajectoryStories = Handle<'trajectory-stories'>;

/** Writing the trajectory's story (its coach or workgroup); the id is the trajectory's. */
export type StoryWriter = Handle<'story-writer'> & { personId: string };

/** Writing testimonials: a member of the trajectory's workgroup; the id is the trajectory's. */
export type TestimonialWriter = Handle<'testimonial-writer'> & { personId: string };

/** Approving, declining, editing and withdrawing the stories of an organisation's trajectories: its facilitators. */
export type StoryModerator = Handle<'story-moderator'> & { organisationId: AuthorizedOrgId; personId: string };
