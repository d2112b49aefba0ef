import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { organisationBranding, organisationRoles, organisations } from './tables.server';
import { recordJob, transactionWithJobs } from '$lib/server/jobs/queue';
import type { FailureMap } from '$lib/server/failures';
import type { AuthorizedOrgId } from '$lib/server/tenancy';
import { messagesFor } from '$lib/i18n/messages';
import { urgentMailJob } from '../mail/jobs.server';
import { findOrCreatePerson, invitationMail, invitationMinutes, issueLoginToken, loginLinkUrl } from '../people/mutations.server';
import type { BrandingInput, OrganisationProfile } from './schema';
import { checkLogo, isReadableAccent, type LogoCheck } from './rules';

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

export type SaveBrandingResult = { ok: true } | { ok: false; reason: 'accent-contrast' } | Exclude<LogoCheck, { ok: true }>;

export const saveBrandingFailures = {
  'accent-contrast': { status: 400, field: 'accent', key: 'accentContrast' },
  'logo-empty': { status: 400, field: 'logo', key: 'logoType' },
  'logo-too-large': { status: 413, field: 'logo', key: 'logoTooLarge' },
  'logo-type': { status: 400, field: 'logo', key: 'logoType' },
  'logo-unsafe': { status: 400, field: 'logo', key: 'logoUnsafe' }
} satisfies FailureMap<SaveBrandingResult>;

/**
 * Saves the accent and, when a file came along, the logo; both or nothing. The accent's contrast and
 * the logo's bytes are checked here (rules.ts), so whatever else saves branding gets the same rules.
 */
export async function saveBranding(organisationId: AuthorizedOrgId, input: BrandingInput & { logo: FormDataEntryValue | null }): Promise<SaveBrandingResult> {
  if (!isReadableAccent(input.accent)) return { ok: false, reason: 'accent-contrast' };
  const file = input.logo instanceof File && input.logo.size > 0 ? input.logo : null;
  let logo: { logo: Uint8Array | null; logoType: 'image/png' | 'image/svg+xml' | null; logoHash: string | null } | Record<string, never> = {};
  if (input.removeLogo) logo = { logo: null, logoType: null, logoHash: null };
  else if (file) {
    // Never read more than the cap into memory to find out it is too large.
    if (file.size > 2 * 1024 * 1024) return { ok: false, reason: 'logo-too-large' };
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = checkLogo(bytes);
    if (!check.ok) return check;
    logo = { logo: bytes, logoType: check.type, logoHash: createHash('sha256').update(bytes).digest('hex') };
  }
  const values = { accent: input.accent, ...logo, updatedAt: new Date() };
  await db().insert(organisationBranding).values({ organisationId, ...values })
    .onConflictDoUpdate({ target: organisationBranding.organisationId, set: values });
  return { ok: true };
}
