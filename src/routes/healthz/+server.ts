import { json } from '@sveltejs/kit';
import { databaseHandle } from '$lib/server/db/client';
import type { RequestHandler } from './$types';

// Public: tells a load balancer the app is up and migrated (boot() ran migrations before any request).
export const GET: RequestHandler = () => json({ status: 'ok', database: databaseHandle().kind });
