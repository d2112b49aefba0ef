// Creating an account (the confirmation mail read from the SMTP peer) and signing in with
// "Microsoft" and "Google": two real OpenID providers on loopback (tests/e2e/oidc-peer.js).
import { expect, test, type Page } from '@playwright/test';
import { accounts, expectAccessible, waitForMail } from './support';

const unique = (prefix: string) => `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@e2e.example`;
const microsoftOrigin = `http://127.0.0.1:${Number(process.env.E2E_OIDC_PORT ?? 2527)}`;

/** Signs in at the provider's development login page (any name is accepted) and consents. */
async function loginAtProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('om het even');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/**
 * Signs in at the provider but keeps its answer (the redirect back to us, with code and state) from
 * the browser: the consent is sent on the browser's behalf and its redirects followed by hand.
 * Browser routes do not see the requests of a redirect, hence the detour.
 */
async function callbackWithheld(page: Page, login: string): Promise<string> {
  let callback = '';
  // The development consent form posts `prompt=consent` to its own interaction address.
  await page.route((url) => url.origin === microsoftOrigin && url.pathname.startsWith('/interaction/'), async (route) => {
    if (!route.request().postData()?.includes('prompt=consent')) return route.continue();
    let response = await route.fetch({ maxRedirects: 0 });
    while (!callback && response.status() >= 300 && response.status() < 400) {
      const next = new URL(response.headers().location!, route.request().url());
      if (next.origin !== microsoftOrigin) callback = next.href;
      else response = await page.request.get(next.href, { maxRedirects: 0 });
    }
    await route.fulfill({ status: 200, contentType: 'text/plain', body: 'teruggehouden' });
  });
  await loginAtProvider(page, login);
  await expect.poll(() => callback).toContain('/aanmelden/oidc/microsoft/terug');
  return callback;
}

async function expectSignedInAs(page: Page, email: string): Promise<void> {
  await expect(page).toHaveURL(/\/werkruimte$/);
  await page.goto('/account');
  await expect(page.getByText(email, { exact: true })).toBeVisible();
}

test.describe('creating an account', () => {
  test('a new address gets a confirmation link; following it makes the account and signs in', async ({ page }) => {
    const email = unique('nieuw');
    await page.goto('/aanmelden');
    await page.getByRole('link', { name: 'Nog geen account? Maak er een aan' }).click();
    await expectAccessible(page);
    // Bad input first: Dutch messages next to the fields, nothing sent.
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await expect(page.getByText('Vul een naam in (minstens 2 tekens).')).toBeVisible();
    await expect(page.getByText('Dit is geen geldig e-mailadres')).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Naam').fill('Nele Nieuw');
    await page.getByLabel('E-mailadres').fill(email);
    // No password on the sign-up: whoever posts it need not own the address (ADR 026).
    await expect(page.getByLabel('Wachtwoord (minstens 10 tekens)')).toHaveCount(0);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await expect(page.getByRole('heading', { name: 'Kijk in je mailbox' })).toBeVisible();
    await expectAccessible(page);

    const mail = await waitForMail(email, /Bevestig je e-mailadres/);
    const link = mail.text.match(/https?:\/\/\S+\/registreren\/bevestigen\/[\w-]+/)?.[0];
    expect(link, 'a confirmation link in the mail').toBeTruthy();
    await page.goto(new URL(link!).pathname);
    await expectAccessible(page);
    // The holder of the link chooses the password; a mismatch is a Dutch message and nothing made.
    await page.getByLabel('Wachtwoord (minstens 10 tekens)').fill('een lang wachtwoord');
    await page.getByLabel('Herhaal het wachtwoord').fill('een ander wachtwoord');
    await page.getByRole('button', { name: 'E-mailadres bevestigen' }).click();
    await expect(page.getByText('De twee wachtwoorden zijn niet gelijk.')).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Wachtwoord (minstens 10 tekens)').fill('een lang wachtwoord');
    await page.getByLabel('Herhaal het wachtwoord').fill('een lang wachtwoord');
    await page.getByRole('button', { name: 'E-mailadres bevestigen' }).click();
    await expectSignedInAs(page, email);
  });

  test('an address with an account gets the same page, and a "you already have an account" mail instead', async ({ page }) => {
    await page.goto('/registreren');
    await page.getByLabel('Naam').fill('Een Vreemde');
    await page.getByLabel('E-mailadres').fill(accounts.otherCoordinator);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await expect(page.getByRole('heading', { name: 'Kijk in je mailbox' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(/We stuurden een e-mail naar/);
    const mail = await waitForMail(accounts.otherCoordinator, /Je hebt al een account/);
    expect(mail.text).not.toContain('/registreren/bevestigen/');
  });
});

test.describe('signing in with Microsoft or Google', () => {
  test('"Microsoft" with a verified address links to the existing account', async ({ page }) => {
    await page.goto('/aanmelden');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Aanmelden met Microsoft' }).click();
    await expect(page).toHaveURL(new RegExp(`^${microsoftOrigin}/`));
    await loginAtProvider(page, accounts.coach);
    await expectSignedInAs(page, accounts.coach);
  });

  test('"Google" with a verified address that has no account creates one', async ({ page }) => {
    const email = unique('google');
    await page.goto('/aanmelden');
    await page.getByRole('link', { name: 'Aanmelden met Google' }).click();
    await loginAtProvider(page, email);
    await expectSignedInAs(page, email);
  });

  test('an address the provider does not vouch for is refused with a Dutch explanation', async ({ page }) => {
    await page.goto('/aanmelden/oidc/google');
    await page.locator('input[name="login"]').fill(`onbevestigd:${unique('onbevestigd')}`);
    await page.locator('input[name="password"]').fill('om het even');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    const response = page.waitForResponse((r) => r.url().includes('/aanmelden/oidc/google/terug'));
    await page.getByRole('button', { name: 'Continue' }).click();
    expect((await response).status()).toBe(400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/geen bevestigd e-mailadres/);
    await expectAccessible(page);
  });

  test('the withheld answer itself signs in (the control for the forged one below)', async ({ page }) => {
    await page.goto('/aanmelden/oidc/microsoft');
    const callback = new URL(await callbackWithheld(page, accounts.facilitator));
    await page.unrouteAll();
    await page.goto(callback.pathname + callback.search);
    await expectSignedInAs(page, accounts.facilitator);
  });

  test('a forged state is refused, and the attempt cannot be used afterwards', async ({ page }) => {
    await page.goto('/aanmelden/oidc/microsoft');
    const callback = await callbackWithheld(page, accounts.coordinator);
    const forged = new URL(callback);
    expect(forged.searchParams.get('state')).toBeTruthy();
    forged.searchParams.set('state', 'vervalst');
    const refused = await page.goto(forged.pathname + forged.search);
    expect(refused?.status()).toBe(400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/kon niet worden bevestigd/);
    await expectAccessible(page);
    // The genuine answer no longer signs in: the forged one used the attempt up.
    const original = new URL(callback);
    expect((await page.goto(original.pathname + original.search))?.status()).toBe(400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/verlopen, al gebruikt/);
    await page.goto('/account');
    await expect(page).toHaveURL(/\/aanmelden/);
  });

  test('an ID token with a forged nonce is refused', async ({ page }) => {
    // We leave for the provider ourselves and ask it for a token bound to another nonce than the stored one.
    const start = await page.request.get('/aanmelden/oidc/microsoft', { maxRedirects: 0 });
    const authorize = new URL(start.headers().location!);
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    authorize.searchParams.set('nonce', 'vervalste-nonce');
    await page.goto(authorize.href);
    await page.locator('input[name="login"]').fill(accounts.coordinator);
    await page.locator('input[name="password"]').fill('om het even');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    const response = page.waitForResponse((r) => r.url().includes('/aanmelden/oidc/microsoft/terug'));
    await page.getByRole('button', { name: 'Continue' }).click();
    expect((await response).status()).toBe(400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/kon niet worden bevestigd/);
    await page.goto('/account');
    await expect(page).toHaveURL(/\/aanmelden/);
  });
});
