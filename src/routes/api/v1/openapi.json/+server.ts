import { openApiDocument } from '$lib/server/openapi';
import { apiJson, preflight } from '$lib/server/public-api';
import type { RequestHandler } from './$types';

// Public: the description of the public API itself.
export const GET: RequestHandler = () => apiJson(openApiDocument);

export const OPTIONS: RequestHandler = () => preflight();
