import { expect, test } from '@playwright/test';
import { expectAccessible } from './support';

test('a visitor finds the Scholennetwerk and its members per school year, in Dutch and in English', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scholennetwerken in Vlaanderen');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Samana' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samana');
  await expect(page.getByText('Intern kernteam', { exact: false })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Scholennetwerk voor jonge mantelzorgers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scholennetwerk voor jonge mantelzorgers');
  const years = page.getByRole('navigation', { name: 'Kies een schooljaar' }).getByRole('link');
  // Other journeys may add later years to this network while this test runs: check the seeded ones.
  await expect(years).toContainText(['2017-2018', '2018-2019', '2019-2020', '2020-2021', '2021-2022', '2022-2023']);
  await years.filter({ hasText: '2022-2023' }).click();
  await expect(page.getByRole('heading', { name: 'Leden in schooljaar 2022-2023' })).toBeVisible();
  const latestCount = await page.locator('tbody tr').count();
  await expectAccessible(page);

  await years.filter({ hasText: '2017-2018' }).click();
  await expect(page).toHaveURL(/schooljaar=2017-2018/);
  await expect(page.getByRole('heading', { name: 'Leden in schooljaar 2017-2018' })).toBeVisible();
  const firstCount = await page.locator('tbody tr').count();
  expect(firstCount).toBeGreaterThan(0);
  expect(firstCount).toBeLessThan(latestCount);
  await expect(years.filter({ hasText: '2017-2018' })).toHaveAttribute('aria-current', 'page');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { name: 'Members in school year 2017-2018' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
  await expect(page.getByRole('heading', { name: 'Leden in schooljaar 2017-2018' })).toBeVisible();
});

test('a malformed school year in the address gets a clear 400, an unknown network a 404', async ({ page }) => {
  const bad = await page.goto('/organisaties/samana/netwerken/scholennetwerk-jonge-mantelzorgers?schooljaar=2023-2025');
  expect(bad?.status()).toBe(400);
  await expectAccessible(page);
  const missing = await page.goto('/organisaties/samana/netwerken/bestaat-niet');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet (meer).');
  await expectAccessible(page);
});

test('the six provincial networks of Samen tegen Schooluitval each show a contact', async ({ page }) => {
  await page.goto('/organisaties/samen-tegen-schooluitval');
  await expect(page.getByRole('link', { name: /Netwerk Samen tegen Schooluitval/ })).toHaveCount(6);
  await page.getByRole('link', { name: 'Netwerk Samen tegen Schooluitval Limburg' }).click();
  const contacts = page.getByRole('heading', { level: 2, name: 'Contactpersonen' }).locator('xpath=following-sibling::ul[1]');
  await expect(contacts.getByRole('listitem')).toContainText('Nathalie Vanbergen, Netwerkcoördinator');
  await expect(contacts.getByRole('link', { name: 'nathalie.vanbergen@samentegenschooluitval.example' })).toHaveAttribute('href', 'mailto:nathalie.vanbergen@samentegenschooluitval.example');
  await expectAccessible(page);
});
