// The table map-wegwijzer owns: a school's role division as a wegwijzer (issue 15 item 6, ADR 046).
// Imports are relative because drizzle-kit loads this file (through db/schema.ts) without $lib.
import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { mapLinks } from '../network-map/tables.server';
import { people } from '../people/tables.server';
import { schools } from '../schools/tables.server';

const questionTypeEnum = [
  'leren', 'welbevinden', 'zorg', 'armoede-geld', 'gezondheid', 'taal', 'thuissituatie', 'jonge-mantelzorgers',
  'afwezigheid', 'vrije-tijd', 'eigen'
] as const;
const roleEnum = [
  'directeur', 'intern-begeleider', 'zorgcoordinator', 'leerlingenbegeleider', 'leerkracht', 'middenkader', 'ambassadeur',
  'zorgleerkracht', 'bestuurder', 'brugfiguur'
] as const;

/**
 * One line of the wegwijzer: a kind of question, the role in the school that takes it up
 * (optionally a named person of the team) and the partner on the school's map it refers to.
 */
export const wegwijzerRows = pgTable('wegwijzer_rows', {
  id: uuid('id').primaryKey().defaultRandom(),
  schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'cascade' }),
  questionType: text('question_type', { enum: questionTypeEnum }).notNull(),
  /** The question in the school's words ("Ouder vraagt hulp bij schoolkosten"); the name of an own type. */
  question: text('question').notNull().default(''),
  /** Extra search words of the school. */
  keywords: text('keywords').notNull().default(''),
  role: text('role', { enum: roleEnum }).notNull(),
  personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
  /** The partner it refers to, as it is on this school's map; gone from the map, the row keeps its role. */
  linkId: uuid('link_id').references(() => mapLinks.id, { onDelete: 'set null' }),
  /** What the role does with it ("bekijkt met de ouder het sociaal fonds"). */
  approach: text('approach').notNull().default(''),
  createdAt: createdAt()
}, (t) => [index('wegwijzer_rows_school_idx').on(t.schoolId)]);
