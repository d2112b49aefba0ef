import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../../tests/factories';
import { canPreMeeting } from './policy';

const orgId = '00000000-0000-4000-8000-0000000000aa';
const publicActivity = { organisationId: orgId, visibility: 'public' as const };
const facilitator = buildActor({ organisations: [{ organisationId: orgId, slug: 'samana', name: 'Samana', roles: ['facilitator'] }] });
const coach = buildActor({ organisations: [{ organisationId: orgId, slug: 'samana', name: 'Samana', roles: ['coach'] }] });
const person = buildActor();

describe('canPreMeeting', () => {
  it('lets anyone who sees the activity see what the pre-meeting is', () => {
    expect(canPreMeeting(null, 'view', { activity: publicActivity, isParticipant: false })).toBe(true);
    expect(canPreMeeting(null, 'view', { activity: { organisationId: orgId, visibility: 'school', schoolId: 'x' }, isParticipant: false })).toBe(false);
  });

  it('lets only participants vote and send in questions', () => {
    expect(canPreMeeting(person, 'take-part', { activity: publicActivity, isParticipant: true })).toBe(true);
    expect(canPreMeeting(person, 'take-part', { activity: publicActivity, isParticipant: false })).toBe(false);
    expect(canPreMeeting(null, 'take-part', { activity: publicActivity, isParticipant: true })).toBe(false);
    expect(canPreMeeting(facilitator, 'take-part', { activity: publicActivity, isParticipant: false })).toBe(false);
  });

  it('lets only the organisation\'s facilitators manage it', () => {
    expect(canPreMeeting(facilitator, 'manage', { activity: publicActivity, isParticipant: false })).toBe(true);
    expect(canPreMeeting(coach, 'manage', { activity: publicActivity, isParticipant: false })).toBe(false);
    expect(canPreMeeting(person, 'manage', { activity: publicActivity, isParticipant: true })).toBe(false);
    expect(canPreMeeting(buildActor({ isPlatformAdmin: true }), 'manage', { activity: publicActivity, isParticipant: false })).toBe(false);
  });
});
