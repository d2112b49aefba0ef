// Joining a school without coordinator (issue 13): a teacher asks, the facilitator of its network
// approves from Samana's inbox, and she, now coordinator, invites a colleague. Mails are read from
// the SMTP test peer.
import { expect, test } from '@playwright/test';
import { accounts, expectAccessible, signIn, signInEmail, waitForMail } from './support';

const leen = 'leen.wouters@demo.netwerkplein.example';
const school = 'Vrije Basisschool Sint-Jozef';

test('a teacher asks to join a school without coordinator; the network facilitator approves; she invites a colleague', async ({ page, browser, baseURL }) => {
  // Three people, four mails through the worker and the SMTP peer: slow on a shared machine.
  test.slow();
  await signInEmail(page.request, leen, baseURL!);
  await page.goto('/werkruimte');
  await page.getByRole('link', { name: 'Aansluiten bij een school' }).click();
  await page.getByLabel('Naam, instellingsnummer of gemeente').fill('Sint-Jozef');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expectAccessible(page);
  await page.getByRole('link', { name: school }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Aansluiten bij ${school}`);
  await expectAccessible(page);

  // Bad input first: nothing is asked, the message is Dutch.
  await page.getByRole('button', { name: 'Vraag versturen' }).click();
  await expect(page.getByText('Kies een geldige rol.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Ik sluit aan als').selectOption('coordinator');
  await page.getByLabel('Mijn rol in de school').selectOption('leerkracht');
  await page.getByRole('button', { name: 'Vraag versturen' }).click();
  await expect(page.getByText('Je vraag is verstuurd.', { exact: false })).toBeVisible();

  // The school has no coordinator: Samana's facilitator hears of it, with a link to the inbox.
  const asked = await waitForMail(accounts.facilitator, new RegExp(`Vraag om aan te sluiten bij ${school}`));
  expect(asked.text).toContain('Leen Wouters');
  const inboxPath = new URL(asked.text.match(/https?:\/\/\S+\/werkruimte\/samana\/aansluitingen/)![0]).pathname;

  const facilitator = await (await browser.newContext({ baseURL, locale: 'nl-BE' })).newPage();
  await signIn(facilitator.request, 'facilitator', baseURL!);
  // The workspace home lists the waiting requests (An De Vos's from the demo and Leen's) first.
  await facilitator.goto('/werkruimte');
  await expect(facilitator.getByText('Mensen vragen om bij een school zonder coördinator in de netwerken van Samana te horen.')).toBeVisible();
  await facilitator.getByRole('link', { name: /^\d+ vragen om aan te sluiten$/ }).click();
  await expect(facilitator).toHaveURL(new RegExp(`${inboxPath}$`));
  await expect(facilitator.getByRole('heading', { level: 1 })).toHaveText('Vragen om aan te sluiten');
  await expect(facilitator.getByRole('cell', { name: /^An De Vos an.devos@/ })).toBeVisible();
  await expectAccessible(facilitator);
  await facilitator.getByRole('button', { name: 'Vraag van Leen Wouters goedkeuren' }).click();
  await expect(facilitator.getByText('De vraag is goedgekeurd.')).toBeVisible();
  await expect(facilitator.getByRole('button', { name: 'Vraag van Leen Wouters goedkeuren' })).toHaveCount(0);
  await expectAccessible(facilitator);
  await facilitator.close();

  const approved = await waitForMail(leen, new RegExp(`Je hoort nu bij ${school}`));
  expect(approved.text).toContain('/school/916835');

  // Now coordinator: she invites a colleague, who gets a sign-in link.
  await page.goto('/werkruimte');
  await page.getByRole('link', { name: school }).click();
  await page.getByRole('link', { name: 'Team' }).click();
  await expectAccessible(page);
  const colleague = 'tine.jacobs@sint-jozef.example';
  await page.getByLabel('Naam', { exact: true }).fill('Tine Jacobs');
  await page.getByLabel('E-mailadres').fill(colleague);
  await page.getByRole('form', { name: 'Collega uitnodigen' }).getByLabel('Rol in de school').selectOption('zorgcoordinator');
  await page.getByRole('button', { name: 'Collega uitnodigen' }).click();
  await expect(page.getByText('De uitnodiging is verstuurd.')).toBeVisible();
  const invitation = await waitForMail(colleague, new RegExp(`Uitnodiging voor ${school}`));
  expect(invitation.text).toMatch(/Leen Wouters nodigt je uit als zorgcoördinator/);
  expect(invitation.text).toMatch(/\/aanmelden\/link\/[\w-]{20,}/);
  await expectAccessible(page);
});
