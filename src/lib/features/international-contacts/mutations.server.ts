// Writes of international contacts and introductions (ADR 055). A decision changes the request's
// status and records its mails in one transaction (ADR 022); the conditional `status = 'requested'`
// lets only one of two clicks through, so a double click never mails twice.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { db, type Tx } from '$lib/server/db/client';
import { readEnv } from '$lib/server/env';
import type { FailureMap } from '$lib/server/failures';
import { recordJob, transactionWithJobs } from '$lib/server/jobs/queue';
import type { AuthorizedOrgId, AuthorizedSchoolId } from '$lib/server/tenancy';
import { urgentMailJob } from '../mail/jobs.server';
import { findMailBrand } from '../organisations/data.server';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { schools } from '../schools/tables.server';
import { currentSchoolYear, isMemberSql } from './data.server';
import { introductionContactMail, introductionDeclinedMail, introductionSchoolMail } from './emails/introduction-mails';
import type { InternationalContactInput } from './schema';
import { internationalContacts, internationalIntroductions } from './tables.server';

export async function createContact(organisationId: AuthorizedOrgId, input: InternationalContactInput): Promise<{ ok: true; id: string }> {
  const [row] = await db().insert(internationalContacts).values({ ...input, organisationId }).returning({ id: internationalContacts.id });
  return { ok: true, id: row!.id };
}

export type ContactResult = { ok: true } | { ok: false; reason: 'not-found' };

export const contactFailures = {
  'not-found': { status: 404, field: 'form', key: 'intlContactNotFound' }
} satisfies FailureMap<ContactResult>;

/** Saving the form; only the organisation's own contact changes. */
export async function updateContact(organisationId: AuthorizedOrgId, contactId: string, input: InternationalContactInput, now = new Date()): Promise<ContactResult> {
  const changed = await db().update(internationalContacts).set({ ...input, updatedAt: now })
    .where(and(eq(internationalContacts.id, contactId), eq(internationalContacts.organisationId, organisationId)))
    .returning({ id: internationalContacts.id });
  return changed.length > 0 ? { ok: true } : { ok: false, reason: 'not-found' };
}

/** Archiving hides a contact from schools and the public page; its introductions stay. */
export async function setContactArchived(organisationId: AuthorizedOrgId, contactId: string, archived: boolean, now = new Date()): Promise<ContactResult> {
  const changed = await db().update(internationalContacts).set({ archivedAt: archived ? now : null, updatedAt: now })
    .where(and(eq(internationalContacts.id, contactId), eq(internationalContacts.organisationId, organisationId)))
    .returning({ id: internationalContacts.id });
  return changed.length > 0 ? { ok: true } : { ok: false, reason: 'not-found' };
}

export type RequestResult = { ok: true; id: string } | { ok: false; reason: 'not-found' | 'already-requested' };

export const requestFailures = {
  'not-found': { status: 404, field: 'form', key: 'intlContactNotFound' },
  'already-requested': { status: 409, field: 'form', key: 'intlAlreadyRequested' }
} satisfies FailureMap<RequestResult>;

/**
 * A member school asks to be introduced. The contact must be active and shown to members, and the
 * school a member of one of its organisation's networks this school year, all read in one
 * statement; otherwise the contact does not exist for the school. While a request to
 * the same contact waits, asking again adds nothing (the partial unique index decides).
 */
export async function requestIntroduction(schoolId: AuthorizedSchoolId, requestedBy: string, input: { contactId: string; message: string }, now = new Date()): Promise<RequestResult> {
  return db().transaction(async (tx) => {
    // Qualified by hand: an interpolated column may render bare, and the subquery's networks has one of that name.
    const organisationColumn = sql`${sql.identifier('international_contacts')}.${sql.identifier('organisation_id')}`;
    const [contact] = await tx.select({ organisationId: internationalContacts.organisationId }).from(internationalContacts).where(and(
      eq(internationalContacts.id, input.contactId), eq(internationalContacts.visibleToMembers, true), isNull(internationalContacts.archivedAt),
      isMemberSql(organisationColumn, schoolId, currentSchoolYear(now))
    ));
    if (!contact) return { ok: false, reason: 'not-found' } as const;
    const [row] = await tx.insert(internationalIntroductions).values({
      organisationId: contact.organisationId, contactId: input.contactId, schoolId, requestedBy, message: input.message, createdAt: now
    }).onConflictDoNothing().returning({ id: internationalIntroductions.id });
    return row ? { ok: true, id: row.id } as const : { ok: false, reason: 'already-requested' } as const;
  });
}

export type DecisionResult = { ok: true } | { ok: false; reason: 'not-found' | 'already-decided' | 'requester-gone' };

export const decisionFailures = {
  'not-found': { status: 404, field: 'form', key: 'intlIntroductionNotFound' },
  'already-decided': { status: 409, field: 'form', key: 'intlAlreadyDecided' },
  'requester-gone': { status: 409, field: 'form', key: 'intlRequesterGone' }
} satisfies FailureMap<DecisionResult>;

/** Everything both mails need, read in the decision's transaction. */
async function introductionFacts(tx: Tx, organisationId: AuthorizedOrgId, introductionId: string) {
  const [row] = await tx.select({
    status: internationalIntroductions.status, message: internationalIntroductions.message,
    contact: {
      name: internationalContacts.name, country: internationalContacts.country, focus: internationalContacts.focus, languages: internationalContacts.languages,
      contactName: internationalContacts.contactName, contactEmail: internationalContacts.contactEmail, website: internationalContacts.website
    },
    schoolName: schools.name, municipality: schools.municipality, institutionNumber: schools.institutionNumber,
    requester: { email: people.email, name: people.name, locale: people.locale },
    organisationName: organisations.name
  }).from(internationalIntroductions)
    .innerJoin(internationalContacts, eq(internationalContacts.id, internationalIntroductions.contactId))
    .innerJoin(schools, eq(schools.id, internationalIntroductions.schoolId))
    .innerJoin(organisations, eq(organisations.id, internationalIntroductions.organisationId))
    .leftJoin(people, eq(people.id, internationalIntroductions.requestedBy))
    .where(and(eq(internationalIntroductions.id, introductionId), eq(internationalIntroductions.organisationId, organisationId)));
  return row ?? null;
}

/** Moves a waiting request on; false when it was not waiting (decided already, by another click). */
async function decide(tx: Tx, organisationId: AuthorizedOrgId, introductionId: string,
  set: { status: 'introduced' | 'declined'; declineReason?: string; decidedBy: string; decidedAt: Date }): Promise<boolean> {
  const changed = await tx.update(internationalIntroductions).set(set).where(and(
    eq(internationalIntroductions.id, introductionId), eq(internationalIntroductions.organisationId, organisationId), eq(internationalIntroductions.status, 'requested')
  )).returning({ id: internationalIntroductions.id });
  return changed.length > 0;
}

/**
 * Accepting introduces both sides: the request becomes `introduced` and the two mails (to the
 * school's coordinator and to the contact) are recorded in the same transaction, or nothing is.
 */
export async function acceptIntroduction(organisationId: AuthorizedOrgId, introductionId: string, decidedBy: string, now = new Date()): Promise<DecisionResult> {
  return transactionWithJobs(async (tx) => {
    const facts = await introductionFacts(tx, organisationId, introductionId);
    if (!facts) return { ok: false, reason: 'not-found' } as const;
    if (facts.status !== 'requested') return { ok: false, reason: 'already-decided' } as const;
    const requester = facts.requester;
    if (!requester?.email) return { ok: false, reason: 'requester-gone' } as const;
    if (!(await decide(tx, organisationId, introductionId, { status: 'introduced', decidedBy, decidedAt: now }))) return { ok: false, reason: 'already-decided' } as const;
    const mail = {
      organisationName: facts.organisationName, contact: facts.contact, message: facts.message,
      school: { name: facts.schoolName, municipality: facts.municipality, coordinatorName: requester.name, coordinatorEmail: requester.email },
      brand: await findMailBrand(organisationId, readEnv().ORIGIN, tx)
    };
    await recordJob(tx, urgentMailJob, introductionSchoolMail({ email: requester.email, name: requester.name, locale: requester.locale }, mail));
    await recordJob(tx, urgentMailJob, introductionContactMail(mail));
    return { ok: true } as const;
  });
}

/** Declining keeps the reason and mails it to the school's coordinator who asked. */
export async function declineIntroduction(organisationId: AuthorizedOrgId, introductionId: string, decidedBy: string, reason: string, now = new Date()): Promise<DecisionResult> {
  return transactionWithJobs(async (tx) => {
    const facts = await introductionFacts(tx, organisationId, introductionId);
    if (!facts) return { ok: false, reason: 'not-found' } as const;
    if (!(await decide(tx, organisationId, introductionId, { status: 'declined', declineReason: reason, decidedBy, decidedAt: now }))) return { ok: false, reason: 'already-decided' } as const;
    const requester = facts.requester;
    if (requester?.email) {
      await recordJob(tx, urgentMailJob, introductionDeclinedMail({ email: requester.email, name: requester.name, locale: requester.locale }, {
        organisationName: facts.organisationName, contactOrganisation: facts.contact.name, reason,
        requestsUrl: `${readEnv().ORIGIN}/school/${facts.institutionNumber}/internationaal`, brand: await findMailBrand(organisationId, readEnv().ORIGIN, tx)
      }));
    }
    return { ok: true } as const;
  });
}
