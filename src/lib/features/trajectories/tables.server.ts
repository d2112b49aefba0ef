// The tables trajectories owns (ADR 039): an organisation's coached-trajectory offer with its start
// school years (places = coach capacity), a school's enrolment from application to trajectory, and
// the workgroup that works with the coach.
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { schools } from '../schools/tables.server';
import type { IntervisionScaffold } from './types';

/** What an organisation offers, e.g. Samen Maakt School; public once published. */
export const trajectoryOffers = pgTable('trajectory_offers', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  slug: text('slug').notNull(),
  title: text('title').notNull(),
  summary: text('summary').notNull(),
  description: text('description').notNull(),
  /** The themes a school's action plan draws from, in the offer's order. */
  themes: jsonb('themes').$type<string[]>().notNull(),
  /** The organisations it is offered with, by name (they need not be on the platform). */
  partners: jsonb('partners').$type<string[]>().notNull(),
  intensityOptions: jsonb('intensity_options').$type<string[]>().notNull(),
  // Who may apply; null means any. A municipality is compared case-insensitively.
  eligibleCountry: text('eligible_country', { enum: ['BE', 'NL', 'other'] }),
  eligibleMunicipality: text('eligible_municipality'),
  eligibleLevel: text('eligible_level', { enum: ['basis', 'secundair', 'buitengewoon'] }),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  createdAt: createdAt()
}, (t) => [uniqueIndex('trajectory_offers_slug_idx').on(t.organisationId, t.slug)]);

/**
 * A school year a trajectory can start in, with as many places as the coaches can take. `taken`
 * counts accepted trajectories; the check makes overbooking impossible, and acceptance claims a
 * place with a conditional UPDATE in the transaction that accepts (ADR 039).
 */
export const trajectoryStartYears = pgTable('trajectory_start_years', {
  offerId: uuid('offer_id').notNull().references(() => trajectoryOffers.id, { onDelete: 'cascade' }),
  schoolYear: integer('school_year').notNull(),
  places: integer('places').notNull(),
  taken: integer('taken').notNull().default(0)
}, (t) => [
  primaryKey({ columns: [t.offerId, t.schoolYear] }),
  check('trajectory_start_years_capacity', sql`${t.taken} >= 0 and ${t.taken} <= ${t.places}`)
]);

const trajectoryStatuses = ['aangevraagd', 'aanvaard', 'geweigerd', 'wachtlijst'] as const;
const trajectoryPhases = ['intake', 'uitvoering', 'afgesloten'] as const;

/**
 * A school's enrolment: the application is the trajectory's first state, so what the school
 * proposed (questions, expectations, workgroup, ambassador) is what the coach starts from.
 */
export const trajectories = pgTable('trajectories', {
  id: uuid('id').primaryKey().defaultRandom(),
  offerId: uuid('offer_id').notNull().references(() => trajectoryOffers.id, { onDelete: 'cascade' }),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'cascade' }),
  schoolYear: integer('school_year').notNull(),
  appliedBy: uuid('applied_by').references(() => people.id, { onDelete: 'set null' }),
  questions: text('questions').notNull(),
  expectations: text('expectations').notNull(),
  status: text('status', { enum: trajectoryStatuses }).notNull().default('aangevraagd'),
  refusalReason: text('refusal_reason'),
  phase: text('phase', { enum: trajectoryPhases }).notNull().default('intake'),
  coachId: uuid('coach_id').references(() => people.id, { onDelete: 'set null' }),
  decidedBy: uuid('decided_by').references(() => people.id, { onDelete: 'set null' }),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  /**
   * The last change to the action plan that leaves no newer row behind (an edit, a status, a
   * deletion), so the facilitators' overview counts it as activity (ADR 060).
   */
  planChangedAt: timestamp('plan_changed_at', { withTimezone: true }),
  createdAt: createdAt()
}, (t) => [
  index('trajectories_offer_idx').on(t.offerId, t.status),
  index('trajectories_coach_idx').on(t.coachId),
  // One live enrolment per school and offer: a double submit cannot apply twice; a refused one may apply again.
  uniqueIndex('trajectories_live_idx').on(t.offerId, t.schoolId).where(sql`${t.status} <> 'geweigerd'`)
]);

/** The school's workgroup (kernteam): staff of the school, one of them the ambassador. */
export const trajectoryWorkgroup = pgTable('trajectory_workgroup', {
  trajectoryId: uuid('trajectory_id').notNull().references(() => trajectories.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  isAmbassador: boolean('is_ambassador').notNull().default(false),
  createdAt: createdAt()
}, (t) => [
  primaryKey({ columns: [t.trajectoryId, t.personId] }),
  index('trajectory_workgroup_person_idx').on(t.personId),
  uniqueIndex('trajectory_workgroup_ambassador_idx').on(t.trajectoryId).where(sql`${t.isAmbassador}`)
]);

/** The intake conversation as the coach records it: expectations both ways, support questions, the agreed intensity and rhythm. */
export const trajectoryIntakes = pgTable('trajectory_intakes', {
  trajectoryId: uuid('trajectory_id').primaryKey().references(() => trajectories.id, { onDelete: 'cascade' }),
  heldOn: date('held_on', { mode: 'string' }).notNull(),
  schoolExpectations: text('school_expectations').notNull(),
  coachExpectations: text('coach_expectations').notNull(),
  supportQuestions: text('support_questions').notNull(),
  intensity: text('intensity').notNull(),
  rhythm: text('rhythm').notNull(),
  recordedBy: uuid('recorded_by').references(() => people.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

const logbookKinds = ['samen-uitproberen', 'observatie', 'intervisie', 'coaching', 'werkgroepoverleg'] as const;

/**
 * One session in the coach's logbook. `shared` entries are read by the workgroup (and the
 * organisation's facilitators); the others only by the coach who keeps the logbook.
 */
export const trajectoryLogbook = pgTable('trajectory_logbook', {
  id: uuid('id').primaryKey().defaultRandom(),
  trajectoryId: uuid('trajectory_id').notNull().references(() => trajectories.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: logbookKinds }).notNull(),
  heldOn: date('held_on', { mode: 'string' }).notNull(),
  participants: text('participants').notNull(),
  done: text('done').notNull(),
  learned: text('learned').notNull().default(''),
  nextSteps: text('next_steps').notNull().default(''),
  shared: boolean('shared').notNull().default(false),
  intervision: jsonb('intervision').$type<IntervisionScaffold>(),
  authorId: uuid('author_id').references(() => people.id, { onDelete: 'set null' }),
  createdAt: createdAt()
}, (t) => [index('trajectory_logbook_trajectory_idx').on(t.trajectoryId, t.heldOn)]);

const actionStatuses = ['gepland', 'bezig', 'klaar', 'gestopt'] as const;
/** How far an action has spread: the workgroup → some colleagues → the whole team → written into school policy (ADR 040). */
const actionReaches = ['werkgroep', 'collegas', 'team', 'schoolbeleid'] as const;

/** A goal of the action plan, under one of the offer's themes. */
export const trajectoryGoals = pgTable('trajectory_goals', {
  id: uuid('id').primaryKey().defaultRandom(),
  trajectoryId: uuid('trajectory_id').notNull().references(() => trajectories.id, { onDelete: 'cascade' }),
  theme: text('theme').notNull(),
  title: text('title').notNull(),
  createdAt: createdAt()
}, (t) => [index('trajectory_goals_trajectory_idx').on(t.trajectoryId)]);

/** An action towards a goal, owned by a workgroup member, with its spreading and the evidence of it. */
export const trajectoryActions = pgTable('trajectory_actions', {
  id: uuid('id').primaryKey().defaultRandom(),
  goalId: uuid('goal_id').notNull().references(() => trajectoryGoals.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  ownerId: uuid('owner_id').references(() => people.id, { onDelete: 'set null' }),
  deadline: date('deadline', { mode: 'string' }).notNull(),
  status: text('status', { enum: actionStatuses }).notNull().default('gepland'),
  reach: text('reach', { enum: actionReaches }).notNull().default('werkgroep'),
  evidence: text('evidence').notNull().default(''),
  createdAt: createdAt()
}, (t) => [index('trajectory_actions_goal_idx').on(t.goalId), index('trajectory_actions_owner_idx').on(t.ownerId)]);
