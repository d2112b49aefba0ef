import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, readDemoIds } from './support';

// The page a label links to, as a parent opens it from a school's website: demo data, no sign-in.

async function expectImageLoaded(page: Page, name: string): Promise<void> {
  const image = page.getByRole('img', { name });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(600);
}

test('a valid label shows the label, the school, the network and its years, and what it means', async ({ page, baseURL }) => {
  const { publicNetworkId } = await readDemoIds(baseURL!);
  const path = `/label/${publicNetworkId}/913204/2022-2023`;
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kwaliteitslabel van Sint-Jozefsinstituut');
  await expect(page.getByRole('status')).toHaveText('Geldig: Sint-Jozefsinstituut is lid van Scholennetwerk voor jonge mantelzorgers in schooljaar 2022-2023.');
  await expectImageLoaded(page, 'Het label van Scholennetwerk voor jonge mantelzorgers voor schooljaar 2022-2023');

  const facts = page.locator('dl.facts');
  await expect(facts.locator('dt')).toHaveText(['School', 'Gemeente', 'Netwerk', 'Georganiseerd door', 'Lid in de schooljaren']);
  await expect(facts.locator('dd').nth(0)).toHaveText('Sint-Jozefsinstituut');
  await expect(facts.locator('dd').nth(1)).toHaveText('Mechelen');
  await expect(facts.getByRole('link', { name: 'Scholennetwerk voor jonge mantelzorgers' })).toHaveAttribute('href', '/organisaties/samana/netwerken/scholennetwerk-jonge-mantelzorgers');
  await expect(facts.locator('dd').nth(3)).toHaveText('Samana');
  await expect(facts.locator('.years li')).toHaveText(['2017-2018', '2018-2019', '2019-2020', '2020-2021', '2021-2022', '2022-2023 (dit label)']);
  await expect(facts.locator('.years li.current')).toHaveText('2022-2023 (dit label)');

  await expect(page.getByRole('heading', { name: 'Wat betekent dit label?' })).toBeVisible();
  await expect(page.getByText('Sint-Jozefsinstituut is lid van Scholennetwerk voor jonge mantelzorgers: een netwerk van scholen dat Samana begeleidt.', { exact: false })).toBeVisible();
  await expect(page.getByText('Het is geen keuring of beoordeling van de school zelf.', { exact: false })).toBeVisible();
  await expect(page.getByText(`met ${new URL(baseURL!).host} begint`, { exact: false })).toBeVisible();
  await expectAccessible(page);

  // The member list the page relies on, one click away.
  await page.getByRole('link', { name: 'De ledenlijst van schooljaar 2022-2023' }).click();
  await expect(page.getByRole('heading', { name: 'Leden in schooljaar 2022-2023' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Sint-Jozefsinstituut' })).toBeVisible();

  // The image is the label the school downloads, served only while the label is valid.
  const image = await page.request.get(`${path}/label.svg`);
  expect(image.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
  expect(image.headers()['vary']).toMatch(/cookie/i);
  const svg = await image.text();
  expect(svg).toContain('Sint-Jozefsinstituut');
  expect(svg).toContain('>2022-2023</text>');
  expect(svg).toContain(`href="${baseURL}${path}"`);

  // In English, with the same facts.
  await page.context().addCookies([{ name: 'np_lang', value: 'en', url: baseURL! }]);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quality label of Sint-Jozefsinstituut');
  await expect(page.getByRole('heading', { name: 'What does this label mean?' })).toBeVisible();
  await expectImageLoaded(page, 'The label of Scholennetwerk voor jonge mantelzorgers for school year 2022-2023');
});

test('a label that is not valid says so plainly and shows nothing of the school', async ({ page, baseURL }) => {
  const { publicNetworkId } = await readDemoIds(baseURL!);
  // GO! Technisch Atheneum Leiekaai (931187) is not in the Scholennetwerk.
  await page.goto(`/label/${publicNetworkId}/931187/2022-2023`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controle van een kwaliteitslabel');
  await expect(page.getByRole('status')).toHaveText('Dit label is niet geldig.');
  await expect(page.getByText('Op Netwerkplein staat geen school met instellingsnummer 931187 als lid van dit netwerk in schooljaar 2022-2023.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hoe kan dat?' })).toBeVisible();
  await expect(page.getByRole('img')).toHaveCount(0);
  await expect(page.getByText('Leiekaai')).toHaveCount(0);
  await expect(page.getByText('Scholennetwerk voor jonge mantelzorgers')).toHaveCount(0);
  await expectAccessible(page);
  expect((await page.request.get(`/label/${publicNetworkId}/931187/2022-2023/label.svg`)).status()).toBe(404);

  // A link that is not even well-formed.
  await page.goto('/label/geen-netwerk/12/2022');
  await expect(page.getByRole('status')).toHaveText('Dit label is niet geldig.');
  await expect(page.getByText('De link naar deze pagina is onvolledig of klopt niet', { exact: false })).toBeVisible();
  await expectAccessible(page);
});
