#!/usr/bin/env node
// Benchmark data generator: (re)creates a PostgreSQL database, runs the app's drizzle migrations and
// fills it with deterministic, realistic-looking data at a scale factor.
//
//   node bench/generate.js --scale 1 --database-url postgres://postgres@127.0.0.1:5432/netwerkplein_bench
//
// At scale s: 10·s organisations (org-1 …) plus the benchmark organisation 'bench-org', 3,000·s schools,
// 30,000·s people, 3 networks per organisation (one non-public), memberships over 8 school years
// (2017-2018 … 2024-2025, ~85 % of the members carry over year to year), organisation roles and
// school staff (one coordinator per school). The well-known public network
// /organisaties/bench-org/netwerken/bench-network has exactly 300·s member schools in 2022-2023.
//
// Learning networks (on a second PRNG, so the rows above stay what they were):
// - bench-network: the project participants of 2021-2022 and the learning network 2022-2023 formed
//   from them (its active members are exactly the 300·s member schools of 2022-2023; 3 were added by
//   hand and 2 removed, with reasons), 3 meetings (attendance recorded for the first two, ~75 % present),
//   submissions and attendees;
// - bench-forming (non-public): 3,000·s participating schools (all schools) in 2023-2024, to time forming
//   the learning network 2024-2025 (bench/form-learning-network.js);
// - a facilitator of bench-org who can sign in: BENCH_FACILITATOR_EMAIL / BENCH_FACILITATOR_PASSWORD.
// The activity (on a third PRNG): the public study trip /activiteiten/bench-org/BENCH_ACTIVITY_SLUG with a
// programme of 6 parts, 2 extras, 4 questions (one depending on another) and 220·s registrations of
// school staff (about 90 % registered, the rest cancelled or interest only), so that the seats left and
// the extras' seats left come from real counts.
// Everything comes from a seeded PRNG (the password's salt too), so two runs at the same scale produce
// the same rows.
import { scryptSync } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';

const here = path.dirname(fileURLToPath(import.meta.url));
export const projectRoot = path.resolve(here, '..');
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/netwerkplein_bench';
export const BENCH_ORG_SLUG = 'bench-org';
export const BENCH_NETWORK_SLUG = 'bench-network';
export const BENCH_YEAR = 2022;
export const FIRST_YEAR = 2017;
export const LAST_YEAR = 2024;
export const BENCH_FORMING_NETWORK_SLUG = 'bench-forming';
export const BENCH_FORMING_FROM_YEAR = 2023;
export const BENCH_FACILITATOR_EMAIL = 'facilitator@bench-org.example';
export const BENCH_FACILITATOR_PASSWORD = 'bench-facilitator-wachtwoord';
export const BENCH_ACTIVITY_SLUG = 'studiereis-ouders-als-schoolmentor';

// ---------- deterministic randomness ----------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRandom(seed) {
  const next = mulberry32(seed);
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const weighted = (pairs) => {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [value, w] of pairs) if ((r -= w) < 0) return value;
    return pairs[pairs.length - 1][0];
  };
  const uuid = () => {
    const b = new Uint8Array(16);
    for (let i = 0; i < 16; i++) b[i] = Math.floor(next() * 256);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
  const shuffle = (list) => {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [list[i], list[j]] = [list[j], list[i]];
    }
    return list;
  };
  return { next, int, pick, weighted, uuid, shuffle };
}

// ---------- vocabulary ----------

const MUNICIPALITIES = [
  // [name, postal code, province]
  ['Antwerpen', '2000', 'antwerpen'], ['Mechelen', '2800', 'antwerpen'], ['Turnhout', '2300', 'antwerpen'],
  ['Mol', '2400', 'antwerpen'], ['Geel', '2440', 'antwerpen'], ['Lier', '2500', 'antwerpen'],
  ['Boom', '2850', 'antwerpen'], ['Herentals', '2200', 'antwerpen'], ['Kapellen', '2950', 'antwerpen'],
  ['Brasschaat', '2930', 'antwerpen'], ['Schoten', '2900', 'antwerpen'], ['Heist-op-den-Berg', '2220', 'antwerpen'],
  ['Mortsel', '2640', 'antwerpen'], ['Hoogstraten', '2320', 'antwerpen'],
  ['Hasselt', '3500', 'limburg'], ['Genk', '3600', 'limburg'], ['Sint-Truiden', '3800', 'limburg'],
  ['Tongeren', '3700', 'limburg'], ['Beringen', '3580', 'limburg'], ['Lommel', '3920', 'limburg'],
  ['Maasmechelen', '3630', 'limburg'], ['Bilzen', '3740', 'limburg'], ['Leopoldsburg', '3970', 'limburg'],
  ['Maaseik', '3680', 'limburg'], ['Pelt', '3900', 'limburg'],
  ['Gent', '9000', 'oost-vlaanderen'], ['Aalst', '9300', 'oost-vlaanderen'], ['Sint-Niklaas', '9100', 'oost-vlaanderen'],
  ['Dendermonde', '9200', 'oost-vlaanderen'], ['Lokeren', '9160', 'oost-vlaanderen'], ['Eeklo', '9900', 'oost-vlaanderen'],
  ['Oudenaarde', '9700', 'oost-vlaanderen'], ['Ronse', '9600', 'oost-vlaanderen'], ['Zele', '9240', 'oost-vlaanderen'],
  ['Wetteren', '9230', 'oost-vlaanderen'], ['Deinze', '9800', 'oost-vlaanderen'], ['Geraardsbergen', '9500', 'oost-vlaanderen'],
  ['Zottegem', '9620', 'oost-vlaanderen'], ['Temse', '9140', 'oost-vlaanderen'],
  ['Leuven', '3000', 'vlaams-brabant'], ['Vilvoorde', '1800', 'vlaams-brabant'], ['Halle', '1500', 'vlaams-brabant'],
  ['Tienen', '3300', 'vlaams-brabant'], ['Aarschot', '3200', 'vlaams-brabant'], ['Diest', '3290', 'vlaams-brabant'],
  ['Zaventem', '1930', 'vlaams-brabant'], ['Dilbeek', '1700', 'vlaams-brabant'], ['Grimbergen', '1850', 'vlaams-brabant'],
  ['Asse', '1730', 'vlaams-brabant'], ['Overijse', '3090', 'vlaams-brabant'], ['Tervuren', '3080', 'vlaams-brabant'],
  ['Brugge', '8000', 'west-vlaanderen'], ['Kortrijk', '8500', 'west-vlaanderen'], ['Oostende', '8400', 'west-vlaanderen'],
  ['Roeselare', '8800', 'west-vlaanderen'], ['Ieper', '8900', 'west-vlaanderen'], ['Waregem', '8790', 'west-vlaanderen'],
  ['Menen', '8930', 'west-vlaanderen'], ['Torhout', '8820', 'west-vlaanderen'], ['Tielt', '8700', 'west-vlaanderen'],
  ['Poperinge', '8970', 'west-vlaanderen'], ['Knokke-Heist', '8300', 'west-vlaanderen'], ['Izegem', '8870', 'west-vlaanderen'],
  ['Diksmuide', '8600', 'west-vlaanderen'],
  ['Brussel', '1000', 'brussel'], ['Anderlecht', '1070', 'brussel'], ['Schaarbeek', '1030', 'brussel'],
  ['Elsene', '1050', 'brussel'], ['Sint-Jans-Molenbeek', '1080', 'brussel'], ['Jette', '1090', 'brussel'],
  ['Ukkel', '1180', 'brussel'], ['Etterbeek', '1040', 'brussel'], ['Sint-Gillis', '1060', 'brussel'], ['Vorst', '1190', 'brussel']
];

const PROVINCE_WEIGHTS = [
  ['antwerpen', 26], ['oost-vlaanderen', 22], ['west-vlaanderen', 18], ['vlaams-brabant', 16], ['limburg', 13], ['brussel', 5]
];

const BASIS_PREFIXES = ['Basisschool', 'Vrije Basisschool', 'Gemeentelijke Basisschool', 'GO! Basisschool',
  'Stedelijke Basisschool', 'Kleuter- en Lagere School', 'Freinetschool', 'Vrije Kleuterschool'];
const BASIS_NAMES = ['De Regenboog', 'De Kleine Prins', 'Het Klavertje', 'De Vlieger', 'Sint-Jozef', 'Sint-Maria',
  'De Wegwijzer', 'Het Molenhuis', "'t Schooltje", 'De Sleutel', 'De Horizon', 'De Linde', 'Het Kompas',
  'De Zonnebloem', 'Sint-Lutgardis', 'De Boomhut', 'Het Vogelnest', 'De Parel', 'Klim-op', 'De Toverfluit',
  'Sint-Jan', 'Heilig-Hart', 'De Knipoog', 'De Mozaïek', 'Het Talent', 'De Bolster', 'De Wingerd',
  'Sint-Vincentius', 'De Klimtoren', 'Het Spoor', 'De Springplank', 'Ter Linden', 'De Notelaar', 'Het Anker',
  'De Pimpernel', 'Sint-Rita', 'De Beiaard', 'Het Zonnetje', 'De Meidoorn', 'Onze-Lieve-Vrouw'];
const SECUNDAIR_PATTERNS = [
  (n) => `${n}college`, (n) => `${n}instituut`, (n) => `${n}lyceum`, (n) => `Technisch Instituut ${n}`,
  (n) => `Koninklijk Atheneum ${n}`, (n) => `GO! Atheneum ${n}`, (n) => `Middenschool ${n}`, (n) => `Campus ${n}`];
const SECUNDAIR_NAMES = ['Sint-Jozef', 'Sint-Jan-Berchmans', 'Sint-Victor', 'Sint-Ursula', 'Sint-Lodewijk',
  'Heilig-Hart', 'Onze-Lieve-Vrouw', 'Sint-Vincentius', 'Sint-Barbara', 'Sint-Rembert', 'Sint-Jozef-Klein-Seminarie',
  'Sint-Amandus', 'Sint-Aloysius', 'Sint-Norbertus', 'Don Bosco', 'Maria-Boodschap', 'Sint-Godelieve',
  'Sint-Michiels', 'Sint-Pieters', 'Sint-Paulus', 'Sint-Gabriël', 'Sint-Theresia', 'Sint-Augustinus', 'Sint-Bavo'];
const BUITENGEWOON_PREFIXES = ['BuBaO', 'BuSO', 'Buitengewoon Lager Onderwijs', 'Buitengewoon Secundair Onderwijs',
  'Type 9-school', 'MPI'];
const BUITENGEWOON_NAMES = ['De Zonnebloem', 'Ter Bank', 'Het Anker', 'De Kade', 'De Vlinder', 'Sint-Gregorius',
  'Klavertje Vier', 'De Triangel', 'Ter Engelen', 'De Wissel', 'Het Kompas', 'De Sterretjes'];
const STREETS = ['Kerkstraat', 'Schoolstraat', 'Stationsstraat', 'Dorpsstraat', 'Molenstraat', 'Nieuwstraat',
  'Kapelstraat', 'Lindenlaan', 'Bosstraat', 'Beekstraat', 'Grote Markt', 'Leopoldlaan', 'Veldstraat',
  'Kasteelstraat', 'Sint-Jansstraat', 'Brugstraat', 'Heidestraat', 'Processiestraat', 'Zavelstraat', 'Koning Albertlaan'];

const FIRST_NAMES = ['Lotte', 'Emma', 'Louise', 'Noor', 'Marie', 'Elise', 'Lien', 'An', 'Sofie', 'Katrien', 'Els',
  'Inge', 'Griet', 'Tom', 'Pieter', 'Jan', 'Wouter', 'Bart', 'Koen', 'Stijn', 'Jens', 'Thomas', 'Arne', 'Ruben',
  'Lars', 'Fatima', 'Yasmina', 'Mohamed', 'Youssef', 'Ayoub', 'Sara', 'Nina', 'Hanne', 'Jolien', 'Eline', 'Kobe',
  'Seppe', 'Wout', 'Bram', 'Dries', 'Evi', 'Ine', 'Leen', 'Veerle', 'Hilde', 'Nathalie', 'Ann', 'Mieke',
  'Annelies', 'Joke', 'Dirk', 'Geert', 'Kristof', 'Sven', 'Nele', 'Tine', 'Karolien', 'Ilse', 'Zeynep', 'Elif',
  'Amira', 'Rania', 'Bilal', 'Hamza', 'Marieke', 'Femke', 'Jeroen', 'Maarten', 'Joris', 'Lieselot', 'Chloë', 'Zoë'];
const LAST_NAMES = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters',
  'De Smet', 'Dubois', 'Lambert', 'Dupont', 'Vermeulen', 'Hermans', 'Martens', 'Aerts', 'Pauwels',
  'Van den Broeck', 'De Vos', 'Declercq', 'Michiels', 'Desmet', 'Verstraete', 'Van Damme', 'Segers', 'Cools',
  'Bogaert', 'Claeys', 'Smets', 'Hendrickx', 'Stevens', 'Van de Velde', 'Verhoeven', 'Lemmens', 'Coppens',
  'Leroy', 'Gielen', 'De Backer', 'Van Dyck', 'El Amrani', 'Yilmaz', 'Benali', 'Vandenberghe', 'Van Acker',
  "D'hondt", 'De Clercq', 'Thys', 'Verbeke', 'Vanhove', 'Van Hecke', 'Baert', 'Vercammen', 'Wuyts', 'Geerts',
  'Van Hoof', 'Verschueren', 'Van Laere', 'Demir', 'Öztürk', 'Bouzid', 'Ramadani'];

const ORGANISATION_NAMES = ['Scholennetwerk Vlaanderen', 'Ouders & School', 'Samen tegen Schooluitval',
  'Leesplezier vzw', 'Gezonde School', 'Klimaatscholen', 'Mediawijs Onderwijs', 'Sterk Taalbeleid',
  'Welzijn op School', 'STEM-Academie'];
const NETWORK_THEMES = [
  ['lerend-netwerk', 'Lerend netwerk'], ['regionaal-netwerk', 'Regionaal netwerk'], ['intern-kernteam', 'Intern kernteam']
];
const SCHOOL_ROLES = ['directeur', 'zorgcoordinator', 'leerlingenbegeleider', 'leerkracht', 'middenkader', 'ambassadeur'];

function slugify(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

// ---------- data model (plain arrays of row objects) ----------

/**
 * A fresh, empty database `name` beside `serverUrl` (its migrations are the caller's), and how to
 * drop it again: the mail benches run on one of their own.
 */
export async function scratchDatabase(serverUrl, name) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    }
  };
}

export function buildData(scale) {
  const rnd = makeRandom(0x5eed + Math.round(scale * 1000));
  const nOrgs = Math.max(1, Math.round(10 * scale));
  const nSchools = Math.max(50, Math.round(3000 * scale));
  const nPeople = Math.max(100, Math.round(30000 * scale));
  const benchMembers = Math.max(1, Math.round(300 * scale));
  if (benchMembers > nSchools * 0.8) throw new Error('scale too small for the benchmark network');

  // Organisations: the benchmark one first, then org-1 … org-N.
  const organisations = [{
    id: rnd.uuid(), slug: BENCH_ORG_SLUG, name: 'Benchmark Scholennetwerk',
    description: 'Organisatie voor de prestatiemeting van de publieke ledenlijst.',
    website: 'https://bench-org.example', contact_email: 'info@bench-org.example'
  }];
  for (let i = 1; i <= nOrgs; i++) {
    const base = ORGANISATION_NAMES[(i - 1) % ORGANISATION_NAMES.length];
    const round = Math.floor((i - 1) / ORGANISATION_NAMES.length);
    const name = round === 0 ? base : `${base} ${round + 1}`;
    organisations.push({
      id: rnd.uuid(), slug: `org-${i}`, name,
      description: `${name} brengt scholen samen in lerende netwerken en organiseert uitwisselingsdagen en vormingen.`,
      website: `https://org-${i}.example`, contact_email: `info@org-${i}.example`
    });
  }

  // Schools.
  const byProvince = new Map();
  for (const m of MUNICIPALITIES) {
    if (!byProvince.has(m[2])) byProvince.set(m[2], []);
    byProvince.get(m[2]).push(m);
  }
  const schools = [];
  const seen = new Set();
  for (let i = 0; i < nSchools; i++) {
    const province = rnd.weighted(PROVINCE_WEIGHTS);
    const [municipality, postalCode] = rnd.pick(byProvince.get(province));
    const level = rnd.weighted([['basis', 62], ['secundair', 30], ['buitengewoon', 8]]);
    const educationNetwork = rnd.weighted([['vrij-gesubsidieerd', 60], ['go', 18], ['officieel-gesubsidieerd', 22]]);
    let name;
    if (level === 'basis') name = `${rnd.pick(BASIS_PREFIXES)} ${rnd.pick(BASIS_NAMES)}`;
    else if (level === 'secundair') name = rnd.pick(SECUNDAIR_PATTERNS)(rnd.pick(SECUNDAIR_NAMES));
    else name = `${rnd.pick(BUITENGEWOON_PREFIXES)} ${rnd.pick(BUITENGEWOON_NAMES)}`;
    const key = (n) => `${n.toLowerCase()}|${municipality.toLowerCase()}`;
    if (seen.has(key(name))) {
      const withStreet = `${name} campus ${rnd.pick(STREETS)}`;
      name = seen.has(key(withStreet)) ? `${name} ${i + 1}` : withStreet;
    }
    seen.add(key(name));
    // 6 digits, unique: i ↦ 100000 + (i·7919 mod 900000) is injective for i < 900000.
    const institutionNumber = String(100000 + ((i * 7919) % 900000));
    schools.push({
      id: rnd.uuid(), institution_number: institutionNumber, name,
      street: `${rnd.pick(STREETS)} ${rnd.int(1, 180)}`, postal_code: postalCode, municipality, province, level,
      education_network: educationNetwork,
      description: rnd.next() < 0.3 ? `${name} is een ${level === 'basis' ? 'basisschool' : 'school'} in ${municipality}.` : '',
      website: rnd.next() < 0.7 ? `https://${slugify(name)}-${institutionNumber}.example` : null
    });
  }
  const schoolsByProvince = new Map();
  for (const s of schools) {
    if (!schoolsByProvince.has(s.province)) schoolsByProvince.set(s.province, []);
    schoolsByProvince.get(s.province).push(s);
  }

  // People.
  const people = [];
  for (let i = 0; i < nPeople; i++) {
    const first = rnd.pick(FIRST_NAMES);
    const last = rnd.pick(LAST_NAMES);
    people.push({
      id: rnd.uuid(), email: `${slugify(first)}.${slugify(last)}.${i + 1}@bench.example`, name: `${first} ${last}`,
      password_hash: null, is_platform_admin: i === 0
    });
  }

  // Organisation roles: a few facilitators and coaches per organisation, taken from the end of the list
  // (those people are not school staff).
  const organisationRoles = [];
  let roleCursor = nPeople - 1;
  for (const org of organisations) {
    const facilitators = rnd.int(2, 4);
    const coaches = rnd.int(3, 6);
    for (let k = 0; k < facilitators; k++) organisationRoles.push({ person_id: people[roleCursor--].id, organisation_id: org.id, role: 'facilitator' });
    for (let k = 0; k < coaches; k++) organisationRoles.push({ person_id: people[roleCursor--].id, organisation_id: org.id, role: 'coach' });
  }

  // School staff: ~92 % of people are staff of one school; the first person of each school coordinates it.
  const schoolStaff = [];
  const staffCount = Math.min(roleCursor + 1, Math.floor(nPeople * 0.92));
  for (let i = 0; i < staffCount; i++) {
    const school = schools[i % nSchools];
    const coordinator = i < nSchools;
    schoolStaff.push({
      person_id: people[i].id, school_id: school.id, access: coordinator ? 'coordinator' : 'staff',
      school_role: coordinator ? rnd.pick(['directeur', 'zorgcoordinator']) : rnd.pick(SCHOOL_ROLES)
    });
  }

  // Networks: 3 per organisation (the third non-public); bench-org's first is the benchmarked one.
  const networks = [];
  const benchNetworkIds = new Set();
  for (const org of organisations) {
    NETWORK_THEMES.forEach(([slugBase, label], k) => {
      const isBench = org.slug === BENCH_ORG_SLUG && k === 0;
      const province = k === 1 ? rnd.pick(PROVINCE_WEIGHTS)[0] : null;
      const contact = people[rnd.int(0, nPeople - 1)];
      networks.push({
        id: rnd.uuid(), organisation_id: org.id,
        slug: isBench ? BENCH_NETWORK_SLUG : `${slugBase}-${k + 1}`,
        name: isBench ? 'Benchmarknetwerk' : `${label} ${org.name}`,
        description: `${isBench ? 'Het benchmarknetwerk' : label} van ${org.name}: scholen die samen leren en ervaringen uitwisselen.`,
        is_public: k !== 2,
        contact_name: k === 2 ? null : contact.name,
        contact_email: k === 2 ? null : `netwerk-${k + 1}@${org.slug}.example`,
        province
      });
      if (isBench) benchNetworkIds.add(networks.at(-1).id);
    });
  }

  // Memberships over 8 school years, ~85 % carry-over.
  const networkMemberships = [];
  for (const network of networks) {
    const pool = network.province ? schoolsByProvince.get(network.province) ?? schools : schools;
    const maxSize = Math.floor(pool.length * 0.8);
    let target = Math.min(maxSize, Math.round(rnd.int(150, 450) * scale));
    let members = [];
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      if (benchNetworkIds.has(network.id) && year === BENCH_YEAR) target = benchMembers;
      else target = Math.max(1, Math.min(maxSize, Math.round(target * (0.92 + rnd.next() * 0.18))));
      const kept = members.filter(() => rnd.next() < 0.85);
      if (kept.length > target) kept.length = target;
      const inYear = new Set(kept.map((s) => s.id));
      const next = [...kept];
      while (next.length < target) {
        const candidate = rnd.pick(pool);
        if (inYear.has(candidate.id)) continue;
        inYear.add(candidate.id);
        next.push(candidate);
      }
      for (const s of next) networkMemberships.push({ network_id: network.id, school_id: s.id, school_year: year });
      members = next;
    }
  }

  const learning = buildLearningNetworks({
    scale, organisations, schools, schoolStaff, networkMemberships, benchNetworkIds
  });
  people.push(...learning.people);
  organisationRoles.push(...learning.organisationRoles);
  networks.push(...learning.networks);
  const activity = buildActivity({ scale, organisations, schoolStaff });

  return {
    organisations, schools, people, organisationRoles, schoolStaff,
    networks, networkMemberships,
    projectParticipations: learning.projectParticipations,
    learningNetworks: learning.learningNetworks,
    learningNetworkMembers: learning.learningNetworkMembers,
    learningNetworkChanges: learning.learningNetworkChanges,
    meetings: learning.meetings,
    meetingAttendance: learning.meetingAttendance,
    meetingAttendees: learning.meetingAttendees,
    meetingSubmissions: learning.meetingSubmissions,
    ...activity
  };
}

// ---------- passwords (as src/lib/server/auth/password.ts) ----------

/** scrypt N=2^15, r=8, p=1, 32-byte key, NFKC-normalised password: `scrypt$N$r$p$salt$hash` (base64). */
export function hashPasswordLikeTheApp(password, salt) {
  const N = 2 ** 15;
  const r = 8;
  const p = 1;
  const key = scryptSync(password.normalize('NFKC'), salt, 32, { N, r, p, maxmem: 64 * 1024 * 1024 });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

// ---------- learning networks ----------

const LEARNING_QUESTIONS = [
  'Hoe betrekken we ouders die de schooltaal niet spreken?',
  'Hoe houden we leerlingen met een lange afwezigheid aan boord?',
  'Wat werkt om de overgang naar het secundair te begeleiden?'
];
const SUBMISSION_TEXTS = [
  ['question', 'Hoe plannen jullie de oudercontacten met een tolk?', 'ouders'],
  ['experience', 'Wij werken met een vaste contactleerkracht per gezin; dat verlaagt de drempel.', 'ouders'],
  ['question', 'Wie volgt bij jullie een leerling op die lang ziek is?', 'afwezigheid'],
  ['experience', 'Een wekelijks videogesprek met de klas hield onze leerling betrokken.', 'afwezigheid'],
  ['question', 'Hoe delen jullie info met de secundaire school zonder privacyproblemen?', null],
  ['experience', 'Onze zesdeklassers lopen een dag mee in het eerste middelbaar.', 'overgang'],
  ['question', 'Gebruiken jullie een overdrachtsdocument?', 'overgang'],
  ['experience', 'Een peter- of meterschap met oud-leerlingen helpt bij de start.', null]
];

function buildLearningNetworks({ scale, organisations, schools, schoolStaff, networkMemberships, benchNetworkIds }) {
  const rnd = makeRandom(0x1ea7 + Math.round(scale * 1000));
  const benchOrg = organisations.find((o) => o.slug === BENCH_ORG_SLUG);
  const benchNetworkId = [...benchNetworkIds][0];
  const coordinatorOf = new Map(schoolStaff.filter((s) => s.access === 'coordinator').map((s) => [s.school_id, s.person_id]));

  // The facilitator who signs in for the overview benchmark (no school staff rows).
  const facilitator = {
    id: rnd.uuid(), email: BENCH_FACILITATOR_EMAIL, name: 'Bea Benchmark',
    password_hash: hashPasswordLikeTheApp(BENCH_FACILITATOR_PASSWORD, Buffer.from(Array.from({ length: 16 }, () => rnd.int(0, 255)))),
    is_platform_admin: false
  };
  const organisationRoles = [{ person_id: facilitator.id, organisation_id: benchOrg.id, role: 'facilitator' }];

  // bench-network: the member schools of 2022-2023 (300·s), in a shuffled order.
  const members2022 = rnd.shuffle(networkMemberships
    .filter((m) => m.network_id === benchNetworkId && m.school_year === BENCH_YEAR).map((m) => m.school_id));
  const memberSet = new Set(members2022);
  const addedByHand = members2022.slice(0, 3); // not among the 2021 participants; added to the cohort later
  const fromParticipants = members2022.slice(3);
  const others = rnd.shuffle(schools.filter((s) => !memberSet.has(s.id)).map((s) => s.id));
  const removedLater = others.slice(0, 2); // 2021 participants that left the cohort (kept as inactive members)

  const projectParticipations = [];
  for (const schoolId of [...fromParticipants, ...removedLater]) {
    projectParticipations.push({ network_id: benchNetworkId, school_id: schoolId, school_year: BENCH_YEAR - 1, source: 'import', created_at: '2022-06-20T09:00:00Z' });
  }

  const ln = { id: rnd.uuid(), network_id: benchNetworkId, school_year: BENCH_YEAR, formed_from_year: BENCH_YEAR - 1, created_at: '2022-08-29T08:00:00Z' };
  const learningNetworkMembers = [];
  for (const schoolId of fromParticipants) learningNetworkMembers.push({ learning_network_id: ln.id, school_id: schoolId, active: true, created_at: ln.created_at });
  for (const schoolId of removedLater) learningNetworkMembers.push({ learning_network_id: ln.id, school_id: schoolId, active: false, created_at: ln.created_at });
  addedByHand.forEach((schoolId, i) => learningNetworkMembers.push({
    learning_network_id: ln.id, school_id: schoolId, active: true, created_at: `2022-09-${String(12 + i * 5).padStart(2, '0')}T10:00:00Z`
  }));
  const addReasons = ['Nieuwe school in de scholengroep, vraagt zelf om aan te sluiten.', 'Sluit aan na de infosessie in september.', 'Overgenomen uit het regionale netwerk.'];
  const removeReasons = ['De school fuseert en stopt met het project.', 'Geen tijd dit schooljaar; wil volgend jaar terugkomen.'];
  const learningNetworkChanges = [
    ...addedByHand.map((schoolId, i) => ({
      id: rnd.uuid(), learning_network_id: ln.id, school_id: schoolId, change: 'added', reason: addReasons[i], person_id: facilitator.id,
      created_at: `2022-09-${String(12 + i * 5).padStart(2, '0')}T10:00:00Z`
    })),
    ...removedLater.map((schoolId, i) => ({
      id: rnd.uuid(), learning_network_id: ln.id, school_id: schoolId, change: 'removed', reason: removeReasons[i], person_id: facilitator.id,
      created_at: `2022-${i === 0 ? '09-05' : '11-14'}T14:30:00Z`
    }))
  ];

  // Three meetings, all at 14:00 in Brussels (13:00 UTC in winter, 12:00 UTC in summer time).
  const starts = ['2022-10-18T12:00:00Z', '2023-02-07T13:00:00Z', '2023-05-09T12:00:00Z'];
  const agenda = JSON.stringify([{ minutes: 15, title: 'Welkom en kennismaking' }, { minutes: 45, title: 'Uitwisseling in kleine groepen' }, { minutes: 30, title: 'Oogst en afspraken' }]);
  const meetings = starts.map((startsAt, i) => ({
    id: rnd.uuid(), learning_network_id: ln.id, sequence: i + 1, starts_at: startsAt, duration_minutes: 90,
    online_url: `https://meet.example/bench-network-2022-${i + 1}`, learning_question: LEARNING_QUESTIONS[i], agenda,
    moderator_name: 'Bea Benchmark',
    harvest: i < 2 ? `Oogst van bijeenkomst ${i + 1}: scholen deelden wat werkt bij "${LEARNING_QUESTIONS[i].toLowerCase()}"` : '',
    harvest_published_at: i < 2 ? new Date(Date.parse(startsAt) + 7 * 86_400_000).toISOString() : null,
    harvest_public: i === 0,
    attendance_recorded_at: i < 2 ? new Date(Date.parse(startsAt) + 2 * 86_400_000).toISOString() : null,
    created_at: '2022-09-01T08:00:00Z'
  }));
  const activeMembers = [...fromParticipants, ...addedByHand];
  const meetingAttendance = [];
  const meetingAttendees = [];
  for (const meeting of meetings.slice(0, 2)) {
    for (const schoolId of activeMembers) {
      const present = rnd.next() < 0.75;
      meetingAttendance.push({ meeting_id: meeting.id, school_id: schoolId, present, other_attendees: present && rnd.next() < 0.1 ? 'Collega zonder account' : '' });
      const person = coordinatorOf.get(schoolId);
      if (present && person) meetingAttendees.push({ meeting_id: meeting.id, person_id: person, school_id: schoolId });
    }
  }
  const meetingSubmissions = [];
  for (const meeting of meetings.slice(1)) {
    SUBMISSION_TEXTS.forEach(([kind, body, theme], i) => {
      const schoolId = rnd.pick(activeMembers);
      meetingSubmissions.push({
        id: rnd.uuid(), meeting_id: meeting.id, school_id: schoolId, person_id: coordinatorOf.get(schoolId) ?? null, kind, body, theme,
        created_at: new Date(Date.parse(meeting.starts_at) - (10 - i) * 86_400_000).toISOString()
      });
    });
  }

  // bench-forming: every school participated in 2023-2024.
  const formingNetwork = {
    id: rnd.uuid(), organisation_id: benchOrg.id, slug: BENCH_FORMING_NETWORK_SLUG, name: 'Benchmark vormen',
    description: `Netwerk van ${benchOrg.name} om het vormen van een groot lerend netwerk te meten.`,
    is_public: false, contact_name: null, contact_email: null, province: null
  };
  for (const s of schools) {
    projectParticipations.push({ network_id: formingNetwork.id, school_id: s.id, school_year: BENCH_FORMING_FROM_YEAR, source: 'import', created_at: '2023-06-30T09:00:00Z' });
  }

  return {
    people: [facilitator], organisationRoles, networks: [formingNetwork], projectParticipations,
    learningNetworks: [ln], learningNetworkMembers, learningNetworkChanges, meetings, meetingAttendance, meetingAttendees, meetingSubmissions
  };
}

// ---------- the benchmarked activity ----------

/** A Brussels wall-clock time as an instant; `summer` for dates in summer time (UTC+2). */
const BRUSSELS = (date, time, summer = false) => new Date(`${date}T${time}:00+0${summer ? 2 : 1}:00`).toISOString();

function buildActivity({ scale, organisations, schoolStaff }) {
  const rnd = makeRandom(0xac71 + Math.round(scale * 1000));
  const benchOrg = organisations.find((o) => o.slug === BENCH_ORG_SLUG);
  const nRegistrations = Math.max(20, Math.round(220 * scale));
  const capacity = Math.max(25, Math.round(240 * scale));
  // Quotes, ampersands and apostrophes on purpose: both servers must escape them the same way.
  const activity = {
    id: rnd.uuid(), organisation_id: benchOrg.id, slug: BENCH_ACTIVITY_SLUG, kind: 'studiereis',
    title: 'Studiereis Hamburg: ouders als "Schulmentoren" & een lerende community',
    summary: 'Drie dagen Hamburg: scholen, gemeente en partners achter het project Schulmentoren.',
    description: 'Centraal in het project staan ouders die binnen de school van hun kinderen optreden als "Schulmentoren" om andere ouders te '
      + 'informeren, adviseren, versterken en ondersteunen bij de ontwikkeling van hun kinderen en om de overgangen in de schoolloopbaan '
      + 'te vergemakkelijken. Op scholen waar dit project succesvol is, ontstaat een lerende community onder ouders en wordt de afstand '
      + 'tussen school en thuis kleiner. We bezoeken scholen, de gemeente en de partners die het mogelijk maakten, en wisselen twee keer uit.',
    audience: 'Directeuren/bestuurders, intern begeleiders, (liefst samen met) gemeentefunctionaris met onderwijs in zijn/haar/hun portefeuille.',
    goals: 'Inspiratie opdoen en praktische informatie verkrijgen over kansengelijkheid, empowerment van ouders en ouderbetrokkenheid.',
    learnings: JSON.stringify([
      'Hoe een stappenplan eruitziet om te komen tot een buddysysteem en een lerende community met ouders',
      'Hoe de financiële structuur van dergelijke projecten eruitziet',
      'Wat ervoor nodig is om maatschappelijke partners in de wijk te activeren',
      'Welke rol de gemeente hierin kan spelen',
      "Hoe scholen ouders motiveren om op te treden als 'Schulmentor' of buddy",
      "De do's & don'ts in het opzetten van een lerende community"
    ]),
    location: 'Hamburg (Duitsland); iedereen reist en verblijft op eigen gelegenheid',
    online_url: null,
    starts_at: BRUSSELS('2031-11-20', '10:00'), ends_at: BRUSSELS('2031-11-22', '17:00'),
    price_cents: 69500, price_covers: 'Voorbereidings- en organisatiekosten. Reis & hotel regelt iedereen zelf.',
    capacity, seats_taken: 0, registration_deadline: BRUSSELS('2031-10-15', '23:59', true),
    visibility: 'public', network_id: null, school_id: null, created_at: '2031-06-01T08:00:00Z'
  };
  const programme = [
    ['uitwisseling', 'Kennismaking en verwachtingen', ['2031-11-20', '10:00'], 'Hamburg, Rathaus', 'Bea Benchmark'],
    ['bezoek', 'Scholen die het project Schulmentoren succesvol hebben geïmplementeerd', ['2031-11-20', '13:30'], 'Grundschule Rothenburgsort', null],
    ['bezoek', 'Betrokken gemeenteambtenaren in Hamburg', ['2031-11-21', '09:30'], 'Behörde für Schule und Berufsbildung', null],
    ['uitwisseling', "Uitwisselingsmoment: do's & don'ts voor een lerende community", ['2031-11-21', '15:00'], null, 'Bea Benchmark'],
    ['bezoek', 'Samenwerkingspartners die dit mogelijk hebben gemaakt', ['2031-11-22', '09:30'], 'Stadtteilschule Wilhelmsburg', null],
    ['lezing', 'Resultaten voor gezin, kind, school en gemeente', ['2031-11-22', '14:00'], 'Hamburg, Rathaus', 'Prof. <Hanna> Schmidt']
  ].map(([kind, title, at, place, presenter], i) => ({
    id: rnd.uuid(), activity_id: activity.id, position: i + 1, kind, title, description: '', starts_at: BRUSSELS(...at), place, presenter
  }));
  const extras = [
    { id: rnd.uuid(), activity_id: activity.id, title: 'Gezamenlijk diner 21 november — op eigen kosten', date: '2031-11-21', price_cents: 0, capacity: Math.round(capacity * 0.75), seats_taken: 0, created_at: activity.created_at },
    { id: rnd.uuid(), activity_id: activity.id, title: 'Gezamenlijk diner 22 november', date: '2031-11-22', price_cents: 3500, capacity: null, seats_taken: 0, created_at: activity.created_at }
  ];
  const questions = [];
  for (const [kind, label, options, required, dependsOn, answer] of [
    ['short', 'Functie', [], true],
    ['choice', 'Hoe reis je naar Hamburg?', ['Trein', 'Vliegtuig', 'Auto'], true],
    ['choice', 'Wil je samen reizen met andere deelnemers?', ['Ja', 'Nee'], false],
    ['long', 'Van waar vertrek je en wanneer?', [], true, 2, 'Ja'] // only asked after "Ja" to the previous question
  ]) {
    questions.push({
      id: rnd.uuid(), activity_id: activity.id, position: questions.length + 1, kind, label, options: JSON.stringify(options), required,
      depends_on_question_id: dependsOn === undefined ? null : questions[dependsOn].id, depends_on_answer: answer ?? null
    });
  }
  const [functie, reis, samen, vertrek] = questions;

  // Registrants: school staff (one per school at most), in a shuffled order.
  const perSchool = new Map();
  for (const s of schoolStaff) if (!perSchool.has(s.school_id)) perSchool.set(s.school_id, s.person_id);
  const registrants = rnd.shuffle([...perSchool.values()]).slice(0, nRegistrations);
  const registrations = [];
  const registrationExtras = [];
  registrants.forEach((personId, i) => {
    const status = rnd.weighted([['registered', 90], ['cancelled', 6], ['interest', 4]]);
    const registered = status === 'registered' && activity.seats_taken < capacity;
    const id = rnd.uuid();
    const createdAt = new Date(Date.parse('2031-06-02T08:00:00Z') + i * 3_600_000).toISOString();
    const answers = {};
    if (status !== 'interest') {
      answers[functie.id] = rnd.pick(['Directeur', 'Zorgcoördinator', 'Intern begeleider', 'Beleidsmedewerker onderwijs']);
      answers[reis.id] = rnd.pick(['Trein', 'Vliegtuig', 'Auto']);
      answers[samen.id] = rnd.pick(['Ja', 'Nee']);
      if (answers[samen.id] === 'Ja') answers[vertrek.id] = `Vanuit ${rnd.pick(MUNICIPALITIES)[0]}, op 19 november in de namiddag.`;
    }
    registrations.push({
      id, activity_id: activity.id, person_id: personId, registered_by: personId, status: registered ? 'registered' : status === 'registered' ? 'waiting' : status,
      answers: JSON.stringify(answers),
      invoice: JSON.stringify(status === 'interest' ? {} : { name: 'Schoolbestuur', enterpriseNumber: `0${400000000 + i * 7919}`, reference: `STUDIEREIS-${i + 1}` }),
      waiting_since: registered || status !== 'registered' ? null : createdAt, paid_at: registered && rnd.next() < 0.4 ? createdAt : null,
      created_at: createdAt, updated_at: createdAt
    });
    if (registered) activity.seats_taken++;
    if (status === 'interest') return;
    for (const extra of extras) {
      if (rnd.next() >= (extra.capacity === null ? 0.4 : 0.7)) continue;
      const claimed = registered && (extra.capacity === null || extra.seats_taken < extra.capacity);
      if (claimed) extra.seats_taken++;
      registrationExtras.push({ registration_id: id, extra_id: extra.id, claimed });
    }
  });
  return {
    activities: [activity], activityProgrammeItems: programme, activityExtras: extras, activityQuestions: questions,
    registrations, registrationExtras
  };
}

// ---------- database ----------

async function recreateDatabase(databaseUrl) {
  const url = new URL(databaseUrl);
  const dbName = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!/^[a-z_][a-z0-9_]*$/i.test(dbName)) throw new Error(`Refusing odd database name: ${dbName}`);
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(url.hostname)) {
    throw new Error(`Refusing to drop a database on a non-local host: ${url.hostname}`);
  }
  const adminUrl = new URL(databaseUrl);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${dbName}"`);
  } finally {
    await admin.end();
  }
}

async function insertRows(client, table, rows, batchSize = 1000) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const columnList = columns.map((c) => `"${c}"`).join(', ');
  await client.query('BEGIN');
  try {
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize);
      const values = [];
      const tuples = batch.map((row, r) => {
        const base = r * columns.length;
        for (const c of columns) values.push(row[c]);
        return `(${columns.map((_, k) => `$${base + k + 1}`).join(', ')})`;
      });
      await client.query(`INSERT INTO "${table}" (${columnList}) VALUES ${tuples.join(', ')}`, values);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}

export async function generate({ scale = 1, databaseUrl = DEFAULT_DATABASE_URL, log = console.log } = {}) {
  const t0 = performance.now();
  const ms = (t) => `${Math.round(performance.now() - t)} ms`;

  let t = performance.now();
  await recreateDatabase(databaseUrl);
  log(`[generate] database recreated (${ms(t)})`);

  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    t = performance.now();
    await migrate(drizzle(pool), { migrationsFolder: path.join(projectRoot, 'drizzle') });
    log(`[generate] migrations applied (${ms(t)})`);

    t = performance.now();
    const data = buildData(scale);
    log(`[generate] rows built in memory at scale ${scale} (${ms(t)})`);

    const client = await pool.connect();
    try {
      const order = [
        ['organisations', data.organisations], ['schools', data.schools], ['people', data.people],
        ['organisation_roles', data.organisationRoles], ['school_staff', data.schoolStaff],
        ['networks', data.networks], ['network_memberships', data.networkMemberships],
        ['project_participations', data.projectParticipations], ['learning_networks', data.learningNetworks],
        ['learning_network_members', data.learningNetworkMembers], ['learning_network_changes', data.learningNetworkChanges],
        ['meetings', data.meetings], ['meeting_attendance', data.meetingAttendance], ['meeting_attendees', data.meetingAttendees],
        ['meeting_submissions', data.meetingSubmissions], ['activities', data.activities],
        ['activity_programme_items', data.activityProgrammeItems], ['activity_extras', data.activityExtras],
        ['activity_questions', data.activityQuestions], ['registrations', data.registrations],
        ['registration_extras', data.registrationExtras]
      ];
      for (const [table, rows] of order) {
        t = performance.now();
        await insertRows(client, table, rows);
        log(`[generate] ${table.padEnd(24)} ${String(rows.length).padStart(7)} rows (${ms(t)})`);
      }
      t = performance.now();
      await client.query('VACUUM ANALYZE');
      log(`[generate] vacuum analyze (${ms(t)})`);
      const { rows } = await client.query(
        `select count(*)::int as n from network_memberships m
           join networks n on n.id = m.network_id join organisations o on o.id = n.organisation_id
          where o.slug = $1 and n.slug = $2 and m.school_year = $3`,
        [BENCH_ORG_SLUG, BENCH_NETWORK_SLUG, BENCH_YEAR]
      );
      log(`[generate] ${BENCH_ORG_SLUG}/${BENCH_NETWORK_SLUG} has ${rows[0].n} members in ${BENCH_YEAR}-${BENCH_YEAR + 1}`);
      const { rows: cohort } = await client.query(
        `select count(*) filter (where m.active)::int as active, count(*)::int as total from learning_network_members m
           join learning_networks ln on ln.id = m.learning_network_id join networks n on n.id = ln.network_id
           join organisations o on o.id = n.organisation_id
          where o.slug = $1 and n.slug = $2 and ln.school_year = $3`,
        [BENCH_ORG_SLUG, BENCH_NETWORK_SLUG, BENCH_YEAR]
      );
      if (cohort[0].active !== rows[0].n) throw new Error(`The learning network ${BENCH_YEAR} has ${cohort[0].active} active members, expected ${rows[0].n}`);
      log(`[generate] its learning network ${BENCH_YEAR}-${BENCH_YEAR + 1} has ${cohort[0].active} active members (${cohort[0].total} incl. removed)`);
      const counts = Object.fromEntries(order.map(([table, r]) => [table, r.length]));
      const { rows: [act] } = await client.query(
        `select a.capacity, a.seats_taken, (select count(*)::int from registrations r where r.activity_id = a.id and r.status = 'registered') as registered,
                (select count(*)::int from registrations r where r.activity_id = a.id) as registrations
           from activities a join organisations o on o.id = a.organisation_id where o.slug = $1 and a.slug = $2`,
        [BENCH_ORG_SLUG, BENCH_ACTIVITY_SLUG]
      );
      if (act.registered !== act.seats_taken) throw new Error(`The bench activity has ${act.registered} registered but ${act.seats_taken} seats taken`);
      log(`[generate] activity ${BENCH_ORG_SLUG}/${BENCH_ACTIVITY_SLUG}: ${act.registrations} registrations, ${act.seats_taken} of ${act.capacity} seats taken`);
      log(`[generate] done in ${ms(t0)}`);
      return { counts, benchMembers: rows[0].n, benchActivity: { capacity: act.capacity, seatsTaken: act.seats_taken, registrations: act.registrations } };
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
}

function parseArgs(argv) {
  const args = { scale: 1, databaseUrl: process.env.BENCH_DATABASE_URL ?? DEFAULT_DATABASE_URL };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--scale') args.scale = Number(argv[++i]);
    else if (a === '--database-url') args.databaseUrl = argv[++i];
    else if (a === '--help' || a === '-h') args.help = true;
    else throw new Error(`Unknown argument: ${a}`);
  }
  if (!(args.scale > 0)) throw new Error('--scale must be a positive number');
  return args;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const args = parseArgs(process.argv.slice(2));
    if (args.help) {
      console.log('node bench/generate.js [--scale 1] [--database-url postgres://postgres@127.0.0.1:5432/netwerkplein_bench]');
    } else {
      await generate(args);
    }
  } catch (err) {
    console.error(`[generate] failed: ${err.message}`);
    process.exit(1);
  }
}
