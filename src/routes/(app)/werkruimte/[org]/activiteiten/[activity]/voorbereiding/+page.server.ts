import { countParticipants, findPreMeeting, listPoll, listQuestions } from '$lib/features/pre-meetings/data.server';
import {
  addPreMeetingOption, pickPreMeetingOption, removePreMeetingOption, savePreMeetingSettings, setPreMeetingQuestionTheme
} from '$lib/features/pre-meetings/mutations.server';
import { bestOption } from '$lib/features/pre-meetings/rules';
import { preMeetingOptionIdSchema, preMeetingOptionSchema, preMeetingSettingsSchema, preMeetingThemeSchema } from '$lib/features/pre-meetings/schema';
import { confirmableFail, fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireManagedActivity } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const guard = (event: RequestEvent) => requireManagedActivity(event, event.params.org, event.params.activity);

export const load: PageServerLoad = async (event) => {
  const { activity } = await guard(event);
  const [settings, poll, questions, participants] = await Promise.all([
    findPreMeeting(activity.id), listPoll(activity.id), listQuestions(activity.id), countParticipants(activity.id)
  ]);
  return {
    activity: { title: activity.title, startsAt: activity.startsAt },
    settings, questions, participants,
    options: poll.tallies.map((t) => ({ ...t, voters: poll.votes.filter((v) => v.optionId === t.optionId) })),
    bestOptionId: bestOption(poll.tallies)
  };
};

export const actions: Actions = {
  settings: async (event) => {
    const { organisationId, activity } = await guard(event);
    const data = await event.request.formData();
    const parsed = parseForm(preMeetingSettingsSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'settings');
    const result = await savePreMeetingSettings(organisationId, activity.id, parsed.data);
    if (!result.ok) return fieldFail(404, 'form', 'activityNotFound', data, 'settings');
    return { saved: result.mailed > 0 ? 'settingsMailed' : 'settings' };
  },
  addOption: async (event) => {
    const { organisationId, activity } = await guard(event);
    const data = await event.request.formData();
    const parsed = parseForm(preMeetingOptionSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'addOption');
    const result = await addPreMeetingOption(organisationId, activity.id, parsed.data.startsAt, { confirmed: parsed.data.confirmCalendar });
    if (!result.ok) {
      switch (result.reason) {
        case 'calendar': return confirmableFail({}, { date: result.concern }, data, 'addOption');
        case 'not-found': return fieldFail(404, 'form', 'activityNotFound', data, 'addOption');
        case 'past': return fieldFail(400, 'date', 'preMeetingOptionPast', data, 'addOption');
        case 'after-activity': return fieldFail(400, 'date', 'preMeetingOptionAfterActivity', data, 'addOption');
        case 'duplicate': return fieldFail(409, 'date', 'preMeetingOptionDuplicate', data, 'addOption');
        case 'too-many': return fieldFail(409, 'date', 'preMeetingTooManyOptions', data, 'addOption');
      }
    }
    return { saved: 'addOption' };
  },
  removeOption: async (event) => {
    const { organisationId, activity } = await guard(event);
    const data = await event.request.formData();
    const parsed = parseForm(preMeetingOptionIdSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'removeOption');
    const result = await removePreMeetingOption(organisationId, activity.id, parsed.data.optionId);
    if (!result.ok) {
      return result.reason === 'chosen'
        ? fieldFail(409, 'form', 'preMeetingOptionChosen', data, 'removeOption')
        : fieldFail(404, 'form', 'preMeetingOptionNotFound', data, 'removeOption');
    }
    return { saved: 'removeOption' };
  },
  pick: async (event) => {
    const { organisationId, activity } = await guard(event);
    const data = await event.request.formData();
    const parsed = parseForm(preMeetingOptionIdSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'pick');
    const result = await pickPreMeetingOption(organisationId, activity.id, parsed.data.optionId);
    if (!result.ok) {
      switch (result.reason) {
        case 'not-found': return fieldFail(404, 'form', 'preMeetingOptionNotFound', data, 'pick');
        case 'link-missing': return fieldFail(409, 'form', 'preMeetingLinkMissing', data, 'pick');
        case 'past': return fieldFail(409, 'form', 'preMeetingPickPast', data, 'pick');
      }
    }
    return { saved: result.changed ? 'pick' : 'pickUnchanged' };
  },
  theme: async (event) => {
    const { organisationId, activity } = await guard(event);
    const data = await event.request.formData();
    const parsed = parseForm(preMeetingThemeSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'theme');
    const result = await setPreMeetingQuestionTheme(organisationId, activity.id, parsed.data.questionId, parsed.data.theme);
    if (!result.ok) return fieldFail(404, 'form', 'preMeetingQuestionNotFound', data, 'theme');
    return { saved: 'theme' };
  }
};
