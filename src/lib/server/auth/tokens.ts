// Secrets that travel (session cookies, links in mails) are random; only their SHA-256 is stored,
// so a leaked database row cannot be replayed.
import { createHash, randomBytes } from 'node:crypto';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
