// The school's network map (issue 15): a coordinator rebuilds seed 003's example table, sees it
// drawn, finds an empty category and fills it, edits a partner from the drawing, filters, keeps
// the year and shares the map with Samana, whose facilitator then reads it (and only then).
// Stedelijke Humaniora Portus (931352, Ilse Desmet) has no map in the demo, so nothing else here changes.
import { expect, test } from '@playwright/test';
import { expectAccessible, signIn, signInEmail } from './support';

const coordinator = 'ilse.desmet@demo.netwerkplein.example';
const base = '/school/931352/netwerkkaart';

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
  await expect(page.getByRole('group', { name: /Netwerkkaart van Stedelijke Humaniora Portus met 9 partners/ })).toBeVisible();
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
  await expect(page.locator('svg.map-drawing').getByText('draaischijf')).toBeVisible();

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

  // Click a partner in the drawing to edit it.
  await page.getByRole('link', { name: 'Kind en Gezin bewerken' }).click();
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

test('the demo school sees what changed since last year', async ({ page, baseURL }) => {
  await signIn(page.request, 'staff', baseURL!);
  await page.goto('/school/913204/netwerkkaart/jaren');
  await expect(page.getByRole('heading', { name: /Verschil \d{4}-\d{4} tegenover \d{4}-\d{4}/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Nieuw (1)' })).toContainText('Brugfiguren Stad Mechelen');
  await expect(page.getByRole('region', { name: 'Gestopt (1)' })).toContainText('Jeugdhuis De Kiosk');
  await expect(page.getByRole('region', { name: 'Nauwer (2)' })).toContainText('Moskeevereniging Ennour: van informeren naar afstemmen');
  await expect(page.getByRole('region', { name: 'Losser (1)' })).toContainText('Rotary Mechelen');
  // Staff read the map but do not keep it.
  await expect(page.getByRole('button', { name: /De kaart bewaren/ })).not.toBeAttached();
});
