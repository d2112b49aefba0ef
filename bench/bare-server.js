#!/usr/bin/env node
// The baseline for bench/run.js: a bare node:http + pg server for the public member-list page.
//
//   node bench/bare-server.js [--port 3102] [--database-url postgres://postgres@127.0.0.1:5432/netwerkplein_bench]
//
// GET /organisaties/:org/netwerken/:network[?schooljaar=2022-2023] runs the same three queries, in the
// same order and with the same SQL text, as the app's page load (findNetworkBySlugs,
// listNetworkSchoolYears, listNetworkMembers; copied from the statements drizzle sends) and renders the
// same rows as an HTML table inside a page with the same header, year navigation and footer. Like the
// SvelteKit page it also embeds the loaded data as JSON (the app ships it for hydration), so both
// responses are of comparable size. No framework, no templating library. GET /healthz answers 200.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/netwerkplein_bench';

// The SQL text drizzle-orm sends for the three data functions (captured with log_statement = 'all').
const FIND_NETWORK_SQL = 'select "networks"."id", "networks"."organisation_id", "organisations"."slug", "organisations"."name", "networks"."slug", "networks"."name", "networks"."description", "networks"."is_public", "networks"."contact_name", "networks"."contact_email" from "networks" inner join "organisations" on "organisations"."id" = "networks"."organisation_id" where ("organisations"."slug" = $1 and "networks"."slug" = $2)';
const SCHOOL_YEARS_SQL = 'select distinct "school_year" from "network_memberships" where "network_memberships"."network_id" = $1 order by "network_memberships"."school_year" asc';
const MEMBERS_SQL = 'select "schools"."id", "schools"."institution_number", "schools"."name", "schools"."municipality", "schools"."province", "schools"."level" from "network_memberships" inner join "schools" on "schools"."id" = "network_memberships"."school_id" where ("network_memberships"."network_id" = $1 and "network_memberships"."school_year" = $2) order by "schools"."name" asc';

const PROVINCES = {
  antwerpen: 'Antwerpen', limburg: 'Limburg', 'oost-vlaanderen': 'Oost-Vlaanderen', 'vlaams-brabant': 'Vlaams-Brabant',
  'west-vlaanderen': 'West-Vlaanderen', brussel: 'Brussels Hoofdstedelijk Gewest'
};
const LEVELS = { basis: 'Basisonderwijs', secundair: 'Secundair onderwijs', buitengewoon: 'Buitengewoon onderwijs' };
const CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** JSON that is safe inside <script type="application/json">. */
function jsonForScript(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function parseSchoolYear(input) {
  const match = /^\s*(\d{4})\s*[-–—]\s*(\d{4})\s*$/.exec(input);
  const first = Number(match?.[1]);
  if (!match || Number(match[2]) !== first + 1 || first < 1990 || first + 1 > 2100) return null;
  return first;
}

const label = (y) => `${y}-${y + 1}`;

function renderPage({ network, years, selectedYear, members, pathname }) {
  const base = `/organisaties/${esc(network.organisationSlug)}/netwerken/${esc(network.slug)}`;
  const out = [];
  out.push('<!doctype html>\n<html lang="nl">\n<head>\n<meta charset="utf-8" />\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />\n',
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />\n',
    `<title>${esc(network.name)} — Netwerkplein</title>\n<link href="/bench.css" rel="stylesheet">\n</head>\n`,
    '<body>\n<a class="skip" href="#inhoud">Naar de inhoud</a> <header class="site-header"><div class="wrap bar">',
    '<a class="brand" href="/">Netwerkplein</a> <nav aria-label="Hoofdnavigatie"><ul><li><a href="/">Start</a></li> ',
    '<li><a href="/aanmelden">Aanmelden</a></li> <li><form method="POST" action="/taal">',
    '<input type="hidden" name="lang" value="en"/> ',
    `<input type="hidden" name="terug" value="${esc(pathname)}"/> `,
    '<button class="link" aria-label="Switch to English" lang="en">English</button></form></li></ul></nav></div></header> ',
    '<main id="inhoud" class="wrap" tabindex="-1">',
    `<p class="muted">Organisatie: <a href="/organisaties/${esc(network.organisationSlug)}">${esc(network.organisationName)}</a>`,
    network.isPublic ? '' : ' · <strong>Niet publiek</strong>', '</p> ',
    `<h1>${esc(network.name)}</h1> <p class="lead">${esc(network.description)}</p> `);
  if (network.contactName) {
    out.push(`<p>Contactpersoon: ${esc(network.contactName)}`);
    if (network.contactEmail) out.push(` (<a href="mailto:${esc(network.contactEmail)}">${esc(network.contactEmail)}</a>)`);
    out.push('</p> ');
  }
  out.push('<h2>Leden</h2> ');
  if (years.length === 0) {
    out.push('<p>Dit netwerk heeft nog geen leden.</p>');
  } else {
    out.push('<nav aria-label="Kies een schooljaar"><ul class="years">');
    for (const y of years) {
      const current = y === selectedYear ? ' aria-current="page"' : '';
      out.push(`<li><a href="${base}?schooljaar=${label(y)}"${current}>${label(y)}</a></li>`);
    }
    out.push(`</ul></nav> <h3 id="members-heading">Leden in schooljaar ${selectedYear === null ? '' : label(selectedYear)}</h3> `);
    if (members.length === 0) {
      out.push('<p>Geen leden in dit schooljaar.</p>');
    } else {
      out.push('<div class="table-scroll"><table aria-labelledby="members-heading"><thead><tr><th scope="col">School</th>',
        '<th scope="col">Gemeente</th><th scope="col">Provincie</th><th scope="col">Niveau</th></tr></thead><tbody>');
      for (const s of members) {
        out.push(`<tr><td>${esc(s.name)}</td><td>${esc(s.municipality)}</td><td>${esc(PROVINCES[s.province])}</td><td>${esc(LEVELS[s.level])}</td></tr>`);
      }
      out.push('</tbody></table></div>');
    }
  }
  out.push('</main> <footer class="wrap site-footer"><p>Netwerkplein — netwerken van scholen in Vlaanderen en Brussel.</p></footer>\n');
  const data = {
    network,
    years: years.map((y) => ({ startYear: y, label: label(y) })),
    selectedYear: selectedYear === null ? null : label(selectedYear),
    members,
    abilities: { edit: false }
  };
  out.push(`<script type="application/json" id="page-data">${jsonForScript(data)}</script>\n</body>\n</html>\n`);
  return out.join('');
}

function send(res, status, body, type = 'text/html; charset=utf-8') {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY'
  });
  res.end(body);
}

export function createBareServer({ databaseUrl = DEFAULT_DATABASE_URL, poolSize = 10 } = {}) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });

  // Like drizzle-orm, ask pg for rows as arrays (the network query has two "slug" and two "name" columns).
  const query = (text, values) => pool.query({ text, values, rowMode: 'array' }).then((r) => r.rows);

  async function memberListPage(orgSlug, networkSlug, url) {
    const [row] = await query(FIND_NETWORK_SQL, [orgSlug, networkSlug]);
    // Anonymous visitors only see public networks; the rest is a 404 (as requireNetwork does).
    if (!row || !row[7]) return { status: 404, body: '<!doctype html><title>Niet gevonden</title><h1>Niet gevonden</h1>' };
    const network = {
      id: row[0], organisationId: row[1], organisationSlug: row[2], organisationName: row[3], slug: row[4], name: row[5],
      description: row[6], isPublic: row[7], contactName: row[8], contactEmail: row[9]
    };
    const requested = url.searchParams.get('schooljaar');
    let selectedYear = null;
    if (requested !== null) {
      selectedYear = parseSchoolYear(requested);
      if (selectedYear === null) return { status: 400, body: '<!doctype html><title>Ongeldig schooljaar</title><h1>Ongeldig schooljaar</h1>' };
    }
    const years = (await query(SCHOOL_YEARS_SQL, [network.id])).map((r) => r[0]);
    selectedYear ??= years.at(-1) ?? null;
    const members = selectedYear === null ? [] : (await query(MEMBERS_SQL, [network.id, selectedYear])).map((r) => ({
      id: r[0], institutionNumber: r[1], name: r[2], municipality: r[3], province: r[4], level: r[5]
    }));
    return { status: 200, body: renderPage({ network, years, selectedYear, members, pathname: url.pathname + url.search }) };
  }

  // Handlers still running when the load generator hangs up must finish before the pool is ended.
  let inFlight = 0;
  let drained = null;
  const server = http.createServer(async (req, res) => {
    inFlight++;
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
      if (url.pathname === '/healthz') return send(res, 200, '{"status":"ok"}', 'application/json');
      const match = /^\/organisaties\/([^/]+)\/netwerken\/([^/]+)\/?$/.exec(url.pathname);
      if (!match) return send(res, 404, '<!doctype html><title>Niet gevonden</title><h1>Niet gevonden</h1>');
      const { status, body } = await memberListPage(decodeURIComponent(match[1]), decodeURIComponent(match[2]), url);
      send(res, status, body);
    } catch (err) {
      console.error('[bare]', err);
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain');
      else res.destroy();
    } finally {
      if (--inFlight === 0 && drained) drained();
    }
  });
  server.keepAliveTimeout = 5000;
  async function close() {
    server.close();
    server.closeAllConnections();
    if (inFlight > 0) await new Promise((resolve) => { drained = resolve; });
    await pool.end();
  }
  return { server, pool, close };
}

function parseArgs(argv) {
  const args = { port: 3102, host: '127.0.0.1', databaseUrl: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') args.port = Number(argv[++i]);
    else if (argv[i] === '--host') args.host = argv[++i];
    else if (argv[i] === '--database-url') args.databaseUrl = argv[++i];
    else throw new Error(`Unknown argument: ${argv[i]}`);
  }
  return args;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2));
  const { server, close } = createBareServer({ databaseUrl: args.databaseUrl });
  server.listen(args.port, args.host, () => console.log(`[bare] listening on http://${args.host}:${args.port}`));
  const stop = () => close().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
