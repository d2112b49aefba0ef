import { json } from '@sveltejs/kit';
import { databaseKind } from '$lib/server/boot';
import type { RequestHandler } from './$types';

// Public: tells a load balancer the app is up and migrated (boot() runs migrations before it answers).
export const GET: RequestHandler = async () => json({ status: 'ok', database: await databaseKind() });
