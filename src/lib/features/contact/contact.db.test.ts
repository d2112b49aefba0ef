import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactMessages, contactReplies, networks, organisationRoles, organisations, people } from '$lib/server/db/schema';
import { drainQueue } from '$lib/server/jobs/queue';
import { brandOrganisation } from '$lib/server/tenancy';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { buildOrganisation, uniqueEmail } from '../../../../tests/factories';
import { contactTarget } from '../../../../tests/handles';
import { listOutbox } from '../mail/data.server';
import { mailJobs } from '../mail/jobs.server';
import { countContactMessages, listContactMessages } from './data.server';
import { answerContactMessage, newContactTicket, sendContactMessage, setContactStatus } from './mutations.server';
import { contactLimits } from './rules';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

const opened = new Date(Date.now() - 60_000);
let clients = 0;
const client = () => `198.51.100.${++clients}`;

async function organisation(contactEmail: string | null) {
  const [row] = await database.handle.db.insert(organisations).values({ ...buildOrganisation({ name: 'Samana' }), contactEmail }).returning({ id: organisations.id, name: organisations.name });
  return { id: brandOrganisation(row!.id), name: row!.name };
}

async function message(overrides: Partial<{ email: string; message: string; website: string; ticket: string }> = {}) {
  return { name: 'Lotte Peeters', email: uniqueEmail('lotte'), school: 'Sint-Jozefsinstituut', message: 'Hoe sluit onze school aan bij het netwerk?', website: '', ticket: await newContactTicket(opened), ...overrides };
}

const rowsOf = (organisationId: string) => database.handle.db.select().from(contactMessages).where(eq(contactMessages.organisationId, organisationId));

describe('the contact form', () => {
  it('keeps the message and forwards it to the organisation’s address, with Reply-To the sender; never mails the sender', async () => {
    const samana = await organisation(uniqueEmail('info'));
    const [org] = await database.handle.db.select({ email: organisations.contactEmail }).from(organisations).where(eq(organisations.id, samana.id));
    const input = await message();
    expect(await sendContactMessage(contactTarget(samana.id, samana.name), input, client(), 'nl')).toEqual({ ok: true });
    expect(await rowsOf(samana.id)).toMatchObject([{ name: 'Lotte Peeters', email: input.email, status: 'new', school: 'Sint-Jozefsinstituut' }]);
    await drainQueue(mailJobs);
    const outbox = await listOutbox();
    const forwarded = outbox.find((m) => m.recipient === org!.email);
    expect(forwarded?.subject).toBe('Contactbericht van Lotte Peeters');
    expect(forwarded?.textBody).toContain('Hoe sluit onze school aan bij het netwerk?');
    expect(forwarded?.textBody).toContain(`Lotte Peeters <${input.email}>`);
    expect(outbox.some((m) => m.recipient === input.email)).toBe(false);
  });

  it('forwards a network’s message to the network’s contact, and without any address to the facilitators', async () => {
    const samana = await organisation(null);
    const [facilitator] = await database.handle.db.insert(people).values({ email: uniqueEmail('fac'), name: 'Els' }).returning({ id: people.id, email: people.email });
    await database.handle.db.insert(organisationRoles).values({ organisationId: samana.id, personId: facilitator!.id, role: 'facilitator' });
    const networkMail = uniqueEmail('netwerk');
    const [network] = await database.handle.db.insert(networks).values({ organisationId: samana.id, slug: `n-${Date.now()}`, name: 'Scholennetwerk', description: '', isPublic: true, contactEmail: networkMail }).returning({ id: networks.id, name: networks.name });
    await sendContactMessage(contactTarget(samana.id, samana.name, network!), await message(), client(), 'nl');
    await sendContactMessage(contactTarget(samana.id, samana.name), await message(), client(), 'nl');
    await drainQueue(mailJobs);
    const outbox = await listOutbox();
    expect(outbox.find((m) => m.recipient === networkMail)?.textBody).toContain('Via het contactformulier van Scholennetwerk (Samana)');
    expect(outbox.filter((m) => m.recipient === facilitator!.email)).toHaveLength(1);
    expect((await listContactMessages(samana.id, 'new')).map((m) => m.networkName).sort()).toEqual(['Scholennetwerk', null]);
  });

  it('refuses the honeypot, a form sent within seconds, a forged or stale ticket, and writes nothing', async () => {
    const samana = await organisation(uniqueEmail('info'));
    const target = contactTarget(samana.id, samana.name);
    expect(await sendContactMessage(target, await message({ website: 'https://spam.example' }), client(), 'nl')).toEqual({ ok: false, reason: 'honeypot' });
    expect(await sendContactMessage(target, await message({ ticket: await newContactTicket(new Date()) }), client(), 'nl')).toEqual({ ok: false, reason: 'too-fast' });
    const [issuedAt] = (await newContactTicket(opened)).split('.');
    expect(await sendContactMessage(target, await message({ ticket: `${Number(issuedAt) - 3_600_000}.forged` }), client(), 'nl')).toEqual({ ok: false, reason: 'ticket-invalid' });
    expect(await sendContactMessage(target, await message({ ticket: '' }), client(), 'nl')).toEqual({ ok: false, reason: 'ticket-invalid' });
    expect(await sendContactMessage(target, await message({ ticket: await newContactTicket(new Date(Date.now() - 25 * 3_600_000)) }), client(), 'nl')).toEqual({ ok: false, reason: 'stale' });
    expect(await rowsOf(samana.id)).toEqual([]);
  });

  it('limits messages per client and per address within the hour', async () => {
    const samana = await organisation(uniqueEmail('info'));
    const target = contactTarget(samana.id, samana.name);
    const sameClient = client();
    const results = [];
    for (let i = 0; i <= contactLimits.perClient; i++) results.push((await sendContactMessage(target, await message(), sameClient, 'nl')).ok);
    expect(results).toEqual([...Array(contactLimits.perClient).fill(true), false]);
    const email = uniqueEmail('herhaal');
    const byAddress = [];
    for (let i = 0; i <= contactLimits.perAddress; i++) byAddress.push((await sendContactMessage(target, await message({ email }), client(), 'nl')).ok);
    expect(byAddress).toEqual([...Array(contactLimits.perAddress).fill(true), false]);
    expect(await rowsOf(samana.id)).toHaveLength(contactLimits.perClient + contactLimits.perAddress);
  });
});

describe('the inbox', () => {
  it('answers by mail in the sender’s language, keeps the answer, and moves the message to answered; another organisation changes nothing', async () => {
    const samana = await organisation(uniqueEmail('info'));
    const other = await organisation(uniqueEmail('info'));
    const input = await message();
    await sendContactMessage(contactTarget(samana.id, samana.name), input, client(), 'en');
    const [row] = await rowsOf(samana.id);
    const [author] = await database.handle.db.insert(people).values({ email: uniqueEmail('els'), name: 'Els Janssens' }).returning({ id: people.id });

    expect(await answerContactMessage(other.id, row!.id, author!.id, 'Niet van jullie.')).toEqual({ ok: false, reason: 'not-found' });
    expect(await setContactStatus(other.id, row!.id, 'closed')).toEqual({ ok: false, reason: 'not-found' });
    expect(await listContactMessages(other.id, 'new')).toEqual([]);

    expect(await answerContactMessage(samana.id, row!.id, author!.id, 'Welcome! Our facilitator will call you.')).toEqual({ ok: true });
    await drainQueue(mailJobs);
    const answer = (await listOutbox()).find((m) => m.recipient === input.email);
    expect(answer?.subject).toBe('Answer from Samana to your message');
    expect(answer?.textBody).toContain('Welcome! Our facilitator will call you.');
    expect(answer?.textBody).toContain('> Hoe sluit onze school aan bij het netwerk?');
    const [answered] = await listContactMessages(samana.id, 'answered');
    expect(answered?.replies).toMatchObject([{ body: 'Welcome! Our facilitator will call you.', authorName: 'Els Janssens' }]);
    expect(await database.handle.db.select().from(contactReplies).where(eq(contactReplies.messageId, row!.id))).toHaveLength(1);

    expect(await setContactStatus(samana.id, row!.id, 'closed')).toEqual({ ok: true });
    expect(await countContactMessages(samana.id)).toEqual({ new: 0, answered: 0, closed: 1 });
  });
});
