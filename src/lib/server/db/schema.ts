// All tables in one place so drizzle-kit generates one forward-only migration history
// that runs unchanged on PGlite and on PostgreSQL.
import { sql } from 'drizzle-orm';
import {
  boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  website: text('website'),
  contactEmail: text('contact_email'),
  createdAt: createdAt()
});

export const people = pgTable('people', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash'),
  isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
  locale: text('locale', { enum: ['nl', 'en'] }).notNull().default('nl'), // their mails' language (ADR 024)
  createdAt: createdAt()
});
export const sessions = pgTable('sessions', {
  idHash: text('id_hash').primaryKey(),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: createdAt()
}, (t) => [index('sessions_person_idx').on(t.personId)]);

/** One-time tokens sent by mail: magic links (also used for invitations) and password resets. */
export const loginTokens = pgTable('login_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  purpose: text('purpose', { enum: ['magic-link', 'password-reset'] }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt()
});

export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  resetAt: timestamp('reset_at', { withTimezone: true }).notNull()
});

export const organisationRoles = pgTable('organisation_roles', {
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  role: text('role', { enum: ['facilitator', 'coach'] }).notNull(),
  createdAt: createdAt()
}, (t) => [primaryKey({ columns: [t.personId, t.organisationId, t.role] })]);

export const schools = pgTable('schools', {
  id: uuid('id').primaryKey().defaultRandom(),
  institutionNumber: text('institution_number').notNull().unique(),
  name: text('name').notNull(),
  street: text('street').notNull(),
  postalCode: text('postal_code').notNull(),
  municipality: text('municipality').notNull(),
  province: text('province', {
    enum: ['antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen', 'brussel']
  }).notNull(),
  level: text('level', { enum: ['basis', 'secundair', 'buitengewoon'] }).notNull(),
  educationNetwork: text('education_network', {
    enum: ['go', 'officieel-gesubsidieerd', 'vrij-gesubsidieerd']
  }).notNull(),
  description: text('description').notNull().default(''),
  website: text('website'),
  createdAt: createdAt()
}, (t) => [
  // The same school twice is refused by number and by name within a municipality.
  uniqueIndex('schools_name_municipality_idx').on(sql`lower(${t.name})`, sql`lower(${t.municipality})`),
  index('schools_municipality_idx').on(sql`lower(${t.municipality})`)
]);

export const schoolStaff = pgTable('school_staff', {
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'cascade' }),
  access: text('access', { enum: ['coordinator', 'staff'] }).notNull(),
  schoolRole: text('school_role', {
    enum: ['directeur', 'zorgcoordinator', 'leerlingenbegeleider', 'leerkracht', 'middenkader', 'ambassadeur']
  }).notNull(),
  createdAt: createdAt()
}, (t) => [primaryKey({ columns: [t.personId, t.schoolId] }), index('school_staff_school_idx').on(t.schoolId)]);

export const networks = pgTable('networks', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  isPublic: boolean('is_public').notNull().default(true),
  contactName: text('contact_name'),
  contactEmail: text('contact_email'),
  province: text('province'),
  createdAt: createdAt()
}, (t) => [uniqueIndex('networks_org_slug_idx').on(t.organisationId, t.slug)]);

/** A school's membership of a network in one school year (stored as its start year). */
export const networkMemberships = pgTable('network_memberships', {
  networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'restrict' }),
  schoolYear: integer('school_year').notNull(),
  createdAt: createdAt()
}, (t) => [
  primaryKey({ columns: [t.networkId, t.schoolYear, t.schoolId] }),
  index('network_memberships_school_idx').on(t.schoolId)
]);

/** Every mail the platform sends; without SMTP_URL this table is the outbox an admin reads. */
export const mails = pgTable('mails', {
  id: uuid('id').primaryKey().defaultRandom(),
  recipient: text('recipient').notNull(),
  subject: text('subject').notNull(),
  textBody: text('text_body').notNull(),
  transport: text('transport', { enum: ['outbox', 'smtp'] }).notNull(),
  /** File names of the attachments (e.g. an .ics), so the outbox shows what was sent. */
  attachmentNames: jsonb('attachment_names').$type<string[]>().notNull().default([]),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  createdAt: createdAt()
}, (t) => [index('mails_created_idx').on(t.createdAt)]);

// ——— Learning networks (seed 000): participation per school year, yearly cohorts, meetings ———

/** Schools that took part in a network's project in a school year (imported or added one by one). */
export const projectParticipations = pgTable('project_participations', {
  networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'restrict' }),
  schoolYear: integer('school_year').notNull(),
  source: text('source', { enum: ['manual', 'import'] }).notNull(),
  createdAt: createdAt()
}, (t) => [primaryKey({ columns: [t.networkId, t.schoolYear, t.schoolId] })]);

/** An import waiting for the facilitator's confirmation: nothing is written before that. */
export const participationImports = pgTable('participation_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
  schoolYear: integer('school_year').notNull(),
  fileName: text('file_name').notNull(),
  rows: jsonb('rows').notNull(),
  createdBy: uuid('created_by').notNull().references(() => people.id, { onDelete: 'cascade' }),
  appliedAt: timestamp('applied_at', { withTimezone: true }),
  createdAt: createdAt()
});

/** The learning network (cohort) of one school year, formed from the previous year's participants. */
export const learningNetworks = pgTable('learning_networks', {
  id: uuid('id').primaryKey().defaultRandom(),
  networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
  schoolYear: integer('school_year').notNull(),
  formedFromYear: integer('formed_from_year').notNull(),
  createdAt: createdAt()
}, (t) => [uniqueIndex('learning_networks_network_year_idx').on(t.networkId, t.schoolYear)]);

export const learningNetworkMembers = pgTable('learning_network_members', {
  learningNetworkId: uuid('learning_network_id').notNull().references(() => learningNetworks.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'restrict' }),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt()
}, (t) => [primaryKey({ columns: [t.learningNetworkId, t.schoolId] }), index('lnm_school_idx').on(t.schoolId)]);

/** Every hand-made change to a cohort, with its reason: the history is kept, never rewritten. */
export const learningNetworkChanges = pgTable('learning_network_changes', {
  id: uuid('id').primaryKey().defaultRandom(),
  learningNetworkId: uuid('learning_network_id').notNull().references(() => learningNetworks.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'restrict' }),
  change: text('change', { enum: ['added', 'removed'] }).notNull(),
  reason: text('reason').notNull(),
  personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
  createdAt: createdAt()
});

export const meetings = pgTable('meetings', {
  id: uuid('id').primaryKey().defaultRandom(),
  learningNetworkId: uuid('learning_network_id').notNull().references(() => learningNetworks.id, { onDelete: 'cascade' }),
  sequence: integer('sequence').notNull(),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  durationMinutes: integer('duration_minutes').notNull().default(90),
  onlineUrl: text('online_url'),
  learningQuestion: text('learning_question').notNull(),
  agenda: jsonb('agenda').$type<{ minutes: number; title: string }[]>().notNull().default([]),
  moderatorName: text('moderator_name'),
  harvest: text('harvest').notNull().default(''),
  harvestPublishedAt: timestamp('harvest_published_at', { withTimezone: true }),
  harvestPublic: boolean('harvest_public').notNull().default(false),
  attendanceRecordedAt: timestamp('attendance_recorded_at', { withTimezone: true }),
  createdAt: createdAt()
}, (t) => [uniqueIndex('meetings_ln_sequence_idx').on(t.learningNetworkId, t.sequence)]);

/** Questions and experiences members send in before a meeting. */
export const meetingSubmissions = pgTable('meeting_submissions', {
  id: uuid('id').primaryKey().defaultRandom(),
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
  kind: text('kind', { enum: ['question', 'experience'] }).notNull(),
  body: text('body').notNull(),
  theme: text('theme'),
  createdAt: createdAt()
}, (t) => [index('meeting_submissions_meeting_idx').on(t.meetingId)]);

export const meetingAttendance = pgTable('meeting_attendance', {
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'cascade' }),
  present: boolean('present').notNull(),
  /** Names of attendees without an account on the platform. */
  otherAttendees: text('other_attendees').notNull().default('')
}, (t) => [primaryKey({ columns: [t.meetingId, t.schoolId] })]);

/** People with an account who attended, per meeting. */
export const meetingAttendees = pgTable('meeting_attendees', {
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'cascade' })
}, (t) => [primaryKey({ columns: [t.meetingId, t.personId] })]);

/** A personal calendar feed: the secret URL is the credential, revocable by making a new one. */
export const calendarFeeds = pgTable('calendar_feeds', {
  personId: uuid('person_id').primaryKey().references(() => people.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: createdAt()
});

// ——— Activities (seed 001): study trips, trainings, exchange days; registrations with seats ———

export const activities = pgTable('activities', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  slug: text('slug').notNull(),
  kind: text('kind', { enum: ['studiereis', 'vorming', 'uitwisselingsdag', 'studiedag', 'infosessie'] }).notNull(),
  title: text('title').notNull(),
  summary: text('summary').notNull().default(''),
  description: text('description').notNull().default(''),
  audience: text('audience').notNull().default(''),
  goals: text('goals').notNull().default(''),
  learnings: jsonb('learnings').$type<string[]>().notNull().default([]),
  location: text('location'),
  onlineUrl: text('online_url'),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  priceCents: integer('price_cents').notNull().default(0),
  priceCovers: text('price_covers').notNull().default(''),
  capacity: integer('capacity').notNull(),
  /** Seats claimed by registrations; only ever changed by a conditional UPDATE (see the check). */
  seatsTaken: integer('seats_taken').notNull().default(0),
  registrationDeadline: timestamp('registration_deadline', { withTimezone: true }).notNull(),
  visibility: text('visibility', { enum: ['public', 'network', 'school'] }).notNull().default('public'),
  networkId: uuid('network_id').references(() => networks.id, { onDelete: 'set null' }),
  schoolId: uuid('school_id').references(() => schools.id, { onDelete: 'set null' }),
  createdAt: createdAt()
}, (t) => [
  uniqueIndex('activities_org_slug_idx').on(t.organisationId, t.slug),
  check('activities_seats_within_capacity', sql`${t.seatsTaken} >= 0 and ${t.seatsTaken} <= ${t.capacity}`)
]);

export const activityExtras = pgTable('activity_extras', {
  id: uuid('id').primaryKey().defaultRandom(),
  activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  date: text('date'),
  priceCents: integer('price_cents').notNull().default(0),
  capacity: integer('capacity'),
  seatsTaken: integer('seats_taken').notNull().default(0),
  createdAt: createdAt()
}, (t) => [check('activity_extras_seats_within_capacity', sql`${t.seatsTaken} >= 0 and (${t.capacity} is null or ${t.seatsTaken} <= ${t.capacity})`)]);

export const registrations = pgTable('registrations', {
  id: uuid('id').primaryKey().defaultRandom(),
  activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  registeredBy: uuid('registered_by').references(() => people.id, { onDelete: 'set null' }),
  status: text('status', { enum: ['interest', 'registered', 'waiting', 'cancelled', 'attended', 'absent'] }).notNull(),
  answers: jsonb('answers').$type<Record<string, string>>().notNull().default({}),
  invoice: jsonb('invoice').$type<Record<string, string>>().notNull().default({}),
  /** Order of the waiting list: when the person joined it. */
  waitingSince: timestamp('waiting_since', { withTimezone: true }),
  paidAt: timestamp('paid_at', { withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
}, (t) => [
  uniqueIndex('registrations_activity_person_idx').on(t.activityId, t.personId),
  index('registrations_waiting_idx').on(t.activityId, t.status, t.waitingSince)
]);

/** The extras a registration chose; `claimed` once a seat of the extra is held for it. */
export const registrationExtras = pgTable('registration_extras', {
  registrationId: uuid('registration_id').notNull().references(() => registrations.id, { onDelete: 'cascade' }),
  extraId: uuid('extra_id').notNull().references(() => activityExtras.id, { onDelete: 'cascade' }),
  claimed: boolean('claimed').notNull().default(false)
}, (t) => [primaryKey({ columns: [t.registrationId, t.extraId] })]);

/** The programme of an activity: visits, exchange moments, talks, sessions, in order. */
export const activityProgrammeItems = pgTable('activity_programme_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  kind: text('kind', { enum: ['bezoek', 'uitwisseling', 'lezing', 'sessie', 'andere'] }).notNull(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  startsAt: timestamp('starts_at', { withTimezone: true }),
  place: text('place'),
  presenter: text('presenter')
}, (t) => [uniqueIndex('activity_programme_position_idx').on(t.activityId, t.position)]);

/** Registration questions; a question may only apply when an earlier one got a given answer. */
export const activityQuestions = pgTable('activity_questions', {
  id: uuid('id').primaryKey().defaultRandom(),
  activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  kind: text('kind', { enum: ['short', 'long', 'choice'] }).notNull(),
  label: text('label').notNull(),
  options: jsonb('options').$type<string[]>().notNull().default([]),
  required: boolean('required').notNull().default(false),
  dependsOnQuestionId: uuid('depends_on_question_id'),
  dependsOnAnswer: text('depends_on_answer')
}, (t) => [uniqueIndex('activity_questions_position_idx').on(t.activityId, t.position)]);

/** The preparatory online meeting of an activity: its link and the date picked from the poll. */
export const activityPreMeetings = pgTable('activity_pre_meetings', {
  activityId: uuid('activity_id').primaryKey().references(() => activities.id, { onDelete: 'cascade' }),
  onlineUrl: text('online_url'),
  durationMinutes: integer('duration_minutes').notNull().default(60),
  chosenOptionId: uuid('chosen_option_id'),
  chosenAt: timestamp('chosen_at', { withTimezone: true })
});

/** Candidate dates of the pre-meeting poll. */
export const activityPreMeetingOptions = pgTable('activity_pre_meeting_options', {
  id: uuid('id').primaryKey().defaultRandom(),
  activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull()
}, (t) => [uniqueIndex('activity_pre_meeting_options_idx').on(t.activityId, t.startsAt)]);

export const activityPreMeetingVotes = pgTable('activity_pre_meeting_votes', {
  optionId: uuid('option_id').notNull().references(() => activityPreMeetingOptions.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  answer: text('answer', { enum: ['yes', 'maybe', 'no'] }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
}, (t) => [primaryKey({ columns: [t.optionId, t.personId] })]);

/** Questions participants send in before the pre-meeting; the facilitator groups them by theme. */
export const activityPreMeetingQuestions = pgTable('activity_pre_meeting_questions', {
  id: uuid('id').primaryKey().defaultRandom(),
  activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  body: text('body').notNull(),
  theme: text('theme'),
  createdAt: createdAt()
}, (t) => [index('activity_pre_meeting_questions_idx').on(t.activityId)]);

/** Travel-together board: only people who opted in see each other's entries and contact details. */
export const activityTravelOffers = pgTable('activity_travel_offers', {
  activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  fromPlace: text('from_place').notNull(),
  mode: text('mode', { enum: ['trein', 'auto', 'bus', 'vliegtuig', 'andere'] }).notNull(),
  contact: text('contact').notNull(),
  note: text('note').notNull().default(''),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
}, (t) => [primaryKey({ columns: [t.activityId, t.personId] })]);

/** Reactions under an activity; the organisers can hide or delete them. */
export const activityReactions = pgTable('activity_reactions', {
  id: uuid('id').primaryKey().defaultRandom(),
  activityId: uuid('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  body: text('body').notNull(),
  hiddenAt: timestamp('hidden_at', { withTimezone: true }),
  hiddenBy: uuid('hidden_by').references(() => people.id, { onDelete: 'set null' }),
  createdAt: createdAt()
}, (t) => [index('activity_reactions_idx').on(t.activityId, t.createdAt)]);

/** A school asks an organisation for a training tailored to it; accepting plans a school-only activity. */
export const trainingRequests = pgTable('training_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'cascade' }),
  requestedBy: uuid('requested_by').references(() => people.id, { onDelete: 'set null' }),
  kind: text('kind', { enum: ['thematisch', 'praktisch'] }).notNull(),
  theme: text('theme').notNull(),
  audience: text('audience').notNull(),
  preferredPeriod: text('preferred_period').notNull(),
  message: text('message').notNull().default(''),
  status: text('status', { enum: ['open', 'accepted', 'declined'] }).notNull().default('open'),
  activityId: uuid('activity_id').references(() => activities.id, { onDelete: 'set null' }),
  decidedBy: uuid('decided_by').references(() => people.id, { onDelete: 'set null' }),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  createdAt: createdAt()
}, (t) => [
  index('training_requests_org_idx').on(t.organisationId, t.status),
  // One open request per school, organisation and theme: a double submit cannot file it twice.
  uniqueIndex('training_requests_open_theme_idx').on(t.schoolId, t.organisationId, sql`lower(${t.theme})`).where(sql`${t.status} = 'open'`)
]);
