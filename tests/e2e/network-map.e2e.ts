// The school's network map (issue 15): a coordinator rebuilds seed 003's example table, sees it
// drawn, finds an empty category and fills it, edits a partner from the drawing, filters, keeps
// the year and shares the map with Samana, whose facilitator then reads it (and only then).
// Stedelijke Humaniora Portus (931352, Ilse Desmet) has no map in the demo, so nothing else here changes.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signIn, signInEmail } from './support';

const coordinator = 'ilse.desmet@demo.netwerkplein.example';
const base = '/school/931352/netwerkkaart';

/** The interactive graph (ADR 045), once cytoscape has drawn it. */
const graph = (page: Page) => page.locator('[role="application"][data-ready="true"]');

/** Clicks a partner's node on the canvas where cytoscape drew it (its instance sits on the container). */
async function clickPartner(page: Page, name: string) {
  // A mouse click lands only inside the viewport: bring the drawn graph into view first.
  await expect(graph(page)).toHaveAttribute('data-ready', 'true');
  await graph(page).scrollIntoViewIfNeeded();
  const at = await graph(page).evaluate((el, name) => {
    const cy = (el as unknown as { _cyreg: { cy: { nodes: () => { filter: (f: (n: { data: (k: string) => string }) => boolean) => { renderedPosition: () => { x: number; y: number } }[] } } } })._cyreg.cy;
    const node = cy.nodes().filter((n) => n.data('name') === name)[0];
    return node ? node.renderedPosition() : null;
  }, name);
  expect(at, `${name} is drawn`).not.toBeNull();
  const box = (await graph(page).boundingBox())!;
  await page.mouse.click(box.x + at!.x, box.y + at!.y);
}

test('a coordinator builds the map from seed 003 and shares it with Samana', async ({ page, browser, baseURL }) => {
  // A long journey (a dozen pages, each checked with axe) on a machine shared with other runs.
  test.setTimeout(180_000);
  await signInEmail(page.request, coordinator, baseURL!);
  await page.goto('/school/931352');
  await page.getByRole('link', { name: 'Netwerkkaart' }).click();
  await expectAccessible(page);
  await page.getByLabel('Starten van het voorbeeld').check();
  await page.getByRole('button', { name: 'Kaart starten' }).click();
  await expect(page.getByText('De netwerkkaart is gestart.')).toBeVisible();

  // Seed 003's example rows, shaped like its table: organisation, nature, a mark per target group.
  const table = page.getByRole('table', { name: 'Partners van de school: aard en specificaties, en voor wie' });
  const library = table.getByRole('row', { name: /Openbare bibliotheek Gent/ });
  await expect(library).toContainText('Leesproject verteltassen');
  await expect(library.getByText('Voor leerlingen')).toBeAttached();
  await expect(library.getByText('Voor ouders')).not.toBeAttached();
  for (const name of ['Moskeevereniging Gent', 'Parochie Gent', 'Stagiaires van de hogeschool (Gent)', 'Kind en Gezin', 'CAW Gent', 'Serviceclubs en sponsors Gent', 'Brugfiguren Gent']) {
    await expect(table.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('application', { name: /Interactieve netwerkkaart van Stedelijke Humaniora Portus met 9 partners/ })).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('group', { name: /Netwerkkaart van Stedelijke Humaniora Portus/ })).toBeHidden();
  const empty = page.getByRole('heading', { name: 'Categorieën zonder partner' }).locator('xpath=following-sibling::ul[1]');
  await expect(empty.getByText('CLB', { exact: true })).toBeVisible();
  await expectAccessible(page);

  // The empty CLB category: refused without a name, then added.
  await page.getByRole('link', { name: 'Partner toevoegen' }).click();
  await page.getByLabel('Categorie', { exact: true }).selectOption('clb');
  await page.getByRole('button', { name: 'Op de kaart zetten' }).click();
  await expect(page.getByText('Geef de naam van de partner (minstens 2 tekens).')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Naam van de partner').fill('CLB Gent');
  await page.getByLabel('Leerlingen').check();
  await page.getByLabel('Ouders').check();
  await page.getByLabel('Samenwerken').check();
  await page.getByLabel('Rol die het contact houdt').selectOption('zorgleerkracht');
  await page.getByRole('button', { name: 'Op de kaart zetten' }).click();
  await expect(page.getByText('CLB Gent staat nu op de netwerkkaart.')).toBeVisible();
  await expect(page.getByText('Het CLB op de kaart: CLB Gent.')).toBeVisible();
  // The CLB is the hub: choose it with the keyboard on the graph; the panel says so.
  await graph(page).focus();
  const panel = page.locator('#map-graph-panel');
  for (let i = 0; i < 12 && (await panel.locator('.name').textContent({ timeout: 1_000 }).catch(() => null)) !== 'CLB Gent'; i++) await page.keyboard.press('ArrowRight');
  await expect(panel).toContainText('Draaischijf tussen welzijn en onderwijs');
  await expect(panel).toContainText(/Doelgroepen bereikt\s*2 van 3/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CLB Gent op de netwerkkaart');
  await page.goBack();

  // Accept a peer suggestion: a partner of a Gent school that counts anonymously, without its name.
  await page.getByRole('link', { name: 'Partner toevoegen' }).click();
  const peers = page.getByRole('region', { name: 'Andere scholen in je provincie werken ook met' });
  await expect(peers).toContainText('Sportdienst Gent');
  await expect(peers).toContainText('bij 1 andere school');
  await expect(page.getByText('Sint-Pharaïldiscollege')).not.toBeAttached();
  await peers.getByRole('listitem').filter({ hasText: 'Sportdienst Gent' }).getByRole('link', { name: /Kiezen/ }).click();
  await expect(page.getByRole('heading', { name: 'Sportdienst Gent toevoegen' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Aard en specificaties').fill('Sportdag voor de eerste graad');
  await page.getByRole('button', { name: 'Op de kaart zetten' }).click();
  await expect(page.getByText('Sportdienst Gent staat nu op de netwerkkaart.')).toBeVisible();

  // Click a partner in the interactive drawing to edit it.
  await clickPartner(page, 'Kind en Gezin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kind en Gezin op de netwerkkaart');
  await expectAccessible(page);
  await page.getByLabel('Afstemmen').check();
  await page.getByLabel('Sinds').fill('1850');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Geef een jaartal, bv. 2019.')).toBeVisible();
  await page.getByLabel('Sinds').fill('2021');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('De gegevens van deze partner zijn opgeslagen.')).toBeVisible();

  // Filters are GET parameters: the team's partners at least "afstemmen" close.
  await page.goto(`${base}?doelgroep=team`);
  await expect(page.getByText('1 van 11 partners getoond.')).toBeVisible();
  await expect(table.getByRole('link', { name: 'Serviceclubs en sponsors Gent' })).toBeVisible();
  await page.getByLabel('Minstens zo nauw').selectOption('afstemmen');
  await page.getByLabel('Doelgroep').selectOption('');
  await page.getByRole('button', { name: 'Toon' }).click();
  await expect(page).toHaveURL(/nabijheid=afstemmen/);
  await expect(page.getByText('2 van 11 partners getoond.')).toBeVisible();

  // The export, read back: seed 003's table with a column per fact and a mark per target group.
  await page.goto(base);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Exporteren naar Excel' }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await (await download).path())!) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const rows = sheet.getSheetValues().filter(Boolean).map((r) => (r as ExcelJS.CellValue[]).slice(1).map((v) => (v ?? '').toString()));
  expect(rows[0]).toEqual(['Organisatie', 'Categorie', 'Gemeente', 'Aard en specificaties', 'Leerlingen', 'Ouders', 'Team', 'Rol contact in de school', 'Contactpersoon in de school', 'Hoe nauw', 'Sinds', 'Notities']);
  expect(rows).toHaveLength(12);
  const row = (name: string) => rows.find((r) => r[0] === name);
  expect(row('Openbare bibliotheek Gent')?.slice(0, 7)).toEqual(['Openbare bibliotheek Gent', 'Bibliotheek', 'Gent', 'Leesproject verteltassen', 'X', '', '']);
  expect(row('Moskeevereniging Gent')?.slice(3, 7)).toEqual(['Lokale geloofsgemeenschap', '', 'X', '']);
  expect(row('Serviceclubs en sponsors Gent')?.slice(3, 7)).toEqual(['Versterken het sociaal fonds van de school', '', '', 'X']);
  expect(row('CLB Gent')?.slice(4, 10)).toEqual(['X', 'X', '', 'Zorgleerkracht', '', 'Samenwerken']);
  expect(row('Kind en Gezin')?.slice(9, 11)).toEqual(['Afstemmen', '2021']);

  // Keep this school year; share with Samana.
  await page.getByRole('link', { name: 'Schooljaren' }).click();
  await page.getByRole('button', { name: /De kaart bewaren voor/ }).click();
  await expect(page.getByText(/De kaart is bewaard voor \d{4}-\d{4}\./)).toBeVisible();
  await expectAccessible(page);

  const samana = await browser.newContext({ baseURL });
  const facilitator = await samana.newPage();
  await signIn(facilitator.request, 'facilitator', baseURL!);
  expect((await facilitator.goto('/werkruimte/samana/netwerkkaarten/931352'))!.status()).toBe(404);

  await page.goto(`${base}/delen`);
  await page.getByLabel('Delen met').selectOption({ label: 'Samana' });
  await page.getByRole('button', { name: 'Delen', exact: true }).click();
  await expect(page.getByText('De kaart is gedeeld.')).toBeVisible();
  await expectAccessible(page);

  await facilitator.goto('/werkruimte/samana/netwerkkaarten');
  await facilitator.getByRole('link', { name: 'Stedelijke Humaniora Portus' }).click();
  await expect(facilitator.getByRole('link', { name: 'CLB Gent', exact: true })).not.toBeAttached();
  await expect(facilitator.getByRole('rowheader', { name: /CLB Gent/ })).toBeVisible();
  await expectAccessible(facilitator);
  await samana.close();
});

test('without JavaScript the map is the server-drawn SVG; only the map page loads the graph', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  await signIn(context.request, 'coordinator', baseURL!);
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  await page.goto('/school/913204/netwerkkaart');
  await expect(page.getByRole('group', { name: /Netwerkkaart van Sint-Jozefsinstituut met 9 partners/ })).toBeVisible();
  await expect(page.locator('svg.map-drawing').getByText('draaischijf')).toBeVisible();
  await expect(page.getByRole('application')).not.toBeAttached();
  await page.getByRole('link', { name: 'Openbare bibliotheek Mechelen bewerken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Openbare bibliotheek Mechelen op de netwerkkaart');
  await context.close();

  // With JavaScript: the school's other pages load no script at all; the map page loads the graph.
  const live = await browser.newContext({ baseURL });
  await signIn(live.request, 'coordinator', baseURL!);
  const tab = await live.newPage();
  const loaded: string[] = [];
  tab.on('response', (r) => { if (r.request().resourceType() === 'script') loaded.push(r.url()); });
  await tab.goto('/school/913204');
  await tab.goto('/school/913204/netwerkkaart/jaren');
  expect(loaded).toEqual([]);
  await tab.goto('/school/913204/netwerkkaart');
  await expect(graph(tab)).toBeVisible();
  expect(loaded.length).toBeGreaterThan(0);
  await expectAccessible(tab);
  await live.close();
});

test('the demo school sees what changed since last year', async ({ page, baseURL }) => {
  await signIn(page.request, 'staff', baseURL!);
  await page.goto('/school/913204/netwerkkaart/jaren');
  await expect(page.getByRole('heading', { name: /Verschil \d{4}-\d{4} tegenover \d{4}-\d{4}/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Nieuw (1)' })).toContainText('Brugfiguren Stad Mechelen');
  await expect(page.getByRole('region', { name: 'Gestopt (1)' })).toContainText('Jeugdhuis De Kiosk');
  await expect(page.getByRole('region', { name: 'Nauwer (2)' })).toContainText('Moskeevereniging Ennour: van informeren naar afstemmen');
  await expect(page.getByRole('region', { name: 'Losser (1)' })).toContainText('Rotary Mechelen');
  // The same difference drawn: this year's partners and the ended one, each with its change.
  const drawn = page.getByRole('img', { name: /Netwerkkaart \d{4}-\d{4} tegenover \d{4}-\d{4}, 10 partners/ });
  await expect(drawn).toBeVisible();
  await expect(drawn.locator('text', { hasText: 'Brugfiguren Stad Mechelen' })).toContainText('· nieuw');
  await expect(drawn.locator('text', { hasText: 'Jeugdhuis De Kiosk' })).toContainText('· gestopt');
  await expect(drawn.locator('text', { hasText: 'Moskeevereniging Ennour' })).toContainText('· nauwer');
  await expect(drawn.locator('text', { hasText: 'Rotary Mechelen' })).toContainText('· losser');
  await expect(page.getByRole('list').filter({ hasText: 'Gestopt: gestreepte lijn' })).toBeVisible();
  await expectAccessible(page);
  // Staff read the map but do not keep it.
  await expect(page.getByRole('button', { name: /De kaart bewaren/ })).not.toBeAttached();
});
