import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../../tests/factories';
import { canRegistration } from './policy';

const activity = { organisationId: 'org-samana', visibility: 'public' as const };
const networkActivity = { organisationId: 'org-samana', visibility: 'network' as const };
const teacher = buildActor({ schools: [{ schoolId: 'school-a', institutionNumber: '100001', name: 'A', access: 'staff' }] });
const colleague = buildActor();
const stranger = buildActor();

describe('canRegistration', () => {
  it('lets a signed-in person of the audience register, not a visitor or an outsider', () => {
    expect(canRegistration(teacher, 'register-self', { activity })).toBe(true);
    expect(canRegistration(null, 'register-self', { activity })).toBe(false);
    expect(canRegistration(teacher, 'register-self', { activity: networkActivity })).toBe(false);
  });

  it('lets staff register a colleague only of the same school', () => {
    expect(canRegistration(teacher, 'register-colleague', { activity, sameSchool: true })).toBe(true);
    expect(canRegistration(teacher, 'register-colleague', { activity, sameSchool: false })).toBe(false);
  });

  it('lets a registration be changed or cancelled by the person or by whoever registered them', () => {
    expect(canRegistration(teacher, 'cancel', { activity, personId: teacher.personId, registeredBy: teacher.personId })).toBe(true);
    expect(canRegistration(teacher, 'cancel', { activity, personId: colleague.personId, registeredBy: teacher.personId })).toBe(true);
    expect(canRegistration(teacher, 'change', { activity, personId: colleague.personId, registeredBy: teacher.personId })).toBe(true);
    expect(canRegistration(stranger, 'cancel', { activity, personId: colleague.personId, registeredBy: teacher.personId })).toBe(false);
    expect(canRegistration(stranger, 'change', { activity, personId: colleague.personId, registeredBy: null })).toBe(false);
  });

  it('lets the person cancel, not change, after leaving the activity\'s audience', () => {
    const left = { activity: networkActivity, personId: teacher.personId, registeredBy: teacher.personId };
    expect(canRegistration(teacher, 'cancel', left)).toBe(true);
    expect(canRegistration(teacher, 'change', left)).toBe(false);
    expect(canRegistration(stranger, 'cancel', { ...left, personId: colleague.personId })).toBe(false);
    // Whoever registered a colleague cancels for them only while still in the audience.
    expect(canRegistration(teacher, 'cancel', { activity: networkActivity, personId: colleague.personId, registeredBy: teacher.personId })).toBe(false);
  });
});
