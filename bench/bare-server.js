#!/usr/bin/env node
// The baseline for bench/run.js: a bare node:http + pg server for the public member-list page.
//
//   node bench/bare-server.js [--port 3102] [--database-url postgres://postgres@127.0.0.1:5432/netwerkplein_bench]
//
// GET /organisaties/:org/netwerken/:network[?schooljaar=2022-2023] runs the same five queries, in the
// same order and with the same SQL text, as the app's page load (see the constants below) and renders
// the same rows as an HTML table inside a page with the same header, year navigation, members chart
// (SVG + table), published harvests and footer. Like the
// SvelteKit page it also embeds the loaded data as JSON (the app ships it for hydration), so both
// responses are of comparable size. No framework, no templating library. GET /healthz answers 200.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/netwerkplein_bench';

// The SQL text the app sends for this page (captured with log_statement = 'all'), in the same order:
// findNetworkBySlugs, listNetworkSchoolYears, then in parallel listNetworkMembers,
// countMembersPerProvince and listPublishedPublicHarvests. The public member list of a year is the
// learning network's active members where one exists for that year, otherwise the hand-kept memberships.
const FIND_NETWORK_SQL = 'select "networks"."id", "networks"."organisation_id", "organisations"."slug", "organisations"."name", "networks"."slug", "networks"."name", "networks"."description", "networks"."is_public", "networks"."contact_name", "networks"."contact_email" from "networks" inner join "organisations" on "organisations"."id" = "networks"."organisation_id" where ("organisations"."slug" = $1 and "networks"."slug" = $2)';
const PUBLIC_MEMBERS_SQL = `
    select ln.school_year, m.school_id from learning_networks ln
      join learning_network_members m on m.learning_network_id = ln.id and m.active
      where ln.network_id = $1
    union all
    select nm.school_year, nm.school_id from network_memberships nm
      where nm.network_id = $2
        and not exists (select 1 from learning_networks l2 where l2.network_id = nm.network_id and l2.school_year = nm.school_year)`;
const SCHOOL_YEARS_SQL = `select distinct y.school_year from (${PUBLIC_MEMBERS_SQL}) y order by 1`;
const MEMBERS_SQL = `select "id", "institution_number", "name", "municipality", "province", "level" from "schools" where "schools"."id" in (select y.school_id from (${PUBLIC_MEMBERS_SQL}) y where y.school_year = $3) order by "schools"."name" asc`;
const CHART_SQL = `
    select y.school_year as "schoolYear", s.province, count(*)::int as count
    from (${PUBLIC_MEMBERS_SQL}) y join "schools" s on s.id = y.school_id
    group by y.school_year, s.province order by y.school_year`;
const HARVESTS_SQL = 'select "learning_networks"."school_year", "meetings"."sequence", "meetings"."starts_at", "meetings"."learning_question", "meetings"."harvest" from "meetings" inner join "learning_networks" on "learning_networks"."id" = "meetings"."learning_network_id" where ("learning_networks"."network_id" = $1 and "meetings"."harvest_public" = $2 and "meetings"."harvest_published_at" is not null) order by "meetings"."starts_at" desc';

const PROVINCES = {
  antwerpen: 'Antwerpen', limburg: 'Limburg', 'oost-vlaanderen': 'Oost-Vlaanderen', 'vlaams-brabant': 'Vlaams-Brabant',
  'west-vlaanderen': 'West-Vlaanderen', brussel: 'Brussels Hoofdstedelijk Gewest'
};
const PROVINCE_ORDER = ['antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen', 'brussel'];
const PROVINCE_COLOURS = {
  antwerpen: '#1f5f8b', limburg: '#b3541e', 'oost-vlaanderen': '#2e7d32', 'vlaams-brabant': '#6a1b9a',
  'west-vlaanderen': '#ad1457', brussel: '#37474f'
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

/** Stacked bars of members per school year and province, plus the same figures as a table. */
function renderChart(counts) {
  const years = [...new Set(counts.map((c) => c.schoolYear))].sort((a, b) => a - b);
  if (years.length === 0) return '';
  const byKey = new Map(counts.map((c) => [`${c.schoolYear}|${c.province}`, c.count]));
  const countOf = (y, p) => byKey.get(`${y}|${p}`) ?? 0;
  const totals = years.map((y) => PROVINCE_ORDER.reduce((sum, p) => sum + countOf(y, p), 0));
  const max = Math.max(1, ...totals);
  const barWidth = 48;
  const gap = 24;
  const height = 220;
  const width = years.length * (barWidth + gap) + gap;
  const title = 'Leden per provincie en schooljaar';
  const out = [`<figure class="chart"><figcaption><strong>${title}</strong></figcaption> `,
    `<svg viewBox="0 0 ${width} ${height + 40}" width="100%" style="max-width: ${width * 1.4}px" role="img" aria-labelledby="chart-desc">`,
    `<desc id="chart-desc">${title}: ${years.map((y, i) => `${label(y)} ${totals[i]}`).join(', ')}</desc>`];
  years.forEach((year, i) => {
    const x = gap + i * (barWidth + gap);
    let below = 0;
    for (const province of PROVINCE_ORDER) {
      const h = (countOf(year, province) / max) * height;
      if (h > 0) out.push(`<rect x="${x}" y="${height - (below / max) * height - h}" width="${barWidth}" height="${h}" fill="${PROVINCE_COLOURS[province]}"></rect>`);
      below += countOf(year, province);
    }
    const yl = label(year);
    out.push(`<text x="${x + barWidth / 2}" y="${height + 16}" text-anchor="middle" font-size="11" fill="#1c1f24">${yl.slice(2, 4)}-${yl.slice(7)}</text>`,
      `<text x="${x + barWidth / 2}" y="${height - (totals[i] / max) * height - 4}" text-anchor="middle" font-size="11" fill="#1c1f24">${totals[i]}</text>`);
  });
  out.push('</svg> <ul class="legend">');
  for (const p of PROVINCE_ORDER) out.push(`<li><span class="swatch" style="background: ${PROVINCE_COLOURS[p]}"></span>${esc(PROVINCES[p])}</li>`);
  out.push('</ul> <details><summary>De cijfers van de grafiek</summary> <div class="table-scroll"><table><thead><tr><th scope="col">Schooljaar</th>');
  for (const p of PROVINCE_ORDER) out.push(`<th scope="col">${esc(PROVINCES[p])}</th>`);
  out.push('<th scope="col">Totaal</th></tr></thead><tbody>');
  years.forEach((year, i) => {
    out.push(`<tr><th scope="row">${label(year)}</th>`);
    for (const p of PROVINCE_ORDER) out.push(`<td>${countOf(year, p)}</td>`);
    out.push(`<td>${totals[i]}</td></tr>`);
  });
  out.push('</tbody></table></div></details></figure>');
  return out.join('');
}

function renderHarvests(harvests) {
  if (harvests.length === 0) return '';
  const out = ['<h2>Oogst van de bijeenkomsten</h2>'];
  for (const h of harvests) {
    out.push(`<article class="card"><h3>${esc(h.yearLabel)} — Bijeenkomst ${esc(h.sequence)}: ${esc(h.learningQuestion)}</h3><p class="mail">${esc(h.harvest)}</p></article>`);
  }
  return out.join('');
}

function renderPage({ network, years, selectedYear, members, chart, harvests, pathname }) {
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
  out.push(' ', renderChart(chart), ' ', renderHarvests(harvests));
  out.push('</main> <footer class="wrap site-footer"><p>Netwerkplein — netwerken van scholen in Vlaanderen en Brussel.</p></footer>\n');
  const data = {
    network,
    years: years.map((y) => ({ startYear: y, label: label(y) })),
    selectedYear: selectedYear === null ? null : label(selectedYear),
    members,
    chart,
    harvests,
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
    const years = (await query(SCHOOL_YEARS_SQL, [network.id, network.id])).map((r) => Number(r[0]));
    selectedYear ??= years.at(-1) ?? null;
    const [memberRows, chart, harvestRows] = await Promise.all([
      selectedYear === null ? [] : query(MEMBERS_SQL, [network.id, network.id, selectedYear]),
      // db.execute() in the app returns rows as objects.
      pool.query(CHART_SQL, [network.id, network.id]).then((r) => r.rows),
      query(HARVESTS_SQL, [network.id, true])
    ]);
    const members = memberRows.map((r) => ({ id: r[0], institutionNumber: r[1], name: r[2], municipality: r[3], province: r[4], level: r[5] }));
    const harvests = harvestRows.map((r) => ({
      schoolYear: r[0], sequence: r[1], startsAt: r[2], learningQuestion: r[3], harvest: r[4], yearLabel: label(r[0])
    }));
    const body = renderPage({ network, years, selectedYear, members, chart, harvests, pathname: url.pathname + url.search });
    return { status: 200, body };
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
