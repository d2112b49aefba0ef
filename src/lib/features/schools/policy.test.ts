import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../../tests/factories';
import { canSchool } from './policy';

const schoolA = 'a0000000-0000-4000-8000-00000000000a';
const schoolB = 'b0000000-0000-4000-8000-00000000000b';
const coordinatorA = buildActor({ schools: [{ schoolId: schoolA, institutionNumber: '100001', name: 'A', access: 'coordinator' }] });
const staffA = buildActor({ schools: [{ schoolId: schoolA, institutionNumber: '100001', name: 'A', access: 'staff' }] });
const facilitator = buildActor({ organisations: [{ organisationId: 'o', slug: 'o', name: 'O', roles: ['facilitator'] }] });
const coach = buildActor({ organisations: [{ organisationId: 'o', slug: 'o', name: 'O', roles: ['coach'] }] });

describe('canSchool', () => {
  it('lets coordinators edit their own school only', () => {
    expect(canSchool(coordinatorA, 'edit-profile', schoolA)).toBe(true);
    expect(canSchool(coordinatorA, 'manage-staff', schoolA)).toBe(true);
    expect(canSchool(coordinatorA, 'edit-profile', schoolB)).toBe(false);
  });

  it('lets staff read but not change their school', () => {
    expect(canSchool(staffA, 'view-profile', schoolA)).toBe(true);
    expect(canSchool(staffA, 'view-staff', schoolA)).toBe(true);
    expect(canSchool(staffA, 'edit-profile', schoolA)).toBe(false);
    expect(canSchool(staffA, 'manage-staff', schoolA)).toBe(false);
    expect(canSchool(staffA, 'view-profile', schoolB)).toBe(false);
  });

  it('gives the shared directory to facilitators, not to coaches, schools or visitors', () => {
    expect(canSchool(facilitator, 'search-directory')).toBe(true);
    expect(canSchool(facilitator, 'create')).toBe(true);
    expect(canSchool(facilitator, 'edit-profile', schoolA)).toBe(false);
    expect(canSchool(coach, 'create')).toBe(false);
    expect(canSchool(coordinatorA, 'create')).toBe(false);
    expect(canSchool(null, 'search-directory')).toBe(false);
  });
});
