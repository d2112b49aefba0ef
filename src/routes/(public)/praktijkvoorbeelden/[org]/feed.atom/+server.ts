import { atomFeed, atomResponse } from '$lib/features/library/api.server';
import { listFeedExamples } from '$lib/features/library/data.server';
import { findOrganisationBySlug } from '$lib/features/organisations/data.server';
import { messagesFor } from '$lib/i18n/messages';
import { notFound } from '$lib/server/guards';
import type { RequestHandler } from './$types';

// Public: the Atom feed of one organisation's published practice examples; an unknown organisation is a 404.
export const GET: RequestHandler = async (event) => {
  const organisation = await findOrganisationBySlug(event.params.org);
  if (!organisation) notFound(event.locals);
  const l = messagesFor('nl').library;
  const entries = await listFeedExamples(organisation.id);
  return atomResponse(atomFeed({ origin: event.url.origin, path: event.url.pathname, title: `${l.title} — ${organisation.name}`, entries, now: new Date(), themeLabel: (k) => l.themes[k as keyof typeof l.themes] ?? k }));
};
