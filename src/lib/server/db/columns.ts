// Column helpers shared by the tables of several features (each feature's tables.server.ts).
import { customType, integer, text, timestamp } from 'drizzle-orm/pg-core';

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * The columns of a file kept in PostgreSQL and checked by its bytes (ADR 044), fresh for each table
 * that stores files this way: a practice example's attachments, an action's evidence file (ADR 054).
 */
export const storedFileColumns = () => ({
  /** The download name: the uploader's, cleaned, with the extension of what the bytes are. */
  fileName: text('file_name').notNull(),
  kind: text('kind', { enum: ['pdf', 'png', 'jpeg', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp'] }).notNull(),
  size: integer('size').notNull(),
  /** SHA-256 of the stored bytes: the ETag. */
  hash: text('hash').notNull(),
  bytes: bytea('bytes').notNull()
});
