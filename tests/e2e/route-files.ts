// What src/routes answers: pages and endpoints read from its files, form actions from the routes'
// own action definitions (tests/action-registry.ts). The authorisation matrix must have a case for
// each endpoint, and the accessibility test visits each page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadActionRegistry, routeFolders, routeIdOf } from '../action-registry';

/** Every (method, route, form action) the app answers, e.g. 'GET /school/[school]', 'POST /account ?/profile'. */
export async function enumerateEndpoints(): Promise<Set<string>> {
  const endpoints = new Set<string>();
  for (const dir of [...routeFolders('+page.svelte'), ...routeFolders('+page.server.ts')]) endpoints.add(`GET ${routeIdOf(dir)}`);
  for (const dir of routeFolders('+server.ts')) {
    const source = readFileSync(join(dir, '+server.ts'), 'utf8');
    for (const match of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)) endpoints.add(`${match[1]} ${routeIdOf(dir)}`);
  }
  for (const action of await loadActionRegistry()) endpoints.add(action.endpoint);
  return endpoints;
}

/** The route ids that render a page (a +page.svelte), as opposed to endpoints such as an .ics or the API. */
export function pageRoutes(): Set<string> {
  return new Set(routeFolders('+page.svelte').map(routeIdOf));
}
