import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signIn } from './support';

async function linkFromOutbox(page: Page, recipient: string, path: string): Promise<string> {
  await page.goto('/beheer/outbox');
  const mail = page.locator('article', { hasText: `Aan: ${recipient}` }).first();
  await expect(mail).toBeVisible({ timeout: 1000 });
  const text = await mail.locator('pre').innerText();
  const match = text.match(new RegExp(`https?://[^\\s]+${path}/[\\w-]+`));
  if (!match) throw new Error(`no ${path} link in the mail to ${recipient}`);
  return new URL(match[0]).pathname;
}

/** The mail job runs in the background: reload the outbox until the mail has arrived. */
async function waitForMail(page: Page, recipient: string, path: string): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      return await linkFromOutbox(page, recipient, path);
    } catch {
      await page.waitForTimeout(500);
    }
  }
  return linkFromOutbox(page, recipient, path);
}

test('a platform admin creates an organisation and makes someone its facilitator, who signs in with the mailed link', async ({ page, browser, baseURL }) => {
  await signIn(page.request, 'admin', baseURL!);
  await page.goto('/beheer');
  await expectAccessible(page);
  await page.getByLabel('Naam', { exact: true }).fill('Vzw Brugfiguren Oostende');
  await page.getByLabel(/Korte naam in de webadressen/).fill('brugfiguren-oostende');
  await page.getByLabel('Beschrijving').fill('Brugfiguren tussen thuis en school.');
  await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
  await expect(page.getByText('De organisatie is aangemaakt.')).toBeVisible();

  await page.getByLabel(/Korte naam in de webadressen/).fill('brugfiguren-oostende');
  await page.getByLabel('Naam', { exact: true }).fill('Dubbel');
  await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
  await expect(page.getByText('Deze korte naam is al in gebruik.')).toBeVisible();
  await expectAccessible(page);

  await page.goto('/beheer/organisaties/brugfiguren-oostende');
  await expectAccessible(page);
  await page.getByLabel('E-mailadres').fill('elke.desmet@brugfiguren.example');
  await page.getByLabel('Naam', { exact: true }).fill('Elke Desmet');
  await page.getByLabel('Rol', { exact: true }).selectOption('facilitator');
  await page.getByRole('button', { name: 'Rol toekennen' }).click();
  await expect(page.getByText('De rol is toegekend; de persoon kreeg een e-mail.')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Elke Desmet', exact: true })).toBeVisible();

  const linkPath = await waitForMail(page, 'elke.desmet@brugfiguren.example', '/aanmelden/link');
  await expectAccessible(page);

  const invitee = await (await browser.newContext({ baseURL, locale: 'nl-BE' })).newPage();
  await invitee.goto(linkPath);
  await expectAccessible(invitee);
  await invitee.getByRole('button', { name: 'Aanmelden' }).last().click();
  await expect(invitee).toHaveURL(/\/werkruimte$/);
  await expect(invitee.getByRole('link', { name: 'Vzw Brugfiguren Oostende' })).toBeVisible();
  const cookies = await invitee.context().cookies();
  const session = cookies.find((c) => c.name === 'np_session');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

  // The link works once.
  await invitee.goto(linkPath);
  await expect(invitee.getByText('Deze link is ongeldig, al gebruikt of verlopen.', { exact: false })).toBeVisible();
  await invitee.close();
});

test('a person resets a forgotten password with the mailed link and signs out', async ({ page, browser, baseURL }) => {
  const person = await (await browser.newContext({ baseURL, locale: 'nl-BE' })).newPage();
  await person.goto('/wachtwoord-vergeten');
  await expectAccessible(person);
  await person.getByLabel('E-mailadres').fill('geen-apenstaartje');
  await person.getByRole('button', { name: 'Stuur herstellink' }).click();
  await expect(person.getByText('Dit is geen geldig e-mailadres', { exact: false })).toBeVisible();
  await expectAccessible(person);
  await person.getByLabel('E-mailadres').fill('koen.peeters@demo.netwerkplein.example');
  await person.getByRole('button', { name: 'Stuur herstellink' }).click();
  await expect(person.getByText('Als dit adres bij ons bekend is', { exact: false })).toBeVisible();

  await signIn(page.request, 'admin', baseURL!);
  const resetPath = await waitForMail(page, 'koen.peeters@demo.netwerkplein.example', '/wachtwoord-herstellen');

  await person.goto(resetPath);
  await expectAccessible(person);
  await person.getByLabel('Nieuw wachtwoord (minstens 10 tekens)').fill('kort');
  await person.getByLabel('Herhaal het wachtwoord').fill('kort');
  await person.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(person.getByText('Een wachtwoord heeft minstens 10 tekens.')).toBeVisible();
  await person.getByLabel('Nieuw wachtwoord (minstens 10 tekens)').fill('een nieuw wachtwoord');
  await person.getByLabel('Herhaal het wachtwoord').fill('een nieuw wachtwoord');
  await person.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(person).toHaveURL(/\/werkruimte$/);
  await expect(person.getByRole('heading', { name: 'Mijn werkruimte' })).toBeVisible();

  // Signing out sits in the person's menu of the header (a <details>): open it first.
  await person.locator('header details.menu summary').click();
  await person.getByRole('button', { name: 'Afmelden' }).click();
  await expect(person.getByRole('link', { name: 'Aanmelden' })).toBeVisible();
  await person.goto('/aanmelden');
  await expectAccessible(person);
  await person.locator('#pw-f-email').fill('koen.peeters@demo.netwerkplein.example');
  await person.locator('#pw-f-password').fill('een nieuw wachtwoord');
  await person.getByRole('button', { name: 'Aanmelden' }).last().click();
  await expect(person).toHaveURL(/\/werkruimte$/);
  await person.close();
});

test('a magic link request for an unknown address looks the same and sends nothing', async ({ page }) => {
  await page.goto('/aanmelden');
  await page.locator('#link-f-email').fill('onbekend@nergens.example');
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await expect(page.getByText('Als dit adres bij ons bekend is, staat er nu een aanmeldlink in je mailbox.')).toBeVisible();
  await expectAccessible(page);
  await page.locator('#pw-f-email').fill('facilitator@demo.netwerkplein.example');
  await page.locator('#pw-f-password').fill('fout wachtwoord');
  await page.getByRole('button', { name: 'Aanmelden' }).last().click();
  await expect(page.getByText('Dit e-mailadres en wachtwoord horen niet bij elkaar.')).toBeVisible();
  await expectAccessible(page);
});
