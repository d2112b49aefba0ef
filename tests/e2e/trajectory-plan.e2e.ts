// The action plan beyond ADR 040 (ADR 049): VISO Gent's plan exported to XLSX (read back) and printed
// on A4; a workgroup member's reflection; and, on an offer this file publishes itself, editing with the
// checks of publishing and closing a trajectory with both evaluations, after which it is read-only.
// Vrije Middenschool Ledeberg (932018) applies for that new offer only, so trajectories.e2e.ts's
// application of the same school for Samen Maakt School is untouched.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, signIn, signInEmail, type Account } from './support';

const org = 'onderwijscentrum-gent';
const ws = `/werkruimte/${org}/trajecten`;
const viso = `/trajecten/${org}/samen-maakt-school/scholen/932590`;
const demo = (name: string) => `${name}@demo.netwerkplein.example`;

async function pageAs(browser: Browser, baseURL: string, who: Account | { email: string }): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'nl-BE', acceptDownloads: true });
  if (typeof who === 'object') await signInEmail(context.request, who.email, baseURL);
  else await signIn(context.request, who, baseURL);
  return context.newPage();
}

const cellText = (value: ExcelJS.CellValue) => (value === null || value === undefined ? '' : String(value));

test('the action plan exports to XLSX and prints as a clean A4 page; a workgroup member reflects on their action', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const sam = await pageAs(browser, baseURL!, { email: demo('sam.vanacker') });
  await sam.goto(`${viso}/actieplan`);
  const circle = sam.getByRole('article', { name: 'Kringgesprekken in de lessen Nederlands van het eerste jaar' });
  await circle.locator('summary', { hasText: 'Reflectie toevoegen' }).click();
  await circle.getByLabel('Datum').fill('2024-03-12');
  await circle.getByRole('button', { name: 'Reflectie bewaren' }).click();
  await expect(sam.getByText('Schrijf je reflectie (5 tot 3000 tekens).')).toBeVisible();
  await expectAccessible(sam);
  await sam.getByRole('article', { name: 'Kringgesprekken in de lessen Nederlands van het eerste jaar' }).getByLabel('Wat merk je? Wat leer je eruit?')
    .fill('In kleine kringen nemen ook de stille leerlingen het woord.');
  await sam.getByRole('article', { name: 'Kringgesprekken in de lessen Nederlands van het eerste jaar' }).getByRole('button', { name: 'Reflectie bewaren' }).click();
  await expect(sam.getByRole('status')).toHaveText('De reflectie staat bij de actie.');
  await expect(sam.getByRole('article', { name: 'Kringgesprekken in de lessen Nederlands van het eerste jaar' }).getByRole('region', { name: 'Reflecties' })).toContainText('In kleine kringen nemen ook de stille leerlingen het woord.');
  // Her own reflection she changes afterwards (ADR 060); it then says it was edited.
  const reflections = sam.getByRole('article', { name: 'Kringgesprekken in de lessen Nederlands van het eerste jaar' }).getByRole('region', { name: 'Reflecties' });
  await reflections.locator('summary', { hasText: 'Wijzigen' }).click();
  const edit = reflections.getByRole('form', { name: 'Reflectie van 12 maart 2024 wijzigen' });
  await edit.getByLabel('Wat merk je? Wat leer je eruit?').fill('In kleine kringen nemen ook de stille leerlingen het woord, ook na de krokusvakantie.');
  await edit.getByRole('button', { name: 'Wijziging bewaren' }).click();
  await expect(sam.getByRole('status')).toHaveText('De reflectie is gewijzigd.');
  await expect(reflections).toContainText('(bewerkt)');
  await expect(reflections).toContainText('ook na de krokusvakantie.');
  // VISO Gent has no network map yet: the partner choice says so instead of offering nothing.
  await sam.getByRole('article', { name: 'Kringgesprekken in de lessen Nederlands van het eerste jaar' }).locator('summary', { hasText: 'Partner van' }).click();
  await expect(sam.getByText('De netwerkkaart van de school heeft nog geen partners')).toBeVisible();
  await expectAccessible(sam);

  // The facilitator follows the plan: the export, read back.
  const hanne = await pageAs(browser, baseURL!, 'otherFacilitator');
  await hanne.goto(`${viso}/actieplan`);
  await expect(hanne.locator('summary', { hasText: 'Reflectie toevoegen' })).toHaveCount(0);
  const pending = hanne.waitForEvent('download');
  await hanne.getByRole('link', { name: 'Exporteren naar Excel' }).click();
  const file = await pending;
  expect(file.suggestedFilename()).toBe('actieplan-932590.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync((await file.path())!) as unknown as ExcelJS.Buffer);
  const sheet = book.getWorksheet('Actieplan')!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: 10 }, (_, i) => cellText(row.getCell(i + 1).value))));
  const [headers, ...data] = rows;
  expect(headers).toEqual(['Thema', 'Doel', 'Actie', 'Trekker', 'Tegen', 'Status', 'Verspreiding', 'Bewijs', 'Partner', 'Reflecties']);
  expect(data.find((r) => r[2] === 'Leerlingen persoonlijk begroeten aan de klasdeur')).toEqual([
    'een warm onthaal', 'Elke leerling voelt zich welkom bij de start van de dag en na een afwezigheid', 'Leerlingen persoonlijk begroeten aan de klasdeur',
    'Tim De Clercq', '2024-06-30', 'klaar', 'in schoolbeleid', expect.stringContaining('schoolwerkplan 2024-2025'), '', ''
  ]);
  expect(data.find((r) => r[2] === 'Kringgesprekken in de lessen Nederlands van het eerste jaar')?.[9]).toContain('2024-03-12: In kleine kringen nemen ook de stille leerlingen het woord, ook na de krokusvakantie.');
  expect(data).toHaveLength(4);

  // Print: no forms or buttons, the themes and actions stay; Chromium renders it on A4.
  await hanne.emulateMedia({ media: 'print' });
  await expect(hanne.getByRole('link', { name: 'Exporteren naar Excel' })).toBeHidden();
  await expect(hanne.getByRole('heading', { name: 'een warm onthaal' })).toBeVisible();
  await expect(hanne.getByText('Leerlingen persoonlijk begroeten aan de klasdeur')).toBeVisible();
  await expect(hanne.getByRole('navigation').first()).toBeHidden();
  const pdf = await hanne.pdf({ preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // A4 is 595 × 842 points.
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
});

test('an offer is edited with the checks of publishing; a trajectory closes with both evaluations and turns read-only', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const hanne = await pageAs(browser, baseURL!, 'otherFacilitator');
  await hanne.goto(`${ws}/nieuw`);
  await hanne.getByLabel('Titel').fill('Verbinding in de klas');
  await hanne.getByLabel('Korte omschrijving').fill('Een kort traject over verbindende klasgesprekken in het secundair.');
  await hanne.getByLabel('Hoe verloopt een traject?').fill('Een begeleider werkt een schooljaar lang met de werkgroep aan verbindende klasgesprekken.');
  await hanne.getByLabel('Thema’s').fill('verbindend communiceren');
  await hanne.getByLabel('Mogelijke intensiteit').fill('een sessie per maand');
  await hanne.getByLabel('Gemeente').fill('Gent');
  await hanne.getByLabel('Onderwijsniveau').selectOption('secundair');
  await hanne.getByRole('button', { name: 'Publiceren' }).click();
  await expect(hanne).toHaveURL(new RegExp(`${ws}/verbinding-in-de-klas`));
  const slug = new URL(hanne.url()).pathname.split('/').pop()!;
  const offer = `/trajecten/${org}/${slug}`;

  // Vrije Middenschool Ledeberg applies, the facilitator accepts with a coach.
  const mehmet = await pageAs(browser, baseURL!, { email: demo('mehmet.yilmaz') });
  await mehmet.goto(`${offer}/intekenen/932018`);
  await mehmet.getByLabel('Welke vragen heeft jullie school?').fill('Hoe voeren we klasgesprekken waarin elke leerling gehoord wordt?');
  await mehmet.getByLabel('Wat verwachten jullie van het traject?').fill('Een begeleider die met ons in de klas uitprobeert.');
  await mehmet.getByRole('group', { name: 'Voorgestelde werkgroep' }).getByLabel(/Fatima Benali/).check();
  await mehmet.getByRole('group', { name: 'Ambassadeur (aanspreekpunt)' }).getByLabel('Jan Vandenberghe').check();
  await mehmet.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expect(mehmet).toHaveURL(`${offer}/scholen/932018`);
  await hanne.goto(`${ws}/${slug}`);
  const card = hanne.getByRole('region', { name: /Vrije Middenschool Ledeberg/ });
  await card.getByLabel('Begeleider').selectOption({ label: 'Jonas De Smet' });
  await card.getByRole('button', { name: 'Aanvraag van Vrije Middenschool Ledeberg aanvaarden' }).click();
  await expect(hanne.getByRole('status')).toHaveText('De aanvraag is aanvaard; de school kreeg een e-mail.');

  // Editing: the start year with the accepted school cannot go, nothing is written; a valid edit saves every field.
  await hanne.getByRole('link', { name: 'Aanbod bewerken' }).click();
  await expect(hanne.getByLabel('Titel')).toHaveValue('Verbinding in de klas');
  await expect(hanne.getByText('1 traject aanvaard')).toBeVisible();
  await expectAccessible(hanne);
  const firstYear = await hanne.getByLabel('Schooljaar 1', { exact: true }).inputValue();
  await hanne.getByLabel('Schooljaar 1', { exact: true }).fill('2035-2036');
  await hanne.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
  await expect(hanne.getByText('Een startjaar met aanvragen of trajecten kan niet weg.')).toBeVisible();
  await expectAccessible(hanne);
  await hanne.getByLabel('Schooljaar 1', { exact: true }).fill(firstYear);
  await hanne.getByLabel('Korte omschrijving').fill('Een traject over verbindende klasgesprekken in Gentse secundaire scholen.');
  await hanne.getByLabel('In samenwerking met').fill('Ducktape versterkt');
  await hanne.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
  await expect(hanne.getByRole('status')).toHaveText('Het aanbod is bijgewerkt.');
  await hanne.goto(offer);
  await expect(hanne.getByText('Een traject over verbindende klasgesprekken in Gentse secundaire scholen.').first()).toBeVisible();
  await expect(hanne.getByText('Ducktape versterkt').first()).toBeVisible();

  // The coach records the intake; evaluating is for the ambassador and the coach.
  const jonas = await pageAs(browser, baseURL!, 'coach');
  await jonas.goto(`${offer}/scholen/932018/intake`);
  await jonas.getByLabel('Datum van het intakegesprek').fill('2026-10-06');
  await jonas.getByLabel('Wat verwacht de begeleider van de school?').fill('Een werkgroep die elke maand samenkomt.');
  await jonas.getByLabel('Afgesproken intensiteit').fill('een sessie per maand');
  await jonas.getByLabel('Ritme van de sessies').fill('elke eerste dinsdag van de maand');
  await jonas.getByRole('button', { name: 'Intake bewaren' }).click();
  await expect(jonas.getByRole('status')).toHaveText('De intake is bewaard.');

  const fatima = await pageAs(browser, baseURL!, { email: demo('fatima.benali') });
  await fatima.goto(`${offer}/scholen/932018/evaluatie`);
  await expect(fatima.getByRole('button', { name: 'Evaluatie bewaren' })).toHaveCount(0);
  await expectAccessible(fatima);

  const jan = await pageAs(browser, baseURL!, { email: demo('jan.vandenberghe') });
  await jan.goto(`${offer}/scholen/932018`);
  await jan.getByRole('link', { name: 'Evaluatie en afsluiten' }).click();
  await expect(jan.getByRole('heading', { name: 'Jouw deel: Evaluatie van de school' })).toBeVisible();
  await jan.getByRole('button', { name: 'Evaluatie bewaren' }).click();
  await expect(jan.getByText('Beschrijf wat het traject heeft opgeleverd (20 tot 5000 tekens).')).toBeVisible();
  await expectAccessible(jan);
  await jan.getByLabel('Wat heeft het traject opgeleverd?').fill('Klasgesprekken in kringvorm zijn in de eerste graad een gewoonte geworden.');
  await jan.getByLabel('Hoe gaat de school verder?').fill('De werkgroep blijft twee keer per trimester samenkomen.');
  await jan.getByRole('button', { name: 'Evaluatie bewaren' }).click();
  await expect(jan.getByRole('status')).toHaveText('De evaluatie is bewaard. Het traject sluit af zodra ook de andere evaluatie er is.');

  await jonas.goto(`${offer}/scholen/932018/evaluatie`);
  await expect(jonas.getByRole('region', { name: 'Evaluatie van de school' })).toContainText('Klasgesprekken in kringvorm');
  await jonas.getByLabel('Wat heeft het traject opgeleverd?').fill('De werkgroep draagt de aanpak nu zelf, ook zonder begeleider.');
  await jonas.getByLabel('Hoe gaat de school verder?').fill('Ze sluit aan bij het lerend netwerk van de scholen.');
  await jonas.getByRole('button', { name: 'Evaluatie bewaren' }).click();
  await expect(jonas.getByRole('status')).toHaveText('Beide evaluaties zijn er: het traject is afgesloten.');
  await expect(jonas.getByRole('button', { name: 'Evaluatie bewaren' })).toHaveCount(0);
  await expectAccessible(jonas);

  // Closed: read-only everywhere, for the coach too.
  await jonas.goto(`${offer}/scholen/932018`);
  await expect(jonas.getByText('Dit traject is afgesloten.', { exact: false })).toBeVisible();
  await expect(jonas.getByRole('definition').filter({ hasText: 'afgesloten' })).toBeVisible();
  await expect(jonas.getByRole('link', { name: /Intake/ })).toHaveCount(0);
  await jonas.goto(`${offer}/scholen/932018/actieplan`);
  await expect(jonas.locator('summary', { hasText: 'Nieuw doel' })).toHaveCount(0);
  await jonas.goto(`${offer}/scholen/932018/logboek`);
  await expect(jonas.locator('summary', { hasText: 'Nieuw verslag' })).toHaveCount(0);
  const refused = await jonas.request.post(`${offer}/scholen/932018/actieplan?/goal`, {
    form: { theme: 'verbindend communiceren', title: 'Na de afsluiting' }, headers: { accept: 'text/html', origin: baseURL! }
  });
  expect(refused.status()).toBe(403);

  // The facilitators' overview shows it closed, with the plan's progress and the last activity.
  await hanne.goto(ws);
  const row = hanne.getByRole('row', { name: /Vrije Middenschool Ledeberg.*Verbinding in de klas/ });
  await expect(row).toContainText('afgesloten');
  await expect(row).toContainText('0 van 0 acties klaar');
  await expect(hanne.getByRole('row', { name: /VISO Gent/ }).first()).toContainText('uitvoering');
  await expectAccessible(hanne);
});
