import { and, eq, gt } from 'drizzle-orm';
import { hashSecret } from '$lib/server/auth/tokens';
import { db } from '$lib/server/db/client';
import { signUps } from './tables.server';

/** Whether a confirmation link still works (the page shows its button, or says it does not). */
export async function isSignUpUsable(secret: string): Promise<boolean> {
  const [row] = await db().select({ tokenHash: signUps.tokenHash }).from(signUps)
    .where(and(eq(signUps.tokenHash, hashSecret(secret)), gt(signUps.expiresAt, new Date())));
  return !!row;
}
