import { expect, request, test } from '@playwright/test';
import { signIn } from './support';

test('pages carry a strict CSP and the security headers', async ({ page }) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  // The e2e origin is http: HSTS there would be ignored, and is left out (unit-tested for https).
  expect(headers['strict-transport-security']).toBeUndefined();
  const csp = headers['content-security-policy']!;
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
});

test('no page hands out its load data as __data.json, signed in or not', async ({ request, baseURL }) => {
  for (const path of ['/activiteiten/ouders-en-school/studiereis-hamburg', '/activiteiten/ouders-en-school/studiereis-hamburg/samen-reizen', '/werkruimte']) {
    const response = await request.get(`${path}/__data.json`);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
  }
  await signIn(request, 'hamburgFacilitator', baseURL!);
  const data = await request.get('/werkruimte/ouders-en-school/activiteiten/studiereis-hamburg/deelnemers/__data.json');
  expect(data.status()).toBe(404);
  expect(await data.text()).not.toContain('@demo.netwerkplein.example');
  expect((await request.get('/werkruimte/ouders-en-school/activiteiten/studiereis-hamburg/deelnemers')).status()).toBe(200);
});

test('healthz reports the embedded database once migrated', async ({ request }) => {
  const response = await request.get('/healthz');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', database: 'pglite' });
});

test('the public API is described by OpenAPI 3.1 and open to other sites for GET', async ({ request }) => {
  const doc = await (await request.get('/api/v1/openapi.json')).json();
  expect(doc.openapi).toBe('3.1.0');
  const operationIds = Object.values(doc.paths).flatMap((p) => Object.values(p as Record<string, { operationId: string }>).map((o) => o.operationId));
  expect(operationIds).toEqual(expect.arrayContaining(['listOrganisations', 'getNetwork', 'listNetworkMembers']));

  const orgs = await request.get('/api/v1/organisations', { headers: { origin: 'https://www.samana.example' } });
  expect(orgs.headers()['access-control-allow-origin']).toBe('*');
  const body = await orgs.json();
  const samana = body.organisations.find((o: { slug: string }) => o.slug === 'samana');
  const slugs = samana.networks.map((n: { slug: string }) => n.slug);
  expect(slugs).toContain('scholennetwerk-jonge-mantelzorgers');
  expect(slugs).not.toContain('samana-kernteam-intern');

  const networkId = samana.networks.find((n: { slug: string }) => n.slug === 'scholennetwerk-jonge-mantelzorgers').id;
  const network = await (await request.get(`/api/v1/networks/${networkId}`)).json();
  expect(network.schoolYears).toEqual(expect.arrayContaining(['2017-2018', '2018-2019', '2019-2020', '2020-2021', '2021-2022', '2022-2023']));
  const members = await (await request.get(`/api/v1/networks/${networkId}/members?schoolYear=2018-2019`)).json();
  expect(members.schoolYear).toBe('2018-2019');
  expect(members.members.length).toBeGreaterThan(0);
  expect(Object.keys(members.members[0]).sort()).toEqual(['institutionNumber', 'level', 'municipality', 'name', 'province']);

  const bad = await request.get(`/api/v1/networks/${networkId}/members?schoolYear=2023-2025`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toBe('Een schooljaar schrijf je als 2023-2024: twee opeenvolgende jaren.');
});

test('a megabyte-long name is refused with a 4xx and changes nothing', async ({ baseURL }) => {
  const context = await request.newContext({ baseURL });
  await signIn(context, 'facilitator', baseURL!);
  const response = await context.post('/werkruimte/samana/scholen?/create', {
    headers: { accept: 'text/html', origin: baseURL! },
    form: {
      institutionNumber: '765432', name: 'x'.repeat(1024 * 1024), street: 'Straat 1', postalCode: '2000',
      municipality: 'Antwerpen', province: 'antwerpen', level: 'basis', educationNetwork: 'go'
    },
    maxRedirects: 0
  });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(response.status()).toBeLessThan(500);
  const search = await context.get('/werkruimte/samana/scholen?q=765432');
  expect(await search.text()).toContain('Geen scholen gevonden.');
  await context.dispose();
});

test('a form post from another site is refused', async ({ baseURL }) => {
  const context = await request.newContext({ baseURL });
  await signIn(context, 'facilitator', baseURL!);
  const response = await context.post('/werkruimte/samana', {
    headers: { accept: 'text/html', origin: 'https://evil.example' },
    form: { name: 'Gekaapt' },
    maxRedirects: 0
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toBe('Dit formulier werd vanaf een andere website verstuurd en is daarom geweigerd. Open Netwerkplein zelf en verstuur het formulier daar opnieuw.');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  await context.dispose();
});

test('a body over the 2 MB limit is refused with 413, in Dutch', async ({ baseURL }) => {
  const context = await request.newContext({ baseURL });
  await signIn(context, 'facilitator', baseURL!);
  const response = await context.post('/werkruimte/samana/scholen?/create', {
    headers: { accept: 'text/html', origin: baseURL! },
    form: { institutionNumber: '765431', name: 'x'.repeat(3 * 1024 * 1024) },
    maxRedirects: 0
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain('Wat je verstuurde is te groot (meer dan 2 MB).');
  await context.dispose();
});

test('pages say they are utf-8', async ({ request }) => {
  for (const path of ['/', '/aanmelden', '/bestaat-niet']) {
    expect((await request.get(path, { headers: { accept: 'text/html' } })).headers()['content-type'], path).toBe('text/html; charset=utf-8');
  }
});

test('the language switch and sign-in never send anyone off the site, nor answer 500, whatever the return value', async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const hostile = ['/\t/evil.example', '/\n/evil.example', '/\r\n/evil.example', '/ /evil.example', '/\\evil.example', '//evil.example',
    '/%2F/evil.example', 'https://evil.example', '/\u0000/evil.example', '/werkruimte\nSet-Cookie: x=1'];
  for (const terug of hostile) {
    const language = await request.post('/taal', { form: { lang: 'nl', terug }, headers: { origin }, maxRedirects: 0 });
    expect(language.status(), JSON.stringify(terug)).toBe(303);
    expect(new URL(language.headers().location!, origin).origin, JSON.stringify(terug)).toBe(origin);
    const signedIn = await request.get(`/aanmelden?terug=${encodeURIComponent(terug)}`);
    expect(signedIn.status(), JSON.stringify(terug)).toBe(200);
  }
});
