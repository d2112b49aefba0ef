import { error } from '@sveltejs/kit';
import { findValidLabel } from '$lib/features/label/data.server';
import { canLabel } from '$lib/features/label/policy';
import { renderSchoolLabel } from '$lib/features/label/rules';
import { labelUrlSchema } from '$lib/features/label/schema';
import { messagesFor } from '$lib/i18n/messages';
import { readEnv } from '$lib/server/env';
import type { RequestHandler } from './$types';

// The label itself, shown on its verification page: the same image the school downloads, and only
// while the label is valid, so a page can never show a label the member list does not back.
export const GET: RequestHandler = async ({ params, locals }) => {
  const m = messagesFor(locals.locale);
  const parsed = labelUrlSchema.safeParse(params);
  const facts = parsed.success ? await findValidLabel(parsed.data.network, parsed.data.school, parsed.data.year.startYear) : null;
  if (!parsed.success || !facts || !canLabel(locals.actor, 'verify', { schoolId: facts.schoolId, isMember: facts.isMember, networkIsPublic: facts.networkIsPublic })) {
    error(404, m.errors.notFound);
  }
  const svg = renderSchoolLabel(facts, { origin: readEnv().ORIGIN, institutionNumber: parsed.data.school, schoolYear: parsed.data.year.label }, m.learning.label);
  // Short-lived: a school taken off the member list loses its label within minutes. The caption
  // follows the language cookie, so a cache keeps one copy per cookie.
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=300', vary: 'cookie' } });
};
