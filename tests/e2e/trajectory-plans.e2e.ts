// Editing and deleting the action plan, and evidence as a file (ADR 054), on GO! Technisch Atheneum
// Leiekaai's plan (931187), which the demo leaves empty and no other e2e file builds: its coach
// Kristof builds, edits and deletes; Joris Wuyts (workgroup) leads an action until it is handed on.
// VISO Gent's demo evidence file is downloaded by the facilitator who follows that plan.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, signIn, signInEmail, type Account } from './support';

const org = 'onderwijscentrum-gent';
const leiekaai = `/trajecten/${org}/samen-maakt-school/scholen/931187/actieplan`;
const viso = `/trajecten/${org}/samen-maakt-school/scholen/932590/actieplan`;
const demo = (name: string) => `${name}@demo.netwerkplein.example`;

async function pageAs(browser: Browser, baseURL: string, who: Account | { email: string }): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'nl-BE' });
  if (typeof who === 'object') await signInEmail(context.request, who.email, baseURL);
  else await signIn(context.request, who, baseURL);
  return context.newPage();
}

const pdf = (title: string) => ({ name: `${title}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Title (${title}) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`, 'latin1') });

test('goals and actions are edited and deleted; the evidence of an action is a note, a file or both', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const kristof = await pageAs(browser, baseURL!, { email: demo('kristof.vandenbroeck') });
  await kristof.goto(leiekaai);
  await kristof.locator('summary', { hasText: 'Nieuw doel' }).click();
  const goalForm = kristof.locator('form[action="?/goal"]');
  await goalForm.getByLabel('Thema').selectOption('herstelgericht werken');
  await goalForm.getByLabel('Doel').fill('Conflicten op de speelplaats worden hersteld');
  await goalForm.getByRole('button', { name: 'Doel toevoegen' }).click();
  await expect(kristof.getByRole('status')).toHaveText('Het doel staat in het actieplan.');
  await kristof.locator('summary', { hasText: 'Nieuwe actie' }).click();
  const actionForm = kristof.locator('form[action="?/action"]');
  await actionForm.getByLabel('Wat gaan jullie doen?').fill('Herstelcirkel na elk conflict');
  await actionForm.getByLabel('Trekker').selectOption({ label: 'Joris Wuyts' });
  await actionForm.getByLabel('Tegen').fill('2027-06-30');
  await actionForm.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(kristof.getByRole('status')).toHaveText('De actie staat in het actieplan.');

  // A goal's theme and title change; a goal with actions offers no delete, it says why (the server refuses it too).
  await kristof.locator('summary', { hasText: 'Doel wijzigen' }).click();
  const editGoal = kristof.getByRole('form', { name: 'Doel „Conflicten op de speelplaats worden hersteld” wijzigen' });
  await editGoal.getByLabel('Thema').selectOption('een betere groepsdynamiek');
  await editGoal.getByLabel('Doel').fill('Conflicten in de klas en op de speelplaats worden hersteld');
  await editGoal.getByRole('button', { name: 'Doel bewaren' }).click();
  await expect(kristof.getByRole('status')).toHaveText('Het doel is gewijzigd.');
  await expect(kristof.getByRole('heading', { name: 'een betere groepsdynamiek' })).toBeVisible();
  await expect(kristof.getByRole('heading', { name: 'herstelgericht werken' })).toHaveCount(0);
  await kristof.locator('summary', { hasText: 'Doel wijzigen' }).click();
  await expect(kristof.getByText('Een doel met acties kan niet weg: verwijder eerst zijn acties.')).toBeVisible();
  await expect(kristof.getByRole('button', { name: 'Doel verwijderen' })).toHaveCount(0);
  await expectAccessible(kristof);

  // Beyond the workgroup: HTML named .pdf is refused by its content; a file alone is evidence.
  const action = () => kristof.getByRole('article', { name: 'Herstelcirkel na elk conflict' });
  await action().locator('summary', { hasText: 'Stand bijwerken' }).click();
  await action().getByLabel('Status').selectOption('bezig');
  await action().getByRole('combobox', { name: 'Verspreiding' }).selectOption('team');
  await action().getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'verslag.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
  await action().getByRole('button', { name: 'Bewaren', exact: true }).click();
  await expect(kristof.getByText('We kijken naar de inhoud van het bestand, niet naar de naam.')).toBeVisible();
  await expectAccessible(kristof);
  await action().getByLabel('Bestand', { exact: true }).setInputFiles(pdf('Verslag personeelsvergadering'));
  await action().getByRole('button', { name: 'Bewaren', exact: true }).click();
  await expect(kristof.getByRole('status')).toHaveText('De stand van de actie is bijgewerkt.');
  const link = action().getByRole('link', { name: 'Verslag personeelsvergadering.pdf downloaden' });
  await expect(link).toBeVisible();
  const download = await kristof.request.get((await link.getAttribute('href'))!);
  expect(download.status()).toBe(200);
  expect(download.headers()).toMatchObject({
    'content-type': 'application/pdf', 'x-content-type-options': 'nosniff',
    'content-disposition': expect.stringContaining('attachment; filename="Verslag personeelsvergadering.pdf"')
  });
  expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // A new file replaces it; removing it leaves the note as the evidence.
  await action().locator('summary', { hasText: 'Stand bijwerken' }).click();
  await action().getByLabel('Bestand', { exact: true }).setInputFiles(pdf('Verslag versie 2'));
  await action().getByRole('button', { name: 'Bewaren', exact: true }).click();
  await expect(kristof.getByRole('status')).toHaveText('De stand van de actie is bijgewerkt.');
  await expect(action().getByRole('link', { name: 'Verslag versie 2.pdf downloaden' })).toBeVisible();
  await expect(action().getByRole('link', { name: 'Verslag personeelsvergadering.pdf downloaden' })).toHaveCount(0);
  await action().locator('summary', { hasText: 'Stand bijwerken' }).click();
  await action().getByLabel('Het bestand verwijderen').check();
  await action().getByRole('button', { name: 'Bewaren', exact: true }).click();
  await expect(kristof.getByText('Reikt de actie verder dan de werkgroep, schrijf dan kort waaruit dat blijkt (5 tot 3000 tekens) of voeg een bestand toe.')).toBeVisible();
  await action().getByLabel('Bewijs').fill('Het hele team houdt een herstelcirkel na een conflict.');
  await action().getByLabel('Het bestand verwijderen').check();
  await action().getByRole('button', { name: 'Bewaren', exact: true }).click();
  await expect(kristof.getByRole('status')).toHaveText('De stand van de actie is bijgewerkt.');
  await expect(action().getByRole('link')).toHaveCount(0);
  await expect(action()).toContainText('Het hele team houdt een herstelcirkel na een conflict.');

  // Joris leads the action and may change it; once handed to Elif Kaya it is no longer his to change.
  const joris = await pageAs(browser, baseURL!, { email: demo('joris.wuyts') });
  await joris.goto(leiekaai);
  const his = joris.getByRole('article', { name: 'Herstelcirkel na elk conflict' });
  await his.locator('summary', { hasText: 'Actie wijzigen of verwijderen' }).click();
  const editAction = joris.getByRole('form', { name: 'Actie „Herstelcirkel na elk conflict” wijzigen' });
  await editAction.getByLabel('Wat gaan jullie doen?').fill('Herstelcirkels na elk groot conflict');
  await editAction.getByLabel('Trekker').selectOption({ label: 'Elif Kaya' });
  await editAction.getByLabel('Tegen').fill('2027-05-31');
  await editAction.getByRole('button', { name: 'Actie bewaren' }).click();
  await expect(joris.getByRole('status')).toHaveText('De actie is gewijzigd.');
  const handed = joris.getByRole('article', { name: 'Herstelcirkels na elk groot conflict' });
  await expect(handed).toContainText('Elif Kaya');
  await expect(handed.locator('summary', { hasText: 'Actie wijzigen of verwijderen' })).toHaveCount(0);
  await expectAccessible(joris);

  // Deleting asks for a ticked confirmation; then the action goes, and the empty goal can go too.
  await kristof.goto(leiekaai);
  const renamed = kristof.getByRole('article', { name: 'Herstelcirkels na elk groot conflict' });
  await renamed.locator('summary', { hasText: 'Actie wijzigen of verwijderen' }).click();
  await renamed.getByRole('button', { name: 'Actie verwijderen' }).click();
  await expect(kristof.getByText('Vink aan dat je de actie wilt verwijderen: dat kan niet ongedaan worden.')).toBeVisible();
  await expectAccessible(kristof);
  await kristof.getByRole('article', { name: 'Herstelcirkels na elk groot conflict' }).getByLabel('Ja, verwijder deze actie').check();
  await kristof.getByRole('article', { name: 'Herstelcirkels na elk groot conflict' }).getByRole('button', { name: 'Actie verwijderen' }).click();
  await expect(kristof.getByRole('status')).toHaveText('De actie is verwijderd.');
  await expect(kristof.getByRole('article', { name: 'Herstelcirkels na elk groot conflict' })).toHaveCount(0);
  await kristof.locator('summary', { hasText: 'Doel wijzigen' }).click();
  await kristof.getByRole('button', { name: 'Doel verwijderen' }).click();
  await expect(kristof.getByRole('status')).toHaveText('Het doel is verwijderd.');
  await expect(kristof.getByText('Het actieplan is nog leeg.')).toBeVisible();
  await expectAccessible(kristof);
});

test('VISO Gent’s evidence file is downloaded by whoever follows the plan, and by nobody else', async ({ browser, baseURL }) => {
  const hanne = await pageAs(browser, baseURL!, 'otherFacilitator');
  await hanne.goto(viso);
  const greeting = hanne.getByRole('article', { name: 'Leerlingen persoonlijk begroeten aan de klasdeur' });
  const link = greeting.getByRole('link', { name: /Schoolwerkplan 2024-2025 Welbevinden\.pdf downloaden/ });
  await expect(link).toBeVisible();
  await expect(hanne.getByText('Reikt tot: in schoolbeleid')).toBeVisible();
  await expect(hanne.getByText('Leerlingen die lang afwezig waren, vertellen in het terugkeergesprek')).toBeVisible();
  const href = (await link.getAttribute('href'))!;
  const file = await hanne.request.get(href);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-disposition']).toContain('Schoolwerkplan 2024-2025 Welbevinden.pdf');
  // Leiekaai's coordinator sees a trajectory of the same offer, not VISO's: refused.
  const other = await pageAs(browser, baseURL!, 'otherCoordinator');
  expect((await other.request.get(href, { maxRedirects: 0 })).status()).toBe(403);
});
