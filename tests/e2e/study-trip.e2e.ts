// The Hamburg study trip of seed 001, from the participant's side to the organiser's export: a
// school coordinator (coordinator@, Sofie Claeys) registers with the dinner of 22 November only,
// reads the confirmation from the SMTP peer, votes in the pre-meeting poll, sends in a question and
// opts in to travel together; the organiser then sees the registration and its question and reads
// the XLSX export back. Only this journey registers coordinator@ for the trip, and it never picks
// the pre-meeting date (that would mail every participant of the trip).
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { cellText } from '../../src/lib/server/spreadsheets';
import { accounts, expectAccessible, signIn, waitForMail } from './support';

const trip = '/activiteiten/ouders-en-school/studiereis-hamburg';
const manage = '/werkruimte/ouders-en-school/activiteiten/studiereis-hamburg';
const title = 'Studiereis Hamburg: Schulmentoren en een lerende community met ouders';
const dinner21 = 'Gezamenlijk diner 21 november — op eigen kosten';
const dinner22 = 'Gezamenlijk diner 22 november — op eigen kosten';
const question = 'Hoe vinden de Schulmentoren ouders die zelf weinig met de school te maken hebben?';

test('a coordinator registers for Hamburg with one dinner, votes, asks, travels together; the organiser exports', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const sofieContext = await browser.newContext({ baseURL, locale: 'nl-BE' });
  const sofie = await sofieContext.newPage();

  await sofie.goto(trip);
  await expect(sofie.getByRole('heading', { level: 1 })).toHaveText(title);
  await expectAccessible(sofie);

  // Registering: the required question first, then the dinner of 22 November only.
  await signIn(sofieContext.request, 'coordinator', baseURL!);
  await sofie.goto(`${trip}/inschrijven`);
  await expect(sofie.getByRole('heading', { level: 1 })).toHaveText(`Inschrijven: ${title}`);
  await expectAccessible(sofie);
  const register = sofie.locator('form[action="?/register"]');
  // The station is asked only of who travels by train: CSS shows it under "Ja", no JavaScript.
  const train = register.getByRole('group', { name: 'Reis je met de trein?' });
  const station = register.getByLabel('Vanuit welk station? (verplicht)');
  await expect(station).toBeHidden();
  await train.getByLabel('Ja', { exact: true }).check();
  await expect(station).toBeVisible();
  await expectAccessible(sofie);
  await station.fill('Mechelen');
  await train.getByLabel('Nee', { exact: true }).check();
  await expect(station).toBeHidden();
  await expectAccessible(sofie);
  await register.getByLabel(dinner22).check();
  await register.getByLabel('Ondernemingsnummer').fill('0123.456.749');
  await register.getByRole('button', { name: 'Inschrijven' }).click();
  await expect(register.getByText('Beantwoord deze vraag.').first()).toBeVisible();
  await expect(register.getByLabel(dinner22)).toBeChecked();
  await expect(train.getByLabel('Nee', { exact: true })).toBeChecked();
  await expect(station).toBeHidden();
  await expectAccessible(sofie);
  await register.getByRole('group', { name: /Wat is je functie\?/ }).getByLabel('Directeur of bestuurder').check();
  await register.getByLabel('Welke vraag wil je in Hamburg zeker beantwoord zien?').fill('Hoe betrekt de gemeente de ouders?');
  await register.getByRole('button', { name: 'Inschrijven' }).click();
  await expect(sofie.getByRole('status')).toContainText('Je bent ingeschreven.');
  const change = sofie.locator('form[action="?/update"]');
  await expect(change.getByLabel(dinner22)).toBeChecked();
  await expect(change.getByLabel(dinner21)).not.toBeChecked();
  await expectAccessible(sofie);

  // The station typed before "Nee" was posted but not kept; after "Ja" it is required.
  const changeTrain = change.getByRole('group', { name: 'Reis je met de trein?' });
  const changeStation = change.getByLabel('Vanuit welk station? (verplicht)');
  await expect(changeTrain.getByLabel('Nee', { exact: true })).toBeChecked();
  await expect(changeStation).toBeHidden();
  await changeTrain.getByLabel('Ja', { exact: true }).check();
  await expect(changeStation).toBeVisible();
  await expect(changeStation).toHaveValue('');
  await change.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
  await expect(change.getByText('Beantwoord deze vraag.')).toBeVisible();
  await expect(changeStation).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(sofie);
  await changeStation.fill('Mechelen');
  await change.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
  await expect(sofie.getByRole('status')).toHaveText('Je wijzigingen zijn bewaard.');
  await expect(changeStation).toHaveValue('Mechelen');

  const mail = await waitForMail(accounts.coordinator, new RegExp(`^Inschrijving bevestigd: ${title}`));
  expect(mail.text).toContain(dinner22);
  expect(mail.text).not.toContain(dinner21);
  expect(mail.text).toContain('€ 695');
  const ics = mail.attachments.find((a) => a.filename === 'studiereis-hamburg.ics');
  expect(ics?.contentType).toContain('text/calendar');
  expect(ics!.content.replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY:${title}`);

  // The pre-meeting poll: yes, maybe, no on the three candidate dates; then a question.
  await sofie.goto(`${trip}/voorbereiding`);
  await expect(sofie.getByRole('heading', { name: 'Wanneer past het jou?' })).toBeVisible();
  await expectAccessible(sofie);
  const vote = async (day: RegExp, answer: 'Ja' | 'Misschien' | 'Nee') =>
    sofie.getByRole('group', { name: day }).getByLabel(answer, { exact: true }).check();
  await vote(/dinsdag 5 oktober 2027 om 19:00/, 'Ja');
  await vote(/donderdag 7 oktober 2027 om 12:30/, 'Misschien');
  await vote(/dinsdag 12 oktober 2027 om 19:00/, 'Nee');
  await sofie.getByRole('button', { name: 'Keuze bewaren' }).click();
  await expect(sofie.getByRole('status')).toHaveText('Je keuze is bewaard.');
  await sofie.goto(`${trip}/voorbereiding`);
  await expect(sofie.getByRole('group', { name: /dinsdag 5 oktober 2027/ }).getByLabel('Ja', { exact: true })).toBeChecked();
  await expect(sofie.getByRole('group', { name: /donderdag 7 oktober 2027/ }).getByLabel('Misschien', { exact: true })).toBeChecked();
  await sofie.getByLabel('Je vraag').fill(question);
  await sofie.getByRole('button', { name: 'Vraag insturen' }).click();
  await expect(sofie.getByRole('status')).toHaveText('Je vraag is ingestuurd.');
  await expect(sofie.getByText(question)).toBeVisible();
  // Sending ended in a redirect: a reload does not send the question in again.
  await sofie.reload();
  await expect(sofie.getByText(question)).toHaveCount(1);
  await expectAccessible(sofie);

  // Travelling together: on the board, from Mechelen by train.
  await sofie.goto(`${trip}/samen-reizen`);
  await expectAccessible(sofie);
  await sofie.getByLabel('Van waar vertrek je?').fill('Mechelen');
  await sofie.getByLabel('Trein', { exact: true }).check();
  await sofie.getByLabel('Contactgegevens voor de andere reizigers').fill('sofie.claeys@sint-jozef.example');
  await sofie.getByRole('button', { name: 'Op het bord zetten' }).click();
  await expect(sofie.getByRole('status')).toHaveText('Je staat op het bord.');
  await expect(sofie.getByRole('row', { name: /Sofie Claeys/ })).toContainText('sofie.claeys@sint-jozef.example');
  await expectAccessible(sofie);
  await sofieContext.close();

  // The organiser: the registration with its one dinner, the question, and the export read back.
  const organiserContext = await browser.newContext({ baseURL, locale: 'nl-BE', acceptDownloads: true });
  const organiser = await organiserContext.newPage();
  await signIn(organiserContext.request, 'hamburgFacilitator', baseURL!);
  await organiser.goto(`${manage}/deelnemers`);
  const registered = organiser.getByRole('table', { name: 'Ingeschreven deelnemers met hun antwoorden, opties, facturatie en betaling' });
  const row = registered.getByRole('row').filter({ hasText: 'Sofie Claeys' });
  await expect(row).toContainText(`${dinner22} (plaats bevestigd)`);
  await expect(row).not.toContainText(dinner21);
  await expectAccessible(organiser);

  await organiser.goto(`${manage}/voorbereiding`);
  await expect(organiser.getByText(question)).toBeVisible();
  await expect(organiser.getByText('gesteld door Sofie Claeys')).toBeVisible();
  await expectAccessible(organiser);

  await organiser.goto(`${manage}/deelnemers`);
  const rows = await downloadXlsxRows(organiser, 'Download de deelnemerslijst als Excel-bestand (.xlsx)');
  const [headers, ...data] = rows;
  const column = (name: string) => headers!.indexOf(name);
  const sofieRow = data.find((r) => r[column('Naam')] === 'Sofie Claeys');
  expect(sofieRow, 'Sofie in the XLSX').toBeDefined();
  expect(sofieRow![column('Status')]).toBe('Ingeschreven');
  expect(sofieRow![column('E-mail')]).toBe(accounts.coordinator);
  expect(sofieRow![column('Wat is je functie?')]).toBe('Directeur of bestuurder');
  expect([sofieRow![column('Reis je met de trein?')], sofieRow![column('Vanuit welk station?')]]).toEqual(['Ja', 'Mechelen']);
  expect([sofieRow![column(dinner21)], sofieRow![column(dinner22)]]).toEqual(['nee', 'ja']);
  expect(sofieRow![column('Facturatie aan')]).toBe('School');
  expect(sofieRow![column('Ondernemingsnummer')]).toBe('0123.456.749');
  await organiserContext.close();
});

async function downloadXlsxRows(page: Page, link: string): Promise<string[][]> {
  const pending = page.waitForEvent('download');
  await page.getByRole('link', { name: link }).click();
  const file = await pending;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync((await file.path())!) as unknown as ExcelJS.Buffer);
  const rows: string[][] = [];
  book.getWorksheet('Deelnemers')!.eachRow((r) => rows.push(Array.from({ length: r.cellCount }, (_, i) => cellText(r.getCell(i + 1).value))));
  return rows;
}
