import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, request, test } from '@playwright/test';
import { roles, routeCases, type Role, type RouteCase } from './route-matrix';
import { signIn, type Account } from './support';

const routesDir = join(process.cwd(), 'src/routes');

/** Every (method, route, form action) the app answers, read from the files in src/routes. */
function enumerateEndpoints(): Set<string> {
  const endpoints = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) { visit(path); continue; }
      const routeId = '/' + relative(routesDir, dir).split(sep).filter((part) => part && !/^\(.*\)$/.test(part)).join('/');
      const source = readFileSync(path, 'utf8');
      if (entry === '+page.svelte' || entry === '+page.server.ts') endpoints.add(`GET ${routeId}`);
      if (entry === '+page.server.ts') {
        const actions = source.split('export const actions')[1] ?? '';
        for (const match of actions.matchAll(/^ {2}(\w+): async/gm)) {
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

const keyOf = (c: RouteCase) => `${c.method} ${c.route}${c.action ? ` ?/${c.action}` : ''}`;

const accountOf: Record<Exclude<Role, 'visitor'>, Account> = {
  staff: 'staff', coordinator: 'coordinator', coach: 'coach', facilitator: 'facilitator',
  admin: 'admin', otherFacilitator: 'otherFacilitator', otherCoordinator: 'otherCoordinator'
};

test('every route of the app has a case in the authorisation matrix', () => {
  const endpoints = enumerateEndpoints();
  const covered = new Set(routeCases({ publicNetworkId: 'x', meetingId: 'y', activityId: 'z' }).map(keyOf));
  expect([...endpoints].filter((e) => !covered.has(e)), 'routes without a policy case').toEqual([]);
  expect([...covered].filter((c) => !endpoints.has(c)), 'cases for routes that do not exist').toEqual([]);
  expect(endpoints.size).toBeGreaterThan(40);
});

test('each role gets exactly what its policy allows on every route', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const anonymous = await request.newContext({ baseURL });
  const organisations = await (await anonymous.get('/api/v1/organisations')).json();
  const samana = organisations.organisations.find((o: { slug: string }) => o.slug === 'samana');
  const publicNetworkId = samana.networks.find((n: { slug: string }) => n.slug === 'scholennetwerk-jonge-mantelzorgers').id;
  // A meeting id of the demo learning network, as its member school's coordinator sees it.
  const coordinator = await request.newContext({ baseURL });
  await signIn(coordinator, 'coordinator', baseURL!);
  const schoolPage = await (await coordinator.get('/school/913204/lerende-netwerken')).text();
  await coordinator.dispose();
  const meetingId = schoolPage.match(/\/school\/913204\/bijeenkomsten\/([0-9a-f-]{36})/)?.[1];
  expect(meetingId, 'a demo meeting').toBeTruthy();
  const activities = await (await anonymous.get('/api/v1/activities')).json();
  const activityId = activities.activities.find((a: { slug: string }) => a.slug === 'studiereis-hamburg')?.id;
  expect(activityId, 'the demo Hamburg trip').toBeTruthy();
  const cases = routeCases({ publicNetworkId, meetingId: meetingId!, activityId });
  const mismatches: string[] = [];

  for (const role of roles) {
    const context = role === 'visitor' ? anonymous : await request.newContext({ baseURL });
    if (role !== 'visitor') await signIn(context, accountOf[role], baseURL!);
    for (const c of cases) {
      const response = await context.fetch(c.path, {
        method: c.method,
        form: c.method === 'POST' ? (c.form ?? { leeg: '' }) : undefined,
        headers: { accept: 'text/html', origin: baseURL! },
        maxRedirects: 0
      });
      if (response.status() !== c.expect[role]) {
        mismatches.push(`${role} ${c.method} ${c.path}: expected ${c.expect[role]}, got ${response.status()}`);
      }
    }
    if (role !== 'visitor') await context.dispose();
  }
  await anonymous.dispose();
  expect(mismatches).toEqual([]);
});
