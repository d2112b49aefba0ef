// Shared e2e support: sign-in through the real form endpoint, and axe on every page visited.
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const demoPassword = 'netwerkplein-demo';
const domain = 'demo.netwerkplein.example';

export const accounts = {
  admin: `admin@${domain}`,
  facilitator: `facilitator@${domain}`,
  coach: `begeleider@${domain}`,
  coordinator: `coordinator@${domain}`,
  staff: `medewerker@${domain}`,
  otherFacilitator: `facilitator.gent@${domain}`,
  // Coordinator of 931187, a school outside Samana's learning network 2022-2023.
  otherCoordinator: `tom.mertens@${domain}`
} as const;

export type Account = keyof typeof accounts;

/** Signs in a request context (a page's context shares it) with the demo password. */
export async function signIn(request: APIRequestContext, account: Account, baseURL: string): Promise<void> {
  const response = await request.post('/aanmelden?/password', {
    form: { email: accounts[account], password: demoPassword, terug: '/werkruimte' },
    headers: { accept: 'text/html', origin: baseURL },
    maxRedirects: 0
  });
  expect(response.status(), `sign-in of ${account}`).toBe(303);
}

/** WCAG 2.1 AA: axe must find nothing on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
