import { expect, test } from '@playwright/test';
import { accounts, demoPassword, expectAccessible, signIn } from './support';

test('a visitor reads the Hamburg study trip: audience, programme, price and the two dinners', async ({ page, request }) => {
  await page.goto('/activiteiten');
  await expectAccessible(page);
  await page.getByRole('link', { name: /Studiereis Hamburg/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Studiereis Hamburg: Schulmentoren en een lerende community met ouders');
  await expect(page.getByText('Directeuren/bestuurders, intern begeleiders', { exact: false })).toBeVisible();
  await expect(page.getByText('€ 695,-')).toBeVisible();
  // Demo participants (and the Hamburg journey, in parallel) hold seats: only the shape is fixed.
  await expect(page.getByText(/Nog \d+ van de 25 plaatsen vrij\./)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Gezamenlijk diner 21 november — op eigen kosten' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Gezamenlijk diner 22 november — op eigen kosten' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Betrokken gemeenteambtenaren in Hamburg' })).toBeVisible();
  await expectAccessible(page);

  const list = await (await request.get('/api/v1/activities')).json();
  const trip = list.activities.find((a: { slug: string }) => a.slug === 'studiereis-hamburg');
  expect(trip).toMatchObject({ priceCents: 69500, capacity: 25, kind: 'studiereis' });
  expect(trip.seatsLeft).toBeLessThanOrEqual(20);
  const detail = await (await request.get(`/api/v1/activities/${trip.id}`)).json();
  expect(detail.extras.map((e: { title: string }) => e.title)).toEqual(['Gezamenlijk diner 21 november — op eigen kosten', 'Gezamenlijk diner 22 november — op eigen kosten']);
  expect(detail.programme).toHaveLength(6);
  expect(list.activities.map((a: { slug: string }) => a.slug)).not.toContain('uitwisselingsdag-2027');
});

test('the activity page has one call to action: a visitor signs in and lands on the registration form, then sees "Inschrijven"', async ({ page }) => {
  const trip = '/activiteiten/ouders-en-school/studiereis-hamburg';
  await page.goto(trip);
  const signInFirst = page.getByRole('link', { name: 'Aanmelden om in te schrijven' });
  await expect(signInFirst).toHaveAttribute('href', `/aanmelden?terug=${encodeURIComponent(`${trip}/inschrijven`)}`);
  await expect(page.locator('main .button')).toHaveCount(1);
  await expectAccessible(page);

  await signInFirst.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanmelden');
  await expectAccessible(page);
  const form = page.locator('form[action="?/password"]');
  await form.getByLabel('E-mailadres').fill(accounts.staff);
  await form.getByLabel('Wachtwoord').fill(demoPassword);
  await form.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page).toHaveURL(new RegExp(`${trip}/inschrijven$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Inschrijven: Studiereis Hamburg/);
  await expectAccessible(page);

  await page.goto(trip);
  await expect(page.getByRole('link', { name: 'Aanmelden om in te schrijven' })).toHaveCount(0);
  await expect(page.locator('main .button')).toHaveCount(1);
  await page.getByRole('link', { name: 'Inschrijven', exact: true }).and(page.locator('.button')).click();
  await expect(page).toHaveURL(new RegExp(`${trip}/inschrijven$`));
  await expectAccessible(page);
});

test('the study day presents one session per provincial network; the exchange day stays within its network', async ({ page, baseURL }) => {
  await page.goto('/activiteiten/samen-tegen-schooluitval/studiedag-praktijkvoorbeelden');
  for (const presenter of ['Els Dupon', 'Eva Trogh', 'Nathalie Vanbergen', 'Oona Somers en Sofie Baert', 'An Hessels', 'Annick Steyt']) {
    await expect(page.getByText(`door ${presenter}`)).toBeVisible();
  }
  await expectAccessible(page);
  expect((await page.goto('/activiteiten/samana/uitwisselingsdag-2027'))?.status()).toBe(404);

  await signIn(page.request, 'facilitator', baseURL!);
  await page.goto('/activiteiten');
  await expect(page.getByRole('heading', { name: 'Voor uw netwerken en school' })).toBeVisible();
  await page.getByRole('link', { name: 'Uitwisselingsdag Scholennetwerk jonge mantelzorgers' }).click();
  await expect(page.getByText('Voor de leden van het netwerk', { exact: false })).toBeVisible();
  await expectAccessible(page);
});
