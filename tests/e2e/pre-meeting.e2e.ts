// The preparatory online meeting of Samana's public training: the organiser proposes dates, a
// participant votes and sends in a question, the organiser groups it and picks the date, which is
// mailed with an .ics. Only this file touches this training's pre-meeting and tom.mertens@.
import { expect, test } from '@playwright/test';
import { accounts, expectAccessible, mailsTo, signIn, waitForMail } from './support';

const manage = '/werkruimte/samana/activiteiten/vorming-jonge-mantelzorgers-herkennen/voorbereiding';
const training = '/activiteiten/samana/vorming-jonge-mantelzorgers-herkennen';
const onlineUrl = 'https://meet.samana.example/vorming-voorbereiding';

test.describe.configure({ mode: 'serial' });

test('the organiser sets the link and proposes candidate dates; bad input is refused next to the field', async ({ page, baseURL }) => {
  await signIn(page.request, 'facilitator', baseURL!);
  await page.goto(manage);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vorming: jonge mantelzorgers herkennen en ondersteunen');
  await expect(page.getByRole('heading', { level: 2, name: 'Voorbereiding' })).toBeVisible();
  await expect(page.getByText('Er zijn nog geen datums voorgesteld.')).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Link naar de online bijeenkomst').fill('http://niet-veilig.example');
  await page.getByLabel('Duur in minuten').fill('300');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Geef een geldige link die begint met https://.')).toBeVisible();
  await expect(page.getByText('Geef een duur tussen 15 en 240 minuten.')).toBeVisible();
  await expect(page.getByLabel('Link naar de online bijeenkomst')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await page.getByLabel('Link naar de online bijeenkomst').fill(onlineUrl);
  await page.getByLabel('Duur in minuten').fill('45');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status')).toHaveText('De link en de duur zijn bewaard.');

  const propose = async (date: string, time: string) => {
    await page.getByLabel('Datum', { exact: true }).fill(date);
    await page.getByLabel('Uur', { exact: true }).fill(time);
    await page.getByRole('button', { name: 'Datum voorstellen' }).click();
  };
  await propose('2026-01-05', '19:00');
  await expect(page.getByText('Kies een datum en uur in de toekomst.')).toBeVisible();
  await propose('2027-03-01', '19:00');
  await expect(page.getByText('De voorbereiding moet vóór de start van de activiteit plaatsvinden.')).toBeVisible();
  await expectAccessible(page);
  // A Saturday is no school day: the form keeps the date and asks to confirm it (not confirmed here).
  await propose('2027-01-16', '10:00');
  await expect(page.getByText('Deze datum valt in het weekend: dan is er geen school.')).toBeVisible();
  await expect(page.getByLabel('Datum', { exact: true })).toHaveValue('2027-01-16');
  await expect(page.getByLabel('Ja, ik gebruik deze datums toch')).not.toBeChecked();
  await expectAccessible(page);
  for (const [date, time] of [['2027-01-12', '19:00'], ['2027-01-14', '12:30'], ['2027-01-19', '19:00']] as const) {
    await propose(date, time);
    await expect(page.getByRole('status')).toHaveText('De datum staat bij de voorstellen.');
  }
  await propose('2027-01-14', '12:30');
  await expect(page.getByText('Deze datum en dit uur staan al bij de voorstellen.')).toBeVisible();

  await page.getByRole('button', { name: 'Verwijderen: dinsdag 19 januari 2027 om 19.00 uur' }).click();
  await expect(page.getByRole('status')).toHaveText('De datum en de stemmen erop zijn verwijderd.');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1).getByRole('rowheader')).toContainText('dinsdag 12 januari 2027 om 19.00 uur');
  await expect(rows.nth(2).getByRole('rowheader')).toContainText('donderdag 14 januari 2027 om 12.30 uur');
  await expectAccessible(page);
});

test('someone who is not registered reads what the pre-meeting is, and sees no dates or votes', async ({ page, baseURL }) => {
  await page.goto(`${training}/voorbereiding`);
  await expect(page.getByText('Meld je aan en schrijf je in voor deze activiteit', { exact: false })).toBeVisible();
  await expectAccessible(page);

  await signIn(page.request, 'otherCoordinator', baseURL!);
  await page.goto(`${training}/voorbereiding`);
  await expect(page.getByText('Schrijf je eerst in voor deze activiteit', { exact: false })).toBeVisible();
  await expect(page.getByText('12 januari 2027')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Naar inschrijven' })).toHaveAttribute('href', `${training}/inschrijven`);
  await expectAccessible(page);
  const refused = await page.request.post(`${training}/voorbereiding?/ask`, {
    form: { body: 'Mag ik meedoen?' }, headers: { origin: baseURL!, accept: 'text/html' }, maxRedirects: 0
  });
  expect(refused.status()).toBe(403);
  expect((await page.request.get(`${training}/voorbereiding/ics`, { maxRedirects: 0 })).status()).toBe(403);
});

test('a registered participant votes (and changes a vote) and sends in questions; the organiser groups them and picks the date, mailed with an .ics', async ({ page: participant, browser, baseURL }) => {
  await signIn(participant.request, 'otherCoordinator', baseURL!);
  await participant.goto(`${training}/inschrijven`);
  const registration = participant.getByRole('form', { name: 'Inschrijven', exact: true });
  await registration.getByLabel(/Wat is je rol op school\?/).fill('Zorgcoördinator');
  await registration.getByLabel('Ondernemingsnummer').fill('0123.456.749');
  await registration.getByRole('button', { name: 'Inschrijven', exact: true }).click();
  await expect(participant.getByRole('status')).toContainText('Je bent ingeschreven.');

  await participant.goto(`${training}/voorbereiding`);
  const first = participant.getByRole('group', { name: 'dinsdag 12 januari 2027 om 19.00 uur' });
  const second = participant.getByRole('group', { name: 'donderdag 14 januari 2027 om 12.30 uur' });
  await expect(first).toBeVisible();
  await expectAccessible(participant);
  await participant.getByRole('button', { name: 'Keuze bewaren' }).click();
  await expect(participant.getByRole('alert')).toHaveText('Kies bij minstens één datum ja, misschien of nee.');
  await expectAccessible(participant);

  await first.getByLabel('Nee').check();
  await second.getByLabel('Misschien').check();
  await participant.getByRole('button', { name: 'Keuze bewaren' }).click();
  await expect(participant.getByRole('status')).toHaveText('Je keuze is bewaard.');
  await expect(first).toContainText('Stand: 0 ja, 0 misschien, 1 nee');
  // A new answer replaces the old one.
  await first.getByLabel('Ja').check();
  await participant.getByRole('button', { name: 'Keuze bewaren' }).click();
  await expect(first).toContainText('Stand: 1 ja, 0 misschien, 0 nee');
  await expect(first.getByLabel('Ja')).toBeChecked();
  await expect(second).toContainText('Stand: 0 ja, 1 misschien, 0 nee');

  await participant.getByRole('button', { name: 'Vraag insturen' }).click();
  await expect(participant.getByText('Schrijf je vraag.')).toBeVisible();
  await expectAccessible(participant);
  const question = 'Hoe spreek ik een leerling aan over de zorg thuis?';
  for (const body of [question, 'Een vraag die ik toch niet stel']) {
    await participant.getByLabel('Je vraag').fill(body);
    await participant.getByRole('button', { name: 'Vraag insturen' }).click();
    await expect(participant.getByRole('status')).toHaveText('Je vraag is ingestuurd.');
  }
  await participant.getByRole('button', { name: 'Verwijderen: Een vraag die ik toch niet stel' }).click();
  await expect(participant.getByRole('status')).toHaveText('Je vraag is verwijderd.');
  await expect(participant.getByText(question)).toBeVisible();
  await expect(participant.getByText('Een vraag die ik toch niet stel')).toHaveCount(0);
  await expectAccessible(participant);

  const organiserContext = await browser.newContext();
  const organiser = await organiserContext.newPage();
  await signIn(organiser.request, 'facilitator', baseURL!);
  await organiser.goto(manage);
  const bestRow = organiser.getByRole('row').filter({ hasText: 'dinsdag 12 januari 2027 om 19.00 uur' });
  await expect(bestRow).toContainText('Beste datum');
  await expect(bestRow).toContainText('Tom Mertens: Ja');
  await expect(organiser.getByRole('heading', { name: 'Nog niet ingedeeld' })).toBeVisible();
  await expect(organiser.getByText('gesteld door Tom Mertens')).toBeVisible();
  await organiser.getByLabel('Thema', { exact: true }).fill('Signalen herkennen');
  await organiser.getByRole('button', { name: `Thema bewaren: ${question}` }).click();
  await expect(organiser.getByRole('heading', { name: 'Signalen herkennen' })).toBeVisible();
  await expect(organiser.getByRole('heading', { name: 'Nog niet ingedeeld' })).toHaveCount(0);
  await expectAccessible(organiser);

  const optionId = await bestRow.locator('form[action="?/pick"] input[name="optionId"]').inputValue();
  await organiser.getByRole('button', { name: 'Deze datum kiezen: dinsdag 12 januari 2027 om 19.00 uur' }).click();
  await expect(organiser.getByRole('status')).toHaveText('De datum is gekozen en wordt naar elke deelnemer gemaild.');
  await expect(organiser.getByText('Gekozen: dinsdag 12 januari 2027 om 19.00 uur.')).toBeVisible();
  await expectAccessible(organiser);
  // The same pick submitted again (a double click) mails nobody a second time.
  const again = await organiser.request.post(`${manage}?/pick`, { form: { optionId }, headers: { origin: baseURL!, accept: 'text/html' } });
  expect(again.status()).toBe(200);

  const mail = await waitForMail(accounts.otherCoordinator, /^Voorbereiding Vorming: jonge mantelzorgers herkennen en ondersteunen: de datum ligt vast$/);
  expect(mail.text).toContain('Wanneer: dinsdag 12 januari 2027 om 19.00 uur');
  expect(mail.text).toContain(`Link: ${onlineUrl}`);
  const ics = mail.attachments.find((a) => a.filename === 'voorbereiding.ics');
  expect(ics?.contentType).toContain('text/calendar');
  // RFC 5545 folds lines over 75 octets (CRLF and a space or tab): unfold before reading.
  const calendar = ics!.content.replace(/\r\n[ \t]/g, '');
  expect(calendar).toContain('SUMMARY:Voorbereiding: Vorming: jonge mantelzorgers herkennen en ondersteunen');
  expect(calendar).toContain('DTSTART:20270112T180000Z');
  expect(calendar).toContain('DURATION:PT45M');
  await participant.waitForTimeout(3000);
  expect(mailsTo(accounts.otherCoordinator).filter((m) => m.subject.startsWith('Voorbereiding Vorming'))).toHaveLength(1);

  await participant.goto(`${training}/voorbereiding`);
  await expect(participant.getByText('De voorbereiding vindt plaats op dinsdag 12 januari 2027 om 19.00 uur.')).toBeVisible();
  await expect(participant.getByRole('link', { name: onlineUrl })).toHaveAttribute('href', onlineUrl);
  await expectAccessible(participant);
  const download = await participant.request.get(`${training}/voorbereiding/ics`);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toContain('text/calendar');
  expect((await download.text()).replace(/\r\n[ \t]/g, '')).toContain('DTSTART:20270112T180000Z');
  await organiserContext.close();
});
