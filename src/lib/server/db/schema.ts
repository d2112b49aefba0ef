// The aggregate of every feature's tables, for the db client (typed relational queries) and
// drizzle-kit (one forward-only migration history that runs unchanged on PGlite and PostgreSQL).
// Tables live with the feature that owns them; feature code imports them from there, never here.
// Relative paths: drizzle-kit loads this file without SvelteKit's $lib alias.
export * from '../../features/people/tables.server';
export * from '../../features/organisations/tables.server';
export * from '../../features/schools/tables.server';
export * from '../../features/networks/tables.server';
export * from '../../features/mail/tables.server';
export * from '../../features/learning-networks/tables.server';
export * from '../../features/meetings/tables.server';
export * from '../../features/activities/tables.server';
export * from '../../features/registrations/tables.server';
export * from '../../features/pre-meetings/tables.server';
export * from '../../features/activity-community/tables.server';
export * from '../../features/training-requests/tables.server';
export * from '../../features/accounts/tables.server';
export * from '../../features/account-merges/tables.server';
export * from '../../features/municipalities/tables.server';
export * from '../../features/library/tables.server';
export * from '../../features/network-map/tables.server';
export * from '../../features/trajectories/tables.server';
export * from '../../features/contact/tables.server';
export * from '../../features/trajectory-plans/tables.server';
export * from '../../features/trajectory-sessions/tables.server';
export * from '../../features/trajectory-stories/tables.server';
export * from '../../features/provincial-networks/tables.server';
export * from '../../features/map-wegwijzer/tables.server';
export * from '../../features/international-contacts/tables.server';
export * from '../../features/newsletter-subscriptions/tables.server';
export * from '../../features/mail-campaigns/tables.server';
export * from '../../features/communication-kit/tables.server';
