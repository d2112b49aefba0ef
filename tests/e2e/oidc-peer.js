// Two real OpenID providers (the `oidc-provider` package) on loopback for the Playwright suite,
// run as one process by scripts/e2e-server.js: a Microsoft-like one, which vouches for an address
// with `xms_edov` and names a tenant (`tid`), and a Google-like one with `email_verified` and a hosted
// domain (`hd`). Any login name is accepted (the package's development login page): the name is the
// person's address, and a name starting with "onbevestigd:" gets an address the provider does not vouch for.
import Provider from 'oidc-provider';

const appOrigin = process.env.E2E_APP_ORIGIN ?? 'http://localhost:3100';
const firstPort = Number(process.env.E2E_OIDC_PORT ?? 2527);
const unverifiedPrefix = 'onbevestigd:';

const kinds = [
  { name: 'microsoft', port: firstPort, organisation: () => ({ tid: '9188040d-6c67-4c5b-b112-36a304b66dad' }), vouch: (ok) => ({ xms_edov: ok }) },
  { name: 'google', port: firstPort + 1, organisation: (email) => ({ hd: email.split('@')[1] }), vouch: (ok) => ({ email_verified: ok }) }
];

function claimsOf(kind, login) {
  const verified = !login.startsWith(unverifiedPrefix);
  const email = login.slice(verified ? 0 : unverifiedPrefix.length);
  return { sub: `${kind.name}-${login}`, email, name: `Test ${email.split('@')[0]}`, ...kind.vouch(verified), ...kind.organisation(email) };
}

for (const kind of kinds) {
  const provider = new Provider(`http://127.0.0.1:${kind.port}`, {
    clients: [{
      client_id: `netwerkplein-${kind.name}`,
      client_secret: `e2e-geheim-${kind.name}`,
      redirect_uris: [`${appOrigin}/aanmelden/oidc/${kind.name}/terug`],
      grant_types: ['authorization_code'],
      response_types: ['code']
    }],
    claims: { openid: ['sub', 'tid', 'hd'], email: ['email', 'email_verified', 'xms_edov'], profile: ['name'] },
    // Like Microsoft and Google: the person's claims are in the ID token itself.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    cookies: { keys: ['e2e-only-not-a-secret'] },
    findAccount: (_ctx, id) => ({ accountId: id, claims: () => claimsOf(kind, id) })
  });
  await new Promise((resolve) => provider.listen(kind.port, '127.0.0.1', resolve));
}
process.send?.('ready');
process.on('SIGTERM', () => process.exit(0));
