// Pure rules of coming together with a municipality (ADR 030): reading the choice from the
// registration form, and the invoice that goes to the municipality.

import { normaliseEnterpriseNumber } from '../registrations/rules';

export interface PairOption {
  id: string;
  name: string;
  country: 'BE' | 'NL';
  invoiceName: string;
  invoiceNumber: string;
  invoiceEmail: string;
  /** The municipality's schools in the register (same name and country), by name. */
  schools: { id: string; name: string }[];
}

/** Who a registration comes together with: a municipality and the schools of it that the pair is about. */
export type PairChoice = { municipalityId: string; schoolIds: string[] } | null;

export const pairMunicipalityField = 'pairMunicipality';
export const pairSchoolField = (schoolId: string) => `pairSchool_${schoolId}`;

/**
 * The form's choice: `pairMunicipality` is '' (not together) or one of the offered municipalities;
 * `pairSchool_<id>` checkboxes name schools. Without JavaScript every municipality's schools are in
 * the form (each under its own option), so a school of another municipality than the chosen one is
 * dropped, as an answer to a question that does not apply is. An unknown municipality is refused.
 */
export function readPairChoice(raw: Record<string, unknown>, options: PairOption[]): { ok: true; pair: PairChoice } | { ok: false; key: 'registrationPairUnknown' } {
  const value = raw[pairMunicipalityField];
  if (value === undefined || value === '') return { ok: true, pair: null };
  const option = options.find((o) => o.id === value);
  if (!option) return { ok: false, key: 'registrationPairUnknown' };
  const schoolIds = option.schools.filter((s) => raw[pairSchoolField(s.id)] === 'on').map((s) => s.id);
  return { ok: true, pair: { municipalityId: option.id, schoolIds } };
}

/** The invoice made out to the municipality one comes with: its own details, one's reference and, if given, an address. */
export function municipalityInvoice(option: PairOption, reference: string, email: string): Record<string, string> {
  return {
    type: 'gemeente', name: option.invoiceName, enterpriseNumber: option.invoiceNumber, reference,
    email: email || option.invoiceEmail, municipalityId: option.id
  };
}

export interface PairMember {
  registrationId: string;
  name: string;
  role: 'officer' | 'school';
  portfolio: string | null;
  schools: string[];
}

export interface PairGroup {
  municipalityId: string;
  municipality: string;
  country: 'BE' | 'NL';
  officers: PairMember[];
  schools: PairMember[];
}

/** The organiser's overview: per municipality, its officers and the school registrants that come with it, by name. */
export function groupPairs(members: (PairMember & { municipalityId: string; municipality: string; country: 'BE' | 'NL' })[]): PairGroup[] {
  const groups = new Map<string, PairGroup>();
  const byName = (a: PairMember, b: PairMember) => a.name.localeCompare(b.name, 'nl') || a.registrationId.localeCompare(b.registrationId);
  for (const member of members) {
    const group = groups.get(member.municipalityId)
      ?? { municipalityId: member.municipalityId, municipality: member.municipality, country: member.country, officers: [], schools: [] };
    const person: PairMember = { registrationId: member.registrationId, name: member.name, role: member.role, portfolio: member.portfolio, schools: member.schools };
    (member.role === 'officer' ? group.officers : group.schools).push(person);
    groups.set(member.municipalityId, group);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, officers: g.officers.sort(byName), schools: g.schools.sort(byName) }))
    .sort((a, b) => a.municipality.localeCompare(b.municipality, 'nl'));
}

export type MunicipalityNumberResult = { ok: true; value: string } | { ok: false; key: 'municipalityNumberBe' | 'municipalityNumberNl' };

/**
 * A municipality's number on its invoices, checked by its country: a Belgian enterprise number
 * (with its check digits) or a Dutch KvK-nummer (8 digits, written "KvK 12345678"). Empty is
 * allowed: the invoice then goes without a number, as it did before municipalities had one.
 */
export function normaliseMunicipalityNumber(country: 'BE' | 'NL', input: string): MunicipalityNumberResult {
  const text = input.trim();
  if (text === '') return { ok: true, value: '' };
  if (country === 'BE') {
    const result = normaliseEnterpriseNumber(text);
    return result.ok ? { ok: true, value: result.value } : { ok: false, key: 'municipalityNumberBe' };
  }
  const digits = text.replace(/^kvk[-\s:]*/i, '').replace(/[\s.]/g, '');
  return /^\d{8}$/.test(digits) ? { ok: true, value: `KvK ${digits}` } : { ok: false, key: 'municipalityNumberNl' };
}
