import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { cellText, parseCsv } from '../../src/lib/server/spreadsheets';
import { expectAccessible, signIn, waitForMail } from './support';

// The organiser of the Hamburg trip follows its registrations. Another journey registers for the
// same trip in parallel, so only demo people are asserted on, never totals. One test here cancels
// Laura Michiels on her behalf; no other journey uses her.
const base = '/werkruimte/ouders-en-school/activiteiten/studiereis-hamburg';
const dinner21 = 'Gezamenlijk diner 21 november — op eigen kosten';
const dinner22 = 'Gezamenlijk diner 22 november — op eigen kosten';

async function download(page: Page, link: string): Promise<{ name: string; bytes: Buffer }> {
  const pending = page.waitForEvent('download');
  await page.getByRole('link', { name: link }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test('the organiser follows the Hamburg registrations, marks a payment, exports and sees check-in is not open yet', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const page = await (await browser.newContext({ baseURL, locale: 'nl-BE', acceptDownloads: true })).newPage();
  await signIn(page.request, 'hamburgFacilitator', baseURL!);

  await page.goto(`${base}/deelnemers`);
  await expect(page.getByRole('link', { name: 'Deelnemers', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText(/Dit is de stand van .+ om \d\d\.\d\d uur\./)).toBeVisible();
  await expect(page.getByText(/\d+ van de 25 plaatsen ingenomen\./)).toBeVisible();
  const nadia = page.getByRole('row').filter({ hasText: 'Nadia El Amrani' });
  await expect(nadia).toContainText('Sint-Servaasinstituut');
  await expect(nadia).toContainText('Wat is je functie?');
  await expect(nadia).toContainText('Directeur of bestuurder');
  await expect(nadia).toContainText(`${dinner21} (plaats bevestigd)`);
  await expect(nadia).toContainText('GO! Atheneum Brussel');
  await expect(nadia).toContainText('Betaald op wo 15 sep 2027');
  const griet = page.getByRole('row').filter({ hasText: 'Griet Vermeulen' });
  await expect(griet).toContainText('Voor welke gemeente werk je?');
  await expect(griet).toContainText('Gemeente: Stad Genk');
  // Griet is Genk's officer, with GO! Atheneum Winterslag (ADR 030).
  await expect(griet).toContainText('Gemeentefunctionaris');
  await expect(griet).toContainText('Stad Genk — GO! Atheneum Winterslag');
  await expect(page.getByRole('row', { name: /Dries Coppens/ })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`${dinner22} \\d+ van 25`) })).toBeVisible();
  await expectAccessible(page);

  // Mark a payment and undo it.
  const stijn = page.getByRole('row').filter({ hasText: 'Stijn Maes' });
  await expect(stijn).toContainText('Niet betaald');
  await page.getByRole('button', { name: 'Markeer de betaling van Stijn Maes als betaald' }).click();
  await expect(page.getByText('De betaling van Stijn Maes is bijgewerkt.')).toBeVisible();
  await expect(stijn).toContainText(/Betaald op \w+ \d{1,2} \w+ \d{4}/);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Markeer de betaling van Stijn Maes als niet betaald' }).click();
  await expect(page.getByText('De betaling van Stijn Maes is bijgewerkt.')).toBeVisible();
  await expect(stijn).toContainText('Niet betaald');

  // A registration that is not of this activity: 404 with a message, nothing changed.
  const unknown = await page.request.post(`${base}/deelnemers?/payment`, {
    form: { registrationId: '00000000-0000-4000-8000-000000000000', paid: 'ja' }, headers: { accept: 'text/html', origin: baseURL! }
  });
  expect(unknown.status()).toBe(404);
  expect(await unknown.text()).toContain('Deze inschrijving hoort niet bij deze activiteit');

  // The XLSX, read back.
  const xlsx = await download(page, 'Download de deelnemerslijst als Excel-bestand (.xlsx)');
  expect(xlsx.name).toBe('deelnemers-studiereis-hamburg.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ExcelJS.Buffer);
  const sheet = book.getWorksheet('Deelnemers')!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: row.cellCount }, (_, i) => cellText(row.getCell(i + 1).value))));
  const [headers, ...data] = rows;
  expect(headers).toEqual([
    'Status', 'Plaats op wachtlijst', 'Naam', 'E-mail', 'School', 'Ingeschreven door', 'Wat is je functie?', 'Voor welke gemeente werk je?',
    'Kom je samen met iemand van je school of gemeente?', 'Reis je met de trein?', 'Vanuit welk station?',
    'Welke vraag wil je in Hamburg zeker beantwoord zien?', dinner21, dinner22, 'Samen met gemeente', 'Rol in het duo', 'Scholen in het duo',
    'Facturatie aan', 'Naam facturatie', 'Ondernemingsnummer', 'Referentie', 'E-mail facturatie', 'Betaald op'
  ]);
  const column = (name: string) => headers!.indexOf(name);
  const nadiaRow = data.find((r) => r[column('Naam')] === 'Nadia El Amrani')!;
  expect(nadiaRow[column('Status')]).toBe('Ingeschreven');
  expect(nadiaRow[column('E-mail')]).toBe('nadia.elamrani@demo.netwerkplein.example');
  expect(nadiaRow[column('Wat is je functie?')]).toBe('Directeur of bestuurder');
  expect([nadiaRow[column(dinner21)], nadiaRow[column(dinner22)]]).toEqual(['ja', 'ja']);
  expect(nadiaRow.slice(column('Facturatie aan'))).toEqual(['School', 'GO! Atheneum Brussel', '0254.216.313', 'HAM-2027-01', '', '2027-09-15']);
  const koenRow = data.find((r) => r[column('Naam')] === 'Koen Peeters')!;
  expect([koenRow[column(dinner21)], koenRow[column(dinner22)]]).toEqual(['ja', 'nee']);
  const grietRow = data.find((r) => r[column('Naam')] === 'Griet Vermeulen')!;
  expect(grietRow[column('Voor welke gemeente werk je?')]).toBe('Genk');
  expect(grietRow.slice(column('Samen met gemeente'), column('Scholen in het duo') + 1)).toEqual(['Stad Genk', 'gemeentefunctionaris', 'GO! Atheneum Winterslag']);
  expect(data.some((r) => r[column('Naam')] === 'Dries Coppens')).toBe(false);

  // The CSV, read back: BOM, `;` and the same cells.
  const csv = await download(page, 'Download de deelnemerslijst als CSV-bestand (.csv)');
  expect(csv.name).toBe('deelnemers-studiereis-hamburg.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = parseCsv(csv.bytes.toString('utf8').slice(1), ';');
  if (!Array.isArray(parsed)) throw new Error(`CSV unreadable: ${parsed}`);
  const [csvHeaders, ...csvRows] = parsed.map((r) => r.cells);
  expect(csvHeaders).toEqual(headers);
  expect(csvRows.find((r) => r[column('Naam')] === 'Nadia El Amrani')).toEqual(nadiaRow);

  // Check-in opens on the first day (20 November 2027): the page says so and a forced post is refused.
  await page.goto(`${base}/aanwezigheid`);
  await expect(page.getByText('Aanwezigheden aanduiden kan vanaf de eerste dag van de activiteit, 20 november 2027.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Nadia El Amrani/ })).toContainText('Nog niet aangeduid');
  await expect(page.getByRole('button', { name: /aanwezig/i })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(`${base}/deelnemers`);
  const nadiaId = await page.getByRole('row').filter({ hasText: 'Nadia El Amrani' }).locator('input[name="registrationId"]').first().getAttribute('value');
  const early = await page.request.post(`${base}/aanwezigheid?/checkIn`, {
    form: { registrationId: nadiaId!, presence: 'attended' }, headers: { accept: 'text/html', origin: baseURL! }
  });
  expect(early.status()).toBe(409);
  expect(await early.text()).toContain('Aanwezigheden aanduiden kan pas vanaf de eerste dag van de activiteit.');
  await page.goto(`${base}/aanwezigheid`);
  await expect(page.getByRole('row', { name: /Nadia El Amrani/ })).toContainText('Nog niet aangeduid');
});

test('the organiser cancels a registration on someone’s behalf: only with the box ticked, and the person is mailed', async ({ browser, baseURL }) => {
  const page = await (await browser.newContext({ baseURL, locale: 'nl-BE' })).newPage();
  await signIn(page.request, 'hamburgFacilitator', baseURL!);
  await page.goto(`${base}/deelnemers`);
  const registered = page.getByRole('table', { name: 'Ingeschreven deelnemers met hun antwoorden, opties, facturatie en betaling' });
  const laura = registered.getByRole('row').filter({ hasText: 'Laura Michiels' });
  await laura.getByText('Annuleren', { exact: true }).click();
  await expectAccessible(page);
  await laura.getByRole('button', { name: 'Inschrijving van Laura Michiels annuleren' }).click();
  await expect(page.getByText('Vink aan dat je deze inschrijving wilt annuleren.').last()).toBeVisible();
  await expect(registered.getByRole('row').filter({ hasText: 'Laura Michiels' })).toBeVisible();
  await expect(page.getByLabel('Ja, annuleer de inschrijving van Laura Michiels')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await page.getByLabel('Ja, annuleer de inschrijving van Laura Michiels').check();
  await page.getByRole('button', { name: 'Inschrijving van Laura Michiels annuleren' }).click();
  await expect(page.getByRole('status')).toHaveText('De inschrijving van Laura Michiels is geannuleerd; Laura Michiels krijgt een mail.');
  await expect(registered.getByRole('row').filter({ hasText: 'Laura Michiels' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: /^Geannuleerd/ }).getByRole('row', { name: /Laura Michiels/ })).toBeVisible();
  await expectAccessible(page);
  const mail = await waitForMail('laura.michiels@demo.netwerkplein.example', /^Inschrijving geannuleerd: Studiereis Hamburg/);
  expect(mail.text).toContain('Ouders & School vzw heeft je inschrijving voor ‘Studiereis Hamburg: Schulmentoren en een lerende community met ouders’ geannuleerd.');
});

test('another organisation’s facilitator does not see the list; Samana’s own (empty) lists are accessible', async ({ browser, baseURL }) => {
  const page = await (await browser.newContext({ baseURL, locale: 'nl-BE' })).newPage();
  expect((await page.request.get(`${base}/deelnemers/export/csv`, { maxRedirects: 0 })).status()).toBe(303);
  await signIn(page.request, 'facilitator', baseURL!);
  expect((await page.goto(`${base}/deelnemers`))?.status()).toBe(403);
  await expectAccessible(page);
  expect((await page.request.get(`${base}/deelnemers/export/xlsx`)).status()).toBe(403);
  expect((await page.goto('/werkruimte/samana/activiteiten/vorming-jonge-mantelzorgers-herkennen/deelnemers'))?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: /Enkel interesse/ })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/werkruimte/samana/activiteiten/vorming-jonge-mantelzorgers-herkennen/aanwezigheid');
  await expectAccessible(page);
});
