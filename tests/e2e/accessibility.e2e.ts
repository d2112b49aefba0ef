// Axe on every page the authorisation matrix knows, with the demo data in it: each page case is
// visited by the first role that may see it (status 200), so a new page with a case is covered
// without anyone adding it here. One test per role, each in one browser page.
import { expect, test } from '@playwright/test';
import { pageRoutes } from './route-files';
import { roles, routeCases, type Role, type RouteCase } from './route-matrix';
import { accountOf, axeViolations, readDemoIds, signIn } from './support';
import type { DemoIds } from './route-matrix-support';

const pages = pageRoutes();

/** The page cases each role visits: GET cases of a page route, given to the first role allowed in. */
function visitsByRole(ids: DemoIds): Map<Role, RouteCase[]> {
  const visits = new Map<Role, RouteCase[]>();
  for (const c of routeCases(ids)) {
    if (c.method !== 'GET' || !pages.has(c.route)) continue;
    const role = roles.find((r) => c.expect[r] === 200);
    if (role) visits.set(role, [...(visits.get(role) ?? []), c]);
  }
  return visits;
}

const placeholders: DemoIds = { publicNetworkId: 'x', meetingId: 'y', activityId: 'z' };

test('every page of the app is visited by some role', () => {
  const visited = new Set([...visitsByRole(placeholders).values()].flat().map((c) => c.route));
  expect([...pages].filter((route) => !visited.has(route)), 'pages no role sees with status 200').toEqual([]);
});

test.describe.configure({ mode: 'parallel' });

for (const role of visitsByRole(placeholders).keys()) {
  test(`axe finds nothing on the pages the ${role} role is the first to see`, async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const visits = visitsByRole(await readDemoIds(baseURL!)).get(role) ?? [];
    if (role !== 'visitor') await signIn(page.context().request, accountOf[role], baseURL!);
    // Every page is visited before failing, so one run lists all that is wrong.
    const problems: string[] = [];
    for (const c of visits) {
      const response = await page.goto(c.path);
      if (response?.status() !== 200) problems.push(`${c.path}: status ${response?.status()}`);
      else problems.push(...(await axeViolations(page)).map((v) => `${c.path}: ${v}`));
    }
    expect(visits.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
}
