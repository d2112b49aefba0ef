import { error } from '@sveltejs/kit';
import { parseSchoolYear } from '$lib/features/calendar/rules';
import { findLabelFacts } from '$lib/features/label/data.server';
import { canLabel } from '$lib/features/label/policy';
import { renderSchoolLabel } from '$lib/features/label/rules';
import { messagesFor } from '$lib/i18n/messages';
import { readEnv } from '$lib/server/env';
import { requireSchool } from '$lib/features/schools/access.server';
import { renderPng } from '$lib/server/png';
import { z } from 'zod';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
  const { actor, school } = await requireSchool(event, event.params.school, 'view-profile');
  const m = messagesFor(event.locals.locale);
  const year = parseSchoolYear(event.params.year);
  const format = event.params.format;
  if (!year.ok || !z.uuid().safeParse(event.params.network).success || (format !== 'svg' && format !== 'png')) error(404, m.errors.notFound);
  const facts = await findLabelFacts(event.params.network, school.institutionNumber, year.startYear);
  if (!facts || !canLabel(actor, 'download', { schoolId: school.id, isMember: facts.isMember, networkIsPublic: facts.networkIsPublic })) {
    error(404, m.errors.notFound);
  }
  const svg = renderSchoolLabel(facts, { origin: readEnv().ORIGIN, institutionNumber: school.institutionNumber, schoolYear: year.label }, m.learning.label);
  const fileName = `label-${school.institutionNumber}-${year.label}.${format}`;
  const headers = { 'content-disposition': `attachment; filename="${fileName}"`, 'cache-control': 'private, no-store' };
  if (format === 'svg') return new Response(svg, { headers: { ...headers, 'content-type': 'image/svg+xml; charset=utf-8' } });
  return new Response(Buffer.from(renderPng(svg)), { headers: { ...headers, 'content-type': 'image/png' } });
};
