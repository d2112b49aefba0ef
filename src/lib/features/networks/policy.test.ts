import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../../tests/factories';
import { canNetwork } from './policy';

const orgA = 'org-a';
const facilitatorA = buildActor({ organisations: [{ organisationId: orgA, slug: 'a', name: 'A', roles: ['facilitator'] }] });
const coachA = buildActor({ organisations: [{ organisationId: orgA, slug: 'a', name: 'A', roles: ['coach'] }] });
const facilitatorB = buildActor({ organisations: [{ organisationId: 'org-b', slug: 'b', name: 'B', roles: ['facilitator'] }] });

describe('canNetwork', () => {
  it('shows public networks to everyone and private ones only inside the organisation', () => {
    expect(canNetwork(null, 'view', { organisationId: orgA, isPublic: true })).toBe(true);
    expect(canNetwork(null, 'view', { organisationId: orgA, isPublic: false })).toBe(false);
    expect(canNetwork(facilitatorB, 'view', { organisationId: orgA, isPublic: false })).toBe(false);
    expect(canNetwork(coachA, 'view', { organisationId: orgA, isPublic: false })).toBe(true);
    expect(canNetwork(facilitatorA, 'view', { organisationId: orgA, isPublic: false })).toBe(true);
  });

  it('lets only the owning facilitators change a network', () => {
    for (const action of ['create', 'edit', 'manage-members'] as const) {
      expect(canNetwork(facilitatorA, action, { organisationId: orgA })).toBe(true);
      expect(canNetwork(coachA, action, { organisationId: orgA })).toBe(false);
      expect(canNetwork(facilitatorB, action, { organisationId: orgA })).toBe(false);
      expect(canNetwork(null, action, { organisationId: orgA, isPublic: true })).toBe(false);
    }
  });
});
