import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../../tests/factories';
import { canInternational, internationalAbilities } from './policy';

const inOrganisation = (organisationId: string, role: 'facilitator' | 'coach') =>
  buildActor({ organisations: [{ organisationId, slug: organisationId, name: organisationId, roles: [role] }] });
const inSchool = (schoolId: string, access: 'coordinator' | 'staff') =>
  buildActor({ schools: [{ schoolId, institutionNumber: '913204', name: 'Sint-Jozefsinstituut', access }] });

describe('who keeps the contacts abroad and brokers introductions', () => {
  it('the organisation’s facilitators only: not its coaches, not another organisation, not a visitor', () => {
    const subject = { organisationId: 'samana' };
    for (const action of ['manage', 'broker'] as const) {
      expect(canInternational(inOrganisation('samana', 'facilitator'), action, subject)).toBe(true);
      expect(canInternational(inOrganisation('samana', 'coach'), action, subject)).toBe(false);
      expect(canInternational(inOrganisation('gent', 'facilitator'), action, subject)).toBe(false);
      expect(canInternational(null, action, subject)).toBe(false);
    }
  });

  it('a school’s coordinators read the contacts and ask; its staff and another school’s coordinator do not', () => {
    const subject = { schoolId: 's1' };
    expect(internationalAbilities(inSchool('s1', 'coordinator'), subject)).toEqual({ manage: false, broker: false, viewSchool: true, request: true });
    expect(internationalAbilities(inSchool('s1', 'staff'), subject)).toEqual({ manage: false, broker: false, viewSchool: false, request: false });
    expect(canInternational(inSchool('s2', 'coordinator'), 'request', subject)).toBe(false);
    expect(canInternational(inOrganisation('samana', 'facilitator'), 'request', subject)).toBe(false);
  });
});
