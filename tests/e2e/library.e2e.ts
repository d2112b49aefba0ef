// Issue 17, first slice: the practice library. A facilitator of Samen tegen Schooluitval publishes
// Limburg's example with the Samen1Plan tool; a visitor finds it by searching "spijbelaars" and by a
// facet. And the rich-text XSS check (ADR 042): a facilitator writes every payload into an example,
// and another person's view of it runs no script and opens no dialog.
import { expect, test, type Page } from '@playwright/test';
import { xssPayloads } from '../xss-payloads';
import { expectAccessible, signIn, signInEmail } from './support';

const limburg = '/praktijkvoorbeelden/samen-tegen-schooluitval/minder-mazen-meer-net';

async function press(page: Page, name: string) {
  const response = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name, exact: true }).click();
  return (await response).status();
}

test('a facilitator publishes Limburg’s example with Samen1Plan; a visitor finds it by “spijbelaars” and by the province', async ({ page, browser, baseURL }) => {
  // Awaiting approval: not there for visitors.
  expect((await page.request.get(limburg)).status()).toBe(404);

  await signInEmail(page.request, 'facilitator.stsu@demo.netwerkplein.example', baseURL!);
  await page.goto('/werkruimte/samen-tegen-schooluitval/praktijkvoorbeelden');
  await expectAccessible(page);
  await page.getByRole('link', { name: '‘Minder mazen, meer net’' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('‘Minder mazen, meer net’');
  // The toolbar script enhanced the Markdown field.
  await expect(page.getByRole('toolbar', { name: 'Opmaak' })).toBeVisible();
  await expectAccessible(page);

  // A tool name over 60 characters is refused in Dutch, nothing saved.
  await page.getByLabel('Gebruikte instrumenten').fill(`Samen1Plan, ${'x'.repeat(61)}`);
  expect(await press(page, 'Wijzigingen bewaren')).toBe(400);
  await expect(page.getByText('De naam van een instrument is te lang')).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Gebruikte instrumenten').fill('Samen1Plan');
  expect(await press(page, 'Wijzigingen bewaren')).toBe(200);
  await expect(page.getByText('Het praktijkvoorbeeld is bewaard.')).toBeVisible();
  expect(await press(page, 'Publiceren')).toBe(200);
  await expect(page.getByText('Dit voorbeeld is nu: Gepubliceerd.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Elke bewaarde versie van dit voorbeeld, de nieuwste eerst' }).getByRole('row')).toHaveCount(4);

  const visitor = await (await browser.newContext({ baseURL })).newPage();
  await visitor.goto('/praktijkvoorbeelden');
  await visitor.getByLabel('Zoekwoorden').fill('spijbelaars');
  await visitor.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(visitor.getByRole('heading', { level: 2, name: /voorbeelden? voor “spijbelaars”/ })).toBeVisible();
  await expect(visitor.getByRole('link', { name: '‘Minder mazen, meer net’' })).toBeVisible();
  await expect(visitor.getByRole('link', { name: 'Provinciaal Spijbelactieplan' })).toBeVisible();
  await expectAccessible(visitor);

  // The province facet leaves only Limburg's.
  await visitor.getByLabel('Regio').selectOption('limburg');
  await visitor.getByRole('button', { name: 'Filters toepassen' }).click();
  await expect(visitor.getByRole('heading', { level: 2, name: '1 voorbeeld voor “spijbelaars”' })).toBeVisible();
  await expect(visitor.getByRole('link', { name: 'Provinciaal Spijbelactieplan' })).toHaveCount(0);
  await visitor.getByRole('link', { name: '‘Minder mazen, meer net’' }).click();
  await expect(visitor.getByRole('definition').filter({ hasText: 'Samen1Plan' })).toBeVisible();
  await expect(visitor.getByText('Nathalie Vanbergen')).toBeVisible();
  await expectAccessible(visitor);
  await visitor.context().close();
});

test('rich text: every XSS payload written into an example runs nothing when someone else reads it', async ({ page, browser, baseURL }) => {
  // A control character is refused before any schema (ADR 018): those payloads cannot even be saved.
  const payloads = xssPayloads.filter((p) => ![...p].some((c) => c.charCodeAt(0) < 0x20 && c !== '\n'));
  expect(payloads.length).toBeGreaterThanOrEqual(100);

  await signIn(page.request, 'facilitator', baseURL!);
  await page.goto('/werkruimte/samana/praktijkvoorbeelden/nieuw');
  await page.getByLabel('Titel', { exact: true }).fill('Proef met onveilige opmaak');
  await page.getByLabel('Korte samenvatting').fill(`Samenvatting <img src=x onerror=alert(1)> ${payloads[0]}`);
  await page.getByLabel('Beschrijving').fill(payloads.join('\n\n'));
  await page.getByLabel('Naam', { exact: true }).first().fill('<script>alert(1)</script>');
  expect(await press(page, 'Concept bewaren')).toBe(303);
  await expect(page.getByText('Het concept is bewaard.')).toBeVisible();
  expect(await press(page, 'Publiceren')).toBe(200);
  const publicPath = await page.getByRole('link', { name: 'Bekijk de publieke pagina' }).getAttribute('href');

  const reader = await (await browser.newContext({ baseURL })).newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  reader.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
  reader.on('pageerror', (error) => errors.push(error.message));
  await reader.goto(publicPath!);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Proef met onveilige opmaak');
  // Give any timer, load or focus handler the chance to run, and touch every link and element.
  await reader.locator('.rich-text-body').hover();
  for (const link of await reader.locator('.rich-text-body a').all()) await link.focus();
  await reader.waitForTimeout(500);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  expect(await reader.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  const found = await reader.locator('.rich-text-body').evaluate((body) => ({
    scripts: body.querySelectorAll('script, iframe, object, embed, svg, img, style, form, input, base, meta, link').length,
    handlers: [...body.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('on') || a === 'style')),
    hrefs: [...body.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => !/^(https?:\/\/|mailto:)/i.test(h))
  }));
  expect(found).toEqual({ scripts: 0, handlers: [], hrefs: [] });
  // The words are still there, as text.
  await expect(reader.getByText('<script>alert(1)</script>', { exact: false }).first()).toBeVisible();
  await reader.context().close();
});

test('a visitor downloads the demo PDF, follows the Atom feed and the API; the workspace downloads a draft’s attachment', async ({ page, browser, baseURL }) => {
  const visitor = await (await browser.newContext({ baseURL })).newPage();
  await visitor.goto('/praktijkvoorbeelden/samen-tegen-schooluitval/trajectbegeleiding');
  const link = visitor.getByRole('link', { name: 'Stappenplan trajectbegeleiding.pdf' });
  const [download] = await Promise.all([visitor.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('Stappenplan trajectbegeleiding.pdf');
  const file = await visitor.request.get((await link.getAttribute('href'))!);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('application/pdf');
  expect(file.headers()['content-disposition']).toMatch(/^attachment; filename="Stappenplan trajectbegeleiding\.pdf"/);
  expect(file.headers()['x-content-type-options']).toBe('nosniff');
  expect((await file.body()).subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');

  // The page names its organisation's feed and the library's; both are well-formed Atom with the example.
  const feeds = await visitor.locator('link[rel="alternate"][type="application/atom+xml"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  expect(feeds).toEqual(['/praktijkvoorbeelden/samen-tegen-schooluitval/feed.atom', '/praktijkvoorbeelden/feed.atom']);
  for (const href of feeds) {
    const response = await visitor.request.get(href!);
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    const parsed = await visitor.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        titles: [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => e.getElementsByTagNameNS(ns, 'title')[0]?.textContent)
      };
    }, xml);
    expect(parsed.error).toBe(0);
    expect(parsed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(parsed.titles).toContain('Trajectbegeleiding');
  }

  // The API: the search finds it, the example carries the same attachment.
  const list = await (await visitor.request.get('/api/v1/practice-examples?q=trajectbegeleiding&province=oost-vlaanderen')).json();
  const hit = list.examples.find((e: { slug: string }) => e.slug === 'trajectbegeleiding');
  expect(hit).toMatchObject({ organisation: { slug: 'samen-tegen-schooluitval' }, province: 'oost-vlaanderen' });
  const example = await (await visitor.request.get(`/api/v1/practice-examples/${hit.id}`)).json();
  expect(example.attachments).toEqual([expect.objectContaining({ fileName: 'Stappenplan trajectbegeleiding.pdf', kind: 'pdf', url: expect.stringMatching(/\/bijlagen\/[0-9a-f-]{36}$/) })]);
  expect(example.contacts.map((c: { name: string }) => c.name)).toEqual(['Oona Somers', 'Sofie Baert']);
  await visitor.context().close();

  // Limburg's example may still await approval: its attachment comes from the workspace, privately.
  await signInEmail(page.request, 'facilitator.stsu@demo.netwerkplein.example', baseURL!);
  await page.goto('/werkruimte/samen-tegen-schooluitval/praktijkvoorbeelden/minder-mazen-meer-net');
  const draftLink = page.getByRole('link', { name: 'Samen1Plan kader.pdf' });
  const [draftDownload] = await Promise.all([page.waitForEvent('download'), draftLink.click()]);
  expect(draftDownload.suggestedFilename()).toBe('Samen1Plan kader.pdf');
  const draftFile = await page.request.get((await draftLink.getAttribute('href'))!);
  expect(draftFile.headers()['content-type']).toBe('application/pdf');
  expect(draftFile.headers()['cache-control']).toBe('private, no-store');
  expect(draftFile.headers()['content-disposition']).toMatch(/^attachment; filename="Samen1Plan kader\.pdf"/);
});
