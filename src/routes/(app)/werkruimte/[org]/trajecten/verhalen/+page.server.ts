import { requireStoryModeration } from '$lib/features/trajectory-stories/access.server';
import { listModeration } from '$lib/features/trajectory-stories/data.server';
import { approve, decline, editTestimonial, storyFailures, withdrawAsModerator } from '$lib/features/trajectory-stories/mutations.server';
import { moderationReasonSchema, moderationSchema, testimonialEditSchema } from '$lib/features/trajectory-stories/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const guard = (event: RequestEvent) => requireStoryModeration(event, event.params.org);
// One form per item and decision: a refusal is shown at the item it concerns.
const perItem = (action: string) => (data: FormData) => `${action}-${String(data.get('id') ?? data.get('testimonialId') ?? '')}`;

// The organisation's facilitators approve, decline, edit and withdraw what schools wrote (ADR 048).
export const load: PageServerLoad = async (event) => {
  const { moderator } = await guard(event);
  return listModeration(moderator);
};

export const actions = {
  approve: defineAction({
    form: perItem('approve'),
    access: guard,
    schema: moderationSchema,
    run: ({ access, input }) => approve(access.moderator, input),
    failures: storyFailures,
    done: () => ({ saved: 'approve' as const })
  }),
  decline: defineAction({
    form: perItem('decline'),
    access: guard,
    schema: moderationReasonSchema,
    run: ({ access, input }) => decline(access.moderator, input, input.reason),
    failures: storyFailures,
    done: () => ({ saved: 'decline' as const })
  }),
  withdraw: defineAction({
    form: perItem('withdraw'),
    access: guard,
    schema: moderationReasonSchema,
    run: ({ access, input }) => withdrawAsModerator(access.moderator, input, input.reason),
    failures: storyFailures,
    done: () => ({ saved: 'withdraw' as const })
  }),
  edit: defineAction({
    form: perItem('edit'),
    access: guard,
    schema: testimonialEditSchema,
    run: ({ access, input }) => editTestimonial(access.moderator, input),
    failures: storyFailures,
    done: () => ({ saved: 'edit' as const })
  })
} satisfies Actions;
