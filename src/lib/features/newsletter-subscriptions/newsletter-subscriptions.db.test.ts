// Newsletter subscriptions (ADR 057) over a real SMTP peer: double opt-in (nothing but the
// confirmation before confirming), confirming (idempotent) and an expired link, one-click
// unsubscribe through the route's POST with `List-Unsubscribe=One-Click`, one answer whatever the
// address's state, the limits, and one organisation never touching another's subscribers.
import { eq, inArray, like } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailCampaignRecipients, mailCampaigns, newsletterSubscriptionEvents, newsletterSubscriptions, organisations, people, rateLimits } from '$lib/server/db/schema';
import { drainQueue } from '$lib/server/jobs/queue';
import { brandOrganisation } from '$lib/server/tenancy';
import { crossSiteFormRefusal } from '$lib/server/transport';
import { loadActionRegistry } from '../../../../tests/action-registry';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { buildOrganisation, uniqueEmail } from '../../../../tests/factories';
import { subscriptionTarget } from '../../../../tests/handles';
import { closeSmtpPeer, listenAsSmtpUrl } from '../../../../tests/smtp';
import { mailJobs } from '../mail/jobs.server';
import { countSubscribers, findConfirmationLink, findUnsubscribeLinks, listConfirmedSubscribers, searchSubscribers } from './data.server';
import { changeSubscription, confirmSubscription, newSubscriptionTicket, removeSubscriber, subscribeToNewsletter } from './mutations.server';
import { subscriptionLimits } from './rules';
import type { SubscribeInput } from './schema';

interface Received { to: string; subject: string; text: string }
const received: Received[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    simpleParser(stream).then((mail) => {
      for (const r of session.envelope.rcptTo) received.push({ to: r.address, subject: mail.subject ?? '', text: mail.text ?? '' });
      callback();
    }, callback);
  }
});

let database: TestDatabase;
beforeAll(async () => {
  await listenAsSmtpUrl(server);
  database = await openTestDatabase();
});
afterAll(() => closeSmtpPeer(server, () => database.close()));

const opened = new Date(Date.now() - 60_000);
let clients = 0;
const client = () => `198.51.100.${++clients}`;
const mailsTo = async (email: string) => { await drainQueue(mailJobs); return received.filter((m) => m.to === email); };
const linkIn = (mail: Received | undefined, path: string) => mail?.text.match(new RegExp(`https?://[^\\s]+${path}/([A-Za-z0-9_-]+)`))?.[1];

async function organisation(name = 'Samana') {
  const [row] = await database.handle.db.insert(organisations).values(buildOrganisation({ name })).returning({ id: organisations.id, name: organisations.name });
  return { id: brandOrganisation(row!.id), name: row!.name, target: subscriptionTarget(row!.id, row!.name) };
}

async function input(overrides: Partial<SubscribeInput> = {}): Promise<SubscribeInput> {
  return { email: uniqueEmail('lezer'), name: 'Lotte Peeters', locale: 'nl', website: '', ticket: await newSubscriptionTicket(opened), ...overrides };
}

const rowOf = async (email: string) => (await database.handle.db.select().from(newsletterSubscriptions).where(eq(newsletterSubscriptions.email, email)))[0];

let oneClickAction: ((event: never) => Promise<unknown>) | undefined;

/** The RFC 8058 POST as a mail provider's server sends it: no cookies, no Origin. */
async function oneClick(token: string, body = 'List-Unsubscribe=One-Click') {
  const url = new URL(`http://localhost/afmelden/nieuwsbrief/${token}`);
  const request = new Request(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  expect(crossSiteFormRefusal({ request, url, cookies: { get: () => undefined } } as never)).toBeNull();
  const event = { request, url, params: { token }, locals: { actor: null, locale: 'nl' }, cookies: { get: () => undefined }, getClientAddress: () => '192.0.2.9' };
  // The route's own action, as SvelteKit calls it for the POST.
  oneClickAction ??= (await loadActionRegistry()).find((a) => a.routeId === '/afmelden/nieuwsbrief/[token]' && a.name === 'default')!.handler;
  return oneClickAction(event as never);
}

async function subscribeAndConfirm(samana: Awaited<ReturnType<typeof organisation>>, overrides: Partial<SubscribeInput> = {}) {
  const form = await input(overrides);
  expect(await subscribeToNewsletter(samana.target, form, client())).toEqual({ ok: true });
  const secret = linkIn((await mailsTo(form.email)).at(-1), '/nieuwsbrief/bevestigen');
  expect(await confirmSubscription(secret!)).toMatchObject({ ok: true });
  return { form, row: (await rowOf(form.email))! };
}

describe('double opt-in', () => {
  it('mails only the confirmation link to a pending address; the engine never reads it; confirming makes it confirmed, twice over', async () => {
    const samana = await organisation();
    const form = await input({ locale: 'en' });
    expect(await subscribeToNewsletter(samana.target, form, client())).toEqual({ ok: true });
    const [confirmation, ...others] = await mailsTo(form.email);
    expect(others).toEqual([]);
    expect(confirmation?.subject).toBe('Confirm your subscription to Samana\'s newsletter');
    const secret = linkIn(confirmation, '/nieuwsbrief/bevestigen');
    expect(secret).toBeTruthy();
    const pending = await rowOf(form.email);
    expect(pending).toMatchObject({ status: 'pending', locale: 'en', name: 'Lotte Peeters' });
    // Only the hash of the link is kept.
    expect(pending!.confirmTokenHash).not.toContain(secret!);
    expect(await listConfirmedSubscribers(samana.id, { limit: 100 })).toEqual([]);
    expect(await findUnsubscribeLinks(samana.id, pending!.id)).toBeNull();
    expect((await findConfirmationLink(secret!)).state).toBe('usable');

    const confirmed = await confirmSubscription(secret!);
    expect(confirmed).toEqual({ ok: true, preferencesUrl: `/nieuwsbrief/voorkeuren/${pending!.unsubscribeToken}` });
    expect(await confirmSubscription(secret!)).toEqual(confirmed);
    expect((await rowOf(form.email))?.status).toBe('confirmed');
    expect((await findConfirmationLink(secret!)).state).toBe('confirmed');
    const events = await database.handle.db.select({ event: newsletterSubscriptionEvents.event }).from(newsletterSubscriptionEvents)
      .where(eq(newsletterSubscriptionEvents.subscriptionId, pending!.id));
    expect(events.map((e) => e.event)).toEqual(['subscribed', 'confirmed']);

    const [subscriber] = await listConfirmedSubscribers(samana.id, { limit: 100 });
    expect(subscriber).toMatchObject({ id: pending!.id, address: form.email, name: 'Lotte Peeters', locale: 'en' });
    expect(subscriber!.unsubscribeHeaders).toEqual({
      'List-Unsubscribe': `<${subscriber!.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
    });
    expect(subscriber!.unsubscribeUrl).toMatch(new RegExp(`/afmelden/nieuwsbrief/${pending!.unsubscribeToken}$`));
    expect(await mailsTo(form.email)).toHaveLength(1);
  });

  it('says an expired link expired, and subscribing again mails a new one that works', async () => {
    const samana = await organisation();
    const form = await input();
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    expect(await subscribeToNewsletter(samana.target, { ...form, ticket: await newSubscriptionTicket(new Date(eightDaysAgo.getTime() - 60_000)) }, client(), eightDaysAgo)).toEqual({ ok: true });
    const old = linkIn((await mailsTo(form.email))[0], '/nieuwsbrief/bevestigen');
    expect(await confirmSubscription(old!)).toEqual({ ok: false, reason: 'expired' });
    expect((await findConfirmationLink(old!)).state).toBe('expired');
    expect(await confirmSubscription('geen-echte-link')).toEqual({ ok: false, reason: 'token-invalid' });

    // The hour of that first mail has long passed (the limiter's windows run on the clock).
    await database.handle.db.delete(rateLimits).where(like(rateLimits.key, 'newsletter:mail:%'));
    expect(await subscribeToNewsletter(samana.target, await input({ email: form.email }), client())).toEqual({ ok: true });
    const fresh = linkIn((await mailsTo(form.email)).at(-1), '/nieuwsbrief/bevestigen');
    expect(fresh).not.toBe(old);
    expect(await confirmSubscription(fresh!)).toMatchObject({ ok: true });
    // The old link stays dead: only the newest is kept.
    expect(await confirmSubscription(old!)).toEqual({ ok: false, reason: 'token-invalid' });
  });
});

describe('never telling whether an address is subscribed', () => {
  it('answers the same for a new, pending, confirmed and unsubscribed address; a confirmed one gets a short note, not a link', async () => {
    const samana = await organisation();
    const { form: confirmedForm, row: confirmedRow } = await subscribeAndConfirm(samana);
    const { form: goneForm, row: goneRow } = await subscribeAndConfirm(samana);
    await oneClick(goneRow.unsubscribeToken);
    const pendingForm = await input();
    await subscribeToNewsletter(samana.target, pendingForm, client());
    await drainQueue(mailJobs);
    // An hour later for the two confirmed a while ago; the pending one was mailed an instant ago.
    await database.handle.db.delete(rateLimits).where(inArray(rateLimits.key, [`newsletter:mail:${confirmedRow.id}`, `newsletter:mail:${goneRow.id}`]));
    const before = received.length;

    const answers = [];
    for (const email of [uniqueEmail('nieuw'), pendingForm.email, confirmedForm.email, goneForm.email]) {
      answers.push(await subscribeToNewsletter(samana.target, await input({ email }), client()));
    }
    expect(answers).toEqual([{ ok: true }, { ok: true }, { ok: true }, { ok: true }]);
    await drainQueue(mailJobs);
    // The pending address got its confirmation an instant ago: no second mail within the hour.
    expect(received.slice(before).filter((m) => m.to === pendingForm.email)).toEqual([]);
    const note = received.slice(before).find((m) => m.to === confirmedForm.email);
    expect(note?.subject).toBe('Je bent al ingeschreven op de nieuwsbrief van Samana');
    expect(note?.text).toContain(`/nieuwsbrief/voorkeuren/${confirmedRow.unsubscribeToken}`);
    expect(linkIn(note, '/nieuwsbrief/bevestigen')).toBeUndefined();
    expect((await rowOf(confirmedForm.email))?.status).toBe('confirmed');
    // Unsubscribed: pending again, and only the mailed link brings it back.
    expect((await rowOf(goneForm.email))?.status).toBe('pending');
    expect(linkIn(received.slice(before).find((m) => m.to === goneForm.email), '/nieuwsbrief/bevestigen')).toBeTruthy();
  });

  it('sends at most one mail an hour per subscription, however often its address is typed', async () => {
    const samana = await organisation();
    const email = uniqueEmail('herhaal');
    for (let i = 0; i < 3; i++) expect(await subscribeToNewsletter(samana.target, await input({ email }), client())).toEqual({ ok: true });
    expect(await mailsTo(email)).toHaveLength(1);
  });
});

describe('the spam brakes and limits', () => {
  it('refuses the honeypot, a form sent within seconds, and a forged ticket or one of the contact form, and writes nothing', async () => {
    const samana = await organisation();
    const { newContactTicket } = await import('../contact/mutations.server');
    expect(await subscribeToNewsletter(samana.target, await input({ website: 'https://spam.example' }), client())).toEqual({ ok: false, reason: 'honeypot' });
    expect(await subscribeToNewsletter(samana.target, await input({ ticket: await newSubscriptionTicket(new Date()) }), client())).toEqual({ ok: false, reason: 'too-fast' });
    expect(await subscribeToNewsletter(samana.target, await input({ ticket: await newContactTicket(opened) }), client())).toEqual({ ok: false, reason: 'ticket-invalid' });
    expect(await subscribeToNewsletter(samana.target, await input({ ticket: '' }), client())).toEqual({ ok: false, reason: 'ticket-invalid' });
    expect(await countSubscribers(samana.id)).toEqual({ pending: 0, confirmed: 0, paused: 0, unsubscribed: 0 });
  });

  it('limits subscriptions per client and per address within the hour', async () => {
    const samana = await organisation();
    const sameClient = client();
    const results = [];
    for (let i = 0; i <= subscriptionLimits.perClient; i++) results.push((await subscribeToNewsletter(samana.target, await input(), sameClient)).ok);
    expect(results).toEqual([...Array(subscriptionLimits.perClient).fill(true), false]);
    const email = uniqueEmail('adres');
    const others = await Promise.all(Array.from({ length: subscriptionLimits.perAddress }, () => organisation('Ander')));
    const byAddress = [];
    for (const other of [...others, samana]) byAddress.push((await subscribeToNewsletter(other.target, await input({ email }), client())));
    expect(byAddress.at(-1)).toEqual({ ok: false, reason: 'rate-limited' });
    expect(await database.handle.db.$count(newsletterSubscriptions, eq(newsletterSubscriptions.email, email))).toBe(subscriptionLimits.perAddress);
  });
});

describe('one-click unsubscribe (RFC 8058)', () => {
  it('unsubscribes on the provider’s POST with List-Unsubscribe=One-Click, answers 200 again, and the engine reads the address no more', async () => {
    const samana = await organisation();
    const { form, row } = await subscribeAndConfirm(samana);
    const [subscriber] = await listConfirmedSubscribers(samana.id, { limit: 10 });
    const token = subscriber!.unsubscribeUrl.split('/').at(-1)!;

    const refused = await oneClick(token, 'iets=anders');
    expect(refused).toMatchObject({ status: 400 });
    expect((await rowOf(form.email))?.status).toBe('confirmed');

    expect(await oneClick(token)).toEqual({ unsubscribed: true });
    expect(await oneClick(token)).toEqual({ unsubscribed: true });
    expect((await rowOf(form.email))?.status).toBe('unsubscribed');
    expect(await listConfirmedSubscribers(samana.id, { limit: 10 })).toEqual([]);
    expect(await findUnsubscribeLinks(samana.id, row.id)).toBeNull();
    await expect(oneClick('geen-echte-link')).rejects.toMatchObject({ status: 404 });
  });

  it('lets the preference page pause, resume, unsubscribe and subscribe again without a new confirmation', async () => {
    const samana = await organisation();
    const { form, row } = await subscribeAndConfirm(samana);
    const handle = { id: row.id } as never;
    expect(await changeSubscription(handle, 'pause')).toEqual({ ok: true });
    expect(await listConfirmedSubscribers(samana.id, { limit: 10 })).toEqual([]);
    expect(await changeSubscription(handle, 'resume')).toEqual({ ok: true });
    expect(await changeSubscription(handle, 'unsubscribe')).toEqual({ ok: true });
    expect(await changeSubscription(handle, 'pause')).toEqual({ ok: false, reason: 'not-allowed' });
    expect(await changeSubscription(handle, 'resubscribe')).toEqual({ ok: true });
    expect(await changeSubscription(handle, 'resubscribe')).toEqual({ ok: true });
    expect((await rowOf(form.email))?.status).toBe('confirmed');
  });

  it('skips the address’s queued mails of a newsletter being sent, not those of an activity mail', async () => {
    const samana = await organisation();
    const { form, row } = await subscribeAndConfirm(samana);
    const campaign = async (kind: string) => {
      const [c] = await database.handle.db.insert(mailCampaigns).values({ organisationId: samana.id, kind, sourceId: kind, subject: 'Nieuws', html: '<p>Nieuws</p>', text: 'Nieuws', state: 'sending' })
        .returning({ id: mailCampaigns.id });
      await database.handle.db.insert(mailCampaignRecipients).values({ campaignId: c!.id, address: form.email.toLowerCase() });
      return c!.id;
    };
    const newsletter = await campaign('newsletter');
    const activity = await campaign('activity');
    const stateIn = async (campaignId: string) => (await database.handle.db.select({ state: mailCampaignRecipients.state }).from(mailCampaignRecipients)
      .where(eq(mailCampaignRecipients.campaignId, campaignId)))[0]?.state;
    expect(await changeSubscription({ id: row.id } as never, 'unsubscribe')).toEqual({ ok: true });
    expect(await stateIn(newsletter)).toBe('skipped');
    expect(await stateIn(activity)).toBe('queued');
  });
});

describe('the workspace', () => {
  it('counts, searches and pages one organisation’s subscribers; another organisation sees and removes none', async () => {
    const samana = await organisation();
    const gent = await organisation('Onderwijscentrum Gent');
    const { row } = await subscribeAndConfirm(samana, { name: 'Griet Declercq', email: uniqueEmail('griet') });
    await subscribeToNewsletter(samana.target, await input(), client());
    const [facilitator] = await database.handle.db.insert(people).values({ email: uniqueEmail('fac'), name: 'Els' }).returning({ id: people.id });

    expect(await countSubscribers(samana.id)).toEqual({ pending: 1, confirmed: 1, paused: 0, unsubscribed: 0 });
    expect(await countSubscribers(gent.id)).toEqual({ pending: 0, confirmed: 0, paused: 0, unsubscribed: 0 });
    expect((await searchSubscribers(gent.id, { q: '', pagina: 1 })).rows).toEqual([]);
    expect(await listConfirmedSubscribers(gent.id, { limit: 10 })).toEqual([]);
    expect(await findUnsubscribeLinks(gent.id, row.id)).toBeNull();
    const found = await searchSubscribers(samana.id, { q: 'GRIET decl', pagina: 1 });
    expect(found.rows.map((r) => r.name)).toEqual(['Griet Declercq']);
    expect((await searchSubscribers(samana.id, { q: '%', pagina: 1 })).total).toBe(0);
    expect((await searchSubscribers(samana.id, { q: '', status: 'pending', pagina: 9 })).page).toBe(1);

    expect(await removeSubscriber(gent.id, row.id, facilitator!.id)).toEqual({ ok: false, reason: 'not-found' });
    expect((await rowOf(row.email))?.status).toBe('confirmed');
    expect(await removeSubscriber(samana.id, row.id, facilitator!.id)).toEqual({ ok: true });
    expect((await rowOf(row.email))?.status).toBe('unsubscribed');
    const [audit] = await database.handle.db.select().from(newsletterSubscriptionEvents)
      .where(eq(newsletterSubscriptionEvents.event, 'removed'));
    expect(audit).toMatchObject({ subscriptionId: row.id, personId: facilitator!.id });
  });

  it('pages the confirmed subscribers by id for the sending engine', async () => {
    const samana = await organisation();
    for (let i = 0; i < 3; i++) await subscribeAndConfirm(samana);
    const first = await listConfirmedSubscribers(samana.id, { limit: 2 });
    const rest = await listConfirmedSubscribers(samana.id, { afterId: first.at(-1)!.id, limit: 2 });
    expect(first).toHaveLength(2);
    expect(rest).toHaveLength(1);
    expect(new Set([...first, ...rest].map((s) => s.id)).size).toBe(3);
    expect([...first, ...rest].map((s) => s.id)).toEqual([...first, ...rest].map((s) => s.id).sort());
  });
});
