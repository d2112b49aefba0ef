// The wegwijzer (issue 15 item 6, ADR 046): Sint-Jozefsinstituut's coordinator fills a row, a
// teacher of the school searches a need in their own words and finds whom to go to in the school
// and which partner helps, and the poster for the staff room prints on one A4 page. The row the
// test adds is removed again at the end, so the demo's wegwijzer is as seeded afterwards.
import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support';

const base = '/school/913204/wegwijzer';

test('a coordinator fills a row, a teacher finds whom to go to, and the poster is one page', async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  await signIn(page.request, 'coordinator', baseURL!);
  await page.goto('/school/913204');
  await page.getByRole('link', { name: 'Wegwijzer' }).click();
  await expect(page).toHaveURL(base);
  await expect(page.getByText('De leraar is het eerste aanspreekpunt voor ouders')).toBeVisible();
  await expectAccessible(page);

  // A row without a role is refused in Dutch, and nothing is added.
  const add = page.getByRole('form', { name: 'Een rij toevoegen' });
  await add.getByLabel('Soort vraag').selectOption({ label: 'Afwezigheid en spijbelen' });
  await add.getByLabel('De vraag in jullie woorden').fill('Leerling spijbelt of komt vaak te laat');
  await add.getByRole('button', { name: 'Rij toevoegen' }).click();
  await expect(page.getByText('Kies de rol in de school die de vraag opneemt.')).toBeVisible();
  const again = page.getByRole('form', { name: 'Een rij toevoegen' });
  await again.getByLabel('Wie in de school neemt het op?').selectOption({ label: 'Leerlingenbegeleider' });
  await again.getByLabel('Partner op de netwerkkaart (niet verplicht)').selectOption({ label: 'Vrij CLB Mechelen' });
  await again.getByLabel('Wat doet die persoon ermee?').fill('Belt de ouders en bespreekt de afwezigheden met het CLB.');
  await again.getByRole('button', { name: 'Rij toevoegen' }).click();
  await expect(page.getByText('De rij staat in de wegwijzer.')).toBeVisible();
  const grid = page.getByRole('table', { name: 'De wegwijzer' });
  await expect(grid.getByRole('row', { name: /Afwezigheid en spijbelen/ })).toContainText('Vrij CLB Mechelen');

  // A teacher of the school searches in their own words.
  const teacher = await browser.newContext();
  const staff = await teacher.newPage();
  await signIn(staff.request, 'staff', baseURL!);
  await staff.goto(base);
  await expect(staff.getByRole('form', { name: 'Een rij toevoegen' })).toHaveCount(0);
  await staff.getByLabel('Welke vraag krijg je?').fill('ouder vraagt hulp bij schoolkosten');
  await staff.getByRole('button', { name: 'Zoeken' }).click();
  await expect(staff).toHaveURL(/vraag=ouder\+vraagt\+hulp\+bij\+schoolkosten/);
  const answer = staff.getByTestId('wegwijzer-answer').first();
  await expect(answer.getByRole('heading')).toContainText('Armoede en geld');
  await expect(answer).toContainText('Zorgcoördinator: Lien Segers');
  await expect(answer).toContainText('Rotary Mechelen');
  await expectAccessible(staff);

  await staff.getByLabel('Welke vraag krijg je?').fill('een leerling spijbelt al weken');
  await staff.getByRole('button', { name: 'Zoeken' }).click();
  const truancy = staff.getByTestId('wegwijzer-answer').first();
  await expect(truancy.getByRole('heading')).toContainText('Afwezigheid en spijbelen');
  await expect(truancy).toContainText('Leerlingenbegeleider');
  await expect(truancy).toContainText('Vrij CLB Mechelen');

  await staff.getByLabel('Welke vraag krijg je?').fill('fietsenstalling');
  await staff.getByRole('button', { name: 'Zoeken' }).click();
  await expect(staff.getByText('We vinden niets in de wegwijzer voor "fietsenstalling".')).toBeVisible();

  // The poster for the staff room: every row, on one A4 page.
  await staff.getByRole('link', { name: 'Affiche voor de leraarskamer' }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toContainText('Met welke vraag naar wie? — Sint-Jozefsinstituut');
  await expect(staff.getByRole('table').getByRole('row')).toHaveCount(12);
  await expectAccessible(staff);
  await staff.emulateMedia({ media: 'print' });
  const pdf = await staff.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
  await teacher.close();

  // The coordinator takes the row out again.
  await page.goto(base);
  await page.getByRole('table', { name: 'De wegwijzer' }).getByRole('row', { name: /Afwezigheid en spijbelen/ }).getByRole('link', { name: /Aanpassen/ }).click();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByText('De rij is uit de wegwijzer verwijderd.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'De wegwijzer' }).getByRole('row', { name: /Afwezigheid en spijbelen/ })).toHaveCount(0);
});
