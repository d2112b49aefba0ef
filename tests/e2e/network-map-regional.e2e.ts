// The facilitator's regional view (issue 15, ADR 047): Samana's facilitator reads the maps member
// schools shared with Samana together: the partners serving many schools, a category no school
// has, and the graph drawn by sigma.js. Sint-Jozefsinstituut's map (not shared with Samana) and
// Sint-Pharaïldiscollege's (shared with nobody) never count.
import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support';

const regional = '/werkruimte/samana/netwerkkaarten/regio';

test('the facilitator sees the partners of many schools, a missing category and the graph', async ({ page, baseURL }) => {
  await signIn(page.request, 'facilitator', baseURL!);
  await page.goto('/werkruimte/samana/netwerkkaarten');
  await page.getByRole('link', { name: 'Regionaal beeld' }).click();
  await expect(page).toHaveURL(new RegExp(`${regional}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regionaal beeld van de netwerkkaarten');

  const many = page.getByRole('table', { name: 'Partners die veel scholen bedienen' });
  // Kind en Gezin is on four demo maps, but Sint-Jozef's is not shared with Samana: three count.
  await expect(many.getByRole('row', { name: /Kind en Gezin/ })).toContainText('3');
  await expect(many.getByRole('row', { name: /Steunpunt Jonge Mantelzorgers/ })).toContainText('3');
  await expect(many.getByRole('rowheader').first()).toHaveText(/Kind en Gezin|Steunpunt Jonge Mantelzorgers/);
  await expect(page.getByText('Sportdienst Gent')).not.toBeAttached();
  await expect(page.getByText('Openbare bibliotheek Mechelen')).not.toBeAttached();

  const gaps = page.getByRole('table', { name: /Categorieën en het aantal scholen zonder partner/ });
  await expect(gaps.getByRole('row', { name: /Politie en justitie/ })).toContainText('3 / 3 (bij geen enkele school)');
  await expect(gaps.getByRole('row', { name: /^CLB/ })).toContainText('0 / 3');

  // The graph: sigma draws on canvases inside the labelled figure, from the compact JSON.
  const graph = page.getByRole('img', { name: /Netwerkgrafiek van 3 scholen/ });
  await expect(graph).toBeVisible();
  await expect(graph.locator('canvas').first()).toBeAttached({ timeout: 20_000 });
  await expect(graph).toHaveAttribute('data-frames', /\d+/, { timeout: 20_000 });
  await expectAccessible(page);

  const data = await page.request.get(`${regional}/graaf.json`);
  expect(data.status()).toBe(200);
  const body = await data.json() as { s: [string][]; p: [string][] };
  expect(body.s.map((s) => s[0]).sort()).toEqual(['Sint-Arnoldusinstituut', 'Sint-Gertrudiscollege', 'Sint-Servaasinstituut']);
  expect(body.p.map((p) => p[0])).not.toContain('Sportdienst Gent');

  // One network and school year: the Scholennetwerk's members of 2017-2018 include Sint-Jozef and Sint-Pharaïldis, who do not count.
  await page.getByLabel('Netwerk', { exact: true }).selectOption({ label: 'Scholennetwerk voor jonge mantelzorgers' });
  await page.getByRole('button', { name: 'Tonen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Getoond:' })).toContainText('Scholennetwerk voor jonge mantelzorgers');
  await expect(page.getByText(/leden deelden hun kaart niet/)).toBeVisible();
});

test('with JavaScript off the tables still tell it all', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page.request, 'facilitator', baseURL!);
  await page.goto(regional);
  await expect(page.getByRole('table', { name: 'Partners die veel scholen bedienen' }).getByRole('row', { name: /Kind en Gezin/ })).toBeVisible();
  await expect(page.locator('.graph canvas')).toHaveCount(0);
  await expect(page.getByRole('table', { name: /Categorieën en het aantal scholen zonder partner/ }).getByRole('row', { name: /Politie en justitie/ })).toContainText('3 / 3');
  await context.close();
});
