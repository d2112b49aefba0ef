import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support';

test('a school coordinator edits the profile and invites a colleague', async ({ page, baseURL }) => {
  await signIn(page.request, 'coordinator', baseURL!);
  await page.goto('/werkruimte');
  await page.getByRole('link', { name: 'Sint-Jozefsinstituut' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sint-Jozefsinstituut');
  await expectAccessible(page);

  await page.getByLabel('Voorstelling').fill('Een school waar jonge mantelzorgers gezien worden.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Opgeslagen.')).toBeVisible();
  await expect(page.getByLabel('Voorstelling')).toHaveValue('Een school waar jonge mantelzorgers gezien worden.');

  await page.getByRole('link', { name: 'Team' }).click();
  await expectAccessible(page);
  await page.getByLabel('Naam', { exact: true }).fill('Jonas Wuyts');
  await page.getByLabel('E-mailadres').fill('jonas.wuyts@school.example');
  await page.getByRole('form', { name: 'Collega uitnodigen' }).getByLabel('Rol in de school').selectOption('leerlingenbegeleider');
  await page.getByRole('button', { name: 'Collega uitnodigen' }).click();
  await expect(page.getByText('De uitnodiging is verstuurd.')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'jonas.wuyts@school.example' })).toBeVisible();

  await page.getByLabel('Naam', { exact: true }).fill('Jonas Wuyts');
  await page.getByLabel('E-mailadres').fill('jonas.wuyts@school.example');
  await page.getByRole('form', { name: 'Collega uitnodigen' }).getByLabel('Rol in de school').selectOption('leerkracht');
  await page.getByRole('button', { name: 'Collega uitnodigen' }).click();
  await expect(page.getByText('Deze persoon staat al in het team.')).toBeVisible();
  await expectAccessible(page);

  const row = page.locator('tr', { hasText: 'jonas.wuyts@school.example' });
  await row.getByLabel('Rol in de school').selectOption('ambassadeur');
  await row.getByRole('button', { name: 'Opslaan: Jonas Wuyts' }).click();
  await expect(page.getByText('Opgeslagen.')).toBeVisible();
  await expect(page.locator('tr', { hasText: 'jonas.wuyts@school.example' }).getByLabel('Rol in de school')).toHaveValue('ambassadeur');
});

test('school staff read their school but cannot change it', async ({ page, baseURL }) => {
  await signIn(page.request, 'staff', baseURL!);
  await page.goto('/school/913204');
  await expect(page.getByText('Je kan dit bekijken maar niet wijzigen.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opslaan' })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto('/school/913204/team');
  await expect(page.getByRole('button', { name: 'Collega uitnodigen' })).toHaveCount(0);
  await expectAccessible(page);
});
