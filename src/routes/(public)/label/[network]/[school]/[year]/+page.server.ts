import { formatSchoolYear } from '$lib/features/calendar/rules';
import { findVerifiableLabel } from '$lib/features/label/access.server';
import { labelVerifyPath } from '$lib/features/label/rules';
import type { PageServerLoad } from './$types';

// Public: the verification page a label links to, for parents and pupils who wonder what the label
// on a school's website means. It says plainly whether the label is valid; when it is not, it names
// nothing from the database, only what the link itself says.
export const load: PageServerLoad = async ({ params, locals, url }) => {
  const { asked, facts } = await findVerifiableLabel(locals.actor, params);
  const yearLabel = asked?.year.label ?? null;
  return {
    host: url.host,
    asked: asked ? { school: asked.school, year: asked.year.label } : null,
    label: facts && yearLabel ? {
      yearLabel,
      schoolName: facts.schoolName, municipality: facts.municipality, networkName: facts.networkName, organisationName: facts.organisationName,
      networkUrl: `/organisaties/${facts.organisationSlug}/netwerken/${facts.networkSlug}`,
      memberYears: facts.memberYears.map(formatSchoolYear),
      imageUrl: `${labelVerifyPath(facts.networkId, params.school, yearLabel)}/label.svg`
    } : null
  };
};
