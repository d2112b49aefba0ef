import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../../tests/factories';
import { canTrainingRequest } from './policy';

const coordinator = buildActor({ schools: [{ schoolId: 'school-a', institutionNumber: '100001', name: 'A', access: 'coordinator' }] });
const staff = buildActor({ schools: [{ schoolId: 'school-a', institutionNumber: '100001', name: 'A', access: 'staff' }] });
const facilitator = buildActor({ organisations: [{ organisationId: 'org-a', slug: 'a', name: 'A', roles: ['facilitator'] }] });
const coach = buildActor({ organisations: [{ organisationId: 'org-a', slug: 'a', name: 'A', roles: ['coach'] }] });

describe('canTrainingRequest', () => {
  it('lets the school staff read its requests and only its coordinators send one', () => {
    expect(canTrainingRequest(staff, 'view-school-requests', { schoolId: 'school-a' })).toBe(true);
    expect(canTrainingRequest(staff, 'submit', { schoolId: 'school-a' })).toBe(false);
    expect(canTrainingRequest(coordinator, 'submit', { schoolId: 'school-a' })).toBe(true);
    expect(canTrainingRequest(coordinator, 'submit', { schoolId: 'school-b' })).toBe(false);
    expect(canTrainingRequest(coordinator, 'view-school-requests', { schoolId: 'school-b' })).toBe(false);
    expect(canTrainingRequest(null, 'view-school-requests', { schoolId: 'school-a' })).toBe(false);
  });

  it('lets the organisation read its inbox and only its facilitators decide', () => {
    expect(canTrainingRequest(coach, 'view-inbox', { organisationId: 'org-a' })).toBe(true);
    expect(canTrainingRequest(coach, 'decide', { organisationId: 'org-a' })).toBe(false);
    expect(canTrainingRequest(facilitator, 'decide', { organisationId: 'org-a' })).toBe(true);
    expect(canTrainingRequest(facilitator, 'decide', { organisationId: 'org-b' })).toBe(false);
    expect(canTrainingRequest(buildActor({ isPlatformAdmin: true }), 'view-inbox', { organisationId: 'org-a' })).toBe(false);
  });
});
