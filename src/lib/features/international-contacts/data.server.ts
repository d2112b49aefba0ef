// Reads of international contacts and introductions (ADR 055).
import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import type { AuthorizedOrgId, AuthorizedSchoolId } from '$lib/server/tenancy';
import { schoolYearOf } from '../calendar/rules';
import { publicMembersSql } from '../learning-networks/data.server';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { schools } from '../schools/tables.server';
import type { InternationalContact, IntroductionRow, PublicInitiative } from './types';
import { internationalContacts, internationalIntroductions } from './tables.server';

const contactColumns = {
  id: internationalContacts.id, name: internationalContacts.name, country: internationalContacts.country, focus: internationalContacts.focus,
  languages: internationalContacts.languages, contactName: internationalContacts.contactName, contactEmail: internationalContacts.contactEmail,
  website: internationalContacts.website, initiatives: internationalContacts.initiatives, visibleToMembers: internationalContacts.visibleToMembers,
  initiativesPublic: internationalContacts.initiativesPublic, archivedAt: internationalContacts.archivedAt
};

/** The school year a membership must be in: the current one. */
export const currentSchoolYear = (now: Date) => schoolYearOf(now.toISOString().slice(0, 10));

/**
 * Whether the school is a member of one of the organisation's networks in the school year (the
 * public member list's rule: the learning network where one was formed, otherwise the memberships).
 */
export function isMemberSql(organisationId: SQL | string, schoolId: string, schoolYear: number): SQL {
  return sql`exists (select 1 from networks n where n.organisation_id = ${organisationId}
    and exists (select 1 from (${publicMembersSql(sql`n.id`)}) y where y.school_year = ${schoolYear} and y.school_id = ${schoolId}))`;
}

export async function findContactOfOrganisation(organisationId: AuthorizedOrgId, contactId: string): Promise<InternationalContact | null> {
  const [row] = await db().select(contactColumns).from(internationalContacts)
    .where(and(eq(internationalContacts.id, contactId), eq(internationalContacts.organisationId, organisationId)));
  return row ?? null;
}

/** Every contact of the organisation, the active ones first, by name. */
export async function listOrganisationContacts(organisationId: AuthorizedOrgId): Promise<InternationalContact[]> {
  return db().select(contactColumns).from(internationalContacts)
    .where(eq(internationalContacts.organisationId, organisationId))
    .orderBy(sql`${internationalContacts.archivedAt} is not null`, asc(internationalContacts.name));
}

const introductionColumns = {
  id: internationalIntroductions.id, status: internationalIntroductions.status, message: internationalIntroductions.message,
  declineReason: internationalIntroductions.declineReason, createdAt: internationalIntroductions.createdAt, decidedAt: internationalIntroductions.decidedAt,
  contactId: internationalContacts.id, contactName: internationalContacts.contactName, contactOrganisation: internationalContacts.name,
  country: internationalContacts.country, schoolName: schools.name, requestedByName: people.name, organisationName: organisations.name
};

function introductionQuery() {
  return db().select(introductionColumns).from(internationalIntroductions)
    .innerJoin(internationalContacts, eq(internationalContacts.id, internationalIntroductions.contactId))
    .innerJoin(schools, eq(schools.id, internationalIntroductions.schoolId))
    .innerJoin(organisations, eq(organisations.id, internationalIntroductions.organisationId))
    .leftJoin(people, eq(people.id, internationalIntroductions.requestedBy));
}

/** The organisation's introductions: waiting ones first, then the newest. */
export async function listOrganisationIntroductions(organisationId: AuthorizedOrgId): Promise<IntroductionRow[]> {
  return introductionQuery().where(eq(internationalIntroductions.organisationId, organisationId))
    .orderBy(sql`${internationalIntroductions.status} <> 'requested'`, desc(internationalIntroductions.createdAt)).limit(200);
}

/** A school's own requests, newest first. */
export async function listSchoolIntroductions(schoolId: AuthorizedSchoolId): Promise<IntroductionRow[]> {
  return introductionQuery().where(eq(internationalIntroductions.schoolId, schoolId))
    .orderBy(desc(internationalIntroductions.createdAt)).limit(200);
}

/**
 * The contacts a school's coordinators see: of every organisation the school is a member of this
 * school year, the active contacts it shows its members, grouped by organisation.
 */
export async function listSchoolContacts(schoolId: AuthorizedSchoolId, now = new Date()) {
  const rows = await db().select({ ...contactColumns, organisationId: organisations.id, organisationName: organisations.name })
    .from(internationalContacts)
    .innerJoin(organisations, eq(organisations.id, internationalContacts.organisationId))
    .where(and(isNull(internationalContacts.archivedAt), eq(internationalContacts.visibleToMembers, true),
      // Qualified by hand: an interpolated column may render bare, and the subquery's networks has one of that name.
      isMemberSql(sql`${sql.identifier('international_contacts')}.${sql.identifier('organisation_id')}`, schoolId, currentSchoolYear(now))))
    .orderBy(asc(organisations.name), asc(internationalContacts.name));
  const groups = new Map<string, { organisationId: string; organisationName: string; contacts: InternationalContact[] }>();
  for (const { organisationId, organisationName, ...contact } of rows) {
    const group = groups.get(organisationId) ?? { organisationId, organisationName, contacts: [] };
    group.contacts.push(contact);
    groups.set(organisationId, group);
  }
  return [...groups.values()];
}

/** Public: the initiatives of the organisation's active contacts marked public. */
export async function listPublicInitiatives(organisationId: string): Promise<PublicInitiative[]> {
  const rows = await db().select({ name: internationalContacts.name, country: internationalContacts.country, initiatives: internationalContacts.initiatives })
    .from(internationalContacts)
    .where(and(eq(internationalContacts.organisationId, organisationId), isNull(internationalContacts.archivedAt), eq(internationalContacts.initiativesPublic, true)))
    .orderBy(asc(internationalContacts.name));
  return rows.flatMap((r) => r.initiatives.map((i) => ({ ...i, contactName: r.name, country: r.country })));
}
