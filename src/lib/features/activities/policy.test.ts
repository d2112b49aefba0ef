import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../../tests/factories';
import { canActivity } from './policy';

const org = 'org-samana';
const facilitator = buildActor({ organisations: [{ organisationId: org, slug: 's', name: 'S', roles: ['facilitator'] }] });
const otherFacilitator = buildActor({ organisations: [{ organisationId: 'other', slug: 'o', name: 'O', roles: ['facilitator'] }] });
const staff = buildActor({ schools: [{ schoolId: 'school-a', institutionNumber: '100001', name: 'A', access: 'staff' }] });

describe('canActivity', () => {
  it('shows public activities to all and lets only signed-in people register', () => {
    const subject = { organisationId: org, visibility: 'public' as const };
    expect(canActivity(null, 'view', subject)).toBe(true);
    expect(canActivity(null, 'register', subject)).toBe(false);
    expect(canActivity(staff, 'register', subject)).toBe(true);
  });

  it('keeps a network activity for its member schools and the organisers', () => {
    const subject = { organisationId: org, visibility: 'network' as const };
    expect(canActivity(null, 'view', subject)).toBe(false);
    expect(canActivity(staff, 'view', subject)).toBe(false);
    expect(canActivity(staff, 'view', { ...subject, actorIsNetworkMember: true })).toBe(true);
    expect(canActivity(facilitator, 'view', subject)).toBe(true);
    expect(canActivity(otherFacilitator, 'view', subject)).toBe(false);
  });

  it('keeps showing an activity to whoever holds a registration after leaving its audience, without letting them register', () => {
    const subject = { organisationId: org, visibility: 'network' as const, actorHoldsRegistration: true };
    expect(canActivity(staff, 'view', subject)).toBe(true);
    expect(canActivity(staff, 'register', subject)).toBe(false);
  });

  it('keeps a school activity for that school, and management for the organisers', () => {
    const subject = { organisationId: org, visibility: 'school' as const, schoolId: 'school-a' };
    expect(canActivity(staff, 'view', subject)).toBe(true);
    expect(canActivity(staff, 'view', { ...subject, schoolId: 'school-b' })).toBe(false);
    expect(canActivity(staff, 'manage', subject)).toBe(false);
    expect(canActivity(facilitator, 'manage', subject)).toBe(true);
    expect(canActivity(otherFacilitator, 'manage', subject)).toBe(false);
  });

  it('lets only the organisation\'s facilitators create; its coaches follow without creating', () => {
    const coach = buildActor({ organisations: [{ organisationId: org, slug: 's', name: 'S', roles: ['coach'] }] });
    const subject = { organisationId: org, visibility: 'public' as const };
    expect(canActivity(facilitator, 'create', subject)).toBe(true);
    expect(canActivity(coach, 'create', subject)).toBe(false);
    expect(canActivity(coach, 'manage', subject)).toBe(false);
    expect(canActivity(coach, 'view', { ...subject, visibility: 'network' })).toBe(true);
    expect(canActivity(otherFacilitator, 'create', subject)).toBe(false);
  });
});
