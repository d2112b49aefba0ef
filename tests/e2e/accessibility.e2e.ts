// Axe on every page the authorisation matrix knows, with the demo data in it: each page case is
// visited by the first role that may see it (status 200), so a new page with a case is covered
// without anyone adding it here. One test per role, each in one browser page.
import { expect, test } from '@playwright/test';
import { pageRoutes } from './route-files';
import { roles, routeCases, type Role, type RouteCase } from './route-matrix';
import { accountOf, axeViolations, readDemoIds, signIn } from './support';
import { isoDatesShown } from './iso-date-pages';
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

const placeholders: DemoIds = { publicNetworkId: 'x', meetingId: 'y', activityId: 'z', personId: 'p', mapLinkId: 'w', municipalityId: 'g', observationEntryId: 'o', wegwijzerRowId: 'r', soleLinkId: 's', mapPartnerId: 'q', exampleId: 'e', exampleAttachmentId: 'f', internationalContactId: 'i', evidenceActionId: 'v', kitId: 'k', kitFileId: 'kf' };

test('every page of the app is visited by some role', () => {
  const visited = new Set([...visitsByRole(placeholders).values()].flat().map((c) => c.route));
  expect([...pages].filter((route) => !visited.has(route)), 'pages no role sees with status 200').toEqual([]);
});

test('the ISO date check sees a date in the text, not in a datetime attribute or a form control', async ({ page }) => {
  await page.setContent(`<main><p>Bijeenkomst op 2027-01-12 om 19.00 uur</p><time datetime="2027-01-12">di 12 jan 2027</time>
    <input type="date" value="2027-01-12"><textarea>2027-01-13</textarea><p hidden>2027-01-14</p></main>`);
  expect(await isoDatesShown(page)).toEqual(['Bijeenkomst op 2027-01-12 om 19.00 uur']);
});

test.describe.configure({ mode: 'parallel' });

for (const role of visitsByRole(placeholders).keys()) {
  test(`axe finds nothing on the pages the ${role} role is the first to see`, async ({ page, baseURL }) => {
    test.setTimeout(360_000);
    const visits = visitsByRole(await readDemoIds(baseURL!)).get(role) ?? [];
    if (role !== 'visitor') await signIn(page.context().request, accountOf[role], baseURL!);
    // Every page is visited before failing, so one run lists all that is wrong.
    const problems: string[] = [];
    for (const c of visits) {
      const response = await page.goto(c.path);
      if (response?.status() !== 200) problems.push(`${c.path}: status ${response?.status()}`);
      else problems.push(...(await axeViolations(page)).map((v) => `${c.path}: ${v}`));
      // No ISO date shown to a person (issue 14), on every page.
      if (response?.status() === 200) problems.push(...(await isoDatesShown(page)).map((t) => `${c.path}: ISO date in "${t}"`));
    }
    expect(visits.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
}

// The design system's rule (issue 14): nothing for axe at a phone's and a laptop's width, in the
// light and the dark colour scheme. The full matrix above runs light at 1280 px; this runs the
// component reference and the main pages in the other three combinations.
const mainPages = ['/beheer/componenten', '/', '/activiteiten', '/activiteiten/ouders-en-school/studiereis-hamburg', '/werkruimte', '/beheer',
  '/beheer/organisaties/samana',
  // An organisation with its own logo and accent (ADR 027 branding), on its page and a network's.
  '/organisaties/onderwijscentrum-gent', '/organisaties/onderwijscentrum-gent/netwerken/samen-maakt-school'];

test('axe finds nothing on the reference and main pages at 390 and 1280 px, light and dark', async ({ page, baseURL }) => {
  test.setTimeout(360_000);
  await signIn(page.context().request, 'admin', baseURL!);
  const problems: string[] = [];
  for (const [width, colorScheme] of [[390, 'light'], [390, 'dark'], [1280, 'dark']] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme });
    for (const path of mainPages) {
      const response = await page.goto(path);
      const where = `${path} at ${width} px, ${colorScheme}`;
      if (response?.status() !== 200) problems.push(`${where}: status ${response?.status()}`);
      else problems.push(...(await axeViolations(page)).map((v) => `${where}: ${v}`));
      // The page fits the screen: nothing but a table or a tab bar of its own scrolls sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) problems.push(`${where}: ${overflow} px wider than the screen`);
    }
  }
  expect(problems).toEqual([]);
});

test('the header menu opens from the keyboard without JavaScript, and focus is visible on it', async ({ page, baseURL }) => {
  await signIn(page.context().request, 'admin', baseURL!);
  await page.goto('/');
  const summary = page.locator('header details.menu summary');
  await expect(page.getByRole('button', { name: 'Afmelden' })).toBeHidden();
  await summary.focus();
  const outline = await summary.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Afmelden' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Mijn account' })).toBeFocused();
});
