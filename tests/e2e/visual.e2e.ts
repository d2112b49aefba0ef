// Reference screenshots of the main pages at phone and laptop width (issue 14), so a layout
// regression shows as a failing diff. They run against their own server (tests/e2e/visual-server.js):
// the demo data nobody else changes, and a clock fixed at one Monday morning (ADR 034).
// After an intended change of the look: `npx playwright test tests/e2e/visual.e2e.ts --update-snapshots`,
// look at the new PNGs, and commit them.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser } from '@playwright/test';
import { accounts, demoPassword, type Account } from '../demo-accounts';

const port = Number(process.env.E2E_VISUAL_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);
const origin = `http://localhost:${port}`;
const hamburg = '/activiteiten/ouders-en-school/studiereis-hamburg';
const network = '/werkruimte/samana/netwerken/scholennetwerk-jonge-mantelzorgers';

/** The main pages, each as the person who uses it. */
const pages: { name: string; path: string; as?: Account }[] = [
  { name: 'home', path: '/' },
  { name: 'activiteiten', path: '/activiteiten' },
  { name: 'hamburg', path: hamburg },
  { name: 'inschrijven', path: `${hamburg}/inschrijven`, as: 'coordinator' },
  { name: 'deelnemers', path: '/werkruimte/ouders-en-school/activiteiten/studiereis-hamburg/deelnemers', as: 'hamburgFacilitator' },
  { name: 'lerend-netwerk', path: `${network}/lerende-netwerken/2022-2023`, as: 'facilitator' },
  { name: 'school', path: '/school/913204', as: 'coordinator' },
  { name: 'leden', path: network, as: 'facilitator' }
];
const widths = [390, 1280];

let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = spawn(process.execPath, [fileURLToPath(new URL('./visual-server.js', import.meta.url))],
    { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  await expect.poll(async () => (await fetch(`${origin}/healthz`).catch(() => undefined))?.status, { timeout: 170_000, intervals: [500] }).toBe(200);
});

test.afterAll(() => {
  server?.kill();
});

async function contextFor(browser: Browser, width: number, account?: Account) {
  const context = await browser.newContext({ baseURL: origin, locale: 'nl-BE', colorScheme: 'light', viewport: { width, height: 900 } });
  if (account) {
    const response = await context.request.post('/aanmelden?/password', {
      form: { email: accounts[account], password: demoPassword, terug: '/' }, headers: { accept: 'text/html', origin }, maxRedirects: 0
    });
    expect(response.status(), `sign-in of ${account}`).toBe(303);
  }
  return context;
}

for (const width of widths) {
  test(`the main pages look as their references at ${width} px`, async ({ browser }) => {
    test.setTimeout(180_000);
    for (const { name, path, as } of pages) {
      const context = await contextFor(browser, width, as);
      const page = await context.newPage();
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      // soft: one changed page does not hide the others' diffs.
      await expect.soft(page, `${name} at ${width} px`).toHaveScreenshot(`${name}-${width}.png`, {
        fullPage: true,
        animations: 'disabled',
        // Only DejaVu, whatever else the machine has installed, so the references hold on any Debian.
        stylePath: fileURLToPath(new URL('./visual.css', import.meta.url)),
        // Anti-aliasing may differ by a pixel here and there; a moved or restyled block does not pass.
        maxDiffPixelRatio: 0.002
      });
      await context.close();
    }
  });
}
