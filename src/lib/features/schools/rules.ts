// The school register's own rules, pure: which identifier a school has, how each is written, how a
// school is addressed in a URL, and who decides on a request to join it (ADR 028).

/**
 * How a school is identified. Flemish schools by their instellingsnummer, French-speaking schools in
 * Brussels and Wallonia by their FASE number, Dutch schools by their BRIN number; schools elsewhere
 * have none we can check and are told apart by name and municipality.
 */
export const identifierTypes = ['instellingsnummer', 'fase', 'brin', 'none'] as const;
export type IdentifierType = (typeof identifierTypes)[number];

export const countries = ['BE', 'NL', 'other'] as const;
export type Country = (typeof countries)[number];

export const dutchSectors = ['po', 'vo', 'mbo'] as const;
export type DutchSector = (typeof dutchSectors)[number];

/** The country an identifier type belongs to. */
export function countryOf(type: IdentifierType): Country {
  return type === 'brin' ? 'NL' : type === 'none' ? 'other' : 'BE';
}

/** Province and onderwijsnet are Flemish notions: only schools with an instellingsnummer have them. */
export const isFlemish = (type: IdentifierType): boolean => type === 'instellingsnummer';

/** The 5 or 6 digits of an instellingsnummer, zero-padded to 6 (35865 = 035865); null when malformed. */
export function normaliseInstitutionNumber(text: string): string | null {
  const v = text.trim();
  return /^\d{5,6}$/.test(v) ? v.padStart(6, '0') : null;
}

/** A FASE number (1 to 5 digits, leading zeros dropped: 0123 = 123); null when malformed. */
export function normaliseFase(text: string): string | null {
  const v = text.trim().replace(/^fase[\s-]*/i, '');
  if (!/^\d{1,5}$/.test(v)) return null;
  const n = String(Number(v));
  return n === '0' ? null : n;
}

/**
 * A BRIN number: two digits and two letters (12AB), optionally with a two-digit vestiging (12AB00).
 * Case and spaces do not matter ("12 ab 01" = 12AB01); null when malformed.
 */
export function normaliseBrin(text: string): string | null {
  const v = text.replace(/\s+/g, '').replace(/^brin-?/i, '').toUpperCase();
  return /^\d{2}[A-Z]{2}(\d{2})?$/.test(v) ? v : null;
}

/** A Dutch postcode, written "1234 AB" whatever the case and spacing; null when malformed. */
export function normaliseDutchPostcode(text: string): string | null {
  const match = /^([1-9]\d{3})\s*([a-zA-Z]{2})$/.exec(text.trim());
  return match ? `${match[1]} ${match[2]!.toUpperCase()}` : null;
}

/** A Belgian postcode: four digits, not starting with 0. */
export function normaliseBelgianPostcode(text: string): string | null {
  const v = text.trim();
  return /^[1-9]\d{3}$/.test(v) ? v : null;
}

export function normaliseIdentifier(type: Exclude<IdentifierType, 'none'>, text: string): string | null {
  if (type === 'instellingsnummer') return normaliseInstitutionNumber(text);
  return type === 'fase' ? normaliseFase(text) : normaliseBrin(text);
}

/**
 * The school's key in the register and its URL (`/school/<key>`), stored in `institution_number`:
 * the instellingsnummer itself (so every existing URL and import keeps working), `fase-123`,
 * `brin-12AB00`, or for a school without identifier `school-` and a random part. Prefixes keep the
 * types apart, so the same digits as a FASE number and an instellingsnummer are two schools.
 */
export function schoolKey(type: IdentifierType, identifier: string): string {
  if (type === 'instellingsnummer') return identifier;
  return type === 'none' ? `school-${identifier}` : `${type}-${identifier}`;
}

/** Reads a key as written in a URL (any case, an instellingsnummer of 5 digits) into the stored key. */
export function parseSchoolKey(text: string): string | null {
  const v = text.trim();
  const number = normaliseInstitutionNumber(v);
  if (number) return number;
  const lower = v.toLowerCase();
  if (lower.startsWith('fase-')) {
    const fase = normaliseFase(v.slice(5));
    return fase ? schoolKey('fase', fase) : null;
  }
  if (lower.startsWith('brin-')) {
    const brin = normaliseBrin(v.slice(5));
    return brin ? schoolKey('brin', brin) : null;
  }
  return /^school-[0-9a-f]{12}$/.test(lower) ? lower : null;
}

/** The identifier as people write it: "035865", "FASE 123", "BRIN 12AB00"; empty when there is none. */
export function displayIdentifier(type: IdentifierType, key: string): string {
  if (type === 'instellingsnummer') return key;
  if (type === 'none') return '';
  return `${type.toUpperCase()} ${key.slice(type.length + 1)}`;
}

/** Names people type for Belgium and the Netherlands: those countries are chosen from the list instead. */
const listedCountryNames = new Set(['belgie', 'belgium', 'belgique', 'belgien', 'nederland', 'netherlands', 'the netherlands', 'holland', 'pays-bas', 'niederlande']);

export function isListedCountryName(name: string): boolean {
  return listedCountryNames.has(name.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

/**
 * Mail providers anyone can get an address at: listing one as a school's domain would let
 * everyone join that school at once, so they are refused.
 */
const openMailDomains = new Set([
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.be', 'hotmail.nl', 'outlook.com', 'outlook.be', 'live.com', 'live.be',
  'live.nl', 'msn.com', 'yahoo.com', 'yahoo.fr', 'icloud.com', 'me.com', 'proton.me', 'protonmail.com', 'telenet.be', 'skynet.be',
  'proximus.be', 'scarlet.be', 'gmx.com', 'gmx.net', 'ziggo.nl', 'kpnmail.nl', 'kpnplanet.nl', 'xs4all.nl', 'planet.nl', 'home.nl', 'aol.com'
]);

/** A mail domain as typed ("@Sint-Jozef.be", "sint-jozef.be") in lower case without "@"; null when not a domain. */
export function normaliseMailDomain(text: string): string | null {
  const v = text.trim().replace(/^@/, '').toLowerCase();
  if (v.length > 253) return null;
  return /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$/.test(v) ? v : null;
}

export const isOpenMailDomain = (domain: string): boolean => openMailDomains.has(domain);

/** The domain of an address (after the last "@"), lower case. */
export function mailDomainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * Who decides on a request to join a school: its coordinators; a school without any, the
 * facilitators of the organisations whose networks it belongs to this or last school year; a school
 * without either, the platform admins.
 */
export type JoinRoute =
  | { to: 'coordinators' }
  | { to: 'facilitators'; organisationIds: string[] }
  | { to: 'platform-admins' };

export function joinRouteOf(facts: { coordinatorCount: number; networkOrganisationIds: string[] }): JoinRoute {
  if (facts.coordinatorCount > 0) return { to: 'coordinators' };
  const organisationIds = [...new Set(facts.networkOrganisationIds)].sort();
  return organisationIds.length > 0 ? { to: 'facilitators', organisationIds } : { to: 'platform-admins' };
}

/** The school years whose memberships route a request: the current one, the one before, and the working year. */
export function routingSchoolYears(current: number, working: number): number[] {
  return [...new Set([current - 1, current, working])];
}
