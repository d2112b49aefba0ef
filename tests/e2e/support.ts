// Shared e2e support: sign-in through the real form endpoint, and axe on every page visited.
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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
  otherCoordinator: `tom.mertens@${domain}`,
  // Organiser of the Hamburg study trip (Ouders & School vzw).
  hamburgFacilitator: `facilitator.hamburg@${domain}`
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

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  attachments: { filename?: string; contentType: string; content: string }[];
}

/** Mails the SMTP peer received for one address, oldest first (tests/e2e/smtp-peer.js writes them). */
export function mailsTo(address: string): ReceivedMail[] {
  const dir = process.env.E2E_MAIL_DIR ?? './data/e2e-mail';
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as ReceivedMail)
    .filter((mail) => mail.to.includes(address.toLowerCase()));
}

/** Waits until the peer received a mail for `address` whose subject matches (mail goes through a job). */
export async function waitForMail(address: string, subject: RegExp, timeoutMs = 20_000): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect.poll(() => (found = mailsTo(address).findLast((m) => subject.test(m.subject))), { timeout: timeoutMs, message: `mail to ${address} matching ${subject}` }).toBeTruthy();
  return found!;
}
