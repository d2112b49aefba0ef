// An unconfirmed registration without an account is released at its deadline and the first in
// line is promoted and mailed (ADR 029). The app cannot move its clock, so the e2e server runs the
// release job's own steps as if hours had passed, on request through ./data/e2e-control (ADR 031;
// scripts/e2e-server.js only, nothing of it in the app). Before the deadline it releases nothing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { signIn, signInEmail, waitForMail } from './support';

const control = './data/e2e-control';
const waiter = 'femke.aerts@demo.netwerkplein.example';

/** Asks the e2e server to run the release for one activity `hoursAhead` hours from now; its answer. */
async function releaseAsIfLater(activityId: string, hoursAhead: number): Promise<{ released?: number; error?: string }> {
  const id = `release-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  mkdirSync(control, { recursive: true });
  writeFileSync(join(control, `${id}.request.json`), JSON.stringify({ activityId, hoursAhead }));
  const done = join(control, `${id}.done.json`);
  await expect.poll(() => existsSync(done), { timeout: 15_000, message: 'the e2e server answers the release request' }).toBe(true);
  return JSON.parse(readFileSync(done, 'utf8'));
}

async function activityId(request: APIRequestContext, slug: string): Promise<string> {
  const { activities } = await (await request.get('/api/v1/activities')).json() as { activities: { id: string; slug: string }[] };
  const found = activities.find((a) => a.slug === slug);
  expect(found, `activity ${slug} in the public API`).toBeTruthy();
  return found!.id;
}

test('an unconfirmed guest’s seat is released after the deadline and the first in line is promoted and mailed', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const title = `Vorming met één plaats ${Date.now()}`;
  const organiser = await (await browser.newContext({ baseURL, locale: 'nl-BE' })).newPage();
  await signIn(organiser.request, 'facilitator', baseURL!);
  await organiser.goto('/werkruimte/samana/activiteiten/nieuw');
  const create = organiser.locator('form[action="?/create"]');
  await create.getByLabel('Soort activiteit').selectOption('vorming');
  await create.getByLabel('Titel').fill(title);
  await create.getByLabel('Korte samenvatting').fill('Een vorming met één plaats, om de wachtlijst te zien werken.');
  await create.getByLabel('Startdatum').fill('2030-05-14');
  await create.getByLabel('Startuur').fill('09:30');
  await create.getByLabel('Einddatum').fill('2030-05-14');
  await create.getByLabel('Einduur').fill('16:00');
  await create.getByLabel('Inschrijven kan tot (datum)').fill('2030-04-30');
  await create.getByLabel('Aantal plaatsen').fill('1');
  await create.getByLabel('Locatie').fill('Samana, Haachtsesteenweg 579, Brussel');
  await create.getByRole('button', { name: 'Activiteit aanmaken' }).click();
  await expect(organiser.getByText('De activiteit is aangemaakt.', { exact: false })).toBeVisible();
  const slug = new URL(organiser.url()).pathname.split('/').pop()!;
  const id = await activityId(organiser.request, slug);
  const page = `/activiteiten/samana/${slug}`;

  // A guest takes the only seat; it is held, unconfirmed, for 48 hours (the default).
  const guestEmail = `gast.vervalt.${Date.now()}@e2e.example`;
  const guest = await (await browser.newContext({ baseURL, locale: 'nl-BE' })).newPage();
  await guest.goto(`${page}/inschrijven/zonder-account`);
  const form = guest.locator('form[action="?/register"]');
  await form.getByLabel('Naam', { exact: true }).fill('Gust Gast');
  await form.getByLabel('E-mailadres', { exact: true }).fill(guestEmail);
  await form.getByRole('button', { name: /^Inschrijven/ }).click();
  await expect(guest.getByRole('heading', { name: 'Kijk in je mailbox' })).toBeVisible();
  await waitForMail(guestEmail, /^Bevestig je inschrijving/);

  // Femke registers after her: the activity is full, so she waits.
  const femke = await (await browser.newContext({ baseURL, locale: 'nl-BE' })).newPage();
  await signInEmail(femke.request, waiter, baseURL!);
  await femke.goto(`${page}/inschrijven`);
  await femke.getByRole('button', { name: 'Inschrijven op de wachtlijst' }).click();
  await expect(femke.getByText('je staat op de wachtlijst, op plaats 1', { exact: false }).first()).toBeVisible();

  // Before the deadline nothing is released; after it the guest's seat goes to Femke.
  expect(await releaseAsIfLater(id, 47)).toEqual({ released: 0 });
  expect(await releaseAsIfLater(id, 49)).toEqual({ released: 1 });
  const promoted = await waitForMail(waiter, new RegExp(`^Er is een plaats vrijgekomen: ${title}`));
  expect(promoted.attachments.some((a) => a.contentType.startsWith('text/calendar'))).toBe(true);
  await waitForMail(guestEmail, new RegExp(`^Inschrijving vervallen: ${title}`));
  expect(await releaseAsIfLater(id, 49)).toEqual({ released: 0 });

  await organiser.goto(`/werkruimte/samana/activiteiten/${slug}/deelnemers`);
  await expect(organiser.getByText('1 van de 1 plaatsen ingenomen.')).toBeVisible();
  await expect(organiser.getByRole('row').filter({ hasText: 'Femke Aerts' })).toContainText('Ingeschreven');
  const cancelled = organiser.getByRole('row').filter({ hasText: 'Gust Gast' });
  await expect(cancelled).toContainText('Geannuleerd');
  await femke.goto(`${page}/inschrijven`);
  await expect(femke.getByText('Je bent ingeschreven', { exact: false }).first()).toBeVisible();
});
