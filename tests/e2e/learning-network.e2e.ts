import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support';

const ws = '/werkruimte/samana/netwerken/scholennetwerk-jonge-mantelzorgers';

async function participantsXlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Deelnemers 2022-2023');
  sheet.addRow(['Instellingsnummer', 'Naam', 'Straat', 'Postcode', 'Gemeente', 'Provincie', 'Niveau', 'Onderwijsnet']);
  sheet.addRow([913204, 'Sint-Jozefsinstituut', '', '', 'Mechelen', '', '', '']);
  sheet.addRow(['', 'Sint-Servaasinstituut', '', '', 'Hasselt', '', '', '']);
  sheet.addRow(['977001', 'Basisschool De Klimop', 'Dorpsstraat 3', '8500', 'Kortrijk', 'West-Vlaanderen', 'Basisonderwijs', 'Vrij gesubsidieerd']);
  sheet.addRow(['12', 'Onbekende school', '', '', 'Nergens', '', '', '']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

test('a learning network from import to label: import, form, plan, question, attendance, harvest, label', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const facilitator = await (await browser.newContext({ baseURL, locale: 'nl-BE', acceptDownloads: true })).newPage();
  await signIn(facilitator.request, 'facilitator', baseURL!);

  // 0. The participants page opens on the working school year (the current one; the next from 1 July).
  const today = new Date();
  const working = today.getUTCMonth() >= 6 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  await facilitator.goto(`${ws}/deelnemers`);
  await expect(facilitator.getByRole('heading', { level: 2, name: `${working}-${working + 1}: 0 deelnemende scholen` })).toBeVisible();
  await expect(facilitator.locator('.years a[aria-current="page"]')).toHaveText(`${working}-${working + 1} (0)`);
  await facilitator.locator('#f-schooljaar').fill('2022');
  await facilitator.getByRole('button', { name: 'Toon schooljaar' }).click();
  await expect(facilitator.locator('#f-schooljaar-error')).toHaveText('Een schooljaar schrijf je als 2023-2024: twee opeenvolgende jaren.');
  await expect(facilitator.locator('#f-schooljaar')).toHaveValue('2022');
  await expectAccessible(facilitator);

  // 1. Import the 2022-2023 participants from an XLSX file: preview first, nothing written yet.
  await facilitator.goto(`${ws}/deelnemers?schooljaar=2022-2023`);
  await expectAccessible(facilitator);
  await facilitator.locator('#imp-f-schoolYear').fill('2022-2023');
  await facilitator.getByLabel('Bestand').setInputFiles({ name: 'deelnemers-2022-2023.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await participantsXlsx() });
  await facilitator.getByRole('button', { name: 'Bekijk de import' }).click();
  await expect(facilitator.getByText('2 gevonden · 1 nieuw · 1 met een fout')).toBeVisible();
  await expect(facilitator.getByText('Een instellingsnummer bestaat uit 5 of 6 cijfers', { exact: false })).toBeVisible();
  await expect(facilitator.getByText('Nog geen deelnemende scholen in dit schooljaar.')).toBeVisible();
  await expectAccessible(facilitator);

  await facilitator.getByRole('button', { name: 'Bevestig de import' }).click();
  await expect(facilitator.getByText('Het bestand heeft rijen met een fout.', { exact: false })).toBeVisible();
  await expect(facilitator.getByText('Nog geen deelnemende scholen in dit schooljaar.')).toBeVisible();
  await facilitator.getByLabel('Importeer enkel de geldige rijen', { exact: false }).check();
  await facilitator.getByRole('button', { name: 'Bevestig de import' }).click();
  await expect(facilitator.getByText('Import uitgevoerd: 3 deelnemers, waarvan 1 nieuwe scholen.')).toBeVisible();
  await expect(facilitator.getByRole('heading', { name: '2022-2023: 3 deelnemende scholen' })).toBeVisible();
  await expectAccessible(facilitator);

  // 2. Form the 2023-2024 learning network: the preview lists exactly these schools; twice changes nothing.
  await facilitator.goto(`${ws}/lerende-netwerken`);
  await expectAccessible(facilitator);
  // A wrong school year comes back next to the field, with what was typed (not an error page).
  await facilitator.getByLabel('Schooljaar van het nieuwe lerend netwerk', { exact: false }).fill('2023-2025');
  await facilitator.getByRole('button', { name: 'Toon wie erin komt' }).click();
  await expect(facilitator.locator('#form-f-schoolYear-error')).toHaveText('Een schooljaar schrijf je als 2023-2024: twee opeenvolgende jaren.');
  await expect(facilitator.getByLabel('Schooljaar van het nieuwe lerend netwerk', { exact: false })).toHaveValue('2023-2025');
  await expectAccessible(facilitator);
  await facilitator.getByLabel('Schooljaar van het nieuwe lerend netwerk', { exact: false }).fill('2023-2024');
  await facilitator.getByRole('button', { name: 'Toon wie erin komt' }).click();
  await expect(facilitator.getByRole('heading', { name: 'Lerend netwerk 2023-2024: 3 scholen (de deelnemers van 2022-2023)' })).toBeVisible();
  await expectAccessible(facilitator);
  await facilitator.getByRole('button', { name: 'Vorm dit lerend netwerk' }).click();
  await expect(facilitator.getByText('Het lerend netwerk is gevormd met 3 scholen.')).toBeVisible();
  await facilitator.getByRole('button', { name: 'Vorm dit lerend netwerk' }).click();
  await expect(facilitator.getByText('Dit lerend netwerk bestond al: er is niets veranderd.')).toBeVisible();

  // 3. Plan the three meetings from the proposal.
  await facilitator.goto(`${ws}/lerende-netwerken/2023-2024`);
  await expect(facilitator.locator('#plan-f-date1')).toHaveValue('2023-10-03');
  await expectAccessible(facilitator);
  const questions = ['Hoe herkennen we jonge mantelzorgers?', 'Hoe praten we erover met ouders?', 'Welke afspraken maken we over taken?'];
  for (const [i, q] of questions.entries()) await facilitator.locator(`#plan-f-question${i + 1}`).fill(q);
  // 2023-2024 lies in the past: the planner says so next to each date and asks to confirm first.
  await facilitator.getByRole('button', { name: 'Plan deze drie bijeenkomsten' }).click();
  await expect(facilitator.locator('#plan-f-date1-error')).toHaveText('Deze datum ligt in het verleden: er gaat geen uitnodiging of herinnering uit.');
  await expect(facilitator.locator('#plan-f-question3')).toHaveValue(questions[2]!);
  await expectAccessible(facilitator);
  await facilitator.getByLabel('Ja, ik gebruik deze datums toch').check();
  await facilitator.getByRole('button', { name: 'Plan deze drie bijeenkomsten' }).click();
  await expect(facilitator.getByText('De bijeenkomsten zijn gepland', { exact: false })).toBeVisible();
  await expect(facilitator.getByText('3 bijeenkomsten liggen in het verleden', { exact: false })).toBeVisible();
  await expect(facilitator.getByText('voorbij, aanwezigheid nog niet ingevuld').first()).toBeVisible();
  await expect(facilitator.getByRole('link', { name: /Bijeenkomst 1: di 3 okt 2023, 15\.30–17\.00 uur/ })).toBeVisible();
  await expectAccessible(facilitator);

  // 4. The coordinator of a member school sends in a question.
  const coordinator = await (await browser.newContext({ baseURL, locale: 'nl-BE', acceptDownloads: true })).newPage();
  await signIn(coordinator.request, 'coordinator', baseURL!);
  await coordinator.goto('/school/913204/lerende-netwerken');
  await expectAccessible(coordinator);
  await coordinator.getByRole('link', { name: /Scholennetwerk voor jonge mantelzorgers 2023-2024 — Bijeenkomst 1/ }).click();
  await expectAccessible(coordinator);
  await coordinator.getByLabel('Uw vraag of ervaring').fill('Hoe bereiken we leerlingen die niet zelf vertellen dat ze zorgen?');
  await coordinator.getByRole('button', { name: 'Insturen' }).click();
  await expect(coordinator.getByText('Bedankt, uw bijdrage is ingestuurd.')).toBeVisible();
  const meetingUrl = coordinator.url();

  // 5. The facilitator sees the question, records attendance and publishes the harvest.
  await facilitator.goto(`${ws}/lerende-netwerken/2023-2024/bijeenkomsten/1`);
  await expect(facilitator.getByText('Hoe bereiken we leerlingen die niet zelf vertellen dat ze zorgen?')).toBeVisible();
  await expectAccessible(facilitator);
  await facilitator.getByRole('group', { name: 'Sint-Jozefsinstituut' }).getByLabel('Aanwezig', { exact: true }).check();
  await facilitator.getByRole('button', { name: 'Aanwezigheid bewaren' }).click();
  await expect(facilitator.getByText('De aanwezigheid is bewaard.')).toBeVisible();
  await facilitator.getByRole('textbox', { name: 'Oogst: wat we leerden' }).fill('Een vertrouwensleerkracht per graad en een korte bevraging bij de start werken goed.');
  await facilitator.getByRole('button', { name: 'Oogst bewaren' }).click();
  await expect(facilitator.getByText('De oogst is bewaard.')).toBeVisible();
  await facilitator.getByRole('button', { name: 'Publiceer de oogst voor de leden' }).click();
  await expect(facilitator.getByText('De oogst is gepubliceerd', { exact: false })).toBeVisible();
  await expectAccessible(facilitator);
  await facilitator.goto(`${ws}/lerende-netwerken/2023-2024`);
  await expect(facilitator.getByRole('row', { name: /Sint-Jozefsinstituut.*1 van 1 \(100%\)/ })).toBeVisible();

  // 6. The coordinator reads the harvest, downloads the label, and its verification page confirms it.
  await coordinator.goto(meetingUrl);
  await expect(coordinator.getByText('Een vertrouwensleerkracht per graad', { exact: false })).toBeVisible();
  await coordinator.goto('/school/913204/lerende-netwerken');
  const svgDownload = coordinator.waitForEvent('download');
  await coordinator.getByRole('link', { name: 'Label Scholennetwerk voor jonge mantelzorgers 2023-2024 (SVG)' }).click();
  const svg = await (await svgDownload).path().then((p) => import('node:fs').then((fs) => fs.readFileSync(p, 'utf8')));
  expect(svg).toContain('Sint-Jozefsinstituut');
  expect(svg).toContain('2023-2024');
  const verifyUrl = svg.match(/href="(http[^"]+\/label\/[^"]+)"/)?.[1];
  expect(verifyUrl).toBeTruthy();
  const pngDownload = coordinator.waitForEvent('download');
  await coordinator.getByRole('link', { name: 'Label Scholennetwerk voor jonge mantelzorgers 2023-2024 (PNG)' }).click();
  const png = await (await pngDownload).path().then((p) => import('node:fs').then((fs) => fs.readFileSync(p)));
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

  const visitor = await (await browser.newContext({ baseURL, locale: 'nl-BE' })).newPage();
  await visitor.goto(new URL(verifyUrl!).pathname);
  await expect(visitor.getByText('Geldig: Sint-Jozefsinstituut is lid van Scholennetwerk voor jonge mantelzorgers in schooljaar 2023-2024.')).toBeVisible();
  await expectAccessible(visitor);
  await visitor.goto(new URL(verifyUrl!).pathname.replace('2023-2024', '2016-2017'));
  await expect(visitor.getByText('Dit label is niet geldig', { exact: false })).toBeVisible();

  // The public member list of 2023-2024 now comes from the learning network, with a chart per province.
  await visitor.goto('/organisaties/samana/netwerken/scholennetwerk-jonge-mantelzorgers?schooljaar=2023-2024');
  await expect(visitor.getByRole('rowheader', { name: 'Basisschool De Klimop' })).toBeVisible();
  await expect(visitor.getByRole('img', { name: /Leden per provincie en schooljaar: .*2023-2024 3/ })).toBeVisible();
  await expectAccessible(visitor);
});
