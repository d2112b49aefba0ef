import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mails, people, signUps } from '$lib/server/db/schema';
import { db } from '$lib/server/db/client';
import { drainQueue } from '$lib/server/jobs/queue';
import { openTestDatabase, type TestDatabase } from '../../../../tests/db';
import { uniqueEmail } from '../../../../tests/factories';
import { ownAccount } from '../../../../tests/handles';
import { mailJobs } from '../mail/jobs.server';
import { findOrCreatePerson, loginWithPassword, requestMagicLink, setPassword, takeRateLimit } from '../people/mutations.server';
import { isSignUpUsable } from './data.server';
import { confirmSignUp, requestSignUp } from './mutations.server';

let database: TestDatabase;
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database.close(); });

const signUp = (email: string, name = 'Lotte Peeters', client = '10.1.0.1') => requestSignUp({ name, email }, client, 'nl');

const confirm = (secret: string, password = '') => confirmSignUp(secret, { password, confirm: password });

async function mailsTo(email: string) {
  await drainQueue(mailJobs);
  return db().select().from(mails).where(eq(mails.recipient, email)).orderBy(mails.createdAt);
}

function confirmSecret(text: string | undefined): string {
  const secret = text?.match(/\/registreren\/bevestigen\/([\w-]+)/)?.[1];
  if (!secret) throw new Error('no confirmation link in mail');
  return secret;
}

const personWith = async (email: string) => (await db().select().from(people).where(eq(people.email, email)))[0];

describe('signing up', () => {
  it('mails a confirmation link; the account exists only once the link is followed, with the password chosen there', async () => {
    const email = uniqueEmail('nieuw');
    expect(await signUp(email)).toEqual({ ok: true });
    const [mail] = await mailsTo(email);
    expect(mail?.subject).toBe('Bevestig je e-mailadres voor Netwerkplein');
    // Unconfirmed, the address can do nothing: no account, no password sign-in, no sign-in link.
    expect(await personWith(email)).toBeUndefined();
    expect(await loginWithPassword(email, 'een lang wachtwoord', '10.1.0.2')).toEqual({ ok: false, reason: 'invalid' });
    expect(await requestMagicLink(email, '10.1.0.2')).toEqual({ ok: true });
    expect(await mailsTo(email)).toHaveLength(1);

    const secret = confirmSecret(mail?.textBody);
    expect(await isSignUpUsable(secret)).toBe(true);
    const confirmed = await confirm(secret, 'een lang wachtwoord');
    const person = await personWith(email);
    expect(confirmed).toEqual({ ok: true, personId: person?.id });
    expect(person?.name).toBe('Lotte Peeters');
    expect(await loginWithPassword(email, 'een lang wachtwoord', '10.1.0.2')).toEqual({ ok: true, personId: person?.id });
    // The link works once.
    expect(await confirm(secret)).toEqual({ ok: false, reason: 'token-invalid' });
    expect(await isSignUpUsable(secret)).toBe(false);
  });

  it('makes an account without a password when none is given (sign-in by link)', async () => {
    const email = uniqueEmail('zonder');
    await signUp(email);
    const [mail] = await mailsTo(email);
    await confirm(confirmSecret(mail?.textBody));
    expect((await personWith(email))?.passwordHash).toBeNull();
  });

  it('sends an existing person a "you already have an account" mail and changes nothing, with the same answer', async () => {
    const email = uniqueEmail('bestaand');
    const person = await db().transaction((tx) => findOrCreatePerson(tx, email, 'An Bestaand'));
    await setPassword(ownAccount(person.id), 'het echte wachtwoord');
    expect(await signUp(email, 'Vreemde')).toEqual({ ok: true });
    const received = await mailsTo(email);
    expect(received.map((m) => m.subject)).toEqual(['Je hebt al een account op Netwerkplein']);
    expect(received[0]?.textBody).toContain('/wachtwoord-vergeten');
    expect(received[0]?.textBody).not.toMatch(/registreren\/bevestigen/);
    expect(await db().select().from(signUps).where(eq(signUps.email, email))).toEqual([]);
    expect((await personWith(email))?.name).toBe('An Bestaand');
    expect(await loginWithPassword(email, 'het echte wachtwoord', '10.1.0.3')).toMatchObject({ ok: true });
      });

  it('sends at most one mail per address per hour, however often it is signed up', async () => {
    const email = uniqueEmail('eenmaal');
    for (let i = 0; i < 4; i++) expect(await signUp(email, 'Lotte', `10.1.1.${i}`)).toEqual({ ok: true });
    expect(await mailsTo(email)).toHaveLength(1);
    expect(await db().select().from(signUps).where(eq(signUps.email, email))).toHaveLength(1);
  });

  it('lets only the holder of the link choose the password: a stranger who signed up someone else\'s address cannot sign in', async () => {
    const email = uniqueEmail('kaping');
    // The stranger posts the owner's address, and would have given "het wachtwoord van een vreemde"
    // as the old form allowed: the form and the sign-up no longer take a password at all.
    await requestSignUp({ name: 'Vreemde', email, password: 'het wachtwoord van een vreemde', confirm: 'het wachtwoord van een vreemde' } as never, '10.1.2.9', 'nl');
    const [mail] = await mailsTo(email);
    // The owner follows the mailed link and chooses their own password (or none).
    await confirm(confirmSecret(mail?.textBody), 'het eigen wachtwoord');
    expect(await loginWithPassword(email, 'het wachtwoord van een vreemde', '10.1.2.1')).toMatchObject({ ok: false });
    expect(await loginWithPassword(email, 'het eigen wachtwoord', '10.1.2.1')).toMatchObject({ ok: true });
    const other = uniqueEmail('kaping-zonder');
    await requestSignUp({ name: 'Vreemde', email: other, password: 'het wachtwoord van een vreemde', confirm: 'het wachtwoord van een vreemde' } as never, '10.1.2.7', 'nl');
    const [otherMail] = await mailsTo(other);
    await confirm(confirmSecret(otherMail?.textBody));
    expect(await loginWithPassword(other, 'het wachtwoord van een vreemde', '10.1.2.1')).toMatchObject({ ok: false });
    expect((await personWith(other))?.passwordHash).toBeNull();
  });

  it('signs in to an account that came to be meanwhile (an invitation) without changing it', async () => {
    const email = uniqueEmail('intussen');
    await signUp(email);
    const [mail] = await mailsTo(email);
    const invited = await db().transaction((tx) => findOrCreatePerson(tx, email, 'Uitgenodigd'));
    expect(await confirm(confirmSecret(mail?.textBody), 'een lang wachtwoord')).toEqual({ ok: true, personId: invited.id });
    const person = await personWith(email);
    expect(person?.name).toBe('Uitgenodigd');
    expect(person?.passwordHash).toBeNull();
  });

  it('is limited per address and per client, with a 429 reason and nothing written', async () => {
    const email = uniqueEmail('gelimiteerd');
    for (let i = 0; i < 10; i++) await signUp(email, 'Lotte', `10.1.3.${i}`);
    expect(await signUp(email, 'Lotte', '10.1.3.99')).toEqual({ ok: false, reason: 'rate-limited' });

    // The per-client ceiling is 5× the limit: one client cannot sign up address after address.
    for (let i = 0; i < 50; i++) await takeRateLimit('signup:ip:10.1.4.1', 1000, 900);
    const other = uniqueEmail('spray');
    expect(await signUp(other, 'Lotte', '10.1.4.1')).toEqual({ ok: false, reason: 'rate-limited' });
    expect(await mailsTo(other)).toEqual([]);
    expect(await db().select().from(signUps).where(eq(signUps.email, other))).toEqual([]);
  });

  it('refuses an unknown or expired link', async () => {
    expect(await confirm('geen-echte-link')).toEqual({ ok: false, reason: 'token-invalid' });
    const email = uniqueEmail('verlopen');
    await signUp(email);
    const [mail] = await mailsTo(email);
    await db().update(signUps).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(signUps.email, email));
    expect(await confirm(confirmSecret(mail?.textBody))).toEqual({ ok: false, reason: 'token-invalid' });
    expect(await personWith(email)).toBeUndefined();
  });

  it('writes the mail in the language the person signed up in', async () => {
    const email = uniqueEmail('engels');
    await requestSignUp({ name: 'Lotte', email }, '10.1.5.1', 'en');
    const [mail] = await mailsTo(email);
    expect(mail?.subject).toBe('Confirm your e-mail address for Netwerkplein');
    await confirm(confirmSecret(mail?.textBody));
    expect((await personWith(email))?.locale).toBe('en');
  });
});
