import { expect, request, test } from '@playwright/test';
import { enumerateEndpoints } from './route-files';
import { roles, routeCases, type RouteCase } from './route-matrix';
import { accountOf, readDemoIds, signIn } from './support';

const keyOf = (c: RouteCase) => `${c.method} ${c.route}${c.action ? ` ?/${c.action}` : ''}`;

test('every route of the app has a case in the authorisation matrix', async () => {
  const endpoints = await enumerateEndpoints();
  const covered = new Set(routeCases({ publicNetworkId: 'x', meetingId: 'y', activityId: 'z', personId: 'p', mapLinkId: 'w', municipalityId: 'g', observationEntryId: 'o', wegwijzerRowId: 'r', soleLinkId: 's', mapPartnerId: 'q', exampleId: 'e', exampleAttachmentId: 'f', internationalContactId: 'i', evidenceActionId: 'v', kitId: 'k', kitFileId: 'kf' }).map(keyOf));
  expect([...endpoints].filter((e) => !covered.has(e)), 'routes without a policy case').toEqual([]);
  expect([...covered].filter((c) => !endpoints.has(c)), 'cases for routes that do not exist').toEqual([]);
  expect(endpoints.size).toBeGreaterThan(40);
});

// One test per role, run side by side on the workers (the matrix is the suite's longest test
// otherwise). The roles are independent: each signs in as its own demo account with its own session,
// and every case is one that changes nothing another role reads (an empty form refused, an unknown
// id, a second publish), or only the role's own account (calendar feed, language, signing out).
test.describe.configure({ mode: 'parallel' });

for (const role of roles) {
  test(`each role gets exactly what its policy allows on every route: ${role}`, async ({ baseURL }) => {
    test.setTimeout(360_000);
    const context = await request.newContext({ baseURL });
    const cases = routeCases(await readDemoIds(baseURL!));
    const mismatches: string[] = [];
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
    await context.dispose();
    expect(mismatches).toEqual([]);
  });
}
