import { formatEuro } from '$lib/kernel/money';
import { findRegistrationForm } from '$lib/features/registrations/data.server';
import { officerMunicipalitiesOf } from '$lib/features/municipalities/data.server';
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
  const { questions, extras, invoiceNeeded, pairs } = await findRegistrationForm(visible, activity);
  const label = new Map(questions.map((q) => [q.id, q.label]));
  const messages = messagesFor(event.locals.locale);
  const m = messages.registrations;
  // An officer sees the schools question as "which schools come along", and their municipality preselected (ADR 030).
  const officerOf = actor && pairs.length > 0 ? await officerMunicipalitiesOf(actor.personId) : [];
  const ownMunicipality = officerOf.length === 1 ? officerOf[0]!.municipalityId : '';
  return {
    registrationForm: {
      questions: questions.map((q) => ({ ...q, dependsOn: q.dependsOnQuestionId ? { label: label.get(q.dependsOnQuestionId) ?? '', answer: q.dependsOnAnswer ?? '' } : null })),
      extras: extras.map((e) => ({ id: e.id, title: e.title, cost: extraCost(e), price: formatEuro(e.priceCents), left: extraSeatsLeft(e) })),
      invoiceIntro: !invoiceNeeded ? null : activity.priceCents > 0 ? m.invoiceIntro(formatEuro(activity.priceCents)) : m.invoiceIntroExtras,
      pairs: pairs.map((o) => ({
        id: o.id, label: messages.municipalities.form.option(o.invoiceName, messages.municipalities.countries[o.country]), schools: o.schools,
        officerPortfolio: officerOf.find((x) => x.municipalityId === o.id)?.portfolio ?? null
      })),
      // The invoice goes to one's school unless one says otherwise.
      defaults: {
        invoiceType: actor && actor.schools.length > 0 ? 'school' : '', invoiceName: actor?.schools[0]?.name ?? '',
        ...(pairs.length > 0 ? { pairMunicipality: ownMunicipality } : {})
      }
    }
  };
};
