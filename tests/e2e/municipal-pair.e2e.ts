// Seed 001's audience "(liefst samen met) gemeentefunctionaris" (ADR 030): a Dutch intern
// begeleider without an account registers for the Hamburg trip together with her municipality,
// whose officer (a demo account) is registered already; she confirms by the link the SMTP peer
// received, and the organiser sees the two as a pair, each with their own seat.
import { expect, test } from '@playwright/test';
import { expectAccessible, signIn, signInEmail, waitForMail } from './support';

const trip = '/activiteiten/ouders-en-school/studiereis-hamburg';
const organiser = '/werkruimte/ouders-en-school/activiteiten/studiereis-hamburg';
const officer = 'ruud.hermans@demo.netwerkplein.example';

test('a Dutch intern begeleider without an account registers together with her municipality’s officer; the organiser sees the pair', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const email = `sanne.bakker.${Date.now()}@e2e.example`;
  const page = await (await browser.newContext({ baseURL, locale: 'nl-BE' })).newPage();
  await page.goto(`${trip}/inschrijven/zonder-account`);
  const form = page.locator('form[action="?/register"]');
  await form.getByLabel('Naam', { exact: true }).fill('Sanne Bakker');
  await form.getByLabel('E-mailadres', { exact: true }).fill(email);
  await form.getByRole('radio', { name: 'Intern begeleider' }).check();
  const pair = form.getByRole('group', { name: 'Samen met een gemeente' });
  // The schools of a municipality show only once it is chosen (CSS, no JavaScript).
  await expect(pair.getByLabel('Openbare Basisschool De Maasoever')).toBeHidden();
  await pair.getByLabel('Gemeente Maastricht (Nederland)').check();
  await pair.getByLabel('Openbare Basisschool De Maasoever').check();
  // The invoice to the municipality without a Belgian enterprise number: asking for it first without the municipality is refused.
  await form.getByLabel('De gemeente waarmee ik samen kom').check();
  await form.getByLabel('Referentie').fill('OJ-2027-41');
  await pair.getByLabel('Niet samen met een gemeente').check();
  await form.getByRole('button', { name: /^Inschrijven/ }).click();
  await expect(page.getByText('Kies eerst bij ‘Samen met een gemeente’ de gemeente die de factuur krijgt', { exact: false })).toBeVisible();
  await expectAccessible(page);
  await pair.getByLabel('Gemeente Maastricht (Nederland)').check();
  await pair.getByLabel('Openbare Basisschool De Maasoever').check();
  await form.getByRole('button', { name: /^Inschrijven/ }).click();
  await expect(page.getByRole('heading', { name: 'Kijk in je mailbox' })).toBeVisible();

  const mail = await waitForMail(email, /Bevestig je inschrijving/);
  const link = mail.text.match(/https?:\/\/\S+\/inschrijving\/bevestigen\/[\w-]+/)?.[0];
  expect(link, 'a confirmation link in the mail').toBeTruthy();
  await page.goto(new URL(link!).pathname);
  await page.getByRole('button', { name: 'Inschrijving bevestigen' }).click();
  await expect(page).toHaveURL(new RegExp(`${trip}/inschrijven$`));
  await expect(page.getByText('Je bent ingeschreven', { exact: false }).first()).toBeVisible();
  // Her change form keeps the pair and the invoice to the municipality.
  await expect(page.getByLabel('Gemeente Maastricht (Nederland)').last()).toBeChecked();
  await expect(page.getByLabel('De gemeente waarmee ik samen kom').last()).toBeChecked();

  // The officer's own form names him as the officer, with De Maasoever coming along.
  const officerPage = await (await browser.newContext({ baseURL, locale: 'nl-BE' })).newPage();
  await signInEmail(officerPage.request, officer, baseURL!);
  await officerPage.goto(`${trip}/inschrijven`);
  await expect(officerPage.getByText('Je schrijft je in als gemeentefunctionaris (onderwijs en jeugd).').first()).toBeVisible();
  await expect(officerPage.getByRole('group', { name: 'Welke scholen van je gemeente komen mee?' }).first().getByLabel('Openbare Basisschool De Maasoever')).toBeChecked();

  const list = await (await browser.newContext({ baseURL, locale: 'nl-BE' })).newPage();
  await signIn(list.request, 'hamburgFacilitator', baseURL!);
  await list.goto(`${organiser}/deelnemers`);
  const group = list.getByRole('article').filter({ has: list.getByRole('heading', { name: 'Gemeente Maastricht (Nederland)' }) });
  await expect(group).toContainText('Ruud Hermans');
  await expect(group).toContainText('portefeuille onderwijs en jeugd');
  await expect(group).toContainText('Sanne Bakker');
  const sanne = list.getByRole('row').filter({ hasText: 'Sanne Bakker' });
  await expect(sanne).toContainText('Samen met gemeente');
  await expect(sanne).toContainText('samen met Gemeente Maastricht — Openbare Basisschool De Maasoever');
  await expect(sanne).toContainText('Gemeente: Gemeente Maastricht');
  await expect(sanne).toContainText('KvK 14632318');
  await expect(list.getByRole('row').filter({ hasText: 'Ruud Hermans' })).toContainText('Gemeentefunctionaris');
  await expectAccessible(list);
});
