// Shared e2e support: sign-in through the real form endpoint, and axe on every page visited.
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, request, type APIRequestContext, type Page } from '@playwright/test';
import { accounts, demoPassword, type Account } from '../demo-accounts';
import type { DemoIds, Role } from './route-matrix-support';

export { accounts, demoPassword, type Account };

/** Signs in a request context (a page's context shares it) with the demo password. */
export async function signIn(request: APIRequestContext, account: Account, baseURL: string): Promise<void> {
  await signInEmail(request, accounts[account], baseURL);
}

/** Signs in any demo person, also one who is not among the accounts above. */
export async function signInEmail(request: APIRequestContext, email: string, baseURL: string): Promise<void> {
  const response = await request.post('/aanmelden?/password', {
    form: { email, password: demoPassword, terug: '/werkruimte' }, headers: { accept: 'text/html', origin: baseURL }, maxRedirects: 0
  });
  expect(response.status(), `sign-in of ${email}`).toBe(303);
}

/** The demo account of each signed-in role of the authorisation matrix. */
export const accountOf: Record<Exclude<Role, 'visitor'>, Account> = {
  staff: 'staff', coordinator: 'coordinator', coach: 'coach', facilitator: 'facilitator',
  admin: 'admin', otherFacilitator: 'otherFacilitator', otherCoordinator: 'otherCoordinator', moderator: 'moderator'
};

/** The ids the matrix's paths need, read from the running demo. */
export async function readDemoIds(baseURL: string): Promise<DemoIds> {
  const anonymous = await request.newContext({ baseURL });
  const organisations = await (await anonymous.get('/api/v1/organisations')).json();
  const samana = organisations.organisations.find((o: { slug: string }) => o.slug === 'samana');
  const publicNetworkId = samana.networks.find((n: { slug: string }) => n.slug === 'scholennetwerk-jonge-mantelzorgers').id;
  const activities = await (await anonymous.get('/api/v1/activities')).json();
  const activityId = activities.activities.find((a: { slug: string }) => a.slug === 'studiereis-hamburg')?.id;
  const examples = await (await anonymous.get('/api/v1/practice-examples?q=trajectbegeleiding')).json();
  const exampleId = examples.examples.find((e: { slug: string }) => e.slug === 'trajectbegeleiding')?.id;
  expect(exampleId, 'the demo example Trajectbegeleiding').toBeTruthy();
  const example = await (await anonymous.get(`/api/v1/practice-examples/${exampleId}`)).json();
  const exampleAttachmentId = example.attachments[0]?.url.match(/\/bijlagen\/([0-9a-f-]{36})$/)?.[1];
  expect(exampleAttachmentId, 'the demo PDF of Trajectbegeleiding').toBeTruthy();
  await anonymous.dispose();
  expect(activityId, 'the demo Hamburg trip').toBeTruthy();
  // A meeting id of the demo learning network, as its member school's coordinator sees it.
  const coordinator = await request.newContext({ baseURL });
  await signIn(coordinator, 'coordinator', baseURL);
  const schoolPage = await (await coordinator.get('/school/913204/lerende-netwerken')).text();
  // A partner on the school's network map, as its coordinator opens it from the table.
  const mapPage = await (await coordinator.get('/school/913204/netwerkkaart')).text();
  const wegwijzerPage = await (await coordinator.get('/school/913204/wegwijzer')).text();
  // The Scholennetwerk's kit 2022-2023 and its logo, as the member school opens them (ADR 059).
  const kitId = schoolPage.match(/\/school\/913204\/communicatiekit\/([0-9a-f-]{36})/)?.[1];
  expect(kitId, 'the demo communication kit').toBeTruthy();
  const kitPage = await (await coordinator.get(`/school/913204/communicatiekit/${kitId}`)).text();
  const kitFileId = kitPage.match(/\/communicatiekit\/[0-9a-f-]{36}\/bestanden\/([0-9a-f-]{36})/)?.[1];
  expect(kitFileId, 'the demo kit logo').toBeTruthy();
  await coordinator.dispose();
  const wegwijzerRowId = wegwijzerPage.match(/\/school\/913204\/wegwijzer\/([0-9a-f-]{36})/)?.[1];
  expect(wegwijzerRowId, 'a demo wegwijzer row').toBeTruthy();
  // Rotary Mechelen, the partner the wegwijzer's grid links to its place on the map.
  const soleLinkId = wegwijzerPage.match(/\/school\/913204\/netwerkkaart\/([0-9a-f-]{36})">Rotary Mechelen</)?.[1];
  expect(soleLinkId, 'Rotary Mechelen on the map').toBeTruthy();
  const mapLinkId = mapPage.match(/\/school\/913204\/netwerkkaart\/([0-9a-f-]{36})/)?.[1];
  expect(mapLinkId, 'a demo network map partner').toBeTruthy();
  const meetingId = schoolPage.match(/\/school\/913204\/bijeenkomsten\/([0-9a-f-]{36})/)?.[1];
  expect(meetingId, 'a demo meeting').toBeTruthy();
  // VISO Gent's observation entry, as its coach opens its form from the logbook (ADR 050).
  const coach = await request.newContext({ baseURL });
  await signIn(coach, 'coach', baseURL);
  const logbook = await (await coach.get('/trajecten/onderwijscentrum-gent/samen-maakt-school/scholen/932590/logboek')).text();
  // VISO Gent's action with a file as evidence, as its coach downloads it from the plan (ADR 054).
  const plan = await (await coach.get('/trajecten/onderwijscentrum-gent/samen-maakt-school/scholen/932590/actieplan')).text();
  await coach.dispose();
  const observationEntryId = logbook.match(/\/logboek\/([0-9a-f-]{36})\/observatie/)?.[1];
  expect(observationEntryId, 'the demo observation entry').toBeTruthy();
  const evidenceActionId = plan.match(/\/actieplan\/bewijs\/([0-9a-f-]{36})/)?.[1];
  expect(evidenceActionId, 'the demo evidence file').toBeTruthy();
  const admin = await request.newContext({ baseURL });
  await signIn(admin, 'admin', baseURL);
  const peoplePage = await (await admin.get('/beheer/personen?q=lien.segers%40prive')).text();
  const municipalitiesPage = await (await admin.get('/beheer/gemeenten')).text();
  const partnersPage = await (await admin.get('/beheer/netwerkpartners?zoek=rotary')).text();
  await admin.dispose();
  // Samana's contact abroad in the United Kingdom, as its facilitator opens it from the list (ADR 055).
  const facilitator = await request.newContext({ baseURL });
  await signIn(facilitator, 'facilitator', baseURL);
  const internationalPage = await (await facilitator.get('/werkruimte/samana/internationaal')).text();
  await facilitator.dispose();
  const internationalContactId = internationalPage.match(/\/werkruimte\/samana\/internationaal\/([0-9a-f-]{36})">Young Carers Schools Network</)?.[1];
  expect(internationalContactId, 'the demo contact abroad').toBeTruthy();
  const mapPartnerId = partnersPage.match(/\/beheer\/netwerkpartners\/([0-9a-f-]{36})/)?.[1];
  expect(mapPartnerId, 'a demo directory partner').toBeTruthy();
  const municipalityId = municipalitiesPage.match(/\/beheer\/gemeenten\/([0-9a-f-]{36})/)?.[1];
  expect(municipalityId, 'a demo municipality').toBeTruthy();
  const personId = peoplePage.match(/\/beheer\/personen\/([0-9a-f-]{36})/)?.[1];
  expect(personId, 'the demo second account').toBeTruthy();
  return { publicNetworkId, meetingId: meetingId!, activityId, personId: personId!, mapLinkId: mapLinkId!, municipalityId: municipalityId!, observationEntryId: observationEntryId!,
    wegwijzerRowId: wegwijzerRowId!, soleLinkId: soleLinkId!, mapPartnerId: mapPartnerId!, exampleId, exampleAttachmentId,
    internationalContactId: internationalContactId!, evidenceActionId: evidenceActionId!, kitId: kitId!, kitFileId: kitFileId! };
}

/**
 * What axe finds on the page as it is now: WCAG 2.1 AA, and the heading order (a best practice, so
 * not in those tags; a skipped level leaves screen-reader users guessing how the page is built).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ rules: { 'heading-order': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Axe must find nothing on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
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
