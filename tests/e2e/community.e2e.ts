// Reactions with moderation on Samana's public training, a tailored training request from school
// 931187 to Samana, and the travel-together board of the study day. Only this journey posts
// reactions, sends training requests, and registers mehmet.yilmaz@ and ilse.desmet@ (who are none
// of the authorisation matrix's roles) for the study day.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, signIn, signInEmail, waitForMail, type Account } from './support';

const training = '/activiteiten/samana/vorming-jonge-mantelzorgers-herkennen';
const studyDay = '/activiteiten/samen-tegen-schooluitval/studiedag-praktijkvoorbeelden';
const demo = (name: string) => `${name}@demo.netwerkplein.example`;

async function pageAs(browser: Browser, baseURL: string, who: Account | { email: string } | null): Promise<Page> {
  const context = await browser.newContext();
  if (who && typeof who === 'object') await signInEmail(context.request, who.email, baseURL);
  else if (who) await signIn(context.request, who, baseURL);
  return context.newPage();
}

test('a school coordinator reacts; the organiser hides the reaction, which visitors no longer see, then deletes it', async ({ browser, baseURL }) => {
  const text = 'Komt er ook een opname voor collega\'s die die woensdag lesgeven?';
  const tom = await pageAs(browser, baseURL!, 'otherCoordinator');
  await tom.goto(`${training}/reacties`);
  await expectAccessible(tom);
  await tom.getByRole('button', { name: 'Reactie plaatsen' }).click();
  await expect(tom.getByText('Schrijf een reactie van 2 tot 2000 tekens.')).toBeVisible();
  await expect(tom.getByLabel('Je reactie')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(tom);
  await tom.getByLabel('Je reactie').fill(text);
  await tom.getByRole('button', { name: 'Reactie plaatsen' }).click();
  await expect(tom.getByRole('status')).toHaveText('Je reactie staat online.');
  await expect(tom.getByText(text)).toBeVisible();
  // The post ended in a redirect: reloading shows the reaction once, it does not post it again.
  await tom.reload();
  await expect(tom.getByText(text)).toHaveCount(1);

  const visitor = await pageAs(browser, baseURL!, null);
  await visitor.goto(`${training}/reacties`);
  await expect(visitor.getByText(text)).toBeVisible();
  await expect(visitor.getByRole('link', { name: 'Aanmelden' }).last()).toBeVisible();
  await expectAccessible(visitor);

  const organiser = await pageAs(browser, baseURL!, 'facilitator');
  await organiser.goto('/werkruimte/samana/activiteiten/vorming-jonge-mantelzorgers-herkennen/reacties');
  await expectAccessible(organiser);
  await organiser.getByRole('button', { name: 'Reactie van Tom Mertens verbergen' }).click();
  await expect(organiser.getByRole('status')).toHaveText('De reactie is verborgen.');
  await expect(organiser.getByRole('row', { name: /Tom Mertens/ })).toContainText('Verborgen door Lotte Verstraeten');
  await expectAccessible(organiser);

  await visitor.reload();
  await expect(visitor.getByText(text)).toHaveCount(0);
  await tom.goto(`${training}/reacties`);
  await expect(tom.getByRole('listitem').filter({ hasText: text })).toContainText('(verborgen door de organisator)');
  await expectAccessible(tom);

  // Deleting asks for a confirmation first.
  await organiser.getByRole('button', { name: 'Reactie van Tom Mertens verwijderen' }).click();
  await expect(organiser.getByText('Vink aan dat je de reactie definitief wilt verwijderen.')).toBeVisible();
  await expectAccessible(organiser);
  await organiser.getByRole('row', { name: /Tom Mertens/ }).getByLabel('Ja, definitief verwijderen').check();
  await organiser.getByRole('button', { name: 'Reactie van Tom Mertens verwijderen' }).click();
  await expect(organiser.getByRole('status')).toHaveText('De reactie is verwijderd.');
  await tom.reload();
  await expect(tom.getByText(text)).toHaveCount(0);
});

test('a school asks Samana for a tailored training; Samana plans it for that school only', async ({ browser, baseURL }) => {
  const theme = 'Jonge mantelzorgers in het eerste jaar';
  const tom = await pageAs(browser, baseURL!, 'otherCoordinator');
  await tom.goto('/school/931187/vormingsaanvragen');
  await expectAccessible(tom);
  await tom.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expect(tom.getByText('Kies een organisatie.')).toBeVisible();
  await expect(tom.getByText('Kies thematisch of praktisch.')).toBeVisible();
  await expect(tom.getByText('Beschrijf het thema (3 tot 200 tekens).')).toBeVisible();
  await expectAccessible(tom);
  await tom.getByLabel('Organisatie').selectOption({ label: 'Samana' });
  await tom.getByLabel('Thematisch').check();
  await tom.getByLabel('Thema', { exact: true }).fill(theme);
  await tom.getByLabel('Voor wie op school').fill('Het zorgteam en de klastitularissen van het eerste jaar');
  await tom.getByLabel('Gewenste periode').fill('voorjaar 2027');
  await tom.getByLabel('Bericht (niet verplicht)').fill('Bij voorkeur op een woensdagnamiddag.');
  await tom.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expect(tom.getByRole('status')).toHaveText('Je aanvraag is verstuurd naar de organisatie.');
  await expect(tom.getByRole('row', { name: new RegExp(theme) })).toContainText('Open');

  const otherOrganisation = await pageAs(browser, baseURL!, 'otherFacilitator');
  await otherOrganisation.goto('/werkruimte/onderwijscentrum-gent/vormingsaanvragen');
  await expect(otherOrganisation.getByText(theme)).toHaveCount(0);
  await expectAccessible(otherOrganisation);

  const samana = await pageAs(browser, baseURL!, 'facilitator');
  await samana.goto('/werkruimte/samana/vormingsaanvragen');
  const request = samana.getByRole('region', { name: `GO! Technisch Atheneum Leiekaai: ${theme}` });
  await expect(request).toContainText('voorjaar 2027');
  await expectAccessible(samana);
  await request.getByText('Deze vorming plannen', { exact: true }).click();
  await expect(request.getByLabel('Titel van de vorming')).toHaveValue(theme);
  await expectAccessible(samana);
  await request.getByLabel('Begindatum').fill('2027-04-21');
  await request.getByLabel('Einddatum').fill('2027-04-21');
  await request.getByLabel('Einduur').fill('12:00');
  await request.getByLabel('Inschrijven kan tot en met').fill('2027-04-14');
  await request.getByRole('button', { name: 'Aanvaarden en plannen' }).click();
  await expect(samana.getByText('Het einde moet na het begin liggen.')).toBeVisible();
  await expectAccessible(samana);
  const again = samana.getByRole('region', { name: `GO! Technisch Atheneum Leiekaai: ${theme}` });
  await again.getByLabel('Einduur').fill('16:30');
  await again.getByRole('button', { name: 'Aanvaarden en plannen' }).click();
  await expect(samana).toHaveURL(/\/werkruimte\/samana\/activiteiten\/jonge-mantelzorgers-in-het-eerste-jaar$/);
  await expectAccessible(samana);

  await samana.goto('/werkruimte/samana/vormingsaanvragen');
  await expect(samana.getByRole('row', { name: new RegExp(theme) })).toContainText('Aanvaard en gepland');
  await expectAccessible(samana);

  await tom.goto('/school/931187/vormingsaanvragen');
  const row = tom.getByRole('row', { name: new RegExp(theme) });
  await expect(row).toContainText('Aanvaard en gepland');
  await row.getByRole('link', { name: `Gepland: ${theme} (wo 21 apr 2027)` }).click();
  await expect(tom.getByRole('heading', { level: 1 })).toHaveText(theme);
  await expect(tom.getByText('Enkel voor één school', { exact: false })).toBeVisible();
  await expectAccessible(tom);
  const mail = await waitForMail(demo('tom.mertens'), /Je vormingsaanvraag is aanvaard/);
  expect(mail.text).toContain('/activiteiten/samana/jonge-mantelzorgers-in-het-eerste-jaar');

  // The school-only training does not exist for anyone else.
  const visitor = await pageAs(browser, baseURL!, null);
  expect((await visitor.goto('/activiteiten/samana/jonge-mantelzorgers-in-het-eerste-jaar'))?.status()).toBe(404);
  expect((await otherOrganisation.goto('/activiteiten/samana/jonge-mantelzorgers-in-het-eerste-jaar'))?.status()).toBe(404);
});

test('travelling together: only participants on the board see each other\'s contact details', async ({ browser, baseURL }) => {
  const board = `${studyDay}/samen-reizen`;
  const visitor = await pageAs(browser, baseURL!, null);
  await visitor.goto(board);
  await expect(visitor.getByText('Alleen wie zich zelf op het bord zet, ziet de anderen', { exact: false })).toBeVisible();
  await expect(visitor.getByText('Er staat nog niemand op het bord.')).toBeVisible();
  await expectAccessible(visitor);

  const register = async (page: Page) => {
    await page.goto(`${studyDay}/inschrijven`);
    await page.getByRole('button', { name: 'Inschrijven', exact: true }).click();
    await expect(page.getByRole('status')).toContainText('Je bent ingeschreven.');
  };

  const mehmet = await pageAs(browser, baseURL!, { email: demo('mehmet.yilmaz') });
  await mehmet.goto(board);
  await expect(mehmet.getByText('Enkel wie ingeschreven is', { exact: false })).toBeVisible();
  await expectAccessible(mehmet);
  await register(mehmet);
  await mehmet.goto(board);
  await mehmet.getByRole('button', { name: 'Op het bord zetten' }).click();
  await expect(mehmet.getByText('Vul in van waar je vertrekt (2 tot 120 tekens).')).toBeVisible();
  await expect(mehmet.getByText('Kies hoe je reist.')).toBeVisible();
  await expect(mehmet.getByText('Geef een telefoonnummer of e-mailadres (3 tot 200 tekens).')).toBeVisible();
  await expectAccessible(mehmet);
  await mehmet.getByLabel('Van waar vertrek je?').fill('Gent-Sint-Pieters');
  await mehmet.getByLabel('Trein', { exact: true }).check();
  await mehmet.getByLabel('Contactgegevens voor de andere reizigers').fill('0470 55 66 77');
  await mehmet.getByRole('button', { name: 'Op het bord zetten' }).click();
  await expect(mehmet.getByRole('status')).toHaveText('Je staat op het bord.');
  await expectAccessible(mehmet);

  const ilse = await pageAs(browser, baseURL!, { email: demo('ilse.desmet') });
  await register(ilse);
  await ilse.goto(board);
  // A participant who did not opt in sees how many are on the board, not who or how to reach them.
  await expect(ilse.getByText('Er staat 1 persoon op het bord.')).toBeVisible();
  await expect(ilse.getByText('0470 55 66 77')).toHaveCount(0);
  await expect(ilse.getByText('Mehmet Yilmaz')).toHaveCount(0);
  await expectAccessible(ilse);
  await ilse.getByLabel('Van waar vertrek je?').fill('Leuven');
  await ilse.getByLabel('Auto', { exact: true }).check();
  await ilse.getByLabel('Contactgegevens voor de andere reizigers').fill('ilse.desmet@portus.example');
  await ilse.getByLabel('Opmerking (niet verplicht)').fill('nog 2 plaatsen in de auto');
  await ilse.getByRole('button', { name: 'Op het bord zetten' }).click();
  await expect(ilse.getByRole('row', { name: /Mehmet Yilmaz/ })).toContainText('0470 55 66 77');
  await expectAccessible(ilse);

  await mehmet.reload();
  await expect(mehmet.getByRole('row', { name: /Ilse Desmet/ })).toContainText('nog 2 plaatsen in de auto');
  await expect(mehmet.getByRole('row', { name: /Ilse Desmet/ })).toContainText('ilse.desmet@portus.example');

  // The organiser of the study day gets the headcount, not the contacts.
  const organiser = await pageAs(browser, baseURL!, { email: demo('facilitator.stsu') });
  await organiser.goto(board);
  await expect(organiser.getByText('Er staan 2 personen op het bord.')).toBeVisible();
  await expect(organiser.getByText('0470 55 66 77')).toHaveCount(0);
  await expectAccessible(organiser);

  await ilse.getByRole('button', { name: 'Van het bord halen' }).click();
  await expect(ilse.getByRole('status')).toHaveText('Je staat niet meer op het bord; je gegevens zijn gewist.');
  await expect(ilse.getByText('0470 55 66 77')).toHaveCount(0);
  await expectAccessible(ilse);
  await mehmet.reload();
  await expect(mehmet.getByText('Ilse Desmet')).toHaveCount(0);
});

test('a reaction far over the limit (1 MB) is refused next to the field, and the start of what was typed stays', async ({ browser, baseURL }) => {
  const page = await pageAs(browser, baseURL!, 'otherCoordinator');
  const typed = `Een heel lange reactie. ${'Wie schrijft die blijft. '.repeat(42_000)}`;
  const response = await page.request.post(`${training}/reacties?/post`, { form: { body: typed }, headers: { accept: 'text/html', origin: baseURL! } });
  expect(response.status()).toBe(400);
  await page.setContent(await response.text());
  await expect(page.getByText('Schrijf een reactie van 2 tot 2000 tekens.')).toBeVisible();
  expect(await page.getByLabel('Je reactie').inputValue()).toMatch(/^Een heel lange reactie\. Wie schrijft die blijft\./);
  await page.goto(`${training}/reacties`);
  await expect(page.getByText('Een heel lange reactie.')).toHaveCount(0);
});
