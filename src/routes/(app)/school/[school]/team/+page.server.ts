import { listSchoolStaff } from '$lib/features/schools/data.server';
import {
  inviteStaffMember, removeStaffMember, staffInviteFailures, staffRemoveFailures, staffUpdateFailures, updateStaffMember
} from '$lib/features/schools/mutations.server';
import { staffInviteSchema, staffRemoveSchema, staffUpdateSchema } from '$lib/features/schools/schema';
import { defineAction } from '$lib/server/actions';
import { requireSchool } from '$lib/features/schools/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { schoolId } = await requireSchool(event, event.params.school, 'view-staff');
  return { staff: await listSchoolStaff(schoolId) };
};

const manageStaff = (event: RequestEvent) => requireSchool(event, event.params.school, 'manage-staff');

export const actions = {
  invite: defineAction({
    form: 'invite',
    access: manageStaff,
    schema: staffInviteSchema,
    run: ({ access, input }) => inviteStaffMember(access.schoolId, input, access.actor.name),
    failures: staffInviteFailures,
    done: () => ({ saved: 'invite' })
  }),
  update: defineAction({
    form: 'update',
    access: manageStaff,
    schema: staffUpdateSchema,
    run: ({ access, input }) => updateStaffMember(access.schoolId, input),
    failures: staffUpdateFailures,
    done: () => ({ saved: 'update' })
  }),
  remove: defineAction({
    form: 'remove',
    access: manageStaff,
    schema: staffRemoveSchema,
    run: ({ access, input }) => removeStaffMember(access.schoolId, input.personId),
    failures: staffRemoveFailures,
    done: () => ({ saved: 'remove' })
  })
} satisfies Actions;
