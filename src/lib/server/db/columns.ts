// Column helpers shared by the tables of several features (each feature's tables.server.ts).
import { timestamp } from 'drizzle-orm/pg-core';

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
