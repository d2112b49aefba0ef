// Newsletter subscriptions (ADR 057): a visitor subscribes on Samana's page, follows the mailed
// confirmation link and confirms; a mail provider then unsubscribes the address in one click
// (RFC 8058: a POST with `List-Unsubscribe=One-Click`, no cookies, no Origin), and Samana's
// facilitator sees the address as unsubscribed in the workspace.
import { expect, request, test } from '@playwright/test';
import { expectAccessible, signIn, waitForMail } from './support';

// The form's minimum fill time (src/lib/server/spam-brakes.ts): a person takes longer, a bot does not.
const minimumFill = 3_000;

test('a visitor subscribes, confirms from the mail and is unsubscribed in one click', async ({ page, browser, baseURL }) => {
  const email = `lezer.${Date.now()}@e2e.example`;
  await page.goto('/organisaties/samana');
  const form = page.locator('form[action="?/subscribe"]');
  await expect(form.getByLabel('Taal van de nieuwsbrief')).toHaveValue('nl');
  await page.waitForTimeout(minimumFill);
  await form.getByLabel('Je e-mailadres').fill(email);
  await form.getByLabel('Je naam (niet verplicht)').fill('Wout Lambrechts');
  await form.getByRole('button', { name: 'Inschrijven' }).click();
  await expect(page.getByText('Bijna klaar.', { exact: false })).toBeVisible();
  await expectAccessible(page);

  const mail = await waitForMail(email, /Bevestig je inschrijving op de nieuwsbrief van Samana/);
  const link = mail.text.match(/https?:\/\/\S+\/nieuwsbrief\/bevestigen\/[A-Za-z0-9_-]+/)?.[0];
  expect(link, 'the confirmation link in the mail').toBeTruthy();
  // Opening the link confirms nothing (mail scanners open links): the button does.
  await page.goto(new URL(link!).pathname);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Ja, ik wil de nieuwsbrief ontvangen' }).click();
  await expect(page.getByText('Je bent ingeschreven op de nieuwsbrief van Samana.')).toBeVisible();
  const preferences = await page.getByRole('link', { name: 'Je voorkeuren aanpassen of je afmelden' }).getAttribute('href');
  const token = preferences!.split('/').at(-1)!;
  await page.goto(preferences!);
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwsbrief van Samana' })).toBeVisible();
  await expect(page.getByText('Ingeschreven', { exact: true })).toBeVisible();
  await expectAccessible(page);

  // The mail provider's server: its own HTTP client, no cookies, no Origin.
  const provider = await request.newContext({ baseURL });
  const oneClick = await provider.post(`/afmelden/nieuwsbrief/${token}`, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' }, data: 'List-Unsubscribe=One-Click', maxRedirects: 0
  });
  expect(oneClick.status()).toBe(200);
  await provider.dispose();
  await page.goto(`/afmelden/nieuwsbrief/${token}`);
  await expect(page.getByText('Dit adres is al afgemeld.')).toBeVisible();
  await expectAccessible(page);

  const context = await browser.newContext();
  await signIn(context.request, 'facilitator', baseURL!);
  const workspace = await context.newPage();
  await workspace.goto(`/werkruimte/samana/abonnees?q=${encodeURIComponent(email)}`);
  const row = workspace.getByRole('row', { name: new RegExp(email.replace(/\./g, '\\.')) });
  await expect(row).toContainText('Afgemeld');
  await expect(row).toContainText('Wout Lambrechts');
  await expectAccessible(workspace);
  await context.close();
});
