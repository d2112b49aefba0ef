// Registering without an account (ADR 029): the seat is held when the form is posted, the
// confirmation mail is read from the SMTP peer, and its link confirms, signs in and shows the
// registration. Bad input first: Dutch messages, nothing held.
import { expect, test } from '@playwright/test';
import { expectAccessible, waitForMail } from './support';

const unique = (prefix: string) => `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@e2e.example`;
const training = '/activiteiten/samana/vorming-jonge-mantelzorgers-herkennen';

test('a visitor registers without an account, confirms by the mailed link and sees the registration', async ({ page }) => {
  const email = unique('gast');
  await page.goto(`${training}/inschrijven/zonder-account`);
  await expectAccessible(page);
  await page.getByRole('button', { name: /^Inschrijven/ }).click();
  await expect(page.getByText('Vul een naam in (minstens 2 tekens).').first()).toBeVisible();
  await expectAccessible(page);

  const form = page.locator('form[action="?/register"]');
  await form.getByLabel('Naam', { exact: true }).fill('Gert Gast');
  await form.getByLabel('E-mailadres', { exact: true }).fill(email);
  // The training's own form: its question and the invoice details (a priced activity).
  await form.getByLabel('Wat is je rol op school?').fill('Zorgcoördinator');
  await form.getByLabel('De school', { exact: true }).check();
  await form.getByLabel('Naam van de school of gemeente').fill('Sint-Jozefsinstituut');
  await form.getByLabel('Ondernemingsnummer').fill('0123.456.749');
  await form.getByRole('button', { name: /^Inschrijven/ }).click();
  await expect(page.getByRole('heading', { name: 'Kijk in je mailbox' })).toBeVisible();
  await expectAccessible(page);

  const mail = await waitForMail(email, /Bevestig je inschrijving/);
  const link = mail.text.match(/https?:\/\/\S+\/inschrijving\/bevestigen\/[\w-]+/)?.[0];
  expect(link, 'a confirmation link in the mail').toBeTruthy();
  await page.goto(new URL(link!).pathname);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Inschrijving bevestigen' }).click();
  await expect(page).toHaveURL(new RegExp(`${training}/inschrijven$`));
  await expect(page.getByText('Je bent ingeschreven', { exact: false }).first()).toBeVisible();
  await waitForMail(email, /Inschrijving bevestigd/);

  // The link works once.
  await page.goto(new URL(link!).pathname);
  await expect(page.getByRole('alert')).toHaveText(/ongeldig, al gebruikt of verlopen/);
});
