import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { organisationRoles, organisations } from './tables.server';
import { recordJob, transactionWithJobs } from '$lib/server/jobs/queue';
import type { FailureMap } from '$lib/server/failures';
import type { AuthorizedOrgId } from '$lib/server/tenancy';
import { messagesFor } from '$lib/i18n/messages';
import { urgentMailJob } from '../mail/jobs.server';
import { findOrCreatePerson, invitationMail, invitationMinutes, issueLoginToken, loginLinkUrl } from '../people/mutations.server';
import type { OrganisationProfile } from './schema';

export async function createOrganisation(input: OrganisationProfile & { slug: string }): Promise<{ ok: true; slug: string } | { ok: false; reason: 'slug-taken' }> {
  const inserted = await db().insert(organisations).values(input).onConflictDoNothing().returning({ slug: organisations.slug });
  return inserted[0] ? { ok: true, slug: inserted[0].slug } : { ok: false, reason: 'slug-taken' };
}

export const createOrganisationFailures = {
  'slug-taken': { status: 409, field: 'slug', key: 'slugTaken' }
} satisfies FailureMap<Awaited<ReturnType<typeof createOrganisation>>>;

export async function updateOrganisationProfile(organisationId: AuthorizedOrgId, profile: OrganisationProfile): Promise<void> {
  await db().update(organisations).set(profile).where(eq(organisations.id, organisationId));
}

/** Gives a person a role; an unknown address becomes an account and gets a sign-in link by mail. */
export async function grantOrganisationRole(
  organisationId: AuthorizedOrgId,
  input: { email: string; name: string; role: 'facilitator' | 'coach' },
  grantedBy: string
): Promise<void> {
  await transactionWithJobs(async (tx) => {
    const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
    const person = await findOrCreatePerson(tx, input.email, input.name || input.email.split('@')[0]!);
    await tx.insert(organisationRoles).values({ personId: person.id, organisationId, role: input.role }).onConflictDoNothing();
    const secret = await issueLoginToken(person.id, 'magic-link', invitationMinutes, tx);
    const role = messagesFor(person.locale).workspace.roles[input.role];
    await recordJob(tx, urgentMailJob, invitationMail({ email: input.email, name: person.name, locale: person.locale }, grantedBy, org?.name ?? '', role, loginLinkUrl(secret)));
  });
}

export async function revokeOrganisationRole(organisationId: AuthorizedOrgId, personId: string, role: 'facilitator' | 'coach'): Promise<void> {
  await db()
    .delete(organisationRoles)
    .where(and(eq(organisationRoles.organisationId, organisationId), eq(organisationRoles.personId, personId), eq(organisationRoles.role, role)));
}
