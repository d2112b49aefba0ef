#!/usr/bin/env node
// The baseline for bench/run.js: a bare node:http + pg server for three pages of the app.
//
//   node bench/bare-server.js [--port 3102] [--database-url postgres://postgres@127.0.0.1:5432/netwerkplein_bench]
//
// GET /organisaties/:org/netwerken/:network[?schooljaar=2022-2023] (public member list) runs the same
// five queries, in the same order and with the same SQL text, as the app's page load (see the constants
// below) and renders the same rows as an HTML table inside a page with the same header, year navigation,
// members chart (SVG + table), published harvests and footer. The app's page has `csr = false` (no
// client JS, no hydration data), so this page embeds no data either.
//
// GET /werkruimte/:org/netwerken/:network/lerende-netwerken/:year (a facilitator's learning-network
// overview) reads the np_session cookie and runs the app's eleven queries with the same SQL text and the
// same concurrency: the session lookup and the two actor queries of hooks.server.ts (findActorBySession),
// the organisation lookup of the werkruimte/[org] layout, and the page's organisation, network and
// learning-network lookups followed by its four data queries in parallel. It applies the same rights
// (facilitator or coach of the organisation; facilitators also get the remove and add forms) and
// renders the same meetings, member rows with attendance rate, never-attended list and change history.
// Like the app (csr = false everywhere), it embeds no hydration data.
//
// GET /activiteiten/:org/:activity (an activity's public page, anonymous) runs the app's three queries with
// the same SQL text and the same concurrency: the activity layout's and the page's requireActivity share
// one lookup of the activity (findActivity, memoised per GET request in guards.ts), then
// the page loads the programme and the extras in parallel. Only public activities are shown (anyone
// else gets 404, as canActivity answers for a visitor). It renders the same tabs, facts, seats left,
// goals, learnings, programme and extras, escaped as Svelte escapes (& and < in text; &, " and < in
// attributes). No framework, no templating library. GET /healthz answers 200.
import { createHash } from 'node:crypto';
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

// The learning-network overview (as PostgreSQL's log_statement shows the app sending them).
const SESSION_SQL = 'select "people"."id", "people"."email", "people"."name", "people"."is_platform_admin" from "sessions" inner join "people" on "people"."id" = "sessions"."person_id" where ("sessions"."id_hash" = $1 and "sessions"."expires_at" > $2)';
const ACTOR_ORGANISATIONS_SQL = 'select "organisations"."id", "organisations"."slug", "organisations"."name", "organisation_roles"."role" from "organisation_roles" inner join "organisations" on "organisations"."id" = "organisation_roles"."organisation_id" where "organisation_roles"."person_id" = $1 order by "organisations"."name"';
const ACTOR_SCHOOLS_SQL = 'select "schools"."id", "schools"."institution_number", "schools"."name", "school_staff"."access" from "school_staff" inner join "schools" on "schools"."id" = "school_staff"."school_id" where "school_staff"."person_id" = $1 order by "schools"."name"';
const FIND_ORGANISATION_SQL = 'select "id", "slug", "name", "description", "website", "contact_email" from "organisations" where "organisations"."slug" = $1';
const FIND_LEARNING_NETWORK_SQL = 'select "id", "network_id", "school_year", "formed_from_year", "created_at" from "learning_networks" where ("learning_networks"."network_id" = $1 and "learning_networks"."school_year" = $2)';
const COHORT_MEMBERS_SQL = 'select "schools"."id", "schools"."institution_number", "schools"."name", "schools"."municipality", "schools"."province" from "learning_network_members" inner join "schools" on "schools"."id" = "learning_network_members"."school_id" where ("learning_network_members"."learning_network_id" = $1 and "learning_network_members"."active" = $2) order by "schools"."name" asc';
const COHORT_CHANGES_SQL = 'select "learning_network_changes"."id", "learning_network_changes"."change", "learning_network_changes"."reason", "learning_network_changes"."created_at", "schools"."name", "people"."name" from "learning_network_changes" inner join "schools" on "schools"."id" = "learning_network_changes"."school_id" left join "people" on "people"."id" = "learning_network_changes"."person_id" where "learning_network_changes"."learning_network_id" = $1 order by "learning_network_changes"."created_at" desc';
const MEETINGS_SQL = 'select "id", "learning_network_id", "sequence", "starts_at", "duration_minutes", "online_url", "learning_question", "agenda", "moderator_name", "harvest", "harvest_published_at", "harvest_public", "attendance_recorded_at" from "meetings" where "meetings"."learning_network_id" = $1 order by "meetings"."sequence" asc';
// The same statement as listAttendanceRates (one grouped pass over the attendance).
const ATTENDANCE_RATES_SQL = `
    with recorded as (
      select id from "meetings" where learning_network_id = $1 and attendance_recorded_at is not null
    ), present as (
      select a.school_id, count(*)::int as n from "meeting_attendance" a
      where a.meeting_id in (select id from recorded) and a.present group by a.school_id
    )
    select s.id as "schoolId", s.name, (select count(*)::int from recorded) as recorded, coalesce(p.n, 0)::int as present
    from "learning_network_members" m
    join "schools" s on s.id = m.school_id
    left join present p on p.school_id = m.school_id
    where m.learning_network_id = $2 and m.active
    order by s.name`;
const SESSION_COOKIE = 'np_session';

// An activity's public page: findActivity (once per request, shared by the layout's and the page's guard), listProgramme, listExtras.
const FIND_ACTIVITY_SQL = 'select "activities"."id", "activities"."organisation_id", "organisations"."slug", "organisations"."name", "activities"."slug", "activities"."kind", "activities"."title", "activities"."summary", "activities"."description", "activities"."audience", "activities"."goals", "activities"."learnings", "activities"."location", "activities"."starts_at", "activities"."ends_at", "activities"."price_cents", "activities"."price_covers", "activities"."capacity", "activities"."seats_taken", "activities"."registration_deadline", "activities"."visibility", "activities"."network_id", "activities"."school_id" from "activities" inner join "organisations" on "organisations"."id" = "activities"."organisation_id" where ("organisations"."slug" = $1 and "activities"."slug" = $2)';
const PROGRAMME_SQL = 'select "id", "activity_id", "position", "kind", "title", "description", "starts_at", "place", "presenter" from "activity_programme_items" where "activity_programme_items"."activity_id" = $1 order by "activity_programme_items"."position" asc';
const EXTRAS_SQL = 'select "id", "title", "date", "price_cents", "capacity", "seats_taken" from "activity_extras" where "activity_extras"."activity_id" = $1 order by "activity_extras"."date" asc, "activity_extras"."title" asc';

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
  const top = 18; // room for the total above the tallest bar
  const width = years.length * (barWidth + gap) + gap;
  const title = 'Leden per provincie en schooljaar';
  const out = [`<figure class="chart"><figcaption><strong>${title}</strong></figcaption> `,
    `<svg viewBox="0 ${-top} ${width} ${height + 40 + top}" width="100%" style="max-width: ${width * 1.4}px" role="img" aria-labelledby="chart-desc">`,
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
  const out = ['<h2>Wat de lerende netwerken leerden</h2> '];
  for (const h of harvests) {
    out.push(`<article class="card"><h3>${esc(h.yearLabel)} — Bijeenkomst ${esc(h.sequence)}: ${esc(h.learningQuestion)}</h3> <p class="mail">${esc(h.harvest)}</p></article>`);
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
    '<li><a href="/activiteiten">Activiteiten</a></li> <li><a href="/aanmelden">Aanmelden</a></li> <li><form method="POST" action="/taal">',
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
  // The app's page has csr = false: no client script and no hydration data to mirror.
  out.push('</main> <footer class="wrap site-footer"><p>Netwerkplein — netwerken van scholen in Vlaanderen en Brussel.</p></footer>\n</body>\n</html>\n');
  return out.join('');
}

// ---------- learning-network overview ----------

const brusselsParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
});

/** Brussels wall-clock date (YYYY-MM-DD) and time (HH:MM), as brusselsDateTimeParts in the app. */
function brusselsDateTime(instant) {
  const p = Object.fromEntries(brusselsParts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

function rateText(present, recorded) {
  return recorded === 0 ? 'nog niet geregistreerd' : `${present} van ${recorded} (${Math.round((present / recorded) * 100)}%)`;
}

/** The page header of a signed-in actor (root layout), with the language switch back to this path. */
function renderSignedInHeader(actor, pathname) {
  return '<a class="skip" href="#inhoud">Naar de inhoud</a> <header class="site-header"><div class="wrap bar">'
    + '<a class="brand" href="/">Netwerkplein</a> <nav aria-label="Hoofdnavigatie"><ul><li><a href="/">Start</a></li> '
    + '<li><a href="/activiteiten">Activiteiten</a></li> <li><a href="/werkruimte">Mijn werkruimte</a></li> '
    + (actor.isPlatformAdmin ? '<li><a href="/beheer">Beheer</a></li>' : '')
    + ' <li><a href="/account">Mijn account</a></li> <li><form method="POST" action="/afmelden"><button class="link">Afmelden</button></form></li> '
    + '<li><form method="POST" action="/taal"><input type="hidden" name="lang" value="en"/> '
    + `<input type="hidden" name="terug" value="${esc(pathname)}"/> `
    + '<button class="link" aria-label="Switch to English" lang="en">English</button></form></li></ul></nav></div></header> ';
}

function renderOverviewPage({ actor, organisation, abilities, network, yearLabel, members, changes, meetings, rates, neverAttended, canManage, pathname }) {
  const title = `Lerend netwerk ${yearLabel} — ${network.name}`;
  const orgBase = `/werkruimte/${esc(organisation.slug)}`;
  const netBase = `${orgBase}/netwerken/${esc(network.slug)}`;
  const out = [];
  out.push('<!doctype html>\n<html lang="nl">\n<head>\n<meta charset="utf-8" />\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />\n',
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />\n',
    `<title>${esc(title)}</title>\n<link href="/bench.css" rel="stylesheet">\n</head>\n<body>\n`,
    renderSignedInHeader(actor, pathname),
    '<main id="inhoud" class="wrap" tabindex="-1"><p class="muted"><a href="/werkruimte">Mijn werkruimte</a></p> ',
    `<nav aria-label="${esc(organisation.name)}"><ul class="tabs"><li><a href="${orgBase}">Profiel</a></li>`,
    abilities.manageSchools ? `<li><a href="${orgBase}/scholen">Scholen</a></li>` : '',
    `<li><a href="${orgBase}/netwerken">Netwerken</a></li><li><a href="${orgBase}/activiteiten">Activiteiten</a></li>`,
    `<li><a href="${orgBase}/vormingsaanvragen">Vormingsaanvragen</a></li></ul></nav> `,
    `<nav aria-label="Netwerken"><ul class="tabs"><li><a href="${netBase}">Gegevens en leden</a></li>`,
    `<li><a href="${netBase}/deelnemers">Deelnemers per schooljaar</a></li><li><a href="${netBase}/lerende-netwerken">Lerende netwerken</a></li></ul></nav> `,
    `<h1>${esc(title)}</h1> <h2>Bijeenkomsten</h2> `);
  if (meetings.length > 0) {
    out.push('<ol>');
    for (const mt of meetings) {
      out.push(`<li><a href="${esc(yearLabel)}/bijeenkomsten/${mt.sequence}">Bijeenkomst ${mt.sequence}: ${mt.date} ${mt.time}</a>`,
        ` — ${esc(mt.learningQuestion)} <span class="muted">(${mt.held ? 'gehouden' : 'gepland'})</span></li>`);
    }
    out.push('</ol>');
  } else if (canManage) {
    // The planning form (not part of the benchmark: the bench learning network has its meetings).
    out.push('<section aria-labelledby="plan-title"><h3 id="plan-title">Bijeenkomsten plannen</h3></section>');
  }
  out.push(` <h2>Leden (${members.length})</h2> <div class="table-scroll"><table><caption class="muted">Leden</caption>`,
    '<thead><tr><th scope="col">School</th><th scope="col">Gemeente</th><th scope="col">Aanwezigheid</th>',
    canManage ? '<th scope="col">Verwijderen</th>' : '', '</tr></thead><tbody>');
  const rateBySchool = new Map(rates.map((r) => [r.schoolId, r]));
  for (const school of members) {
    const rate = rateBySchool.get(school.id);
    out.push(`<tr><td>${esc(school.name)}</td><td>${esc(school.municipality)}</td><td>${rateText(rate?.present ?? 0, rate?.recorded ?? 0)}</td>`);
    if (canManage) {
      const id = esc(school.id);
      out.push(`<td><form method="POST" action="?/removeMember" class="inline-form" novalidate=""><input type="hidden" name="schoolId" value="${id}"/> `,
        `<label for="reason-${id}">Reden (wordt bewaard)</label> <input id="reason-${id}" name="reason"/> `,
        `<button class="secondary" aria-label="Verwijderen: ${esc(school.name)}">Verwijderen</button></form></td>`);
    }
    out.push('</tr>');
  }
  out.push('</tbody></table></div> <h3>Nooit aanwezig</h3> ');
  if (neverAttended.length === 0) {
    out.push('<p>Elke school was minstens één keer aanwezig (of er is nog geen aanwezigheid geregistreerd).</p>');
  } else {
    out.push('<ul>');
    for (const school of neverAttended) out.push(`<li>${esc(school.name)}</li>`);
    out.push('</ul>');
  }
  if (canManage) {
    out.push(' <h3 id="add-member">School toevoegen</h3> <form method="POST" action="?/addMember" class="stack" novalidate="" aria-labelledby="add-member">',
      '<div class="field"><label for="add-f-institutionNumber">Instellingsnummer van de school</label> ',
      '<input id="add-f-institutionNumber" name="institutionNumber" type="text" required="" value=""/></div> ',
      '<div class="field"><label for="add-f-reason">Reden (wordt bewaard)</label> ',
      '<input id="add-f-reason" name="reason" type="text" required="" value=""/></div> <p><button>School toevoegen</button></p></form>');
  }
  out.push(' <h2>Wijzigingen</h2> ');
  if (changes.length === 0) {
    out.push('<p>Nog niets.</p>');
  } else {
    out.push('<ul>');
    for (const change of changes) {
      out.push(`<li>${change.createdAt.toLocaleDateString('nl-BE')}: ${esc(change.schoolName)} ${change.change === 'added' ? 'toegevoegd' : 'verwijderd'}`,
        ` door ${esc(change.personName ?? '—')} — ${esc(change.reason)}</li>`);
    }
    out.push('</ul>');
  }
  out.push('</main> <footer class="wrap site-footer"><p>Netwerkplein — netwerken van scholen in Vlaanderen en Brussel.</p></footer>\n');
  // The app renders every page without client JS (csr = false): no hydration data to mirror.
  out.push('</body>\n</html>\n');
  return out.join('');
}

// ---------- an activity's public page ----------

// Svelte's escaping (escape_html in svelte/src/escaping.js): text escapes & and <; attributes also ".
const escText = (value) => String(value ?? '').replace(/[&<]/g, (c) => (c === '&' ? '&amp;' : '&lt;'));
const escAttr = (value) => String(value ?? '').replace(/[&"<]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&lt;'));

const ACTIVITY_KINDS = { studiereis: 'Studiereis', vorming: 'Vorming', uitwisselingsdag: 'Uitwisselingsdag', studiedag: 'Studiedag', infosessie: 'Infosessie' };
const PROGRAMME_KINDS = { bezoek: 'Bezoek', uitwisseling: 'Uitwisseling', lezing: 'Lezing', sessie: 'Sessie', andere: 'Onderdeel' };
const ACTIVITY_TABS = [['', 'Overzicht'], ['/inschrijven', 'Inschrijven'], ['/voorbereiding', 'Voorbereiding'], ['/samen-reizen', 'Samen reizen'], ['/reacties', 'Reacties']];

/** As euros() in src/lib/features/activities/api.server.ts. */
const euros = (cents) => (cents / 100).toFixed(2).replace('.', ',').replace(',00', ',-');

function renderActivityPage({ activity: act, programme, extras, pathname }) {
  const base = `/activiteiten/${act.organisationSlug}/${act.slug}`;
  const start = brusselsDateTime(act.startsAt);
  const end = brusselsDateTime(act.endsAt);
  const deadline = brusselsDateTime(act.registrationDeadline);
  const seatsLeft = Math.max(0, act.capacity - act.seatsTaken);
  const out = [];
  out.push('<!doctype html>\n<html lang="nl">\n  <head>\n    <meta charset="utf-8" />\n',
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />\n',
    '    <link rel="icon" href="../../favicon.svg" type="image/svg+xml" />\n',
    `    <title>${escText(act.title)} — Netwerkplein</title>\n\t\t<link href="/bench.css" rel="stylesheet">\n  </head>\n`,
    '  <body data-sveltekit-preload-data="hover">\n    <div style="display: contents">',
    '<a class="skip" href="#inhoud">Naar de inhoud</a> <header class="site-header"><div class="wrap bar">',
    '<a class="brand" href="/">Netwerkplein</a> <nav aria-label="Hoofdnavigatie"><ul><li><a href="/">Start</a></li> ',
    '<li><a href="/activiteiten">Activiteiten</a></li> <li><a href="/aanmelden">Aanmelden</a></li> <li><form method="POST" action="/taal">',
    `<input type="hidden" name="lang" value="en"/> <input type="hidden" name="terug" value="${escAttr(pathname)}"/> `,
    '<button class="link" aria-label="Switch to English" lang="en">English</button></form></li></ul></nav></div></header> ',
    '<main id="inhoud" class="wrap" tabindex="-1"><p class="muted"><a href="/activiteiten">Activiteiten</a></p> ',
    '<nav aria-label="Over deze activiteit"><ul class="tabs">');
  for (const [suffix, label] of ACTIVITY_TABS) {
    const href = `${base}${suffix}`;
    out.push(`<li><a href="${escAttr(href)}"${href === pathname ? ' aria-current="page"' : ''}>${label}</a></li>`);
  }
  out.push('</ul></nav> ',
    `<p class="muted">${ACTIVITY_KINDS[act.kind]} · <a href="/organisaties/${escAttr(act.organisationSlug)}">${escText(act.organisationName)}</a> </p> `,
    `<h1>${escText(act.title)}</h1> <p class="lead">${escText(act.summary)}</p> `,
    `<dl><dt>Wanneer</dt><dd>${start.date} ${start.time} – ${end.date === start.date ? '' : `${end.date} `}${end.time}</dd> `,
    act.location ? `<dt>Waar</dt><dd>${escText(act.location)}</dd>` : '',
    ` <dt>Voor wie</dt><dd>${escText(act.audience)}</dd> `,
    `<dt>Prijs per persoon</dt><dd>${act.priceCents === 0 ? 'Gratis' : `€ ${euros(act.priceCents)}`}`,
    act.priceCovers ? `— Dit omvat: ${escText(act.priceCovers)}` : '', '</dd></dl> ',
    `<p><strong>${seatsLeft === 0 ? `Volzet (${act.capacity} plaatsen): inschrijven zet je op de wachtlijst.` : `Nog ${seatsLeft} van de ${act.capacity} plaatsen vrij.`}</strong> `,
    `Inschrijven kan tot ${deadline.date}.</p> <h2>Doel</h2> <p>${escText(act.goals)}</p> <p>${escText(act.description)}</p> `);
  if (act.learnings.length > 0) {
    out.push('<h2>Wat je leert</h2> <ul>');
    for (const learning of act.learnings) out.push(`<li>${escText(learning)}</li>`);
    out.push('</ul>');
  }
  out.push(' ');
  if (programme.length > 0) {
    out.push('<h2>Programma</h2> <ol>');
    for (const item of programme) {
      const at = item.startsAt ? brusselsDateTime(item.startsAt) : null;
      out.push(`<li><strong>${PROGRAMME_KINDS[item.kind]}:</strong> ${escText(item.title)} `,
        at ? `<span class="muted">— ${at.date} ${at.time}</span>` : '', ' ',
        item.place ? `<span class="muted">· ${escText(item.place)}</span>` : '', ' ',
        item.presenter ? `<span class="muted">· door ${escText(item.presenter)}</span>` : '', '</li>');
    }
    out.push('</ol>');
  }
  out.push(' ');
  if (extras.length > 0) {
    out.push('<h2>Opties</h2> <ul>');
    for (const extra of extras) {
      const left = extra.capacity === null ? null : Math.max(0, extra.capacity - extra.seatsTaken);
      out.push(`<li>${escText(extra.title)}`, extra.priceCents > 0 ? `(€ ${euros(extra.priceCents)})` : '', ' ',
        left === null ? '' : `<span class="muted">— ${left === 0 ? 'volzet' : left === 1 ? 'nog 1 plaats' : `nog ${left} plaatsen`}</span>`, '</li>');
    }
    out.push('</ul>');
  }
  out.push('</main> <footer class="wrap site-footer"><p>Netwerkplein — netwerken van scholen in Vlaanderen en Brussel.</p></footer> </div>\n  </body>\n</html>\n');
  return out.join('');
}

function send(res, status, body, type = 'text/html; charset=utf-8', extraHeaders = {}) {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
    ...extraHeaders
  });
  res.end(body);
}

function readCookie(header, name) {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
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

  /** findActorBySession: the session and its person, then the person's organisation roles and schools. */
  async function findActor(secret) {
    const idHash = createHash('sha256').update(secret).digest('hex');
    const [person] = await query(SESSION_SQL, [idHash, new Date()]);
    if (!person) return null;
    const [orgRows, schoolRows] = await Promise.all([query(ACTOR_ORGANISATIONS_SQL, [person[0]]), query(ACTOR_SCHOOLS_SQL, [person[0]])]);
    const byOrg = new Map();
    for (const [organisationId, slug, name, role] of orgRows) {
      const entry = byOrg.get(organisationId) ?? { organisationId, slug, name, roles: [] };
      entry.roles.push(role);
      byOrg.set(organisationId, entry);
    }
    return {
      personId: person[0], email: person[1], name: person[2], isPlatformAdmin: person[3], organisations: [...byOrg.values()],
      schools: schoolRows.map(([schoolId, institutionNumber, name, access]) => ({ schoolId, institutionNumber, name, access }))
    };
  }
  const hasRole = (actor, organisationId, role) => actor.organisations.some((o) => o.organisationId === organisationId && o.roles.includes(role));
  const followsOrganisation = (actor, organisationId) => hasRole(actor, organisationId, 'facilitator') || hasRole(actor, organisationId, 'coach');
  const NOT_FOUND = { status: 404, body: '<!doctype html><title>Niet gevonden</title><h1>Niet gevonden</h1>' };
  const FORBIDDEN = { status: 403, body: '<!doctype html><title>Geen toegang</title><h1>Geen toegang</h1>' };

  /** requireOrganisation(…, 'view-workspace'): the app looks the organisation up once per request. */
  async function workspaceOrganisation(actor, orgSlug, lookup) {
    const [row] = await lookup;
    if (!row) return { error: NOT_FOUND };
    const organisation = { id: row[0], slug: row[1], name: row[2], description: row[3], website: row[4], contactEmail: row[5] };
    if (!followsOrganisation(actor, organisation.id)) return { error: FORBIDDEN };
    return { organisation };
  }

  async function overviewPage(req, orgSlug, networkSlug, yearParam, url) {
    const secret = readCookie(req.headers.cookie, SESSION_COOKIE);
    const actor = secret ? await findActor(secret) : null;
    if (!actor) return { status: 303, body: '', headers: { location: `/aanmelden?terug=${encodeURIComponent(url.pathname + url.search)}` } };

    // The layout load and the page load run concurrently, as SvelteKit runs them (the page does not await parent()).
    const organisationLookup = query(FIND_ORGANISATION_SQL, [orgSlug]);
    const layout = workspaceOrganisation(actor, orgSlug, organisationLookup).then((r) => (r.error ? r : {
      organisation: r.organisation,
      abilities: { editProfile: hasRole(actor, r.organisation.id, 'facilitator'), manageSchools: hasRole(actor, r.organisation.id, 'facilitator') }
    }));
    const page = (async () => {
      const ws = await workspaceOrganisation(actor, orgSlug, organisationLookup);
      if (ws.error) return ws;
      const [n] = await query(FIND_NETWORK_SQL, [orgSlug, networkSlug]);
      if (!n) return { error: NOT_FOUND };
      const network = {
        id: n[0], organisationId: n[1], organisationSlug: n[2], organisationName: n[3], slug: n[4], name: n[5],
        description: n[6], isPublic: n[7], contactName: n[8], contactEmail: n[9]
      };
      if (!followsOrganisation(actor, ws.organisation.id)) return { error: FORBIDDEN };
      const year = parseSchoolYear(yearParam);
      if (year === null) return { error: NOT_FOUND };
      const [cohort] = await query(FIND_LEARNING_NETWORK_SQL, [network.id, year]);
      if (!cohort) return { error: NOT_FOUND };
      const cohortId = cohort[0];
      const [memberRows, changeRows, meetingRows, rateRows] = await Promise.all([
        query(COHORT_MEMBERS_SQL, [cohortId, true]),
        query(COHORT_CHANGES_SQL, [cohortId]),
        query(MEETINGS_SQL, [cohortId]),
        query(ATTENDANCE_RATES_SQL, [cohortId, cohortId])
      ]);
      const now = Date.now();
      const rates = rateRows.map((r) => ({ schoolId: r[0], name: r[1], recorded: r[2], present: r[3] }));
      return {
        network, yearLabel: label(year),
        members: memberRows.map((r) => ({ id: r[0], institutionNumber: r[1], name: r[2], municipality: r[3], province: r[4] })),
        changes: changeRows.map((r) => ({ id: r[0], change: r[1], reason: r[2], createdAt: r[3], schoolName: r[4], personName: r[5] })),
        rates,
        meetings: meetingRows.map((r) => ({
          id: r[0], learningNetworkId: r[1], sequence: r[2], startsAt: r[3], durationMinutes: r[4], onlineUrl: r[5], learningQuestion: r[6],
          agenda: r[7], moderatorName: r[8], harvest: r[9], harvestPublishedAt: r[10], harvestPublic: r[11], attendanceRecordedAt: r[12],
          ...brusselsDateTime(r[3]), held: r[3].getTime() < now
        })),
        neverAttended: rates.filter((r) => r.recorded > 0 && r.present === 0),
        canManage: hasRole(actor, ws.organisation.id, 'facilitator')
      };
    })();
    const [layoutData, pageData] = await Promise.all([layout, page]);
    const failed = layoutData.error ?? pageData.error;
    if (failed) return failed;
    const body = renderOverviewPage({ actor, ...layoutData, ...pageData, pathname: url.pathname + url.search });
    return { status: 200, body, headers: { 'cache-control': 'private, no-store' } };
  }

  /** requireActivity(…, 'view') for a visitor: only a public activity exists for them. */
  async function visibleActivity(orgSlug, activitySlug) {
    const [r] = await query(FIND_ACTIVITY_SQL, [orgSlug, activitySlug]);
    if (!r || r[20] !== 'public') return null;
    return {
      id: r[0], organisationId: r[1], organisationSlug: r[2], organisationName: r[3], slug: r[4], kind: r[5], title: r[6], summary: r[7],
      description: r[8], audience: r[9], goals: r[10], learnings: r[11], location: r[12], startsAt: r[13], endsAt: r[14], priceCents: r[15],
      priceCovers: r[16], capacity: r[17], seatsTaken: r[18], registrationDeadline: r[19], visibility: r[20], networkId: r[21], schoolId: r[22]
    };
  }

  async function activityPage(orgSlug, activitySlug, url) {
    // The layout load and the page load each guard the activity; the app's guard looks it up once per GET request.
    const layout = visibleActivity(orgSlug, activitySlug);
    const page = (async () => {
      const activity = await layout;
      if (!activity) return null;
      const [programmeRows, extraRows] = await Promise.all([query(PROGRAMME_SQL, [activity.id]), query(EXTRAS_SQL, [activity.id])]);
      return {
        activity,
        programme: programmeRows.map((r) => ({ id: r[0], activityId: r[1], position: r[2], kind: r[3], title: r[4], description: r[5], startsAt: r[6], place: r[7], presenter: r[8] })),
        extras: extraRows.map((r) => ({ id: r[0], title: r[1], date: r[2], priceCents: r[3], capacity: r[4], seatsTaken: r[5] }))
      };
    })();
    const [layoutActivity, pageData] = await Promise.all([layout, page]);
    if (!layoutActivity || !pageData) return { status: 404, body: '<!doctype html><title>Niet gevonden</title><h1>Niet gevonden</h1>' };
    return { status: 200, body: renderActivityPage({ ...pageData, pathname: url.pathname }) };
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
      const overview = /^\/werkruimte\/([^/]+)\/netwerken\/([^/]+)\/lerende-netwerken\/([^/]+)\/?$/.exec(url.pathname);
      if (overview) {
        const [org, network, year] = overview.slice(1).map(decodeURIComponent);
        const { status, body, headers } = await overviewPage(req, org, network, year, url);
        return send(res, status, body, 'text/html; charset=utf-8', headers);
      }
      const activity = /^\/activiteiten\/([^/]+)\/([^/]+)$/.exec(url.pathname);
      if (activity) {
        const { status, body } = await activityPage(decodeURIComponent(activity[1]), decodeURIComponent(activity[2]), url);
        return send(res, status, body);
      }
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
