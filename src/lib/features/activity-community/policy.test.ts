import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../../tests/factories';
import type { ActivitySubject } from '../activities/policy';
import { canReaction, canTravelBoard } from './policy';

const org = 'org-samana';
const publicActivity = { organisationId: org, visibility: 'public' as const };
const schoolActivity = { organisationId: org, visibility: 'school' as const, schoolId: 'school-a' };
const organiser = buildActor({ organisations: [{ organisationId: org, slug: 's', name: 'S', roles: ['facilitator'] }] });
const teacher = buildActor({ schools: [{ schoolId: 'school-a', institutionNumber: '100001', name: 'A', access: 'staff' }] });
const outsider = buildActor({ schools: [{ schoolId: 'school-b', institutionNumber: '100002', name: 'B', access: 'coordinator' }] });

describe('canTravelBoard', () => {
  const board = (isParticipant: boolean, hasOptedIn: boolean, activity: ActivitySubject = publicActivity) => ({ activity, isParticipant, hasOptedIn });

  it('shows names and contacts only to a participant who is on the board', () => {
    expect(canTravelBoard(teacher, 'see-board', board(true, true))).toBe(true);
    expect(canTravelBoard(teacher, 'see-board', board(true, false))).toBe(false);
    expect(canTravelBoard(teacher, 'see-board', board(false, true))).toBe(false);
    expect(canTravelBoard(null, 'see-board', board(false, false))).toBe(false);
  });

  it('gives the organiser and a platform admin no contacts unless they opted in as participants', () => {
    expect(canTravelBoard(organiser, 'see-board', board(false, false))).toBe(false);
    expect(canTravelBoard(buildActor({ isPlatformAdmin: true }), 'see-board', board(false, false))).toBe(false);
    expect(canTravelBoard(organiser, 'see-board', board(true, true))).toBe(true);
  });

  it('lets participants of the audience join, and anyone signed in erase their own entry', () => {
    expect(canTravelBoard(teacher, 'opt-in', board(true, false))).toBe(true);
    expect(canTravelBoard(teacher, 'opt-in', board(false, false))).toBe(false);
    expect(canTravelBoard(outsider, 'opt-in', board(true, false, schoolActivity))).toBe(false);
    expect(canTravelBoard(teacher, 'withdraw', board(false, true))).toBe(true);
    expect(canTravelBoard(null, 'withdraw', board(false, false))).toBe(false);
  });
});

describe('canReaction', () => {
  it('lets whoever may view read, and signed-in people of the audience post', () => {
    expect(canReaction(null, 'read', { activity: publicActivity })).toBe(true);
    expect(canReaction(null, 'post', { activity: publicActivity })).toBe(false);
    expect(canReaction(outsider, 'post', { activity: publicActivity })).toBe(true);
    expect(canReaction(outsider, 'read', { activity: schoolActivity })).toBe(false);
    expect(canReaction(teacher, 'post', { activity: schoolActivity })).toBe(true);
  });

  it('lets an author delete only their own reaction', () => {
    expect(canReaction(teacher, 'delete-own', { activity: publicActivity, authorId: teacher.personId })).toBe(true);
    expect(canReaction(outsider, 'delete-own', { activity: publicActivity, authorId: teacher.personId })).toBe(false);
  });

  it('leaves moderation to the organising facilitators', () => {
    expect(canReaction(organiser, 'moderate', { activity: publicActivity })).toBe(true);
    expect(canReaction(teacher, 'moderate', { activity: publicActivity })).toBe(false);
    expect(canReaction(buildActor({ organisations: [{ organisationId: org, slug: 's', name: 'S', roles: ['coach'] }] }), 'moderate', { activity: publicActivity })).toBe(false);
  });
});
