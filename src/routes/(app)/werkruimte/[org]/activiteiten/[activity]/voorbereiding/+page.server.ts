import { countParticipants, findPreMeeting, listPoll, listQuestions } from '$lib/features/pre-meetings/data.server';
import {
  addOptionFailures, addPreMeetingOption, pickFailures, pickPreMeetingOption, preMeetingQuestionFailures, removeOptionFailures, removePreMeetingOption,
  savePreMeetingSettings, setPreMeetingQuestionTheme, settingsFailures
} from '$lib/features/pre-meetings/mutations.server';
import { bestOption } from '$lib/features/pre-meetings/rules';
import { preMeetingOptionIdSchema, preMeetingOptionSchema, preMeetingSettingsSchema, preMeetingThemeSchema } from '$lib/features/pre-meetings/schema';
import { defineAction } from '$lib/server/actions';
import { requireManagedActivity } from '$lib/features/activities/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const guard = (event: RequestEvent) => requireManagedActivity(event, event.params.org, event.params.activity);

export const load: PageServerLoad = async (event) => {
  const { activity, managed } = await guard(event);
  const [settings, poll, questions, participants] = await Promise.all([
    findPreMeeting(managed), listPoll(managed), listQuestions(managed), countParticipants(managed)
  ]);
  return {
    activity: { title: activity.title, startsAt: activity.startsAt },
    settings, questions, participants,
    options: poll.tallies.map((t) => ({ ...t, voters: poll.votes.filter((v) => v.optionId === t.optionId) })),
    bestOptionId: bestOption(poll.tallies)
  };
};

export const actions = {
  settings: defineAction({
    form: 'settings', access: guard, schema: preMeetingSettingsSchema,
    run: ({ access: { managed }, input }) => savePreMeetingSettings(managed, input),
    failures: settingsFailures,
    done: (result) => ({ saved: result.mailed > 0 ? 'settingsMailed' : 'settings' })
  }),
  addOption: defineAction({
    form: 'addOption', access: guard, schema: preMeetingOptionSchema,
    run: ({ access: { managed }, input }) =>
      addPreMeetingOption(managed, input.startsAt, { confirmed: input.confirmCalendar }),
    failures: addOptionFailures,
    done: () => ({ saved: 'addOption' })
  }),
  removeOption: defineAction({
    form: 'removeOption', access: guard, schema: preMeetingOptionIdSchema,
    run: ({ access: { managed }, input }) => removePreMeetingOption(managed, input.optionId),
    failures: removeOptionFailures,
    done: () => ({ saved: 'removeOption' })
  }),
  pick: defineAction({
    form: 'pick', access: guard, schema: preMeetingOptionIdSchema,
    run: ({ access: { managed }, input }) => pickPreMeetingOption(managed, input.optionId),
    failures: pickFailures,
    done: (result) => ({ saved: result.changed ? 'pick' : 'pickUnchanged' })
  }),
  theme: defineAction({
    form: 'theme', access: guard, schema: preMeetingThemeSchema,
    run: ({ access: { managed }, input }) => setPreMeetingQuestionTheme(managed, input.questionId, input.theme),
    failures: preMeetingQuestionFailures,
    done: () => ({ saved: 'theme' })
  })
} satisfies Actions;
