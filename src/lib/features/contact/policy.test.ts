import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/types';
import { canContact } from './policy';

const actor = (organisationId: string, role: 'facilitator' | 'coach'): Actor => ({
  personId: 'p', name: 'Test', email: 't@example.org', isPlatformAdmin: false, schools: [],
  organisations: [{ organisationId, slug: organisationId, name: organisationId, roles: [role] }]
});

describe('who reads an organisation’s contact messages', () => {
  it('its facilitators, and nobody else: not a coach of the same organisation, not another organisation, not a visitor', () => {
    const subject = { organisationId: 'samana' };
    expect(canContact(actor('samana', 'facilitator'), 'view-inbox', subject)).toBe(true);
    expect(canContact(actor('samana', 'facilitator'), 'answer', subject)).toBe(true);
    expect(canContact(actor('samana', 'coach'), 'view-inbox', subject)).toBe(false);
    expect(canContact(actor('gent', 'facilitator'), 'answer', subject)).toBe(false);
    expect(canContact(null, 'view-inbox', subject)).toBe(false);
  });
});
