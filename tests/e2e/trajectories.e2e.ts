// Coached trajectories (issue 16): a Ghent secondary school applies for Samen Maakt School, the
// facilitator accepts it and assigns the coach, who then finds it; a school outside Gent cannot
// apply; a refusal mails its reason; a new offer is published. Only this journey applies for
// Vrije Middenschool Ledeberg (932018, mehmet.yilmaz@) and decides Stedelijke Humaniora Portus's
// application (931352, ilse.desmet@), neither of which any matrix role sees.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, signIn, signInEmail, waitForMail, type Account } from './support';

const offer = '/trajecten/onderwijscentrum-gent/samen-maakt-school';
const ws = '/werkruimte/onderwijscentrum-gent/trajecten';
const demo = (name: string) => `${name}@demo.netwerkplein.example`;

async function pageAs(browser: Browser, baseURL: string, who: Account | { email: string }): Promise<Page> {
  const context = await browser.newContext();
  if (typeof who === 'object') await signInEmail(context.request, who.email, baseURL);
  else await signIn(context.request, who, baseURL);
  return context.newPage();
}

test('a school outside Gent cannot apply: the page says why and shows no form', async ({ browser, baseURL }) => {
  const sofie = await pageAs(browser, baseURL!, 'coordinator');
  await sofie.goto(`${offer}/intekenen`);
  await expect(sofie.getByText('Deze school kan niet intekenen: het aanbod is alleen voor scholen in Gent.')).toBeVisible();
  await expect(sofie.getByRole('link', { name: /^Intekenen/ })).toHaveCount(0);
  await expectAccessible(sofie);
  await sofie.goto(`${offer}/intekenen/913204`);
  await expect(sofie.getByRole('button', { name: 'Aanvraag versturen' })).toHaveCount(0);
  await expectAccessible(sofie);
});

test('a Ghent school applies, the facilitator accepts with a coach, the school is mailed and the coach finds the trajectory', async ({ browser, baseURL }) => {
  // A long journey over many pages with axe on each: on a loaded machine more than the default minute.
  test.setTimeout(240_000);
  const mehmet = await pageAs(browser, baseURL!, { email: demo('mehmet.yilmaz') });
  await mehmet.goto(offer);
  await expect(mehmet.getByRole('heading', { name: 'In samenwerking met' })).toBeVisible();
  await expect(mehmet.getByText('Ducktape versterkt').last()).toBeVisible();
  await expectAccessible(mehmet);
  await mehmet.getByRole('link', { name: 'Intekenen' }).first().click();
  await mehmet.getByRole('link', { name: /^Intekenen\W+Vrije Middenschool Ledeberg$/ }).click();
  await expect(mehmet.getByText('Schrijf geen gegevens over individuele leerlingen', { exact: false })).toBeVisible();
  await expectAccessible(mehmet);

  // Sent empty: Dutch messages at the fields, nothing written.
  await mehmet.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expect(mehmet.getByText('Beschrijf de vragen van jullie school (10 tot 3000 tekens).')).toBeVisible();
  await expect(mehmet.getByText('Kies een ambassadeur uit het team van de school.')).toBeVisible();
  await expectAccessible(mehmet);

  await mehmet.getByLabel('Welke vragen heeft jullie school?').fill('Leerlingen van de eerste graad voelen zich weinig verbonden met de school.');
  await mehmet.getByLabel('Wat verwachten jullie van het traject?').fill('Een begeleider die met onze werkgroep herstelgericht leert werken.');
  await mehmet.getByRole('group', { name: 'Voorgestelde werkgroep' }).getByLabel(/Mehmet Yilmaz/).check();
  await mehmet.getByRole('group', { name: 'Voorgestelde werkgroep' }).getByLabel(/Fatima Benali/).check();
  await mehmet.getByRole('group', { name: 'Ambassadeur (aanspreekpunt)' }).getByLabel('Jan Vandenberghe').check();
  await mehmet.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expect(mehmet).toHaveURL(`${offer}/scholen/932018`);
  await expect(mehmet.getByText('aangevraagd')).toBeVisible();
  await expect(mehmet.getByText('Jan Vandenberghe (ambassadeur)')).toBeVisible();
  await expectAccessible(mehmet);

  const hanne = await pageAs(browser, baseURL!, 'otherFacilitator');
  await hanne.goto(`${ws}/samen-maakt-school`);
  const card = hanne.getByRole('region', { name: /Vrije Middenschool Ledeberg/ });
  await expect(card).toContainText('Jan Vandenberghe (ambassadeur), Fatima Benali, Mehmet Yilmaz');
  await expectAccessible(hanne);
  await card.getByLabel('Begeleider').selectOption({ label: 'Jonas De Smet' });
  await card.getByRole('button', { name: 'Aanvraag van Vrije Middenschool Ledeberg aanvaarden' }).click();
  await expect(hanne.getByRole('status')).toHaveText('De aanvraag is aanvaard; de school kreeg een e-mail.');
  await expect(hanne.getByRole('row', { name: /Vrije Middenschool Ledeberg/ })).toContainText('Jonas De Smet');
  await expectAccessible(hanne);
  const mail = await waitForMail(demo('mehmet.yilmaz'), /Samen Maakt School is aanvaard/);
  expect(mail.text).toContain('Jonas De Smet begeleidt jullie traject');
  expect(mail.text).toContain(`${offer}/scholen/932018`);

  const jonas = await pageAs(browser, baseURL!, 'coach');
  await jonas.goto(ws);
  // The school's trajectory in this offer: trajectory-plan.e2e.ts gives Ledeberg one in a new offer too, and may run first.
  await jonas.getByRole('link', { name: 'Vrije Middenschool Ledeberg' }).and(jonas.locator(`[href="${offer}/scholen/932018"]`)).click();
  await expect(jonas.getByText('Leerlingen van de eerste graad voelen zich weinig verbonden met de school.')).toBeVisible();
  await expect(jonas.getByRole('definition').filter({ hasText: 'intake' })).toBeVisible();
  await expectAccessible(jonas);

  // The coach records the intake: the trajectory moves on to its execution.
  await jonas.getByRole('link', { name: 'Intake vastleggen' }).click();
  await expectAccessible(jonas);
  await jonas.getByLabel('Datum van het intakegesprek').fill('2026-10-06');
  await jonas.getByLabel('Wat verwacht de begeleider van de school?').fill('Een vaste werkgroep die maandelijks samenkomt.');
  await jonas.getByLabel('Afgesproken intensiteit').fill('een werkgroepoverleg per maand');
  await jonas.getByLabel('Ritme van de sessies').fill('elke eerste dinsdag van de maand');
  await jonas.getByRole('button', { name: 'Intake bewaren' }).click();
  await expect(jonas.getByRole('status')).toHaveText('De intake is bewaard.');
  await jonas.getByRole('link', { name: 'Terug' }).click();
  await expect(jonas.getByRole('definition').filter({ hasText: 'uitvoering' })).toBeVisible();

  // An intervision without the incident method's steps is refused; with them it is kept, private to the coach.
  await jonas.getByRole('link', { name: 'Logboek' }).click();
  await jonas.locator('summary', { hasText: 'Nieuw verslag' }).click();
  await jonas.getByLabel('Soort sessie').selectOption('intervisie');
  await jonas.getByLabel('Datum').fill('2026-10-20');
  await jonas.getByLabel('Wie nam deel?').fill('de werkgroep en de begeleider');
  await jonas.getByLabel('Wat is er gedaan?').fill('Intervisie over een moeilijk klasgesprek.');
  await jonas.getByLabel('Alleen ik, de begeleider').check();
  await jonas.getByRole('button', { name: 'Verslag bewaren' }).click();
  await expect(jonas.getByText('Vul bij een intervisie elke stap van de incidentmethode in.')).toBeVisible();
  await expectAccessible(jonas);
  for (const [label, text] of [['1. Het incident', 'Een klas wilde na een conflict niet meer meewerken.'], ['2. Verhelderende vragen', 'Wat ging eraan vooraf?'], ['3. Analyse', 'Het conflict werd nooit uitgesproken.'], ['4. Adviezen', 'Een herstelcirkel.'], ['5. Wat neemt de inbrenger mee?', 'Plant een herstelcirkel.']] as const) {
    await jonas.getByLabel(label).fill(text);
  }
  await jonas.getByRole('button', { name: 'Verslag bewaren' }).click();
  await expect(jonas.getByRole('status')).toHaveText('Het verslag staat in het logboek.');
  await expect(jonas.getByRole('article').filter({ hasText: 'Plant een herstelcirkel.' })).toContainText('alleen voor de begeleider');
  await expectAccessible(jonas);
  await mehmet.goto(`${offer}/scholen/932018/logboek`);
  await expect(mehmet.getByText('Plant een herstelcirkel.')).toHaveCount(0);
  await expectAccessible(mehmet);

  // The action plan: a goal under a theme of the offer and an action led by a workgroup member.
  await jonas.goto(`${offer}/scholen/932018/actieplan`);
  await jonas.locator('summary', { hasText: 'Nieuw doel' }).click();
  const goalForm = jonas.locator('form[action="?/goal"]');
  await goalForm.getByLabel('Thema').selectOption('herstelgericht werken');
  await goalForm.getByLabel('Doel').fill('Conflicten worden hersteld in plaats van bestraft');
  await goalForm.getByRole('button', { name: 'Doel toevoegen' }).click();
  await expect(jonas.getByRole('status')).toHaveText('Het doel staat in het actieplan.');
  await jonas.locator('summary', { hasText: 'Nieuwe actie' }).click();
  const actionForm = jonas.locator('form[action="?/action"]');
  await actionForm.getByLabel('Wat gaan jullie doen?').fill('Herstelcirkels na elk groot conflict');
  await actionForm.getByLabel('Trekker').selectOption({ label: 'Mehmet Yilmaz' });
  await actionForm.getByLabel('Tegen').fill('2027-06-30');
  await actionForm.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(jonas.getByRole('status')).toHaveText('De actie staat in het actieplan.');
  await expectAccessible(jonas);

  // One action reaches "in schoolbeleid": beyond the workgroup evidence is asked, then the theme shows how far it reaches.
  const action = jonas.getByRole('article', { name: 'Herstelcirkels na elk groot conflict' });
  await action.locator('summary', { hasText: 'Stand bijwerken' }).click();
  await action.getByLabel('Status').selectOption('klaar');
  await action.getByRole('combobox', { name: 'Verspreiding' }).selectOption('schoolbeleid');
  await action.getByRole('button', { name: 'Bewaren' }).click();
  await expect(jonas.getByText('Reikt de actie verder dan de werkgroep, schrijf dan kort waaruit dat blijkt (5 tot 3000 tekens) of voeg een bestand toe.')).toBeVisible();
  await expectAccessible(jonas);
  await jonas.getByRole('article', { name: 'Herstelcirkels na elk groot conflict' }).getByLabel('Bewijs').fill('Opgenomen in het schoolwerkplan, hoofdstuk 4 “Herstelgericht werken”.');
  await jonas.getByRole('article', { name: 'Herstelcirkels na elk groot conflict' }).getByRole('button', { name: 'Bewaren' }).click();
  await expect(jonas.getByRole('status')).toHaveText('De stand van de actie is bijgewerkt.');
  const reached = jonas.getByRole('article', { name: 'Herstelcirkels na elk groot conflict' });
  await expect(reached.locator('[aria-current="step"]')).toHaveText('in schoolbeleid');
  await expect(reached).toContainText('Opgenomen in het schoolwerkplan, hoofdstuk 4');
  await expect(jonas.getByText('Reikt tot: in schoolbeleid')).toBeVisible();
  await expect(jonas.getByText('100% van de acties klaar')).toBeVisible();
  await expectAccessible(jonas);
});

test('the facilitator refuses an application with a reason the school receives, and publishes a new offer', async ({ browser, baseURL }) => {
  const hanne = await pageAs(browser, baseURL!, 'otherFacilitator');
  await hanne.goto(`${ws}/samen-maakt-school`);
  const card = hanne.getByRole('region', { name: /Stedelijke Humaniora Portus/ });
  await card.locator('summary', { hasText: 'Weigeren' }).click();
  await card.getByRole('button', { name: 'Aanvraag van Stedelijke Humaniora Portus weigeren' }).click();
  await expect(card.getByText('Geef de reden van de weigering (10 tot 1000 tekens); de school krijgt ze per e-mail.')).toBeVisible();
  await expectAccessible(hanne);
  const reason = 'Dit schooljaar kunnen onze begeleiders geen nieuwe school op woensdagnamiddag opnemen.';
  await hanne.getByRole('region', { name: /Stedelijke Humaniora Portus/ }).getByLabel('Reden van de weigering').fill(reason);
  await hanne.getByRole('button', { name: 'Aanvraag van Stedelijke Humaniora Portus weigeren' }).click();
  await expect(hanne.getByRole('status')).toHaveText('De aanvraag is geweigerd; de school kreeg de reden per e-mail.');
  expect((await waitForMail(demo('ilse.desmet'), /^Jullie aanvraag voor Samen Maakt School$/)).text).toContain(reason);

  await hanne.goto(`${ws}/nieuw`);
  await expectAccessible(hanne);
  await hanne.getByLabel('Titel').fill('Samen Sterk Onthalen');
  await hanne.getByLabel('Korte omschrijving').fill('Een traject rond het onthaal van nieuwkomers in het secundair.');
  await hanne.getByLabel('Hoe verloopt een traject?').fill('Een begeleider werkt een schooljaar lang met de werkgroep aan een warm onthaal.');
  await hanne.getByLabel('Thema’s').fill('een warm onthaal\nverbindend communiceren');
  await hanne.getByLabel('In samenwerking met').fill('Ducktape versterkt');
  await hanne.getByLabel('Mogelijke intensiteit').fill('een sessie per maand');
  await hanne.getByLabel('Gemeente').fill('Gent');
  await hanne.getByLabel('Onderwijsniveau').selectOption('secundair');
  await hanne.getByLabel('Schooljaar 2', { exact: true }).fill('2030-2031');
  await hanne.getByRole('button', { name: 'Publiceren' }).click();
  await expect(hanne.getByText('Geef het aantal plaatsen: een geheel getal van 1 tot 200.')).toBeVisible();
  await expectAccessible(hanne);
  await hanne.getByLabel('Plaatsen in schooljaar 2').fill('3');
  await hanne.getByRole('button', { name: 'Publiceren' }).click();
  await expect(hanne).toHaveURL(`${ws}/samen-sterk-onthalen`);
  await hanne.getByRole('link', { name: 'Publieke pagina' }).click();
  await expect(hanne.getByRole('heading', { name: 'Samen Sterk Onthalen', level: 1 })).toBeVisible();
  await expect(hanne.getByRole('row', { name: /2030-2031/ })).toContainText('nog 3 plaatsen');
  await expectAccessible(hanne);
});
