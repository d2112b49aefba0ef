// The tables the library owns (ADR 043): practice examples, their kept revisions and their
// "inspired by" links. Imports are relative because drizzle-kit loads this file without $lib.
import { sql } from 'drizzle-orm';
import { customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, storedFileColumns } from '../../server/db/columns';
import { networks } from '../networks/tables.server';
import { organisations } from '../organisations/tables.server';
import { people } from '../people/tables.server';
import { schools } from '../schools/tables.server';
import type { ExampleContact } from './types';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const practiceExamples = pgTable('practice_examples', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
  networkId: uuid('network_id').references(() => networks.id, { onDelete: 'set null' }),
  slug: text('slug').notNull(),
  title: text('title').notNull(),
  summary: text('summary').notNull(),
  /** Markdown source; rendered and sanitised on every view (lib/server/rich-text.ts, ADR 042). */
  body: text('body').notNull().default(''),
  /** The words the search reads besides title and summary: the body without markup, tools, target groups. */
  searchText: text('search_text').notNull().default(''),
  themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
  domains: text('domains').array().notNull().default(sql`'{}'::text[]`),
  targetGroups: text('target_groups').array().notNull().default(sql`'{}'::text[]`),
  partnerTypes: text('partner_types').array().notNull().default(sql`'{}'::text[]`),
  tools: text('tools').array().notNull().default(sql`'{}'::text[]`),
  province: text('province', { enum: ['antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen', 'brussel'] }),
  municipality: text('municipality'),
  contacts: jsonb('contacts').$type<ExampleContact[]>().notNull().default(sql`'[]'::jsonb`),
  status: text('status', { enum: ['draft', 'review', 'published'] }).notNull().default('draft'),
  /** The member school that proposed it, when a facilitator did not write it. */
  proposedBySchoolId: uuid('proposed_by_school_id').references(() => schools.id, { onDelete: 'set null' }),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  createdAt: createdAt(),
  // Dutch stems without accents (the netwerkplein_nl configuration of migration 0014), weighted
  // title > summary > the rest, plus one lexeme per status and facet value ('#theme/spijbelen',
  // ADR 051) so one GIN lookup answers words and facets together; generated, so no write can
  // forget it, and kept in the row (storage main, migration 0020) rather than in TOAST.
  search: tsvector('search').notNull().generatedAlwaysAs(sql`setweight(to_tsvector('netwerkplein_nl'::regconfig, title), 'A') || setweight(to_tsvector('netwerkplein_nl'::regconfig, summary), 'B') || setweight(to_tsvector('netwerkplein_nl'::regconfig, search_text), 'C') || netwerkplein_facet_lexemes(status, province, themes, domains, target_groups, partner_types)`)
}, (t) => [
  uniqueIndex('practice_examples_org_slug_idx').on(t.organisationId, t.slug),
  index('practice_examples_search_idx').using('gin', t.search).with({ fastupdate: false }),
  index('practice_examples_themes_idx').using('gin', t.themes),
  index('practice_examples_domains_idx').using('gin', t.domains),
  index('practice_examples_target_groups_idx').using('gin', t.targetGroups),
  index('practice_examples_partner_types_idx').using('gin', t.partnerTypes),
  index('practice_examples_status_province_idx').on(t.status, t.province)
]);

/** Every saved state of an example, newest highest; nothing is overwritten without a trace. */
export const practiceExampleRevisions = pgTable('practice_example_revisions', {
  exampleId: uuid('example_id').notNull().references(() => practiceExamples.id, { onDelete: 'cascade' }),
  revision: integer('revision').notNull(),
  title: text('title').notNull(),
  summary: text('summary').notNull(),
  body: text('body').notNull(),
  status: text('status').notNull(),
  editedBy: uuid('edited_by').references(() => people.id, { onDelete: 'set null' }),
  createdAt: createdAt()
}, (t) => [primaryKey({ columns: [t.exampleId, t.revision] })]);

/**
 * "Inspired by": another example (its reverse is "also taken up by") or a project outside the
 * platform, by title and optional link.
 */
export const practiceExampleSources = pgTable('practice_example_sources', {
  id: uuid('id').primaryKey().defaultRandom(),
  exampleId: uuid('example_id').notNull().references(() => practiceExamples.id, { onDelete: 'cascade' }),
  sourceExampleId: uuid('source_example_id').references(() => practiceExamples.id, { onDelete: 'cascade' }),
  outsideTitle: text('outside_title'),
  outsideUrl: text('outside_url'),
  createdAt: createdAt()
}, (t) => [
  index('practice_example_sources_example_idx').on(t.exampleId),
  index('practice_example_sources_source_idx').on(t.sourceExampleId)
]);

/**
 * Files attached to an example (ADR 044): the bytes in PostgreSQL, so every app instance and every
 * backup sees the same files. Checked by their bytes at upload; images stored without metadata.
 */
export const practiceExampleAttachments = pgTable('practice_example_attachments', {
  id: uuid('id').primaryKey().defaultRandom(),
  exampleId: uuid('example_id').notNull().references(() => practiceExamples.id, { onDelete: 'cascade' }),
  ...storedFileColumns(),
  uploadedBy: uuid('uploaded_by').references(() => people.id, { onDelete: 'set null' }),
  createdAt: createdAt()
}, (t) => [index('practice_example_attachments_example_idx').on(t.exampleId)]);
