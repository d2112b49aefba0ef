import { requireTestimonialWriter, requireTrajectoryStories } from '$lib/features/trajectory-stories/access.server';
import { listTestimonials } from '$lib/features/trajectory-stories/data.server';
import { giveConsent, storyFailures, withdrawOwn, writeTestimonial } from '$lib/features/trajectory-stories/mutations.server';
import { testimonialIdSchema, testimonialSchema } from '$lib/features/trajectory-stories/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const writer = (event: RequestEvent) => requireTestimonialWriter(event, event.params.org, event.params.offer, event.params.school);
const perTestimonial = (action: string) => (data: FormData) => `${action}-${String(data.get('testimonialId') ?? '')}`;

// The workgroup's testimonials in every state, for whoever sees the trajectory; each member writes,
// consents to and withdraws their own (ADR 048).
export const load: PageServerLoad = async (event) => {
  const { actor, offer, school, stories, testimonialWriter } = await requireTrajectoryStories(event, event.params.org, event.params.offer, event.params.school);
  const testimonials = await listTestimonials(stories);
  return {
    offer: { title: offer.title, slug: offer.slug, organisationSlug: offer.organisationSlug },
    school: { key: event.params.school, name: school.name },
    testimonials: testimonials.map(({ authorId, ...t }) => ({ ...t, mine: authorId === actor.personId })),
    canWrite: testimonialWriter !== null,
    me: actor.name
  };
};

export const actions = {
  write: defineAction({
    form: 'write',
    access: writer,
    schema: testimonialSchema,
    run: ({ access, input }) => writeTestimonial(access.testimonialWriter, input),
    failures: storyFailures,
    done: () => ({ saved: 'write' as const })
  }),
  consent: defineAction({
    form: perTestimonial('consent'),
    access: writer,
    schema: testimonialIdSchema,
    run: ({ access, input }) => giveConsent(access.testimonialWriter, 'testimonial', input.testimonialId),
    failures: storyFailures,
    done: () => ({ saved: 'consent' as const })
  }),
  withdraw: defineAction({
    form: perTestimonial('withdraw'),
    access: writer,
    schema: testimonialIdSchema,
    run: ({ access, input }) => withdrawOwn(access.testimonialWriter, 'testimonial', input.testimonialId),
    failures: storyFailures,
    done: () => ({ saved: 'withdraw' as const })
  })
} satisfies Actions;
