/**
 * Rules for importing the list of schools that took part in a project in a school year.
 * Pure: the caller reads the file (see $lib/server/spreadsheets) and supplies the school lookup.
 */
import { issueKey, type ErrorKey } from '$lib/i18n/messages';
import { schoolCreateSchema, type SchoolInput } from '../schools/schema';
import { normaliseBrin, normaliseFase, normaliseInstitutionNumber, schoolKey } from '../schools/rules';

export const importFields = [
  'institutionNumber',
  'name',
  'street',
  'postalCode',
  'municipality',
  'province',
  'level',
  'educationNetwork',
  // Schools outside Flanders (ADR 028): their own number columns; they are matched, never created here.
  'brin',
  'fase'
] as const;
export type ImportField = (typeof importFields)[number];
/** What a new (Flemish) school needs: every field but the numbers of the other identifier types. */
const createFields = importFields.filter((field) => field !== 'brin' && field !== 'fase');
export type ImportColumns = Partial<Record<ImportField, number>>;

/** Error keys this import adds to i18n `errors` (the reading of the file adds its own four). */
export const importRuleErrorKeys = ['importNoIdentity', 'importSchoolUnknown', 'importDuplicateRow', 'importIdentifierInvalid', 'importSchoolUnknownAbroad'] as const;

/** Lower case, accents and everything but letters and digits removed: 'Instellings-nr.' → 'instellingsnr'. */
function simplify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const headerAliases: Record<ImportField, string[]> = {
  institutionNumber: ['instellingsnummer', 'instellingsnr', 'instellingnummer', 'institutionnumber', 'institutionno', 'nummer'],
  name: ['naam', 'school', 'schoolnaam', 'naamschool', 'naamvandeschool', 'name', 'schoolname'],
  street: ['straat', 'adres', 'straatennummer', 'straatnr', 'street', 'address', 'streetaddress'],
  postalCode: ['postcode', 'postalcode', 'zip', 'zipcode'],
  municipality: ['gemeente', 'municipality', 'stad', 'city', 'plaats', 'woonplaats'],
  province: ['provincie', 'province'],
  level: ['niveau', 'onderwijsniveau', 'level'],
  educationNetwork: ['onderwijsnet', 'net', 'network', 'educationnetwork'],
  brin: ['brin', 'brinnummer', 'brinnr', 'brincode', 'brinvestiging'],
  fase: ['fase', 'fasenummer', 'fasenr', 'numerofase', 'ecolefase']
};

export function mapImportHeaders(headers: string[]): { ok: true; columns: ImportColumns } | { ok: false; key: 'importNoIdentity' } {
  const simple = headers.map(simplify);
  const columns: ImportColumns = {};
  for (const field of importFields) {
    // the most specific alias wins: 'Instellingsnummer' over a 'Nummer' column elsewhere
    for (const alias of headerAliases[field]) {
      const index = simple.indexOf(alias);
      if (index >= 0) {
        columns[field] = index;
        break;
      }
    }
  }
  const hasNumber = columns.institutionNumber !== undefined || columns.brin !== undefined || columns.fase !== undefined;
  const hasIdentity = hasNumber || (columns.name !== undefined && columns.municipality !== undefined);
  return hasIdentity ? { ok: true, columns } : { ok: false, key: 'importNoIdentity' };
}

/** Key of a school by name and municipality: lower case, trimmed, whitespace collapsed, accents kept. */
export function nameKey(name: string, municipality: string): string {
  const clean = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return `${clean(name)}|${clean(municipality)}`;
}

// Dutch (and a few English) labels → enum values, keyed by simplify(label).
const labels = (map: Record<string, string[]>) =>
  new Map(Object.entries(map).flatMap(([value, names]) => names.map((n) => [simplify(n), value] as const)));

const provinceLabels = labels({
  antwerpen: ['antwerpen', 'provincie antwerpen', 'antwerp'],
  limburg: ['limburg', 'provincie limburg'],
  'oost-vlaanderen': ['oost-vlaanderen', 'provincie oost-vlaanderen', 'east flanders'],
  'vlaams-brabant': ['vlaams-brabant', 'provincie vlaams-brabant', 'flemish brabant'],
  'west-vlaanderen': ['west-vlaanderen', 'provincie west-vlaanderen', 'west flanders'],
  brussel: ['brussel', 'brussels', 'bruxelles', 'brussel-hoofdstad', 'brussels hoofdstedelijk gewest', 'brussels gewest', 'brussels capital region']
});
const levelLabels = labels({
  basis: ['basis', 'basisonderwijs', 'gewoon basisonderwijs', 'bao', 'kleuter- en lager onderwijs', 'primary', 'primary education'],
  secundair: ['secundair', 'secundair onderwijs', 'gewoon secundair onderwijs', 'so', 'secondary', 'secondary education'],
  buitengewoon: [
    'buitengewoon',
    'buitengewoon onderwijs',
    'buitengewoon basisonderwijs',
    'buitengewoon secundair onderwijs',
    'buo',
    'bubao',
    'buso',
    'special',
    'special education',
    'special needs education'
  ]
});
const networkLabels = labels({
  go: ['go', 'go!', 'go! onderwijs van de vlaamse gemeenschap', 'gemeenschapsonderwijs', 'community education'],
  'officieel-gesubsidieerd': ['officieel gesubsidieerd', 'officieel gesubsidieerd onderwijs', 'ogo', 'official subsidised'],
  'vrij-gesubsidieerd': ['vrij gesubsidieerd', 'vrij gesubsidieerd onderwijs', 'vgo', 'katholiek onderwijs', 'free subsidised']
});
const fromLabel = (map: Map<string, string>, value: string) => map.get(simplify(value)) ?? value;

export type SchoolRef = { id: string; name: string };
export type SchoolLookup = {
  byNumber: Map<string, SchoolRef>;
  /** keyed by nameKey(name, municipality) */
  byNameAndMunicipality: Map<string, SchoolRef>;
};

type RowBase = { line: number; values: Record<ImportField, string> };
export type ImportRow =
  | (RowBase & { outcome: 'matched'; schoolId: string; schoolName: string })
  | (RowBase & { outcome: 'new'; school: SchoolInput })
  | (RowBase & { outcome: 'error'; key: ErrorKey });

/**
 * Classifies each data row. `lineNumbers[i]` is the file row of `rows[i]` (readTable gives them);
 * without it row i is taken to be on line i + 2 (header on line 1, no blank rows).
 */
export function classifyImportRows(
  rows: string[][],
  columns: ImportColumns,
  lookup: SchoolLookup,
  lineNumbers?: number[]
): ImportRow[] {
  const seen = new Set<string>();
  return rows.map((row, index) => {
    const values = Object.fromEntries(
      importFields.map((field) => {
        const column = columns[field];
        return [field, column === undefined ? '' : (row[column] ?? '').trim()];
      })
    ) as Record<ImportField, string>;
    const base = { line: lineNumbers?.[index] ?? index + 2, values };
    const result = classifyOne(values, lookup);
    if (result.outcome === 'error') return { ...base, ...result };
    if (result.identities.some((id) => seen.has(id))) return { ...base, outcome: 'error', key: 'importDuplicateRow' };
    result.identities.forEach((id) => seen.add(id));
    if (result.outcome === 'matched') return { ...base, outcome: 'matched', schoolId: result.schoolId, schoolName: result.schoolName };
    return { ...base, outcome: 'new', school: result.school };
  });
}

type Classified =
  | { outcome: 'matched'; schoolId: string; schoolName: string; identities: string[] }
  | { outcome: 'new'; school: SchoolInput; identities: string[] }
  | { outcome: 'error'; key: ErrorKey };

/**
 * The school's key from the row's numbers (ADR 028): a BRIN or FASE number in its own column, or in
 * the number column an instellingsnummer, a BRIN number (letters make it one: 12AB00) or either
 * type written with its name ("BRIN 12AB00", "fase-1234"); null when the row has no number.
 */
function keyOf(values: Record<ImportField, string>): { key: string | null } | { error: ErrorKey } {
  const typed = (type: 'brin' | 'fase', text: string) => {
    const id = type === 'brin' ? normaliseBrin(text) : normaliseFase(text);
    return id ? { key: schoolKey(type, id) } : { error: type === 'brin' ? ('brinInvalid' as const) : ('faseInvalid' as const) };
  };
  if (values.brin !== '') return typed('brin', values.brin);
  if (values.fase !== '') return typed('fase', values.fase);
  const number = values.institutionNumber;
  if (number === '') return { key: null };
  if (/^brin\b/i.test(number)) return typed('brin', number);
  if (/^fase\b/i.test(number)) return typed('fase', number);
  const flemish = normaliseInstitutionNumber(number);
  if (flemish) return { key: flemish };
  const brin = normaliseBrin(number);
  if (brin) return { key: schoolKey('brin', brin) };
  return { error: /^\d+$/.test(number.trim()) ? 'institutionNumberInvalid' : 'importIdentifierInvalid' };
}

function classifyOne(values: Record<ImportField, string>, lookup: SchoolLookup): Classified {
  const found = keyOf(values);
  if ('error' in found) return { outcome: 'error', key: found.error };
  if (found.key) {
    const school = lookup.byNumber.get(found.key);
    if (school) return matched(school);
  }
  if (values.name !== '' && values.municipality !== '') {
    const school = lookup.byNameAndMunicipality.get(nameKey(values.name, values.municipality));
    if (school) return matched(school);
  }
  // A school outside Flanders is added to the register with its own details first; a row cannot.
  if (found.key && found.key !== normaliseInstitutionNumber(found.key)) return { outcome: 'error', key: 'importSchoolUnknownAbroad' };
  if (createFields.some((field) => values[field] === '')) return { outcome: 'error', key: 'importSchoolUnknown' };
  const parsed = schoolCreateSchema.safeParse({
    ...values,
    province: fromLabel(provinceLabels, values.province),
    level: fromLabel(levelLabels, values.level),
    educationNetwork: fromLabel(networkLabels, values.educationNetwork)
  });
  if (!parsed.success) return { outcome: 'error', key: issueKey(parsed.error.issues[0]?.message) };
  const school = parsed.data;
  return { outcome: 'new', school, identities: [`nr:${school.institutionNumber}`, `name:${nameKey(school.name, school.municipality)}`] };
}

function matched(school: SchoolRef): Classified {
  return { outcome: 'matched', schoolId: school.id, schoolName: school.name, identities: [`id:${school.id}`] };
}

export function summariseImport(rows: ImportRow[]): { matched: number; new: number; error: number } {
  const counts = { matched: 0, new: 0, error: 0 };
  for (const row of rows) counts[row.outcome]++;
  return counts;
}
