import { expect, test, type Page } from '@playwright/test';
import { accounts, expectAccessible, signIn, waitForMail } from './support';

// A school staff member (medewerker@) registers for Samana's public training, changes the
// registration, reads the confirmation mail with the .ics from the SMTP peer, and cancels.
const base = '/activiteiten/samana/vorming-jonge-mantelzorgers-herkennen';
const title = 'Vorming: jonge mantelzorgers herkennen en ondersteunen';

async function postOf(page: Page, click: () => Promise<void>): Promise<number> {
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), click()]);
  return response.status();
}

test('a staff member registers for a training, changes it, gets the confirmation with .ics and cancels', async ({ page, baseURL }) => {
  const response = await page.goto(`${base}/inschrijven`);
  expect(new URL(page.url()).pathname).toBe('/aanmelden');
  expect(response?.status()).toBe(200);
  await expectAccessible(page);

  await signIn(page.request, 'staff', baseURL!);
  await page.goto(`${base}/inschrijven`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Inschrijven: ${title}`);
  await expect(page.getByText('Je bent niet ingeschreven.')).toBeVisible();
  await expectAccessible(page);

  // Interest first: no seat, and registering stays possible.
  expect(await postOf(page, () => page.getByRole('button', { name: 'Ik heb interesse' }).click())).toBe(200);
  await expect(page.getByText('Je hebt interesse getoond. Je bent nog niet ingeschreven.')).toBeVisible();
  await expectAccessible(page);

  // A wrong enterprise number: a Dutch message next to the field, and nothing is written.
  const register = page.locator('form[action="?/register"]');
  await register.getByLabel('Wat is je rol op school?').fill('Leerkracht');
  await expect(register.getByLabel('De school', { exact: true })).toBeChecked();
  await expect(register.getByLabel('Naam van de school of gemeente')).toHaveValue('Sint-Jozefsinstituut');
  await register.getByLabel('Ondernemingsnummer').fill('0123.456.789');
  await register.getByLabel('Referentie of bestelbonnummer').fill('PO-2027-017');
  expect(await postOf(page, () => register.getByRole('button', { name: 'Inschrijven' }).click())).toBe(400);
  await expect(register.getByText('Dit ondernemingsnummer bestaat niet')).toBeVisible();
  await expect(register.getByLabel('Ondernemingsnummer')).toHaveAttribute('aria-invalid', 'true');
  await expect(register.getByLabel('Wat is je rol op school?')).toHaveValue('Leerkracht');
  await expectAccessible(page);
  await page.goto(`${base}/inschrijven`);
  await expect(page.getByText('Je hebt interesse getoond. Je bent nog niet ingeschreven.')).toBeVisible();

  // Registering with a valid number, written the way people do.
  await register.getByLabel('Wat is je rol op school?').fill('Leerkracht');
  await register.getByLabel('Ondernemingsnummer').fill('0123 456 749');
  await register.getByLabel('Referentie of bestelbonnummer').fill('PO-2027-017');
  expect(await postOf(page, () => register.getByRole('button', { name: 'Inschrijven' }).click())).toBe(200);
  await expect(page.getByRole('status')).toContainText('Je bent ingeschreven.');
  await expect(page.getByText('Je bent ingeschreven.', { exact: true })).toBeVisible();
  await expectAccessible(page);

  // Changing the answer until the deadline; the stored number is normalised.
  const change = page.locator('form[action="?/update"]');
  await expect(change.getByLabel('Ondernemingsnummer')).toHaveValue('0123.456.749');
  await change.getByLabel('Wat is je rol op school?').fill('Zorgcoördinator');
  expect(await postOf(page, () => change.getByRole('button', { name: 'Wijzigingen bewaren' }).click())).toBe(200);
  await expect(page.getByRole('status')).toHaveText('Je wijzigingen zijn bewaard.');
  await page.goto(`${base}/inschrijven`);
  await expect(change.getByLabel('Wat is je rol op school?')).toHaveValue('Zorgcoördinator');
  await expect(change.getByLabel('Referentie of bestelbonnummer')).toHaveValue('PO-2027-017');
  await expectAccessible(page);

  const mail = await waitForMail(accounts.staff, new RegExp(`^Inschrijving bevestigd: ${title}`));
  expect(mail.text).toContain(`Je bent ingeschreven voor ‘${title}’ van Samana.`);
  expect(mail.text).toContain('/activiteiten/samana/vorming-jonge-mantelzorgers-herkennen/inschrijven');
  const attachment = mail.attachments.find((a) => a.filename === 'vorming-jonge-mantelzorgers-herkennen.ics');
  expect(attachment?.contentType).toContain('text/calendar');
  expect(attachment?.content).toContain('BEGIN:VCALENDAR');
  expect(attachment?.content).toContain(`SUMMARY:${title}`);

  const ics = await page.request.get(`${base}/ics`);
  expect(ics.status()).toBe(200);
  expect(ics.headers()['content-type']).toContain('text/calendar');

  await page.goto('/werkruimte');
  await expect(page.getByRole('heading', { name: 'Mijn activiteiten' })).toBeVisible();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: new RegExp(title) }) });
  await expect(item).toContainText('Ingeschreven');
  await expectAccessible(page);

  // Cancelling asks for a confirmation first.
  await item.getByRole('link').click();
  const cancel = page.locator('form[action="?/cancel"]');
  expect(await postOf(page, () => cancel.getByRole('button', { name: 'Inschrijving annuleren' }).click())).toBe(400);
  await expect(cancel.getByText('Vink aan dat je de inschrijving wilt annuleren.')).toBeVisible();
  await expect(page.getByText('Je bent ingeschreven.', { exact: true })).toBeVisible();
  await expectAccessible(page);
  await cancel.getByLabel('Ja, ik annuleer mijn inschrijving').check();
  expect(await postOf(page, () => cancel.getByRole('button', { name: 'Inschrijving annuleren' }).click())).toBe(200);
  await expect(page.getByText('Je hebt je inschrijving geannuleerd.')).toBeVisible();
  await expectAccessible(page);
  await waitForMail(accounts.staff, new RegExp(`^Inschrijving geannuleerd: ${title}`));
  expect((await page.request.get(`${base}/ics`)).status()).toBe(404);
});
