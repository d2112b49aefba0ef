import { describe, expect, it } from 'vitest';
import { identityOf } from './oidc';

const base = { iss: 'https://issuer.example', aud: 'netwerkplein', iat: 0, exp: 0, sub: 'subject-1' };

describe('what an ID token says about the person (ADR 026)', () => {
  it('trusts Google\'s address only when email_verified is true, and keeps the hosted domain', () => {
    expect(identityOf('google', { ...base, email: 'Lotte@School.be', email_verified: true, hd: 'school.be' }))
      .toEqual({ provider: 'google', subject: 'subject-1', email: 'lotte@school.be', emailVerified: true, name: null, verifiedTenant: 'school.be' });
    expect(identityOf('google', { ...base, email: 'lotte@school.be', email_verified: 'true' }).emailVerified).toBe(false);
    expect(identityOf('google', { ...base, email: 'lotte@school.be' }).emailVerified).toBe(false);
  });

  it('is conservative with Microsoft: only email_verified or xms_edov count, never preferred_username', () => {
    const claims = { ...base, email: 'lotte@school.be', preferred_username: 'lotte@school.be', tid: 'tenant-1', name: ' Lotte ' };
    expect(identityOf('microsoft', claims)).toMatchObject({ emailVerified: false, verifiedTenant: 'tenant-1', name: 'Lotte' });
    expect(identityOf('microsoft', { ...claims, xms_edov: true }).emailVerified).toBe(true);
    expect(identityOf('microsoft', { ...claims, email_verified: true }).emailVerified).toBe(true);
    expect(identityOf('microsoft', { ...base, preferred_username: 'lotte@school.be', email_verified: true }).email).toBeNull();
    // A Google account's `tid` is no tenant of ours, nor a Microsoft `hd`.
    expect(identityOf('google', { ...base, tid: 'x' }).verifiedTenant).toBeNull();
    expect(identityOf('microsoft', { ...base, hd: 'x' }).verifiedTenant).toBeNull();
  });
});
