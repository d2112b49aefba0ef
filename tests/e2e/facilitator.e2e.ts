import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support';

test('a facilitator keeps the school directory and records a network\'s members per school year', async ({ page, baseURL }) => {
  await signIn(page.request, 'facilitator', baseURL!);
  await page.goto('/werkruimte');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Samana' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Profiel van de organisatie');
  await expectAccessible(page);

  // The directory: search by municipality, refuse bad input and duplicates, then add a school.
  await page.getByRole('navigation', { name: 'Samana' }).getByRole('link', { name: 'Scholen' }).click();
  await page.getByLabel('Naam, instellingsnummer of gemeente').fill('Mechelen');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByRole('cell', { name: 'Sint-Jozefsinstituut' })).toBeVisible();
  await expectAccessible(page);

  const form = page.locator('form[action="?/create"]');
  await form.getByLabel('Instellingsnummer').fill('12AB');
  await form.getByLabel('Naam van de school').fill('Vrije Basisschool De Vlinder');
  await form.getByLabel('Straat en nummer').fill('Kerkstraat 12');
  await form.getByLabel('Postcode').fill('2800');
  await form.getByLabel('Gemeente').fill('Mechelen');
  await form.getByLabel('Provincie').selectOption('antwerpen');
  await form.getByLabel('Niveau').selectOption('basis');
  await form.getByLabel('Onderwijsnet').selectOption('vrij-gesubsidieerd');
  await form.getByRole('button', { name: 'School toevoegen' }).click();
  await expect(page.getByText('Een instellingsnummer bestaat uit 5 of 6 cijfers, bv. 104512.')).toBeVisible();
  await expect(page.getByLabel('Naam van de school')).toHaveValue('Vrije Basisschool De Vlinder');
  await expectAccessible(page);

  await form.getByLabel('Instellingsnummer').fill('913204');
  await page.getByRole('button', { name: 'School toevoegen' }).click();
  await expect(page.getByText('Er bestaat al een school met dit instellingsnummer.')).toBeVisible();

  await form.getByLabel('Instellingsnummer').fill('87654');
  await page.getByRole('button', { name: 'School toevoegen' }).click();
  await expect(page.getByText('De school is toegevoegd. (087654)')).toBeVisible();

  // A new network, then a member in a school year; a bad school year is refused.
  await page.getByRole('navigation', { name: 'Samana' }).getByRole('link', { name: 'Netwerken' }).click();
  await expectAccessible(page);
  await page.getByLabel('Naam', { exact: true }).fill('Lerend netwerk Antwerpen');
  await page.getByLabel('Korte naam in het webadres').fill('lerend-netwerk-antwerpen');
  await page.getByLabel('Beschrijving').fill('Scholen rond jonge mantelzorgers in de provincie Antwerpen.');
  await page.getByRole('button', { name: 'Netwerk aanmaken' }).click();
  await expect(page.getByText('Het netwerk is aangemaakt.')).toBeVisible();
  await page.getByRole('link', { name: 'lerend-netwerk-antwerpen' }).click();
  await expectAccessible(page);

  await page.getByLabel('Schooljaar (bv. 2023-2024)').fill('2023-2025');
  await page.getByLabel('Instellingsnummer van de school').fill('087654');
  await page.getByRole('button', { name: 'School toevoegen aan schooljaar' }).click();
  await expect(page.getByText('Een schooljaar schrijf je als 2023-2024: twee opeenvolgende jaren.')).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Schooljaar (bv. 2023-2024)').fill('2023-2024');
  await page.getByRole('button', { name: 'School toevoegen aan schooljaar' }).click();
  await expect(page.getByText('De school is lid in dit schooljaar.')).toBeVisible();
  await expect(page.getByRole('heading', { name: '2023-2024' })).toBeVisible();

  await page.getByRole('link', { name: 'Publieke pagina bekijken' }).click();
  await expect(page.getByRole('rowheader', { name: 'Vrije Basisschool De Vlinder' })).toBeVisible();
  await expectAccessible(page);
});

test('a facilitator edits the organisation profile; a bad address changes nothing', async ({ page, baseURL }) => {
  await signIn(page.request, 'facilitator', baseURL!);
  await page.goto('/werkruimte/samana');
  const website = page.getByLabel('Website');
  const before = await website.inputValue();
  await website.fill('geen adres');
  await page.getByLabel('Contactadres (e-mail)').fill('info-samana.example');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Dit is geen geldig e-mailadres (er ontbreekt bijvoorbeeld een @).')).toBeVisible();
  await expectAccessible(page);
  await page.goto('/werkruimte/samana');
  await expect(page.getByLabel('Website')).toHaveValue(before);
});
