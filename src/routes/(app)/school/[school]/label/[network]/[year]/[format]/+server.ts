import { renderSchoolLabel } from '$lib/features/label/rules';
import { messagesFor } from '$lib/i18n/messages';
import { notFound } from '$lib/server/guards';
import { readEnv } from '$lib/server/env';
import { requireSchoolLabel } from '$lib/features/label/access.server';
import { renderPng } from '$lib/server/png';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
  const { school, facts, yearLabel } = await requireSchoolLabel(event, event.params.school, event.params.network, event.params.year);
  const format = event.params.format;
  if (format !== 'svg' && format !== 'png') notFound(event.locals);
  const m = messagesFor(event.locals.locale);
  const svg = renderSchoolLabel(facts, { origin: readEnv().ORIGIN, institutionNumber: school.institutionNumber, schoolYear: yearLabel }, m.learning.label);
  const fileName = `label-${school.institutionNumber}-${yearLabel}.${format}`;
  const headers = { 'content-disposition': `attachment; filename="${fileName}"`, 'cache-control': 'private, no-store' };
  if (format === 'svg') return new Response(svg, { headers: { ...headers, 'content-type': 'image/svg+xml; charset=utf-8' } });
  return new Response(Buffer.from(renderPng(svg)), { headers: { ...headers, 'content-type': 'image/png' } });
};
