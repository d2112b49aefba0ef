import { listMailDomains, listPendingJoinRequests, listSchoolStaff } from '$lib/features/schools/data.server';
import {
  addMailDomain, decideFromInbox, inviteStaffMember, joinDecisionFailures, mailDomainFailures, removeMailDomain, removeStaffMember,
  staffInviteFailures, staffRemoveFailures, staffUpdateFailures, updateStaffMember
} from '$lib/features/schools/mutations.server';
import { joinDecisionSchema, mailDomainSchema, staffInviteSchema, staffRemoveSchema, staffUpdateSchema } from '$lib/features/schools/schema';
import { schoolAbilities } from '$lib/features/schools/policy';
import { defineAction } from '$lib/server/actions';
import { requireSchool, requireSchoolJoinInbox } from '$lib/features/schools/access.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { actor, school, schoolId } = await requireSchool(event, event.params.school, 'view-staff');
  const abilities = schoolAbilities(actor, school.id);
  const inbox = abilities.decideJoinRequests ? (await requireSchoolJoinInbox(event, event.params.school)).inbox : null;
  return {
    staff: await listSchoolStaff(schoolId),
    joinRequests: inbox ? await listPendingJoinRequests(inbox) : [],
    mailDomains: abilities.manageMailDomains ? await listMailDomains(schoolId) : []
  };
};

const manageStaff = (event: RequestEvent) => requireSchool(event, event.params.school, 'manage-staff');
const joinInbox = (event: RequestEvent) => requireSchoolJoinInbox(event, event.params.school);

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
  }),
  decideJoin: defineAction({
    form: 'decideJoin', access: joinInbox, schema: joinDecisionSchema, run: decideFromInbox, failures: joinDecisionFailures,
    done: (result) => ({ decided: result.decision })
  }),
  addDomain: defineAction({
    form: 'addDomain',
    access: manageStaff,
    schema: mailDomainSchema,
    run: ({ access, input }) => addMailDomain(access.schoolId, input.domain, { personId: access.actor.personId, email: access.actor.email }),
    failures: mailDomainFailures,
    done: () => ({ saved: 'addDomain' })
  }),
  removeDomain: defineAction({
    form: 'removeDomain',
    access: manageStaff,
    schema: mailDomainSchema,
    run: ({ access, input }) => removeMailDomain(access.schoolId, input.domain),
    done: () => ({ saved: 'removeDomain' })
  })
} satisfies Actions;
