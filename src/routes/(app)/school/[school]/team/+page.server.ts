import { listSchoolStaff } from '$lib/features/schools/data.server';
import { inviteStaffMember, removeStaffMember, updateStaffMember } from '$lib/features/schools/mutations.server';
import { staffInviteSchema, staffRemoveSchema, staffUpdateSchema } from '$lib/features/schools/schema';
import { fieldFail, formFail, parseForm } from '$lib/server/forms';
import { requireSchool } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { schoolId } = await requireSchool(event, event.params.school, 'view-staff');
  return { staff: await listSchoolStaff(schoolId) };
};

export const actions: Actions = {
  invite: async (event) => {
    const { actor, schoolId } = await requireSchool(event, event.params.school, 'manage-staff');
    const data = await event.request.formData();
    const parsed = parseForm(staffInviteSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'invite');
    const result = await inviteStaffMember(schoolId, parsed.data, actor.name);
    if (!result.ok) return fieldFail(409, 'email', 'alreadyInTeam', data, 'invite');
    return { saved: 'invite' };
  },
  update: async (event) => {
    const { schoolId } = await requireSchool(event, event.params.school, 'manage-staff');
    const data = await event.request.formData();
    const parsed = parseForm(staffUpdateSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'update');
    const result = await updateStaffMember(schoolId, parsed.data);
    if (!result.ok) return fieldFail(result.reason === 'last-coordinator' ? 409 : 404, 'form', result.reason === 'last-coordinator' ? 'lastCoordinator' : 'notFound', data, 'update');
    return { saved: 'update' };
  },
  remove: async (event) => {
    const { schoolId } = await requireSchool(event, event.params.school, 'manage-staff');
    const data = await event.request.formData();
    const parsed = parseForm(staffRemoveSchema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, 'remove');
    const result = await removeStaffMember(schoolId, parsed.data.personId);
    if (!result.ok) return fieldFail(409, 'form', 'lastCoordinator', data, 'remove');
    return { saved: 'remove' };
  }
};
