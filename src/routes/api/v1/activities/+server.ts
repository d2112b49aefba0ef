import { publicActivitySummary } from '$lib/features/activities/api.server';
import { listPublicActivities } from '$lib/features/activities/data.server';
import { apiJson, preflight } from '$lib/server/public-api';
import type { RequestHandler } from './$types';

// Public (listActivities): upcoming public activities with price and seats left.
export const GET: RequestHandler = async () => apiJson({ activities: (await listPublicActivities()).map(publicActivitySummary) });

export const OPTIONS: RequestHandler = () => preflight();
