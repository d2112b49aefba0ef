// The platform admin's people tools (ADR 032) as a person uses them: find someone, deactivate the
// account while they are signed in elsewhere (their next request is signed out and they cannot sign
// in again), reactivate it.
import { expect, test } from '@playwright/test';
import { demoPassword, expectAccessible, signIn, signInEmail } from './support';

const dries = 'dries.coppens@demo.netwerkplein.example';

test('a deactivated account is signed out at its next request and cannot sign in until reactivated', async ({ page, browser, baseURL }) => {
  const elsewhere = await browser.newContext();
  const driesPage = await elsewhere.newPage();
  await signInEmail(elsewhere.request, dries, baseURL!);
  await driesPage.goto('/account');
  await expect(driesPage).toHaveURL(/\/account$/);

  await signIn(page.request, 'admin', baseURL!);
  await page.goto('/beheer/personen');
  await page.getByLabel('Naam of e-mailadres').fill('coppens');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByText('1 persoon gevonden.')).toBeVisible();
  await page.getByRole('link', { name: 'Dries Coppens' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dries Coppens' })).toBeVisible();
  await expectAccessible(page);

  // Without the tick nothing happens, and the page says why.
  await page.getByRole('button', { name: 'Deactiveren' }).click();
  await expect(page.getByRole('alert').getByText('Vink aan dat je dit account wil deactiveren.')).toBeVisible();
  await expect(page.locator('#f-confirmDeactivate-error')).toHaveText('Vink aan dat je dit account wil deactiveren.');
  await page.getByLabel('Ja, deactiveer dit account').check();
  await page.getByRole('button', { name: 'Deactiveren' }).click();
  await expect(page.getByText('Het account is gedeactiveerd en overal afgemeld.')).toBeVisible();
  await expectAccessible(page);

  // The session that was live: its next request is signed out.
  await driesPage.goto('/account');
  await expect(driesPage).toHaveURL(/\/aanmelden/);
  const form = driesPage.locator('form[action="?/password"]');
  await form.getByLabel('E-mailadres').fill(dries);
  await form.getByLabel('Wachtwoord').fill(demoPassword);
  await form.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(driesPage.getByText(/Dit account is gedeactiveerd/)).toBeVisible();

  await page.getByRole('button', { name: 'Opnieuw activeren' }).click();
  await expect(page.getByText('Het account is opnieuw actief.')).toBeVisible();
  await signInEmail(elsewhere.request, dries, baseURL!);
  await driesPage.goto('/account');
  await expect(driesPage).toHaveURL(/\/account$/);
  await elsewhere.close();
});
