import { formatEuro } from '$lib/kernel/money';
import { findRegistrationForm } from '$lib/features/registrations/data.server';
import { extraCost, extraSeatsLeft } from '$lib/features/registrations/rules';
import { messagesFor } from '$lib/i18n/messages';
import { requireActivity } from '$lib/features/activities/access.server';
import type { LayoutServerLoad } from './$types';

// The registration form is the same for oneself and for a colleague (its own step, /collega):
// its questions, extras and invoice details are read and worded here once for both pages.
// Each page guards itself (visitors are sent to sign in, except on ./zonder-account, ADR 029);
// the form itself is as public as the activity's page.
export const load: LayoutServerLoad = async (event) => {
  const { activity, visible, actor } = await requireActivity(event, event.params.org, event.params.activity, 'view');
  const { questions, extras, invoiceNeeded } = await findRegistrationForm(visible, activity.priceCents);
  const label = new Map(questions.map((q) => [q.id, q.label]));
  const m = messagesFor(event.locals.locale).registrations;
  return {
    registrationForm: {
      questions: questions.map((q) => ({ ...q, dependsOn: q.dependsOnQuestionId ? { label: label.get(q.dependsOnQuestionId) ?? '', answer: q.dependsOnAnswer ?? '' } : null })),
      extras: extras.map((e) => ({ id: e.id, title: e.title, cost: extraCost(e), price: formatEuro(e.priceCents), left: extraSeatsLeft(e) })),
      invoiceIntro: !invoiceNeeded ? null : activity.priceCents > 0 ? m.invoiceIntro(formatEuro(activity.priceCents)) : m.invoiceIntroExtras,
      // The invoice goes to one's school unless one says otherwise.
      defaults: { invoiceType: actor && actor.schools.length > 0 ? 'school' : '', invoiceName: actor?.schools[0]?.name ?? '' }
    }
  };
};
