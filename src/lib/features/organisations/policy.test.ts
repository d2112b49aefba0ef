import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../../tests/factories';
import { canOrganisation } from './policy';

const orgA = 'a0000000-0000-4000-8000-000000000001';
const orgB = 'b0000000-0000-4000-8000-000000000002';
const facilitatorA = buildActor({ organisations: [{ organisationId: orgA, slug: 'a', name: 'A', roles: ['facilitator'] }] });
const coachA = buildActor({ organisations: [{ organisationId: orgA, slug: 'a', name: 'A', roles: ['coach'] }] });
const admin = buildActor({ isPlatformAdmin: true });

describe('canOrganisation', () => {
  it('lets only platform admins create organisations and hand out roles', () => {
    expect(canOrganisation(admin, 'create')).toBe(true);
    expect(canOrganisation(admin, 'manage-roles', orgA)).toBe(true);
    expect(canOrganisation(facilitatorA, 'create')).toBe(false);
    expect(canOrganisation(facilitatorA, 'manage-roles', orgA)).toBe(false);
    expect(canOrganisation(null, 'create')).toBe(false);
  });

  it('keeps the workspace inside the organisation', () => {
    expect(canOrganisation(facilitatorA, 'view-workspace', orgA)).toBe(true);
    expect(canOrganisation(coachA, 'view-workspace', orgA)).toBe(true);
    expect(canOrganisation(facilitatorA, 'view-workspace', orgB)).toBe(false);
    expect(canOrganisation(admin, 'view-workspace', orgA)).toBe(false);
  });

  it('lets facilitators, not coaches, edit the profile and the school directory', () => {
    expect(canOrganisation(facilitatorA, 'edit-profile', orgA)).toBe(true);
    expect(canOrganisation(facilitatorA, 'manage-schools', orgA)).toBe(true);
    expect(canOrganisation(coachA, 'edit-profile', orgA)).toBe(false);
    expect(canOrganisation(facilitatorA, 'edit-profile', orgB)).toBe(false);
  });
});
