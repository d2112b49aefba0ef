// Issue 14 items 5–7: an organisation's logo and accent (ADR 027 branding), share cards, print.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signIn } from './support';

// An 8×8 PNG in the accent below.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGOQjlPAihiGlgQA8VomQRG88skAAAAASUVORK5CYII=', 'base64');
const forgedSvg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>');

async function saveBranding(page: Page, accent: string, logo?: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel('Accentkleur').fill(accent);
  if (logo) await page.getByLabel('Logo (PNG of SVG, maximaal 200 kB)').setInputFiles(logo);
  const response = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/huisstijl'));
  await page.getByRole('button', { name: 'Huisstijl bewaren' }).click();
  return (await response).status();
}

const meta = (page: Page, property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`).getAttribute('content');

test('a facilitator sets a logo and accent; a colour with too little contrast and a forged SVG are refused', async ({ page, baseURL }) => {
  await signIn(page.request, 'facilitator', baseURL!);
  await page.goto('/werkruimte/samana');
  await page.getByRole('navigation', { name: 'Samana' }).getByRole('link', { name: 'Huisstijl' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Huisstijl: Samana');
  await expectAccessible(page);

  // Yellow: white text on it does not read. Refused in Dutch, and nothing of the form was saved.
  expect(await saveBranding(page, '#ffcc00', { name: 'logo.png', mimeType: 'image/png', buffer: png })).toBe(400);
  await expect(page.getByText('Deze kleur heeft te weinig contrast')).toBeVisible();
  await expect(page.getByLabel('Accentkleur')).toHaveValue('#ffcc00');
  await expectAccessible(page);
  expect((await page.request.get('/organisaties/samana/logo')).status()).toBe(404);

  // An SVG with a script, whatever name and type the browser gives it.
  expect(await saveBranding(page, '#1b5e20', { name: 'logo.png', mimeType: 'image/png', buffer: forgedSvg })).toBe(400);
  await expect(page.getByText('Dit SVG-bestand bevat scripts')).toBeVisible();
  expect((await page.request.get('/organisaties/samana/logo')).status()).toBe(404);

  expect(await saveBranding(page, '#1B5E20', { name: 'samana.png', mimeType: 'image/png', buffer: png })).toBe(200);
  await expect(page.getByRole('status')).toHaveText('De huisstijl is bewaard.');
  await expectAccessible(page);

  // The public page shows the logo and uses the accent, light and dark, on a phone and a laptop.
  await page.goto('/organisaties/samana');
  const logo = page.getByRole('img', { name: 'Logo van Samana' });
  await expect(logo).toBeVisible();
  await expect(page.locator('.org-brand')).toHaveAttribute('style', /--org-accent: #1b5e20/);
  const link = page.getByRole('link', { name: 'Scholennetwerk voor jonge mantelzorgers' });
  await expect(link).toHaveCSS('color', 'rgb(27, 94, 32)');
  for (const [width, colorScheme] of [[390, 'light'], [390, 'dark'], [1280, 'light'], [1280, 'dark']] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await page.locator('script').count(), 'no client JavaScript on a public page').toBe(0);

  // Its share card: the logo's PNG rendition (for a PNG logo, its own bytes), as an absolute URL.
  const src = await logo.getAttribute('src');
  expect(await meta(page, 'og:image')).toBe(new URL(`${src}&formaat=png`, baseURL).href);
  const card = await page.request.get(`${src}&formaat=png`);
  expect(card.headers()['content-type']).toBe('image/png');
  expect(Buffer.from(await card.body()).equals(png)).toBe(true);
  expect(await meta(page, 'og:title')).toBe('Samana');
  expect(await meta(page, 'og:url')).toBe(new URL('/organisaties/samana', baseURL).href);

  // Served with its own type, an ETag, and a CSP under which nothing runs.
  const served = await page.request.get(src!);
  expect(served.status()).toBe(200);
  const headers = served.headers();
  expect(headers['content-type']).toBe('image/png');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-disposition']).toBe('inline');
  expect(headers['content-security-policy']).toContain("default-src 'none'");
  expect(Buffer.from(await served.body()).equals(png)).toBe(true);
  const again = await page.request.get(src!, { headers: { 'if-none-match': headers.etag! } });
  expect(again.status()).toBe(304);

  // The network's and activities' public pages carry the same look.
  await page.goto('/organisaties/samana/netwerken/scholennetwerk-jonge-mantelzorgers');
  await expect(page.getByRole('img', { name: 'Logo van Samana' })).toBeVisible();
  await page.goto('/activiteiten/samana/vorming-jonge-mantelzorgers-herkennen');
  await expect(page.getByRole('img', { name: 'Logo van Samana' })).toBeVisible();
  await expect(page.locator('.org-brand')).toHaveAttribute('style', /--org-accent: #1b5e20/);
  await expectAccessible(page);
});

test('an SVG logo is served as SVG with a sandboxing CSP, and rasterised to PNG for its share card', async ({ request, page, baseURL }) => {
  const served = await request.get('/organisaties/onderwijscentrum-gent/logo');
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toBe('image/svg+xml');
  expect(served.headers()['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
  await page.goto('/organisaties/onderwijscentrum-gent');
  await expect(page.getByRole('img', { name: 'Logo van Onderwijscentrum Gent' })).toBeVisible();
  const image = await meta(page, 'og:image');
  expect(image).toMatch(new RegExp(`^${baseURL}/organisaties/onderwijscentrum-gent/logo\\?v=[0-9a-f]{12}&formaat=png$`));
  const card = await request.get(image!);
  expect(card.status()).toBe(200);
  expect(card.headers()['content-type']).toBe('image/png');
  expect(card.headers()['cross-origin-resource-policy']).toBe('cross-origin');
  expect([...(await card.body()).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect((await request.get(image!, { headers: { 'if-none-match': card.headers().etag! } })).status()).toBe(304);
});

test('public pages carry Open Graph and Twitter card tags', async ({ page, baseURL }) => {
  for (const [path, title] of [
    ['/', /Netwerkplein/],
    ['/activiteiten', /Activiteiten|Vormingen|Aanbod/],
    ['/activiteiten/ouders-en-school/studiereis-hamburg', /Hamburg/],
    ['/organisaties/onderwijscentrum-gent/netwerken/samen-maakt-school', /Samen Maakt School/]
  ] as const) {
    await page.goto(path);
    expect(await meta(page, 'og:title'), path).toMatch(title);
    expect((await meta(page, 'og:description'))?.length, path).toBeGreaterThan(10);
    expect(await meta(page, 'og:url'), path).toBe(new URL(path, baseURL).href);
    expect(await meta(page, 'og:image'), path).toMatch(/^http/);
    expect(await meta(page, 'og:type'), path).toMatch(/^(website|article)$/);
    expect(await meta(page, 'twitter:card'), path).toMatch(/^summary/);
  }
});

test('participant and attendance lists and a learning network print on A4 without the site around them', async ({ browser, baseURL }, testInfo) => {
  for (const [account, path] of [
    ['hamburgFacilitator', '/werkruimte/ouders-en-school/activiteiten/studiereis-hamburg/deelnemers'],
    ['hamburgFacilitator', '/werkruimte/ouders-en-school/activiteiten/studiereis-hamburg/aanwezigheid'],
    ['facilitator', '/werkruimte/samana/netwerken/scholennetwerk-jonge-mantelzorgers/lerende-netwerken/2022-2023']
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(context.request, account, baseURL!);
    expect((await page.goto(path))?.status(), path).toBe(200);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.site-header'), path).toBeHidden();
    await expect(page.locator('footer.site-footer'), path).toBeHidden();
    await expect(page.locator('main nav').first(), path).toBeHidden();
    await expect(page.locator('main button').first(), path).toBeHidden();
    const table = page.locator('main table').first();
    await expect(table, path).toBeVisible();
    expect(await table.locator('thead').evaluate((el) => getComputedStyle(el).display), path).toBe('table-header-group');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString(), path).toBe('%PDF');
    await testInfo.attach(path.split('/').slice(-1)[0]!, { body: pdf, contentType: 'application/pdf' });
    await context.close();
  }
});
