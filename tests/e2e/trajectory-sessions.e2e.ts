// Trajectory sessions, the observation form and the cross-school learning network (issue 16 items
// 4, 5 and 10; ADR 050): the coach plans a session by date poll, a workgroup member answers, the
// coach picks the date and the workgroup is mailed the .ics; the coach and the teacher fill the
// observation form; the facilitator creates the learning network of 2024-2025. Only this journey
// signs in as VISO Gent's workgroup (sam.vanacker@, tim.declercq@), whom no matrix role is.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, signIn, signInEmail, waitForMail, type Account } from './support';

const offer = '/trajecten/onderwijscentrum-gent/samen-maakt-school';
const viso = `${offer}/scholen/932590`;
const demo = (name: string) => `${name}@demo.netwerkplein.example`;

async function pageAs(browser: Browser, baseURL: string, who: Account | { email: string }): Promise<Page> {
  const context = await browser.newContext();
  if (typeof who === 'object') await signInEmail(context.request, who.email, baseURL);
  else await signIn(context.request, who, baseURL);
  return context.newPage();
}

/** A weekday some weeks ahead, as the date field takes it. */
function dayAhead(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

async function propose(page: Page, card: ReturnType<Page['locator']>, date: string, time: string) {
  await card.getByLabel('Datum', { exact: true }).fill(date);
  await card.getByLabel('Uur', { exact: true }).fill(time);
  await card.getByRole('button', { name: 'Datum voorstellen' }).click();
  // A day without school (a holiday) asks for confirmation first.
  const confirm = card.getByRole('checkbox');
  if (await confirm.count()) {
    await confirm.check();
    await card.getByRole('button', { name: 'Datum voorstellen' }).click();
  }
  await expect(page.getByText('De datum staat bij de voorstellen.')).toBeVisible();
}

test('the coach plans a session by poll, the workgroup answers, the pick is mailed with the .ics', async ({ browser, baseURL }) => {
  const coach = await pageAs(browser, baseURL!, 'coach');
  await coach.goto(viso);
  await expect(coach.getByRole('heading', { name: 'Volgende sessie' })).toBeVisible();
  await expect(coach.getByText(/^werkgroepoverleg op /)).toBeVisible();
  await expect(coach.getByRole('heading', { name: 'Lerend netwerk over de scholen heen' })).toBeVisible();
  await expectAccessible(coach);
  await coach.getByRole('link', { name: 'Sessies', exact: true }).click();
  await expect(coach).toHaveURL(`${viso}/sessies`);
  await expectAccessible(coach);

  // Sent empty: a Dutch message, nothing made.
  await coach.getByText('Een sessie plannen').click();
  await coach.getByLabel('Soort sessie').selectOption('coaching');
  await coach.getByRole('button', { name: 'Sessie aanmaken' }).click();
  await expect(coach.getByText('Vul in waar de sessie plaatsvindt (2 tot 200 tekens).')).toBeVisible();
  await expectAccessible(coach);
  await coach.getByLabel('Soort sessie').selectOption('coaching');
  await coach.getByLabel('Waar').fill('VISO Gent, lokaal coaching (E2E)');
  await coach.getByLabel('Duur in minuten').fill('60');
  await coach.getByRole('button', { name: 'Sessie aanmaken' }).click();
  await expect(coach.getByText('De sessie is aangemaakt. Stel nu datums voor.')).toBeVisible();
  const card = () => coach.getByRole('article').filter({ has: coach.getByRole('heading', { name: 'coaching — VISO Gent, lokaal coaching (E2E)' }) });
  await propose(coach, card(), dayAhead(70), '13:30');
  await propose(coach, card(), dayAhead(77), '09:00');
  await expectAccessible(coach);

  const sam = await pageAs(browser, baseURL!, { email: demo('sam.vanacker') });
  await sam.goto(`${viso}/sessies`);
  const samCard = sam.getByRole('article').filter({ has: sam.getByRole('heading', { name: 'coaching — VISO Gent, lokaal coaching (E2E)' }) });
  await expect(samCard.getByRole('heading', { name: 'Wanneer past het jou?' })).toBeVisible();
  await expectAccessible(sam);
  const groups = samCard.getByRole('group');
  await groups.nth(0).getByLabel('Ja').check();
  await groups.nth(1).getByLabel('Nee').check();
  await samCard.getByRole('button', { name: 'Keuze bewaren' }).click();
  await expect(sam.getByText('Je keuze is bewaard.')).toBeVisible();
  await expectAccessible(sam);

  // The coach sees who answered what, and picks the first date.
  await coach.reload();
  await expect(card().getByText('Sam Van Acker: Ja')).toBeVisible();
  await card().getByRole('button', { name: /^Deze datum kiezen: / }).first().click();
  await expect(coach.getByText('De datum is gekozen; elk werkgroeplid krijgt de uitnodiging per mail.')).toBeVisible();
  await expect(card().getByText(/^Gekozen: /)).toBeVisible();
  await expectAccessible(coach);
  const mail = await waitForMail(demo('sam.vanacker'), /^Uitnodiging: coaching met de werkgroep van VISO Gent$/);
  expect(mail.text).toContain('Waar: VISO Gent, lokaal coaching (E2E)');
  const ics = mail.attachments.find((a) => a.filename === 'sessie.ics');
  expect(ics?.content).toContain('BEGIN:VEVENT');
  expect(ics?.content).toContain('LOCATION:VISO Gent\\, lokaal coaching (E2E)');

  // The poll is closed now: no answer form for Sam any more.
  await sam.reload();
  await expect(samCard.getByRole('button', { name: 'Keuze bewaren' })).toHaveCount(0);
});

test('the coach and the teacher fill the observation form together, without pupil data', async ({ browser, baseURL }) => {
  const coach = await pageAs(browser, baseURL!, 'coach');
  await coach.goto(`${viso}/logboek`);
  await coach.getByRole('link', { name: 'Observatieformulier' }).click();
  await expect(coach.getByRole('heading', { name: 'Observatieformulier: VISO Gent' })).toBeVisible();
  await expect(coach.getByText('Schrijf geen gegevens over individuele leerlingen', { exact: false })).toBeVisible();
  await expect(coach.getByLabel('Geobserveerde leraar')).toHaveValue(/.+/);
  await expectAccessible(coach);
  const formUrl = coach.url();

  const tim = await pageAs(browser, baseURL!, { email: demo('tim.declercq') });
  await tim.goto(formUrl);
  await expect(tim.getByLabel('Geobserveerde leraar')).toHaveCount(0);
  await tim.getByLabel('Wat de begeleider zag').fill('');
  await tim.getByRole('button', { name: 'Formulier bewaren' }).click();
  await expect(tim.getByText('Beschrijf wat je zag (5 tot 3000 tekens).')).toBeVisible();
  await expectAccessible(tim);
  await tim.getByLabel('Wat de begeleider zag').fill('Begroeting aan de deur; de klas zat sneller klaar.');
  await tim.getByLabel('Reflectie van de leraar').fill('Na vier weken begroeten aan de deur start elke les rustiger (E2E).');
  await tim.getByRole('button', { name: 'Formulier bewaren' }).click();
  await expect(tim.getByText('Het observatieformulier is bewaard.')).toBeVisible();

  await coach.reload();
  await expect(coach.getByLabel('Reflectie van de leraar')).toHaveValue('Na vier weken begroeten aan de deur start elke les rustiger (E2E).');
});

test('the facilitator creates the cross-school learning network of a school year from the accepted schools', async ({ browser, baseURL }) => {
  const hanne = await pageAs(browser, baseURL!, 'otherFacilitator');
  await hanne.goto('/werkruimte/onderwijscentrum-gent/trajecten/samen-maakt-school');
  await hanne.getByRole('link', { name: 'Lerend netwerk' }).click();
  await expect(hanne.getByRole('link', { name: 'Open het lerend netwerk 2023-2024' })).toBeVisible();
  await expectAccessible(hanne);
  await hanne.getByLabel('Schooljaar').fill('2023-2024');
  await hanne.getByRole('button', { name: 'Lerend netwerk aanmaken' }).click();
  await expect(hanne.getByText('Voor dit schooljaar bestaat het lerend netwerk al', { exact: false })).toBeVisible();
  await expectAccessible(hanne);
  await hanne.getByLabel('Schooljaar').fill('2024-2025');
  await hanne.getByRole('button', { name: 'Lerend netwerk aanmaken' }).click();
  await expect(hanne.getByText(/^Het lerend netwerk is aangemaakt met \d+ scholen\.$/)).toBeVisible();
  await hanne.getByRole('link', { name: 'Open het lerend netwerk 2024-2025' }).click();
  await expect(hanne.getByText('VISO Gent').first()).toBeVisible();
  await expectAccessible(hanne);
});
