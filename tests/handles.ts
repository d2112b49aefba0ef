// Handles for tests (ADR 020): a test plays the access module that, in the app, decides who may
// act on what. The seat engine finds a registration's rows by activity and person, so that is all
// these carry; `id` is only what the type needs.
import { brandOrganisation, brandSchool, grant } from '../src/lib/server/tenancy';
import type { ManagedActivity, VisibleActivity } from '../src/lib/features/activities/types';
import type { ReactionAuthor, TravelBoardEntry, TravelBoardViewer } from '../src/lib/features/activity-community/types';
import type { PreMeetingParticipant } from '../src/lib/features/pre-meetings/types';
import type { GuestRegistrant, ManagedRegistration, OwnRegistration, Registrant } from '../src/lib/features/registrations/types';
import type { OwnAccount } from '../src/lib/features/people/types';
import type { AdministeredPerson } from '../src/lib/features/people-admin/types';
import type { AdministeredMunicipality } from '../src/lib/features/municipalities/types';
import type { JoinApplicant, JoinInbox } from '../src/lib/features/schools/types';
import type { MapEditor, MapManager } from '../src/lib/features/network-map/types';
import type { ContactTarget } from '../src/lib/features/contact/types';
import type { SubscriptionTarget } from '../src/lib/features/newsletter-subscriptions/types';

export const visibleActivity = (activityId: string): VisibleActivity => grant('visible-activity', activityId);

export const managedActivity = (activityId: string, organisationId: string): ManagedActivity =>
  Object.assign(grant('managed-activity', activityId), { organisationId: brandOrganisation(organisationId) });

export const registrant = (activityId: string, personId: string, registeredBy = personId): Registrant =>
  Object.assign(grant('registrant', personId), { activityId, personId, registeredBy });

export const ownRegistration = (activityId: string, personId: string): OwnRegistration =>
  Object.assign(grant('own-registration', `${activityId}/${personId}`), { activityId, personId });

export const managedRegistration = (activityId: string, personId: string): ManagedRegistration =>
  Object.assign(grant('managed-registration', `${activityId}/${personId}`), { activityId, personId });

export const boardEntry = (activityId: string, personId: string): TravelBoardEntry =>
  Object.assign(grant('travel-board-entry', personId), { activityId, personId });

export const boardViewer = (activityId: string, personId: string): TravelBoardViewer =>
  Object.assign(grant('travel-board-viewer', personId), { activityId, personId });

export const reactionAuthor = (activityId: string, personId: string): ReactionAuthor =>
  Object.assign(grant('reaction-author', personId), { activityId, personId });

export const ownAccount = (personId: string): OwnAccount => grant('own-account', personId);

export const preMeetingParticipant = (activityId: string, personId: string): PreMeetingParticipant =>
  Object.assign(grant('pre-meeting-participant', personId), { activityId, personId });
// Joining a school (ADR 028): the applicant is a signed-in person; inboxes are a school's, an organisation's or the platform's.
export const joinApplicant = (schoolId: string, person: { id: string; email: string; name: string }): JoinApplicant =>
  Object.assign(grant('join-applicant', person.id), { schoolId, email: person.email, name: person.name });

export const schoolJoinInbox = (schoolId: string, schoolKey = ''): JoinInbox => ({ kind: 'school', schoolId: brandSchool(schoolId), schoolKey });

export const organisationJoinInbox = (organisationId: string, slug = ''): JoinInbox => ({ kind: 'organisation', organisationId: brandOrganisation(organisationId), slug });

export const platformJoinInbox = (): JoinInbox => ({ kind: 'platform', admin: grant('platform-join-inbox', 'admin') });

export const guestRegistrant = (activityId: string): GuestRegistrant => Object.assign(grant('guest-registrant', activityId), { activityId });

export const administeredPerson = (personId: string): AdministeredPerson => grant('administered-person', personId);
export const administeredMunicipality = (id: string): AdministeredMunicipality => grant('administered-municipality', id);
/** The map handles of a school (network-map/types.ts): the id is the school's. */
export const mapEditor = (schoolId: string): MapEditor => grant('map-editor', schoolId);
export const mapManager = (schoolId: string): MapManager => grant('map-manager', schoolId);

export const contactTarget = (organisationId: string, organisationName: string, network: { id: string; name: string } | null = null): ContactTarget =>
  ({ organisationId, organisationName, networkId: network?.id ?? null, networkName: network?.name ?? null, handle: grant('contact-target', organisationId) });

export const subscriptionTarget = (organisationId: string, organisationName: string): SubscriptionTarget =>
  ({ organisationId, organisationName, handle: grant('subscription-target', organisationId) });
