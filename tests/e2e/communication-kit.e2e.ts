// The communication kit (ADR 059): Samana's facilitator adds a text block and a file to the
// Scholennetwerk's kit 2022-2023 (a web page named .pdf is refused with a Dutch message); the
// coordinator of a member school of that year finds the kit with its label on the school's pages,
// copies a text and downloads the new file byte for byte; a non-member school's coordinator and a
// visitor get 404 for the kit and for the file.
import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support';

const kitPath = '/werkruimte/samana/netwerken/scholennetwerk-jonge-mantelzorgers/communicatiekit';
const poster = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% Affiche voor de klas (e2e)\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');

test('a facilitator fills the kit, a member school downloads it, a non-member school cannot see it', async ({ page: visitor, browser, baseURL }) => {
  const facilitatorContext = await browser.newContext();
  await signIn(facilitatorContext.request, 'facilitator', baseURL!);
  const workspace = await facilitatorContext.newPage();
  await workspace.goto('/werkruimte/samana/netwerken/scholennetwerk-jonge-mantelzorgers');
  await workspace.getByRole('link', { name: 'Communicatiekit' }).click();
  await expect(workspace.getByRole('heading', { level: 1 })).toHaveText('Communicatiekit van Scholennetwerk voor jonge mantelzorgers');
  await expectAccessible(workspace);
  await workspace.getByRole('link', { name: 'Kit 2022-2023 samenstellen' }).click();
  await expect(workspace.getByRole('heading', { level: 1 })).toHaveText('Communicatiekit 2022-2023');
  await expect(workspace.getByRole('heading', { name: 'Logo Scholennetwerk (SVG)' })).toBeVisible();
  await expectAccessible(workspace);

  // A web page whose name says PDF is refused by its bytes, next to the file field; nothing is added.
  const files = workspace.getByRole('heading', { level: 3, name: /Logo|Flyer|Affiche/ });
  const before = await files.count();
  const addFile = workspace.getByRole('form', { name: 'Bestand toevoegen' });
  await addFile.getByLabel('Titel').fill('Affiche voor de klas');
  await addFile.getByLabel('Soort').selectOption('flyer');
  await addFile.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'affiche.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>') });
  await addFile.getByRole('button', { name: 'Bestand toevoegen' }).click();
  await expect(workspace.getByText('We kijken naar de inhoud, niet naar de naam: een webpagina die op .pdf eindigt, weigeren we.')).toBeVisible();
  await expect(workspace.getByRole('form', { name: 'Bestand toevoegen' }).getByLabel('Titel')).toHaveValue('Affiche voor de klas');
  await expect(files).toHaveCount(before);
  await expectAccessible(workspace);

  const retry = workspace.getByRole('form', { name: 'Bestand toevoegen' });
  await retry.getByLabel('Soort').selectOption('flyer');
  await retry.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'affiche.pdf', mimeType: 'application/pdf', buffer: poster });
  await retry.getByRole('button', { name: 'Bestand toevoegen' }).click();
  await expect(workspace.getByText('Het bestand staat in de kit.')).toBeVisible();
  await expect(workspace.getByRole('heading', { name: 'Affiche voor de klas' })).toBeVisible();

  const addText = workspace.getByRole('form', { name: 'Tekstblok toevoegen' });
  await addText.getByLabel('Titel').fill('Voor de leerlingen');
  await addText.getByLabel('Tekst').fill('Zorg jij thuis voor iemand?\nJe bent niet alleen: spreek gerust je vertrouwensleerkracht aan.');
  await addText.getByRole('button', { name: 'Tekstblok toevoegen' }).click();
  await expect(workspace.getByText('Het tekstblok staat in de kit.')).toBeVisible();
  await expect(workspace.getByRole('form', { name: 'Tekstblok 3' }).getByLabel('Titel')).toHaveValue('Voor de leerlingen');
  await expectAccessible(workspace);

  // The member school's coordinator finds the kit with the school's label on its learning-network page.
  const coordinatorContext = await browser.newContext();
  await coordinatorContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await signIn(coordinatorContext.request, 'coordinator', baseURL!);
  const school = await coordinatorContext.newPage();
  await school.goto('/school/913204/lerende-netwerken');
  await school.getByRole('link', { name: 'Scholennetwerk voor jonge mantelzorgers (Samana), 2022-2023' }).click();
  await expect(school.getByRole('heading', { level: 1 })).toHaveText('Communicatiekit Scholennetwerk voor jonge mantelzorgers 2022-2023');
  await expect(school.getByRole('img', { name: 'Kwaliteitslabel van Sint-Jozefsinstituut, 2022-2023' })).toBeVisible();
  await expect(school.getByRole('link', { name: 'Label als SVG' })).toHaveAttribute('href', /\/school\/913204\/label\/[0-9a-f-]{36}\/2022-2023\/svg$/);
  await expect(school.getByRole('article', { name: 'Voor de leerlingen' })).toContainText('Je bent niet alleen');
  await expectAccessible(school);

  // The copy button is there with script and copies the text as it is.
  await school.getByRole('button', { name: 'Voor de leerlingen kopiëren' }).click();
  await expect(school.getByRole('article', { name: 'Voor de leerlingen' }).getByRole('status')).toHaveText('Gekopieerd');
  expect(await school.evaluate(() => navigator.clipboard.readText())).toContain('Zorg jij thuis voor iemand?\nJe bent niet alleen');

  const href = await school.getByRole('link', { name: 'Affiche voor de klas downloaden' }).getAttribute('href');
  expect(href).toMatch(/^\/school\/913204\/communicatiekit\/[0-9a-f-]{36}\/bestanden\/[0-9a-f-]{36}$/);
  const download = await coordinatorContext.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect(download.headers()['content-disposition']).toBe(`attachment; filename="affiche.pdf"; filename*=UTF-8''affiche.pdf`);
  expect(download.headers()['x-content-type-options']).toBe('nosniff');
  expect(download.headers()['content-security-policy']).toBe("default-src 'none'; sandbox");
  expect(Buffer.compare(await download.body(), poster)).toBe(0);
  const kitPage = school.url().replace(baseURL!, '');

  // A school that was no member in 2022-2023 does not see the kit or its file; neither does a visitor.
  const otherContext = await browser.newContext();
  await signIn(otherContext.request, 'otherCoordinator', baseURL!);
  const elsewhere = kitPage.replace('/school/913204/', '/school/931187/');
  expect((await otherContext.request.get(elsewhere)).status()).toBe(404);
  expect((await otherContext.request.get(href!.replace('/school/913204/', '/school/931187/'))).status()).toBe(404);
  // Nor through the member school's own address: it is not theirs.
  expect((await otherContext.request.get(href!)).status()).toBe(404);
  expect((await visitor.request.get(kitPage)).status()).toBe(404);
  expect((await visitor.request.get(href!)).status()).toBe(404);
  const other = await otherContext.newPage();
  await other.goto('/school/931187/lerende-netwerken');
  await expect(other.getByRole('link', { name: /Scholennetwerk voor jonge mantelzorgers \(Samana\), 2022-2023/ })).toHaveCount(0);

  // The facilitator removes the text block again; the kit keeps its demo content.
  await workspace.goto(`${kitPath}/2022-2023`);
  await workspace.getByRole('listitem').filter({ has: workspace.getByRole('form', { name: 'Tekstblok 3' }) }).getByRole('button', { name: 'Verwijderen Voor de leerlingen' }).click();
  await expect(workspace.getByText('Het tekstblok is verwijderd.')).toBeVisible();
  await Promise.all([facilitatorContext.close(), coordinatorContext.close(), otherContext.close()]);
});
