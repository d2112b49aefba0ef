import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signIn } from './support';

// Samana's facilitator offers a new training: details, a programme part, a choice question with a
// dependent question, and a dinner as an extra; Dutch messages for bad input; then the public page.
// The title is unique per run, so reruns against the same database do not clash.

const form = (page: Page, action: string) => page.locator(`form[action^="?/${action}"]`);

test('a facilitator creates an activity with programme, questions and an extra, and sees it public', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const title = `Vorming jonge mantelzorgers in de klas ${Date.now()}`;
  await signIn(page.request, 'facilitator', baseURL!);

  await page.goto('/werkruimte/samana/activiteiten');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activiteiten');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Nieuwe activiteit' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuwe activiteit');
  await expectAccessible(page);

  // Registration closing after the start, a price that is no amount and no place: refused in Dutch.
  const create = form(page, 'create');
  await create.getByLabel('Soort activiteit').selectOption('vorming');
  await create.getByLabel('Titel').fill(title);
  await create.getByLabel('Korte samenvatting').fill('Een praktische vorming voor leerkrachten en zorgteams.');
  await create.getByLabel('Doelgroep (voor wie)').fill('Leerkrachten, zorgcoördinatoren en leerlingenbegeleiders');
  await create.getByLabel('Wat je leert').fill('Signalen van jonge mantelzorg herkennen\nEen eerste gesprek voeren');
  await create.getByLabel('Startdatum').fill('2030-03-12');
  await create.getByLabel('Startuur').fill('09:30');
  await create.getByLabel('Einddatum').fill('2030-03-12');
  await create.getByLabel('Einduur').fill('16:00');
  await create.getByLabel('Inschrijven kan tot (datum)').fill('2030-03-13');
  await create.getByLabel('Prijs per persoon (euro)').fill('veel');
  await create.getByLabel('Aantal plaatsen').fill('25');
  await create.getByRole('button', { name: 'Activiteit aanmaken' }).click();
  await expect(page.getByText('De inschrijvingen moeten sluiten vóór de start van de activiteit.')).toBeVisible();
  await expect(page.getByText('Geef een bedrag in euro, bv. 695 of 695,50 (0 is gratis).')).toBeVisible();
  await expect(page.getByText('Geef een locatie, een onlinelink, of beide.')).toBeVisible();
  await expect(create.getByLabel('Titel')).toHaveValue(title);
  await expect(create.getByLabel('Inschrijven kan tot (datum)')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await create.getByLabel('Inschrijven kan tot (datum)').fill('2030-03-01');
  await create.getByLabel('Prijs per persoon (euro)').fill('95,50');
  await create.getByLabel('Locatie').fill('Samana, Haachtsesteenweg 579, Brussel');
  await create.getByRole('button', { name: 'Activiteit aanmaken' }).click();
  await expect(page.getByText('De activiteit is aangemaakt.', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const slug = new URL(page.url()).pathname.split('/').pop()!;
  expect(slug).toMatch(/^vorming-jonge-mantelzorgers-in-de-klas-\d+$/);
  await expect(page.getByLabel('Prijs per persoon (euro)')).toHaveValue('95,50');
  await expectAccessible(page);

  // A programme part: a date outside the activity is refused, a time alone lands on its day.
  const part = form(page, 'addPart');
  await part.getByLabel('Soort onderdeel').selectOption('lezing');
  await part.getByLabel('Titel van het onderdeel').fill('Wat is jonge mantelzorg?');
  await part.getByLabel('Datum').fill('2030-03-20');
  await part.getByLabel('Uur').fill('10:00');
  await part.getByLabel('Door (spreker of gastheer)').fill('Lotte Verstraeten');
  await part.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
  await expect(page.getByText('Deze datum valt buiten de dagen van de activiteit.')).toBeVisible();
  await expectAccessible(page);
  await part.getByLabel('Datum').fill('');
  await part.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
  await expect(page.getByText('Het programma is bewaard.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Wat is jonge mantelzorg?' })).toContainText('dinsdag 12 maart 2030 om 10.00 uur');
  await expectAccessible(page);

  // A choice question, and a question asked only for one of its answers.
  let question = form(page, 'addQuestion');
  await question.getByLabel('Soort vraag').selectOption('choice');
  await question.getByLabel('Vraag', { exact: true }).fill('Wat is je functie?');
  await question.getByLabel('Mogelijke antwoorden').fill('Leerkracht\nZorgcoördinator\nDirecteur');
  await question.getByLabel('Verplicht te beantwoorden').check();
  await question.getByRole('button', { name: 'Vraag toevoegen' }).click();
  await expect(page.getByText('De vraag is bewaard.')).toBeVisible();

  question = form(page, 'addQuestion');
  await question.getByLabel('Vraag', { exact: true }).fill('Welke klas heb je dit jaar?');
  await question.getByLabel('Eerdere vraag').selectOption({ label: 'Wat is je functie?' });
  await question.getByLabel('…dit antwoord kreeg').fill('Schoonmaker');
  await question.getByRole('button', { name: 'Vraag toevoegen' }).click();
  await expect(page.getByText('Dit is geen van de mogelijke antwoorden van die vraag.')).toBeVisible();
  await expectAccessible(page);
  await question.getByLabel('…dit antwoord kreeg').fill('Leerkracht');
  await question.getByRole('button', { name: 'Vraag toevoegen' }).click();
  await expect(page.getByText('De vraag is bewaard.')).toBeVisible();
  await expect(page.getByText('Enkel als "Wat is je functie?" het antwoord "Leerkracht" kreeg.')).toBeVisible();

  // The dependent question cannot move above its condition, nor can the condition be removed.
  await page.getByRole('button', { name: 'Omhoog: Welke klas heb je dit jaar?' }).click();
  await expect(page.getByText('Zo komt een vraag vóór de vraag waarvan ze afhangt.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Verwijderen: Wat is je functie?' }).click();
  await expect(page.getByText('Andere vragen hangen af van deze vraag.', { exact: false })).toBeVisible();
  await expectAccessible(page);

  // An extra: a capacity of 0 is refused, then a dinner at own cost for 20 people.
  const extra = form(page, 'addExtra');
  await extra.getByLabel('Titel van de optie').fill('Gezamenlijke lunch — op eigen kosten');
  await extra.getByLabel('Datum van de optie').fill('2030-03-12');
  await extra.getByLabel('Aantal plaatsen van de optie').fill('0');
  await extra.getByRole('button', { name: 'Optie toevoegen' }).click();
  await expect(page.getByText('Geef een aantal plaatsen tussen 1 en 10 000, of laat leeg voor onbeperkt.')).toBeVisible();
  await extra.getByLabel('Aantal plaatsen van de optie').fill('20');
  await extra.getByRole('button', { name: 'Optie toevoegen' }).click();
  await expect(page.getByText('De optie is bewaard.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Gezamenlijke lunch/ })).toContainText('0 van 20');
  await expectAccessible(page);

  // Editing the details keeps the slug; the list shows the activity with its seats.
  await page.getByLabel('Aantal plaatsen', { exact: true }).fill('30');
  await page.getByRole('button', { name: 'Gegevens bewaren' }).click();
  await expect(page.getByText('De gegevens zijn bewaard.')).toBeVisible();
  await page.goto('/werkruimte/samana/activiteiten');
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('0 van 30');
  await expectAccessible(page);

  await page.goto(`/activiteiten/samana/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('€ 95,50')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Wat is jonge mantelzorg?' })).toContainText('door Lotte Verstraeten');
  await expect(page.getByRole('listitem').filter({ hasText: 'Gezamenlijke lunch — op eigen kosten' })).toBeVisible();
  await expect(page.getByText('Signalen van jonge mantelzorg herkennen')).toBeVisible();
  await expectAccessible(page);
});

test('a coach follows the organisation\'s activities but cannot create one', async ({ page, baseURL }) => {
  await signIn(page.request, 'coach', baseURL!);
  await page.goto('/werkruimte/onderwijscentrum-gent/activiteiten');
  await expect(page.getByText('enkel haar facilitatoren maken en bewerken ze', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nieuwe activiteit' })).toHaveCount(0);
  await expectAccessible(page);
  expect((await page.goto('/werkruimte/onderwijscentrum-gent/activiteiten/nieuw'))?.status()).toBe(403);
  await expectAccessible(page);
});

test('another organisation\'s facilitator cannot open Samana\'s activities', async ({ page, baseURL }) => {
  await signIn(page.request, 'otherFacilitator', baseURL!);
  expect((await page.goto('/werkruimte/samana/activiteiten'))?.status()).toBe(403);
  await expectAccessible(page);
  expect((await page.goto('/werkruimte/samana/activiteiten/vorming-jonge-mantelzorgers-herkennen'))?.status()).toBe(403);
  await expectAccessible(page);
});
