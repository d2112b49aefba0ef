// Issue 17, items 4 and 5 (ADR 052): provincial networks under an umbrella, a moderator scoped to
// one network, and a study day where each network presents its practice example.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signIn } from './support';

const stsuWs = '/werkruimte/samen-tegen-schooluitval/praktijkvoorbeelden';

async function press(page: Page, name: string) {
  const response = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name, exact: true }).click();
  return (await response).status();
}

test('a scoped moderator of Oost-Vlaanderen edits only her network’s example', async ({ page, baseURL }) => {
  await signIn(page.request, 'moderator', baseURL!);
  await page.goto(stsuWs);
  await expectAccessible(page);
  // Her network's example only, and the library is the one tab she has.
  await expect(page.getByRole('link', { name: 'Trajectbegeleiding' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Provinciaal Spijbelactieplan' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Netwerken', exact: true })).toHaveCount(0);

  await page.getByRole('link', { name: 'Trajectbegeleiding' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trajectbegeleiding');
  // The network list offers her own network only.
  await expect(page.getByLabel('Netwerk', { exact: true }).locator('option', { hasText: 'Antwerpen' })).toHaveCount(0);
  const summary = page.getByLabel('Samenvatting');
  await summary.fill(`${await summary.inputValue()} Bijgewerkt door de moderator.`);
  expect(await press(page, 'Wijzigingen bewaren')).toBe(200);
  await expect(page.getByText('Het praktijkvoorbeeld is bewaard.')).toBeVisible();
  await expectAccessible(page);

  // Another network's example, to read or to change, is not found; the rest of the workspace is closed.
  expect((await page.request.get(`${stsuWs}/provinciaal-spijbelactieplan`)).status()).toBe(404);
  const forged = await page.request.post(`${stsuWs}/provinciaal-spijbelactieplan?/save`, {
    form: { title: 'Overgenomen', summary: 'Een moderator van een ander netwerk schrijft hier.' },
    headers: { origin: baseURL!, accept: 'text/html' }, maxRedirects: 0
  });
  expect(forged.status()).toBe(404);
  expect((await page.request.get('/werkruimte/samen-tegen-schooluitval/netwerken', { maxRedirects: 0 })).status()).toBe(403);
  expect((await page.request.get('/werkruimte/samen-tegen-schooluitval/netwerken/samen-tegen-schooluitval-oost-vlaanderen/koepel', { maxRedirects: 0 })).status()).toBe(403);

  // The visitor sees her change on the public page; Antwerpen's example is untouched.
  const visitor = await (await page.context().browser()!.newContext({ baseURL })).newPage();
  await visitor.goto('/praktijkvoorbeelden/samen-tegen-schooluitval/trajectbegeleiding');
  await expect(visitor.getByText('Bijgewerkt door de moderator.')).toBeVisible();
  await visitor.goto('/praktijkvoorbeelden/samen-tegen-schooluitval/provinciaal-spijbelactieplan');
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Provinciaal Spijbelactieplan');
});

test('the umbrella’s map of Flanders and Brussels links each region to its network, and the list does too', async ({ page }) => {
  await page.goto('/organisaties/samen-tegen-schooluitval/netwerken/netwerken-samen-tegen-schooluitval');
  await expect(page.getByRole('heading', { level: 2, name: 'De netwerken per provincie en in Brussel' })).toBeVisible();
  const map = page.locator('figure.flanders-map svg');
  const regions: [string, string][] = [
    ['Antwerpen', 'antwerpen'], ['Limburg', 'limburg'], ['Oost-Vlaanderen', 'oost-vlaanderen'],
    ['Vlaams-Brabant', 'vlaams-brabant'], ['West-Vlaanderen', 'west-vlaanderen'], ['Brussels Hoofdstedelijk Gewest', 'brussel']
  ];
  for (const [name, slug] of regions) {
    const link = map.getByRole('link', { name: new RegExp(`^${name}:`) });
    await expect(link).toHaveAttribute('href', `/organisaties/samen-tegen-schooluitval/netwerken/samen-tegen-schooluitval-${slug}`);
  }
  // The list: six networks; Oost-Vlaanderen with its two contact people.
  const list = page.locator('ul.sub-networks > li');
  await expect(list).toHaveCount(6);
  const oost = list.filter({ hasText: 'Oost-Vlaanderen' });
  await expect(oost.getByText('Oona Somers')).toBeVisible();
  await expect(oost.getByText('Sofie Baert')).toBeVisible();
  await expectAccessible(page);

  // A region leads to its network, which names its umbrella.
  await map.getByRole('link', { name: /^Limburg:/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Netwerk Samen tegen Schooluitval Limburg');
  await expect(page.locator('a[href="/organisaties/samen-tegen-schooluitval/netwerken/netwerken-samen-tegen-schooluitval"]')).toHaveText('Netwerken Samen tegen Schooluitval');
  await expect(page.getByText('Nathalie Vanbergen')).toBeVisible();
});

test('after the study day its page lists the practice examples the networks presented', async ({ page, baseURL }) => {
  await page.goto('/activiteiten/samen-tegen-schooluitval/studiedag-praktijkvoorbeelden-2026');
  const presented = page.getByRole('region', { name: 'Voorgestelde praktijkvoorbeelden' });
  for (const title of ['Provinciaal Spijbelactieplan', 'KANS – Centraal Meldpunt Brussel', 'Trajectbegeleiding', 'Psychische kwetsbaarheid en schooluitval']) {
    await expect(presented.getByRole('link', { name: title })).toBeVisible();
  }
  await expectAccessible(page);
  await presented.getByRole('link', { name: 'Trajectbegeleiding' }).click();
  await expect(page).toHaveURL(/\/praktijkvoorbeelden\/samen-tegen-schooluitval\/trajectbegeleiding$/);

  // Before the day: the sessions name their network, the list of examples is not there yet.
  await page.goto('/activiteiten/samen-tegen-schooluitval/studiedag-praktijkvoorbeelden');
  await expect(page.getByRole('link', { name: 'Netwerk Samen tegen Schooluitval Oost-Vlaanderen' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Voorgestelde praktijkvoorbeelden' })).toHaveCount(0);

  // The organiser gives a session to a network with its example, or takes the example back.
  await signIn(page.request, 'facilitator', baseURL!);
  await page.goto('/werkruimte/samana/activiteiten/studiedag-jonge-mantelzorgers-2026/presentaties');
  await expectAccessible(page);
  await expect(page.getByLabel('Netwerk', { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
  await page.getByLabel('Praktijkvoorbeeld').selectOption({ label: 'Nog geen voorbeeld' });
  expect(await press(page, 'Bewaren')).toBe(200);
  await expect(page.getByText('De sessie is bewaard.')).toBeVisible();
  await page.goto('/activiteiten/samana/studiedag-jonge-mantelzorgers-2026');
  await expect(page.getByRole('region', { name: 'Voorgestelde praktijkvoorbeelden' })).toHaveCount(0);
  await page.goto('/werkruimte/samana/activiteiten/studiedag-jonge-mantelzorgers-2026/presentaties');
  await page.getByLabel('Praktijkvoorbeeld').selectOption({ label: 'Jonge mantelzorgers herkennen op school' });
  expect(await press(page, 'Bewaren')).toBe(200);
  await page.goto('/activiteiten/samana/studiedag-jonge-mantelzorgers-2026');
  await expect(page.getByRole('region', { name: 'Voorgestelde praktijkvoorbeelden' }).getByRole('link', { name: 'Jonge mantelzorgers herkennen op school' })).toBeVisible();
});
