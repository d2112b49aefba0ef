import { parseSchoolYear } from '$lib/features/calendar/rules';
import { findLabelFacts } from '$lib/features/label/data.server';
import { canLabel } from '$lib/features/label/policy';
import { z } from 'zod';
import type { PageServerLoad } from './$types';

// Public: the verification page a label links to. It says plainly whether the label is valid.
export const load: PageServerLoad = async ({ params, locals }) => {
  const year = parseSchoolYear(params.year);
  const wellFormed = year.ok && z.uuid().safeParse(params.network).success && /^\d{6}$/.test(params.school);
  const facts = wellFormed && year.ok ? await findLabelFacts(params.network, params.school, year.startYear) : null;
  const valid = !!facts && canLabel(locals.actor, 'verify', { schoolId: facts.schoolId, isMember: facts.isMember, networkIsPublic: facts.networkIsPublic })
    && facts.isMember && facts.networkIsPublic;
  return {
    valid,
    facts: valid && facts ? { schoolName: facts.schoolName, networkName: facts.networkName, organisationName: facts.organisationName } : null,
    yearLabel: year.ok ? year.label : params.year.slice(0, 20)
  };
};
