// Who may download or check a label (ADR 020). The label's facts are the subject the policy needs,
// so they are read here first; a label the actor may not have does not exist for them (404).
import { z } from 'zod';
import { notFound, type GuardEvent } from '$lib/server/guards';
import { parseSchoolYear } from '../calendar/rules';
import { requireSchool } from '../schools/access.server';
import { findLabelFacts, findValidLabel } from './data.server';
import type { Actor } from '../people/types';
import { canLabel } from './policy';
import { labelUrlSchema } from './schema';

/** The label of one school in a network and school year, for the people of that school. */
export async function requireSchoolLabel(event: GuardEvent, institutionNumber: string, networkId: string, yearLabel: string) {
  const { actor, school } = await requireSchool(event, institutionNumber, 'view-profile');
  const year = parseSchoolYear(yearLabel);
  if (!year.ok || !z.uuid().safeParse(networkId).success) notFound(event.locals);
  const facts = await findLabelFacts(networkId, school.institutionNumber, year.startYear);
  if (!facts || !canLabel(actor, 'download', { schoolId: school.id, isMember: facts.isMember, networkIsPublic: facts.networkIsPublic })) {
    notFound(event.locals);
  }
  return { school, facts, yearLabel: year.label };
}

/**
 * A verification link's label, for anyone: what the link asks (when it is readable at all) and the
 * label's facts only while it is valid, so a page never shows a label the member list does not back.
 */
export async function findVerifiableLabel(actor: Actor | null, params: { network: string; school: string; year: string }) {
  const parsed = labelUrlSchema.safeParse(params);
  if (!parsed.success) return { asked: null, facts: null };
  const asked = parsed.data;
  const facts = await findValidLabel(asked.network, asked.school, asked.year.startYear);
  const valid = !!facts && canLabel(actor, 'verify', { schoolId: facts.schoolId, isMember: facts.isMember, networkIsPublic: facts.networkIsPublic });
  return { asked, facts: valid ? facts : null };
}
