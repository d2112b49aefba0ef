// International contacts (ADR 055): Samana's facilitator adds a contact abroad whose initiative
// appears on Samana's public page; a member school's coordinator asks for an introduction to a
// Dutch organisation; the facilitator introduces them, and both sides receive their mail, each
// with the other's address to reply to.
import { expect, test } from '@playwright/test';
import { accounts } from '../demo-accounts';
import { expectAccessible, signIn, waitForMail } from './support';

test('a school asks for an international introduction and the facilitator introduces both sides by mail', async ({ page: visitor, browser, baseURL }) => {
  const facilitatorContext = await browser.newContext();
  await signIn(facilitatorContext.request, 'facilitator', baseURL!);
  const workspace = await facilitatorContext.newPage();
  await workspace.goto('/werkruimte/samana/internationaal');
  await expect(workspace.getByRole('heading', { level: 1 })).toHaveText('Internationale contacten van Samana');
  await expect(workspace.getByRole('article', { name: 'Aanvraag van Sint-Jozefsinstituut voor Young Carers Schools Network' })).toBeVisible();
  await expectAccessible(workspace);

  // A new contact: a bad initiative line is refused next to its field, with what was typed kept.
  await workspace.getByRole('link', { name: 'Contact toevoegen' }).first().click();
  await expectAccessible(workspace);
  await workspace.getByLabel('Naam van de organisatie').fill('Young Carers Ireland Network');
  await workspace.getByLabel('Land', { exact: true }).selectOption('IE');
  await workspace.getByLabel('Waar werkt de organisatie rond?').fill('Ondersteunt jonge mantelzorgers in Ierse scholen.');
  await workspace.getByLabel('Contactpersoon', { exact: true }).fill('Aoife Murphy');
  await workspace.getByLabel('E-mail contactpersoon').fill('aoife@youngcarers-ie.example');
  await workspace.getByLabel('Publieke initiatieven (niet verplicht)').fill('Young Carers Awareness Week zonder link');
  await workspace.getByLabel('Initiatieven tonen op onze publieke pagina').check();
  await workspace.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(workspace.getByText('Zet op elke regel een titel, een verticale streep | en een link.')).toBeVisible();
  await expect(workspace.getByLabel('Naam van de organisatie')).toHaveValue('Young Carers Ireland Network');
  await expectAccessible(workspace);
  await workspace.getByLabel('Publieke initiatieven (niet verplicht)').fill('Young Carers Awareness Week | https://youngcarers-ie.example/week');
  await workspace.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(workspace.getByText('Het contact is toegevoegd.')).toBeVisible();
  await expect(workspace.getByRole('link', { name: 'Young Carers Ireland Network' })).toBeVisible();

  await visitor.goto('/organisaties/samana');
  const initiatives = visitor.getByRole('region', { name: 'Internationale initiatieven' });
  await expect(initiatives.getByRole('link', { name: 'Young Carers Awareness Week' })).toHaveAttribute('href', 'https://youngcarers-ie.example/week');
  await expect(initiatives).toContainText('Young Carers Schools Network (Verenigd Koninkrijk)');
  // Contacts that are not marked public keep their initiatives off the public page.
  await expect(initiatives).not.toContainText('Zeit für mich');
  await expectAccessible(visitor);

  const coordinatorContext = await browser.newContext();
  await signIn(coordinatorContext.request, 'coordinator', baseURL!);
  const school = await coordinatorContext.newPage();
  await school.goto('/school/913204/internationaal');
  await expect(school.getByRole('heading', { name: 'Via Samana' })).toBeVisible();
  // Not shown to members: the French contact is still being prepared.
  await expect(school.getByText('Réseau Jeunes Aidants')).toHaveCount(0);
  await expectAccessible(school);
  await school.getByText('Kennismaking aanvragen: Stichting Jonge Mantelzorg Nederland').click();
  const form = school.getByRole('form', { name: 'Kennismaking aanvragen met Stichting Jonge Mantelzorg Nederland' });
  await form.getByLabel('Kort bericht').fill('Kort');
  await form.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expect(school.getByText('Schrijf een bericht van 10 tot 1000 tekens.')).toBeVisible();
  await expectAccessible(school);
  const message = 'Wij zijn zorgcoördinatoren in Mechelen en willen graag horen hoe Nederlandse scholen een vast aanspreekpunt voor jonge mantelzorgers inrichten.';
  await school.getByRole('form', { name: 'Kennismaking aanvragen met Stichting Jonge Mantelzorg Nederland' }).getByLabel('Kort bericht').fill(message);
  await school.getByRole('form', { name: 'Kennismaking aanvragen met Stichting Jonge Mantelzorg Nederland' }).getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expect(school.getByText('Je aanvraag is verstuurd.', { exact: false })).toBeVisible();
  const requests = school.getByRole('table', { name: 'Aanvragen voor een kennismaking' });
  await expect(requests.getByRole('row', { name: /Stichting Jonge Mantelzorg Nederland/ })).toContainText('Gevraagd');

  await workspace.goto('/werkruimte/samana/internationaal');
  const request = workspace.getByRole('article', { name: 'Aanvraag van Sint-Jozefsinstituut voor Stichting Jonge Mantelzorg Nederland' });
  await expect(request).toContainText(message);
  await request.getByRole('button', { name: /^Kennismaking versturen\s*: Sint-Jozefsinstituut$/ }).click();
  await expect(workspace.getByText('De kennismaking is verstuurd naar beide kanten.')).toBeVisible();
  await expectAccessible(workspace);

  const toSchool = await waitForMail(accounts.coordinator, /Kennismaking met Stichting Jonge Mantelzorg Nederland/);
  expect(toSchool.text).toContain('marieke@jongemantelzorg-nl.example');
  const toContact = await waitForMail('marieke@jongemantelzorg-nl.example', /Introduction through Samana: Sint-Jozefsinstituut/);
  expect(toContact.text).toContain('Dear Marieke van den Berg,');
  expect(toContact.text).toContain(accounts.coordinator);
  expect(toContact.text).toContain('> Wij zijn zorgcoördinatoren in Mechelen');

  await school.goto('/school/913204/internationaal');
  await expect(school.getByRole('table', { name: 'Aanvragen voor een kennismaking' }).getByRole('row', { name: /Stichting Jonge Mantelzorg Nederland/ })).toContainText('Geïntroduceerd');
  await facilitatorContext.close();
  await coordinatorContext.close();
});
