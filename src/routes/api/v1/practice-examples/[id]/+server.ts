import { publicExampleBody } from '$lib/features/library/api.server';
import { messagesFor } from '$lib/i18n/messages';
import { apiError, apiJson, preflight } from '$lib/server/public-api';
import type { RequestHandler } from './$types';

// Public (getPracticeExample): one published example; a draft, one awaiting approval or an unknown id is a 404.
export const GET: RequestHandler = async ({ params, url }) => {
  const body = await publicExampleBody(params.id, url.origin);
  return body ? apiJson(body) : apiError(404, messagesFor('nl').errors.notFound);
};

export const OPTIONS: RequestHandler = () => preflight();
