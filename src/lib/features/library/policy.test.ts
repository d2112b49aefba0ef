import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/types';
import { canLibrary, libraryAbilities } from './policy';

const org = 'org-1';
const actor = (roles: Array<{ organisationId: string; role: 'facilitator' | 'coach' }>): Actor => ({
  personId: 'p', email: 'p@x.example', name: 'P', isPlatformAdmin: false, schools: [],
  organisations: roles.map((r) => ({ organisationId: r.organisationId, slug: r.organisationId, name: r.organisationId, roles: [r.role] }))
});

describe('canLibrary', () => {
  it('shows a published example to everyone and a draft only inside the organisation', () => {
    expect(canLibrary(null, 'view', { organisationId: org, status: 'published' })).toBe(true);
    expect(canLibrary(null, 'view', { organisationId: org, status: 'draft' })).toBe(false);
    expect(canLibrary(actor([{ organisationId: 'other', role: 'facilitator' }]), 'view', { organisationId: org, status: 'review' })).toBe(false);
    expect(canLibrary(actor([{ organisationId: org, role: 'coach' }]), 'view', { organisationId: org, status: 'draft' })).toBe(true);
  });

  it('lets only the organisation’s facilitators write and publish', () => {
    expect(libraryAbilities(actor([{ organisationId: org, role: 'facilitator' }]), { organisationId: org })).toEqual({ write: true, publish: true });
    expect(libraryAbilities(actor([{ organisationId: org, role: 'coach' }]), { organisationId: org })).toEqual({ write: false, publish: false });
    expect(libraryAbilities(actor([{ organisationId: 'other', role: 'facilitator' }]), { organisationId: org })).toEqual({ write: false, publish: false });
  });
});
