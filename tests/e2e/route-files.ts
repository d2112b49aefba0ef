// What src/routes answers, read from its files: the authorisation matrix must have a case for each
// endpoint, and the accessibility test visits each page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const routesDir = join(process.cwd(), 'src/routes');

/** Every (method, route, form action) the app answers, e.g. 'GET /school/[school]', 'POST /account ?/profile'. */
export function enumerateEndpoints(): Set<string> {
  const endpoints = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) { visit(path); continue; }
      const routeId = routeIdOf(dir);
      const source = readFileSync(path, 'utf8');
      if (entry === '+page.svelte' || entry === '+page.server.ts') endpoints.add(`GET ${routeId}`);
      if (entry === '+page.server.ts') {
        const actions = source.split('export const actions')[1] ?? '';
        // An action is written as a function or through the action pipeline (defineAction).
        for (const match of actions.matchAll(/^ {2}(\w+): (?:async|defineAction\()/gm)) {
          endpoints.add(match[1] === 'default' ? `POST ${routeId}` : `POST ${routeId} ?/${match[1]}`);
        }
      }
      if (entry === '+server.ts') {
        for (const match of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)) endpoints.add(`${match[1]} ${routeId}`);
      }
    }
  };
  visit(routesDir);
  return endpoints;
}

/** The route ids that render a page (a +page.svelte), as opposed to endpoints such as an .ics or the API. */
export function pageRoutes(): Set<string> {
  const pages = new Set<string>();
  const visit = (dir: string) => {
    if (existsSync(join(dir, '+page.svelte'))) pages.add(routeIdOf(dir));
    for (const entry of readdirSync(dir)) if (statSync(join(dir, entry)).isDirectory()) visit(join(dir, entry));
  };
  visit(routesDir);
  return pages;
}

/** '/school/[school]' for src/routes/(app)/school/[school]: groups in parentheses are not in the URL. */
function routeIdOf(dir: string): string {
  return '/' + relative(routesDir, dir).split(sep).filter((part) => part && !/^\(.*\)$/.test(part)).join('/');
}
