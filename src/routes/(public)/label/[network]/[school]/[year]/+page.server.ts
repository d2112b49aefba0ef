import { formatSchoolYear } from '$lib/features/calendar/rules';
import { findValidLabel } from '$lib/features/label/data.server';
import { canLabel } from '$lib/features/label/policy';
import { labelVerifyPath } from '$lib/features/label/rules';
import { labelUrlSchema } from '$lib/features/label/schema';
import type { PageServerLoad } from './$types';

// Public: the verification page a label links to, for parents and pupils who wonder what the label
// on a school's website means. It says plainly whether the label is valid; when it is not, it names
// nothing from the database, only what the link itself says.
export const load: PageServerLoad = async ({ params, locals, url }) => {
  const parsed = labelUrlSchema.safeParse(params);
  const facts = parsed.success ? await findValidLabel(parsed.data.network, parsed.data.school, parsed.data.year.startYear) : null;
  const valid = !!facts && canLabel(locals.actor, 'verify', { schoolId: facts.schoolId, isMember: facts.isMember, networkIsPublic: facts.networkIsPublic });
  const yearLabel = parsed.success ? parsed.data.year.label : null;
  return {
    host: url.host,
    asked: parsed.success ? { school: parsed.data.school, year: parsed.data.year.label } : null,
    label: valid && facts && yearLabel ? {
      yearLabel,
      schoolName: facts.schoolName, municipality: facts.municipality, networkName: facts.networkName, organisationName: facts.organisationName,
      networkUrl: `/organisaties/${facts.organisationSlug}/netwerken/${facts.networkSlug}`,
      memberYears: facts.memberYears.map(formatSchoolYear),
      imageUrl: `${labelVerifyPath(facts.networkId, params.school, yearLabel)}/label.svg`
    } : null
  };
};
