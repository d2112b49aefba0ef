// The Hamburg study trip of seed 001, from the participant's side to the organiser's export: a
// school coordinator (coordinator@, Sofie Claeys) registers with the dinner of 22 November only,
// reads the confirmation from the SMTP peer, votes in the pre-meeting poll, sends in a question and
// opts in to travel together; the organiser then sees the registration and its question and reads
// the XLSX export back. Only this journey registers coordinator@ for the trip, and it never picks
// the pre-meeting date (that would mail every participant of the trip). Only its second test
// registers (and cancels) her colleague lien.segers@.
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
  await expect(callToAction(sofie)).toHaveText('Aanmelden om in te schrijven');
  await expectAccessible(sofie);

  // Signed in, the activity page's one button leads to the registration form.
  await signIn(sofieContext.request, 'coordinator', baseURL!);
  await sofie.goto(trip);
  await expect(callToAction(sofie)).toHaveText('Inschrijven');
  await expectAccessible(sofie);
  await callToAction(sofie).click();
  await expect(sofie.getByRole('heading', { level: 1 })).toHaveText(`Inschrijven: ${title}`);
  await expectAccessible(sofie);

  // Registering: the required question first, then the dinner of 22 November only.
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

  // Back on the activity page, the button leads to the registration.
  await sofie.goto(trip);
  await expect(sofie.getByText('Je bent ingeschreven.', { exact: true })).toBeVisible();
  await expect(callToAction(sofie)).toHaveText('Je inschrijving bekijken of wijzigen');
  await expect(callToAction(sofie)).toHaveAttribute('href', `${trip}/inschrijven`);
  await expectAccessible(sofie);

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
  await vote(/dinsdag 5 oktober 2027 om 19.00 uur/, 'Ja');
  await vote(/donderdag 7 oktober 2027 om 12.30 uur/, 'Misschien');
  await vote(/dinsdag 12 oktober 2027 om 19.00 uur/, 'Nee');
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

test('a coordinator registers a colleague on its own step, and cancels that registration', async ({ page, baseURL }) => {
  await signIn(page.request, 'coordinator', baseURL!);
  await page.goto(`${trip}/inschrijven`);
  // One's own registration form no longer repeats below for a colleague: a link leads to that step.
  await expect(page.locator('form[action="?/registerColleague"]')).toHaveCount(0);
  await page.getByRole('link', { name: 'Een collega inschrijven' }).click();
  await expect(page).toHaveURL(`${trip}/inschrijven/collega`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Een collega inschrijven: ${title}`);
  await expectAccessible(page);

  // Bad input: messages next to the fields, what was typed kept, nobody registered.
  const form = page.getByRole('form', { name: 'Een collega inschrijven' });
  const expectation = 'Hoe werken de Schulmentoren samen met de zorgcoördinator?';
  await form.getByLabel('Welke vraag wil je in Hamburg zeker beantwoord zien?').fill(expectation);
  await form.getByLabel('Ondernemingsnummer').fill('0123.456.749');
  const station = form.getByLabel('Vanuit welk station? (verplicht)');
  await expect(station).toBeHidden();
  await form.getByRole('group', { name: 'Reis je met de trein?' }).getByLabel('Ja', { exact: true }).check();
  await expect(station).toBeVisible();
  await form.getByRole('button', { name: 'Collega inschrijven' }).click();
  await expect(form.getByText('Kies een collega.')).toBeVisible();
  await expect(form.getByLabel('Collega', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(station).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Welke vraag wil je in Hamburg zeker beantwoord zien?')).toHaveValue(expectation);
  await expect(form.getByLabel('Ondernemingsnummer')).toHaveValue('0123.456.749');
  await expectAccessible(page);

  await form.getByLabel('Collega', { exact: true }).selectOption({ label: 'Lien Segers (Sint-Jozefsinstituut)' });
  await form.getByRole('group', { name: /Wat is je functie\?/ }).getByLabel('Intern begeleider').check();
  await station.fill('Leuven');
  await form.getByRole('button', { name: 'Collega inschrijven' }).click();
  // Back on one's own registration page (a GET: a reload registers nobody twice), which lists the colleague.
  await expect(page).toHaveURL(new RegExp(`${trip}/inschrijven\\?collega=[0-9a-f-]{36}$`));
  await expect(page.getByRole('status')).toHaveText('Lien Segers is ingeschreven en krijgt een bevestiging per e-mail.');
  const lien = page.getByRole('listitem').filter({ hasText: 'Lien Segers' });
  await expect(lien).toContainText('Lien Segers — Ingeschreven');
  await expectAccessible(page);
  const mail = await waitForMail('lien.segers@demo.netwerkplein.example', new RegExp(`^Inschrijving bevestigd: ${title}`));
  expect(mail.text).toContain(`Sofie Claeys schreef je in voor ‘${title}’`);

  await lien.getByLabel('Ja, ik annuleer de inschrijving van Lien Segers').check();
  await lien.getByRole('button', { name: 'Inschrijving van Lien Segers annuleren' }).click();
  await expect(page.getByRole('status')).toHaveText('De inschrijving van Lien Segers is geannuleerd.');
  await expectAccessible(page);
});

/** The one prominent button of the activity page. */
function callToAction(page: Page) {
  return page.locator('main .cta .button');
}

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
