// The tables of provincial networks under an umbrella (ADR 052): a network's contact people, its
// scoped moderators, and which network presents which practice example in a study day's session.
// The umbrella itself is `networks.parent_id`. Relative imports: drizzle-kit loads this without $lib.
import { index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../server/db/columns';
import { activityProgrammeItems } from '../activities/tables.server';
import { practiceExamples } from '../library/tables.server';
import { networks } from '../networks/tables.server';
import { people } from '../people/tables.server';

/** One or more contact people of a network, in order (seed 002: Oost-Vlaanderen has two). */
export const networkContacts = pgTable('network_contacts', {
  id: uuid('id').primaryKey().defaultRandom(),
  networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  name: text('name').notNull(),
  role: text('role'),
  email: text('email'),
  createdAt: createdAt()
}, (t) => [index('network_contacts_network_idx').on(t.networkId, t.position)]);

/** A facilitator role scoped to one network: she edits that network's practice examples only. */
export const networkModerators = pgTable('network_moderators', {
  networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
  personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
  grantedBy: uuid('granted_by').references(() => people.id, { onDelete: 'set null' }),
  createdAt: createdAt()
}, (t) => [primaryKey({ columns: [t.networkId, t.personId] }), index('network_moderators_person_idx').on(t.personId)]);

/** A study day's session given to a network, which links the practice example it presents. */
export const sessionPresentations = pgTable('session_presentations', {
  programmeItemId: uuid('programme_item_id').primaryKey().references(() => activityProgrammeItems.id, { onDelete: 'cascade' }),
  networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
  exampleId: uuid('example_id').references(() => practiceExamples.id, { onDelete: 'set null' }),
  createdAt: createdAt()
}, (t) => [index('session_presentations_network_idx').on(t.networkId)]);
