import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../../tests/factories';
import { canRegistration, registrationAbilities, registrationCallToAction, type RegistrationSituation } from './policy';

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

describe('registrationAbilities and the call to action of the activity page', () => {
  const now = new Date('2027-10-01T10:00:00Z');
  const situation = (overrides: Partial<RegistrationSituation> = {}): RegistrationSituation => ({
    activity, status: null, registrationDeadline: new Date('2027-10-15T21:59:00Z'), startsAt: new Date('2027-11-20T09:00:00Z'), ...overrides
  });
  const closed = { registrationDeadline: new Date('2027-09-30T21:59:00Z') };
  const facilitator = buildActor({ organisations: [{ organisationId: 'org-samana', slug: 'samana', name: 'Samana', roles: ['facilitator'] }] });

  it('lets someone of the audience register (again after interest or cancelling), change and cancel only while holding a place', () => {
    expect(registrationAbilities(teacher, situation(), now)).toEqual({
      register: true, interest: true, change: false, cancel: false, registerColleagues: true, manageColleagues: true
    });
    expect(registrationAbilities(teacher, situation({ status: 'interest' }), now)).toMatchObject({ register: true, interest: false });
    expect(registrationAbilities(teacher, situation({ status: 'cancelled' }), now)).toMatchObject({ register: true, interest: true });
    expect(registrationAbilities(teacher, situation({ status: 'waiting' }), now)).toMatchObject({ register: false, change: true, cancel: true });
    // After the deadline: no registering or changing, but cancelling until the start.
    expect(registrationAbilities(teacher, situation({ status: 'registered', ...closed }), now)).toEqual({
      register: false, interest: false, change: false, cancel: true, registerColleagues: false, manageColleagues: true
    });
  });

  it('registers colleagues only for staff of a school, and nothing for a visitor or an outsider', () => {
    expect(registrationAbilities(facilitator, situation(), now)).toMatchObject({ register: true, registerColleagues: false });
    expect(Object.values(registrationAbilities(null, situation(), now)).some(Boolean)).toBe(false);
    expect(registrationAbilities(teacher, situation({ activity: networkActivity }), now)).toMatchObject({ register: false, registerColleagues: false });
    // Left the audience while registered: only cancelling is left.
    expect(registrationAbilities(teacher, situation({ activity: networkActivity, status: 'registered' }), now)).toEqual({
      register: false, interest: false, change: false, cancel: true, registerColleagues: false, manageColleagues: false
    });
  });

  it('asks a visitor to sign in, offers the button to who may register, and a way to the registration to who holds one', () => {
    expect(registrationCallToAction(null, { ...situation(), full: false }, now)).toEqual({ kind: 'sign-in', full: false });
    expect(registrationCallToAction(null, { ...situation(), full: true }, now)).toEqual({ kind: 'sign-in', full: true });
    expect(registrationCallToAction(teacher, { ...situation(), full: true }, now)).toEqual({ kind: 'register', full: true, interested: false });
    expect(registrationCallToAction(teacher, { ...situation({ status: 'interest' }), full: false }, now)).toEqual({ kind: 'register', full: false, interested: true });
    expect(registrationCallToAction(teacher, { ...situation({ status: 'waiting' }), full: true }, now)).toEqual({ kind: 'holding', status: 'waiting', canChange: true });
    expect(registrationCallToAction(teacher, { ...situation({ status: 'registered', ...closed }), full: false }, now)).toEqual({ kind: 'holding', status: 'registered', canChange: false });
  });

  it('says registering is closed after the deadline, to visitors too, and offers nothing to who may not register', () => {
    expect(registrationCallToAction(null, { ...situation(closed), full: false }, now)).toEqual({ kind: 'closed' });
    expect(registrationCallToAction(teacher, { ...situation({ status: 'cancelled', ...closed }), full: false }, now)).toEqual({ kind: 'closed' });
    expect(registrationCallToAction(teacher, { ...situation({ activity: networkActivity }), full: false }, now)).toEqual({ kind: 'none' });
  });
});
