import { publicActivityBody } from '$lib/features/activities/api.server';
import { messagesFor } from '$lib/i18n/messages';
import { apiError, apiJson, preflight } from '$lib/server/public-api';
import type { RequestHandler } from './$types';

// Public (getActivity): one public activity with programme, price, extras and seats left.
export const GET: RequestHandler = async ({ params }) => {
  const body = await publicActivityBody(params.id);
  return body ? apiJson(body) : apiError(404, messagesFor('nl').errors.notFound);
};

export const OPTIONS: RequestHandler = () => preflight();
