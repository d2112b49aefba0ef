// The handles of a registration (ADR 020), minted only in an access module after the registration
// policy said yes. They carry the activity and the person, which is how the seat engine finds and
// locks the rows (ADR 010, 013); a plain pair of ids does not type-check.
import type { Handle } from '$lib/server/tenancy';

interface RegistrationRef {
  readonly activityId: string;
  readonly personId: string;
}

/** The actor may register `personId` (themself, or a colleague of their school) for the activity; `id` is the person. */
export type Registrant = Handle<'registrant'> & RegistrationRef & { readonly registeredBy: string };

/** A registration the actor may change or cancel: their own, or one they made for a colleague; `id` is the registration. */
export type OwnRegistration = Handle<'own-registration'> & RegistrationRef;

/** A registration the organiser may cancel on the person's behalf; `id` is the registration. */
export type ManagedRegistration = Handle<'managed-registration'> & RegistrationRef;

/** What the seat engine may cancel. */
export type CancellableRegistration = OwnRegistration | ManagedRegistration | UnconfirmedRegistration;

/** A visitor may register for this (public) activity without an account (ADR 029); `id` is the activity. */
export type GuestRegistrant = Handle<'guest-registrant'> & { readonly activityId: string };

/** A registration made without an account whose deadline passed: only the release job holds it; `id` is the registration. */
export type UnconfirmedRegistration = Handle<'unconfirmed-registration'> & RegistrationRef;
