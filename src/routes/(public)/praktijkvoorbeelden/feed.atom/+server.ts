import { atomFeed, atomResponse } from '$lib/features/library/api.server';
import { listFeedExamples } from '$lib/features/library/data.server';
import { messagesFor } from '$lib/i18n/messages';
import type { RequestHandler } from './$types';

// Public: the Atom feed of every organisation's published practice examples (ADR 051).
export const GET: RequestHandler = async ({ url }) => {
  const l = messagesFor('nl').library;
  const entries = await listFeedExamples(null);
  return atomResponse(atomFeed({ origin: url.origin, path: url.pathname, title: l.title, entries, now: new Date(), themeLabel: (k) => l.themes[k as keyof typeof l.themes] ?? k }));
};
