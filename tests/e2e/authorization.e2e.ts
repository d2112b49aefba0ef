import { expect, request, test } from '@playwright/test';
import { enumerateEndpoints } from './route-files';
import { roles, routeCases, type RouteCase } from './route-matrix';
import { accountOf, readDemoIds, signIn } from './support';

const keyOf = (c: RouteCase) => `${c.method} ${c.route}${c.action ? ` ?/${c.action}` : ''}`;

test('every route of the app has a case in the authorisation matrix', async () => {
  const endpoints = await enumerateEndpoints();
  const covered = new Set(routeCases({ publicNetworkId: 'x', meetingId: 'y', activityId: 'z' }).map(keyOf));
  expect([...endpoints].filter((e) => !covered.has(e)), 'routes without a policy case').toEqual([]);
  expect([...covered].filter((c) => !endpoints.has(c)), 'cases for routes that do not exist').toEqual([]);
  expect(endpoints.size).toBeGreaterThan(40);
});

test('each role gets exactly what its policy allows on every route', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const anonymous = await request.newContext({ baseURL });
  const cases = routeCases(await readDemoIds(baseURL!));
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
