import { desc, eq, or } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { accountMerges } from './tables.server';

/** The merges an account took part in, kept or merged away, newest first (the audit trail). */
export async function listMergesOf(personId: string) {
  return db().select({ id: accountMerges.id, keptPersonId: accountMerges.keptPersonId, keptEmail: accountMerges.keptEmail,
    mergedPersonId: accountMerges.mergedPersonId, mergedEmail: accountMerges.mergedEmail, moved: accountMerges.moved,
    dropped: accountMerges.dropped, createdAt: accountMerges.createdAt })
    .from(accountMerges)
    .where(or(eq(accountMerges.keptPersonId, personId), eq(accountMerges.mergedPersonId, personId)))
    .orderBy(desc(accountMerges.createdAt));
}
