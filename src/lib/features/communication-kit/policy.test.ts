import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../../tests/factories';
import { canKit, kitAbilities } from './policy';

const inOrganisation = (organisationId: string, role: 'facilitator' | 'coach') =>
  buildActor({ organisations: [{ organisationId, slug: organisationId, name: organisationId, roles: [role] }] });
const moderatorOf = (networkId: string, organisationId: string) => buildActor({ moderates: [{ networkId, organisationId }] });
const inSchool = (schoolId: string, access: 'coordinator' | 'staff') =>
  buildActor({ schools: [{ schoolId, institutionNumber: '913204', name: 'Sint-Jozefsinstituut', access }] });

describe('who composes a network’s communication kit', () => {
  const subject = { organisationId: 'samana', networkId: 'n1' };

  it('the organisation’s facilitators and the network’s own moderator', () => {
    expect(canKit(inOrganisation('samana', 'facilitator'), 'compose', subject)).toBe(true);
    expect(kitAbilities(moderatorOf('n1', 'samana'), subject)).toEqual({ compose: true });
  });

  it('not its coaches, a moderator of another network, another organisation, a school or a visitor', () => {
    expect(canKit(inOrganisation('samana', 'coach'), 'compose', subject)).toBe(false);
    expect(canKit(moderatorOf('n2', 'samana'), 'compose', subject)).toBe(false);
    expect(canKit(inOrganisation('gent', 'facilitator'), 'compose', subject)).toBe(false);
    expect(canKit(inSchool('s1', 'coordinator'), 'compose', subject)).toBe(false);
    expect(canKit(null, 'compose', subject)).toBe(false);
    // Without a network there is no kit to compose.
    expect(canKit(inOrganisation('samana', 'facilitator'), 'compose', { organisationId: 'samana' })).toBe(false);
  });
});

describe('who opens a kit', () => {
  it('the coordinators and staff of a school that is a member in the kit’s school year', () => {
    for (const access of ['coordinator', 'staff'] as const) {
      expect(canKit(inSchool('s1', access), 'view-member', { schoolId: 's1', isMember: true })).toBe(true);
      expect(canKit(inSchool('s1', access), 'view-member', { schoolId: 's1', isMember: false })).toBe(false);
    }
  });

  it('not another school’s people, the organisation’s facilitator or a visitor', () => {
    expect(canKit(inSchool('s2', 'coordinator'), 'view-member', { schoolId: 's1', isMember: true })).toBe(false);
    expect(canKit(inOrganisation('samana', 'facilitator'), 'view-member', { schoolId: 's1', isMember: true })).toBe(false);
    expect(canKit(null, 'view-member', { schoolId: 's1', isMember: true })).toBe(false);
  });
});
