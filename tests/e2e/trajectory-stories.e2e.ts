// Stories and testimonials of coached trajectories (issue 16 items 9 and 11, ADR 048): VISO Gent's
// approved story is public with its testimonials; a workgroup member of GO! Technisch Atheneum
// Leiekaai (931187, elif.kaya@, no matrix role) writes a testimonial and consents, the facilitator
// approves it, it shows on the offer page, and her withdrawal takes it off at once.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, signIn, signInEmail, waitForMail, type Account } from './support';

const offer = '/trajecten/onderwijscentrum-gent/samen-maakt-school';
const moderation = '/werkruimte/onderwijscentrum-gent/trajecten/verhalen';
const elif = 'elif.kaya@demo.netwerkplein.example';

async function pageAs(browser: Browser, baseURL: string, who: Account | { email: string } | null): Promise<Page> {
  const context = await browser.newContext();
  if (who && typeof who === 'object') await signInEmail(context.request, who.email, baseURL);
  else if (who) await signIn(context.request, who, baseURL);
  return context.newPage();
}

test('the offer page shows VISO Gent’s approved story and testimonials; the story has its own public page', async ({ browser, baseURL }) => {
  const visitor = await pageAs(browser, baseURL!, null);
  await visitor.goto(offer);
  await expect(visitor.getByRole('heading', { name: 'Verhalen van scholen' })).toBeVisible();
  await expect(visitor.getByText('Interessant om niet alleen aandacht te hebben voor het welzijn van leerlingen', { exact: false })).toBeVisible();
  await expectAccessible(visitor);
  await visitor.getByRole('link', { name: 'Verbinding als middel tegen spijbelen', exact: true }).click();
  await expect(visitor).toHaveURL(`${offer}/verhalen/932590`);
  await expect(visitor.getByRole('heading', { level: 1, name: 'Verbinding als middel tegen spijbelen' })).toBeVisible();
  await expect(visitor.getByRole('link', { name: 'Provinciaal Spijbelactieplan' })).toBeVisible();
  await expectAccessible(visitor);
});

test('a workgroup member writes a testimonial and consents, the facilitator approves, it shows on the offer page, and withdrawing removes it at once', async ({ browser, baseURL }) => {
  const quote = `Samen uitproberen in de klas gaf ons team nieuwe energie (${Date.now()}).`;
  const member = await pageAs(browser, baseURL!, { email: elif });
  await member.goto(`${offer}/scholen/931187`);
  await member.getByRole('link', { name: 'Getuigenissen' }).click();
  await expect(member.getByRole('heading', { level: 1, name: /Getuigenissen van/ })).toBeVisible();
  await expectAccessible(member);
  await member.getByLabel('Citaat', { exact: true }).fill(quote);
  await member.getByLabel('Rol zoals getoond').fill('kernteamlid');
  await member.getByLabel('Ik geef toestemming', { exact: false }).check();
  await member.getByRole('button', { name: 'Getuigenis opslaan' }).click();
  await expect(member.getByText('De getuigenis is opgeslagen.')).toBeVisible();
  const mine = member.getByRole('listitem').filter({ hasText: quote });
  await expect(mine.getByText('wacht op goedkeuring')).toBeVisible();

  // Consented but not approved: not on the public page yet.
  const visitor = await pageAs(browser, baseURL!, null);
  await visitor.goto(offer);
  await expect(visitor.getByText(quote)).toHaveCount(0);

  const facilitator = await pageAs(browser, baseURL!, 'otherFacilitator');
  await facilitator.goto(moderation);
  await expectAccessible(facilitator);
  const item = facilitator.getByRole('listitem').filter({ hasText: quote });
  await item.getByRole('button', { name: 'Goedkeuren' }).click();
  await expect(facilitator.getByText('Goedgekeurd: het staat nu op de pagina van het aanbod.')).toBeVisible();
  await waitForMail(elif, /^Gepubliceerd bij Samen Maakt School$/);

  await visitor.goto(offer);
  await expect(visitor.getByText(quote)).toBeVisible();

  // A GET, not a reload: the page's last request was the write's POST, which a reload would send again.
  await member.goto(`${offer}/scholen/931187/getuigenissen`);
  await member.getByRole('listitem').filter({ hasText: quote }).getByRole('button', { name: 'Intrekken' }).click();
  await expect(member.getByText('Ingetrokken: de getuigenis staat niet meer op de publieke pagina.')).toBeVisible();
  await visitor.goto(offer);
  await expect(visitor.getByText(quote)).toHaveCount(0);
});

test('the story editor refuses a photo that is no image, and writes nothing', async ({ browser, baseURL }) => {
  const member = await pageAs(browser, baseURL!, { email: elif });
  await member.goto(`${offer}/scholen/931187/verhaal`);
  await expectAccessible(member);
  await member.getByLabel('Titel').fill('Herstelgesprekken op de speelplaats');
  await member.getByLabel('Verhaal', { exact: true }).fill('We leerden conflicten op de speelplaats herstelgericht op te lossen, samen met de begeleider.');
  await member.locator('input[type=file][name=photo]').setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
  await member.getByLabel('Beschrijving van de foto').fill('De speelplaats');
  await member.getByLabel('Wie staat op de foto en wie gaf toestemming?').fill('Niemand herkenbaar.');
  await member.getByLabel('Iedereen op de foto gaf toestemming', { exact: false }).check();
  await member.getByRole('button', { name: 'Verhaal opslaan' }).click();
  await expect(member.getByText('Kies een foto in PNG of JPEG.')).toBeVisible();
  await expect(member.getByText('Er is nog geen verhaal van deze school.')).toBeVisible();
  await expectAccessible(member);
});
