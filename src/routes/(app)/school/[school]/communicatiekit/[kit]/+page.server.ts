import { formatSchoolYear } from '$lib/features/calendar/rules';
import { requireMemberKit } from '$lib/features/communication-kit/access.server';
import { memberKitItems } from '$lib/features/communication-kit/data.server';
import { findValidLabel } from '$lib/features/label/data.server';
import { labelVerifyPath } from '$lib/features/label/rules';
import type { PageServerLoad } from './$types';

// A kit as a member school's people open it (ADR 059); the school's own quality label of that year
// is part of it when the school holds it (ADR 008: the label's own routes render and verify it).
export const load: PageServerLoad = async (event) => {
  const { school, kit, ref } = await requireMemberKit(event, event.params.school, event.params.kit);
  const year = formatSchoolYear(kit.schoolYear);
  const [items, label] = await Promise.all([memberKitItems(ref), findValidLabel(kit.networkId, school.institutionNumber, kit.schoolYear)]);
  const labelBase = `/school/${school.institutionNumber}/label/${kit.networkId}/${year}`;
  return {
    school: { name: school.name, institutionNumber: school.institutionNumber },
    kit: { id: kit.id, networkName: kit.networkName, organisationName: kit.organisationName, year },
    ...items,
    label: label ? {
      image: `${labelVerifyPath(kit.networkId, school.institutionNumber, year)}/label.svg`, svg: `${labelBase}/svg`, png: `${labelBase}/png`,
      verify: labelVerifyPath(kit.networkId, school.institutionNumber, year)
    } : null
  };
};
