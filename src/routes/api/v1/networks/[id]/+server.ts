import { findPublicNetwork, publicNetworkBody } from '$lib/features/networks/api.server';
import { messagesFor } from '$lib/i18n/messages';
import { apiError, apiJson, preflight } from '$lib/server/public-api';
import type { RequestHandler } from './$types';

// Public (getNetwork): only public networks; the policy is applied in findPublicNetwork.
export const GET: RequestHandler = async ({ params }) => {
  const network = await findPublicNetwork(params.id);
  if (!network) return apiError(404, messagesFor('nl').errors.notFound);
  return apiJson(await publicNetworkBody(network));
};

export const OPTIONS: RequestHandler = () => preflight();
