// Sign-in with Microsoft or Google: OpenID Connect's authorisation code flow with PKCE, state and
// nonce, through openid-client (ADR 026). This module speaks the protocol; which account an
// identity belongs to is decided in features/accounts.
import * as client from 'openid-client';
import { readEnv } from '$lib/server/env';

export const oidcProviders = ['microsoft', 'google'] as const;
export type OidcProvider = (typeof oidcProviders)[number];

interface ProviderSettings { issuer: string; clientId: string; clientSecret: string }

function settingsOf(provider: OidcProvider): ProviderSettings | null {
  const env = readEnv();
  const [issuer, clientId, clientSecret] = provider === 'microsoft'
    ? [env.OIDC_MICROSOFT_ISSUER, env.OIDC_MICROSOFT_CLIENT_ID, env.OIDC_MICROSOFT_CLIENT_SECRET]
    : [env.OIDC_GOOGLE_ISSUER, env.OIDC_GOOGLE_CLIENT_ID, env.OIDC_GOOGLE_CLIENT_SECRET];
  return issuer && clientId && clientSecret ? { issuer, clientId, clientSecret } : null;
}

/** The providers whose three variables are set; only these show a button and have routes. */
export function configuredOidcProviders(): OidcProvider[] {
  return oidcProviders.filter((provider) => settingsOf(provider) !== null);
}

// Plain http only for a provider on this machine (the test providers); a real one is https.
const isLoopbackHttp = (issuer: string) => /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//.test(new URL(issuer).href);

const configurations = new Map<OidcProvider, Promise<client.Configuration>>();

/**
 * The provider's discovered metadata, fetched once per process. openid-client accepts Microsoft's
 * multi-tenant issuers (`…/organizations/v2.0`, whose metadata names `{tenantid}`): it checks each
 * ID token's issuer against its own `tid` claim.
 */
function configurationOf(provider: OidcProvider, settings: ProviderSettings): Promise<client.Configuration> {
  let found = configurations.get(provider);
  if (!found) {
    const options = isLoopbackHttp(settings.issuer) ? { execute: [client.allowInsecureRequests], timeout: 10 } : { timeout: 10 };
    found = client.discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, options);
    // A provider that could not be reached is asked again at the next sign-in.
    found.catch(() => configurations.delete(provider));
    configurations.set(provider, found);
  }
  return found;
}

function requireSettings(provider: OidcProvider): ProviderSettings {
  const settings = settingsOf(provider);
  if (!settings) throw new Error(`OIDC provider ${provider} is not configured`);
  return settings;
}

/** The configured provider's metadata, or null when it cannot be reached now. */
async function reachableConfiguration(provider: OidcProvider): Promise<client.Configuration | null> {
  const settings = requireSettings(provider); // an unconfigured provider is a bug, not an outage
  return configurationOf(provider, settings).catch(() => null);
}

export function oidcCallbackUrl(provider: OidcProvider): string {
  return `${readEnv().ORIGIN}/aanmelden/oidc/${provider}/terug`;
}

/** What the browser must not hold in the clear: it proves at the callback that it started the attempt. */
export interface OidcChecks { state: string; nonce: string; codeVerifier: string }

export type OidcStart = { ok: true; url: URL; checks: OidcChecks } | { ok: false; reason: 'unavailable' };

export async function startOidcSignIn(provider: OidcProvider): Promise<OidcStart> {
  const config = await reachableConfiguration(provider);
  if (!config) return { ok: false, reason: 'unavailable' };
  const checks = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: oidcCallbackUrl(provider),
    scope: 'openid email profile',
    state: checks.state,
    nonce: checks.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
    code_challenge_method: 'S256'
  });
  return { ok: true, url, checks };
}

/** Who the provider says signed in; `emailVerified` per the rules of ADR 026. */
export interface ExternalIdentity {
  provider: OidcProvider;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  verifiedTenant: string | null;
}

export type OidcFinish = { ok: true; identity: ExternalIdentity } | { ok: false; reason: 'cancelled' | 'refused' | 'unavailable' };

/**
 * The callback: openid-client checks the state against the one stored for this browser, redeems
 * the code with the PKCE verifier, and checks the ID token (signature, issuer, audience, expiry and
 * nonce). Any mismatch is a refusal, never an identity.
 */
export async function finishOidcSignIn(provider: OidcProvider, query: URLSearchParams, checks: OidcChecks): Promise<OidcFinish> {
  const config = await reachableConfiguration(provider);
  if (!config) return { ok: false, reason: 'unavailable' };
  const current = new URL(oidcCallbackUrl(provider));
  for (const [key, value] of query) current.searchParams.append(key, value);
  try {
    const tokens = await client.authorizationCodeGrant(config, current, {
      expectedState: checks.state, expectedNonce: checks.nonce, pkceCodeVerifier: checks.codeVerifier, idTokenExpected: true
    });
    const claims = tokens.claims();
    if (!claims) return { ok: false, reason: 'refused' };
    return { ok: true, identity: identityOf(provider, claims) };
  } catch (error) {
    // The person said no or left at the provider: the provider sends an `error` back instead of a code.
    if (error instanceof client.AuthorizationResponseError && error.error === 'access_denied') return { ok: false, reason: 'cancelled' };
    return { ok: false, reason: 'refused' };
  }
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/**
 * Conservative about the address: Google's `email_verified` must be true. Microsoft's `email` is
 * whatever a tenant's admin typed unless Entra says otherwise, so only `email_verified` or the
 * optional `xms_edov` claim (the domain owner verified it) count; `preferred_username` never does.
 * The tenant (`tid`, proven by the issuer check) or hosted domain (`hd`) is kept as the provider's
 * verified organisation.
 */
export function identityOf(provider: OidcProvider, claims: client.IDToken): ExternalIdentity {
  const emailVerified = claims.email_verified === true || (provider === 'microsoft' && claims.xms_edov === true);
  return {
    provider,
    subject: claims.sub,
    email: text(claims.email)?.toLowerCase() ?? null,
    emailVerified,
    name: text(claims.name),
    verifiedTenant: text(provider === 'microsoft' ? claims.tid : claims.hd)
  };
}
