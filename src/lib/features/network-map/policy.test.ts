import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../../tests/factories';
import { canNetworkMap, canSharedMap } from './policy';

const school = (access: 'coordinator' | 'staff', schoolId = 'school-a') => [{ schoolId, institutionNumber: '100001', name: 'A', access }];
const coordinator = buildActor({ schools: school('coordinator') });
const staff = buildActor({ schools: school('staff') });
const facilitator = buildActor({ organisations: [{ organisationId: 'org-a', slug: 'a', name: 'A', roles: ['facilitator'] }] });

describe('canNetworkMap', () => {
  it("lets the school's staff read, its coordinators and keepers edit, only coordinators manage", () => {
    const subject = { schoolId: 'school-a', keepers: [] as string[] };
    expect(canNetworkMap(staff, 'view', subject)).toBe(true);
    expect(canNetworkMap(staff, 'edit', subject)).toBe(false);
    expect(canNetworkMap(staff, 'edit', { ...subject, keepers: [staff.personId] })).toBe(true);
    expect(canNetworkMap(staff, 'manage', { ...subject, keepers: [staff.personId] })).toBe(false);
    expect(canNetworkMap(coordinator, 'manage', subject)).toBe(true);
    expect(canNetworkMap(buildActor({ schools: school('coordinator', 'school-b') }), 'view', subject)).toBe(false);
    expect(canNetworkMap(facilitator, 'view', subject)).toBe(false);
    expect(canNetworkMap(null, 'view', subject)).toBe(false);
  });

  it("lets an organisation's facilitators read only what was shared with it", () => {
    expect(canSharedMap(facilitator, 'org-a', ['org-a'])).toBe(true);
    expect(canSharedMap(facilitator, 'org-a', ['org-b'])).toBe(false);
    expect(canSharedMap(facilitator, 'org-b', ['org-b'])).toBe(false);
    expect(canSharedMap(buildActor({ organisations: [{ organisationId: 'org-a', slug: 'a', name: 'A', roles: ['coach'] }] }), 'org-a', ['org-a'])).toBe(false);
  });
});
