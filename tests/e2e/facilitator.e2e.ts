import { expect, test } from '@playwright/test';
import { expectAccessible, signIn, waitForMail } from './support';

test('a facilitator keeps the school directory and records a network\'s members per school year', async ({ page, baseURL }) => {
  // Two schools added (one with its first coordinator's mail), a network and its members: long on a shared machine.
  test.setTimeout(120_000);
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
  await form.getByLabel('Land en identificatie').selectOption('instellingsnummer');
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

  // A Dutch school (BRIN, Dutch postcode, sector) with its first coordinator, invited in the same form.
  await form.getByLabel('Land en identificatie').selectOption('brin');
  await form.getByLabel('Instellingsnummer').fill('27 kl 01');
  await form.getByLabel('Naam van de school').fill('Christelijke Basisschool De Akker');
  await form.getByLabel('Straat en nummer').fill('Akkerweg 3');
  await form.getByLabel('Postcode').fill('5211ab');
  await form.getByLabel('Gemeente').fill('\'s-Hertogenbosch');
  await form.getByLabel('Provincie').selectOption('antwerpen');
  await form.getByRole('button', { name: 'School toevoegen' }).click();
  await expect(page.getByText('Kies een sector (po, vo of mbo).')).toBeVisible();
  await expectAccessible(page);
  await form.getByLabel('Sector').selectOption('po');
  await form.getByLabel('Naam van de coördinator').fill('Sanne Bakker');
  await form.getByLabel('E-mailadres van de coördinator').fill('sanne.bakker@deakker.example');
  await form.getByLabel('Rol van de coördinator in de school').selectOption('intern-begeleider');
  await form.getByRole('button', { name: 'School toevoegen' }).click();
  await expect(page.getByText('De school is toegevoegd en de coördinator is uitgenodigd. (brin-27KL01)')).toBeVisible();
  const invitation = await waitForMail('sanne.bakker@deakker.example', /Uitnodiging voor Christelijke Basisschool De Akker/);
  expect(invitation.text).toContain('Lotte Verstraeten nodigt je uit als intern begeleider');
  await page.getByLabel('Naam, instellingsnummer of gemeente').fill('Akker');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByRole('rowheader', { name: 'BRIN 27KL01' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Nederland' })).toBeVisible();

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
