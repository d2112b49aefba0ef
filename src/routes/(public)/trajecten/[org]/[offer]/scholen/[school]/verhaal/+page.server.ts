import { requireStoryModerator, requireStoryWriter, requireTrajectoryStories } from '$lib/features/trajectory-stories/access.server';
import { practiceExampleOptions, readStory } from '$lib/features/trajectory-stories/data.server';
import { editStory, giveConsent, saveStory, storyFailures, withdrawOwn } from '$lib/features/trajectory-stories/mutations.server';
import { idsFrom, listFrom, storyModeratorSchema, storySchema } from '$lib/features/trajectory-stories/schema';
import { defineAction } from '$lib/server/actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const writer = (event: RequestEvent) => requireStoryWriter(event, event.params.org, event.params.offer, event.params.school);
const picks = (data: FormData) => ({ themes: listFrom(data, 'themes'), exampleIds: idsFrom(data, 'examples'), photo: data.get('photo') });

// The school's story in every state, for whoever sees the trajectory; written by its coach or
// workgroup (the author's own), edited with a reason by the organisation's facilitators (ADR 048).
export const load: PageServerLoad = async (event) => {
  const { actor, offer, school, stories, storyWriter, moderator } = await requireTrajectoryStories(event, event.params.org, event.params.offer, event.params.school);
  const [story, examples] = await Promise.all([readStory(stories), practiceExampleOptions()]);
  const isAuthor = story !== null && story.authorId === actor.personId;
  return {
    offer: { title: offer.title, slug: offer.slug, organisationSlug: offer.organisationSlug, themes: offer.themes },
    school: { key: event.params.school, name: school.name },
    story, examples,
    abilities: { write: storyWriter !== null && (story === null || isAuthor), author: isAuthor, moderate: moderator !== null }
  };
};

export const actions = {
  save: defineAction({
    form: 'save',
    access: writer,
    schema: storySchema,
    run: ({ access, input, data }) => saveStory(access.storyWriter, input, picks(data)),
    failures: storyFailures,
    done: () => ({ saved: 'save' as const })
  }),
  edit: defineAction({
    form: 'edit',
    access: (event: RequestEvent) => requireStoryModerator(event, event.params.org, event.params.offer, event.params.school),
    schema: storyModeratorSchema,
    run: ({ access, input, data }) => editStory(access.moderator, access.stories, input, picks(data)),
    failures: storyFailures,
    done: () => ({ saved: 'edit' as const })
  }),
  consent: defineAction({
    form: 'consent',
    access: writer,
    run: ({ access }) => giveConsent(access.storyWriter, 'story', null),
    failures: storyFailures,
    done: () => ({ saved: 'consent' as const })
  }),
  withdraw: defineAction({
    form: 'withdraw',
    access: writer,
    run: ({ access }) => withdrawOwn(access.storyWriter, 'story', null),
    failures: storyFailures,
    done: () => ({ saved: 'withdraw' as const })
  })
} satisfies Actions;
