// The public read-only JSON API: open to any origin (organisations embed member lists on their
// own sites), never sends credentials, and answers errors as JSON with a Dutch message.
import { json } from '@sveltejs/kit';

export const corsHeaders = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '86400'
};

export function apiJson(body: unknown, status = 200): Response {
  return json(body, { status, headers: { ...corsHeaders, 'cache-control': 'public, max-age=60' } });
}

export function apiError(status: 400 | 404, message: string): Response {
  return json({ error: { status, message } }, { status, headers: corsHeaders });
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: corsHeaders });
}
