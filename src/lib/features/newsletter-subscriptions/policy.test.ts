import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/types';
import { canSubscriptions, subscriptionAbilities } from './policy';

const actor = (organisationId: string, role: 'facilitator' | 'coach', isPlatformAdmin = false): Actor => ({
  personId: 'p', name: 'Test', email: 't@example.org', isPlatformAdmin, schools: [],
  organisations: [{ organisationId, slug: organisationId, name: organisationId, roles: [role] }]
});

describe('who sees an organisation’s newsletter subscribers', () => {
  it('its facilitators only: not a coach, not another organisation’s facilitator, not a platform admin or a visitor', () => {
    const subject = { organisationId: 'samana' };
    expect(subscriptionAbilities(actor('samana', 'facilitator'), subject)).toEqual({ viewSubscribers: true, removeSubscriber: true });
    expect(canSubscriptions(actor('samana', 'coach'), 'view-subscribers', subject)).toBe(false);
    expect(canSubscriptions(actor('gent', 'facilitator'), 'view-subscribers', subject)).toBe(false);
    expect(canSubscriptions(actor('gent', 'facilitator'), 'remove-subscriber', subject)).toBe(false);
    expect(canSubscriptions(actor('gent', 'coach', true), 'remove-subscriber', subject)).toBe(false);
    expect(canSubscriptions(null, 'view-subscribers', subject)).toBe(false);
  });
});
