import ExcelJS from 'exceljs';
import type { Messages } from '$lib/i18n/messages';
import { hasRefusedCharacter } from '$lib/text-input';
// The network map's pure rules (ADR 036): its vocabulary (categories, closeness, target groups),
// seed 003's template, the filters of the map page, the yearly difference and what to optimise.

/** The kinds of partner a school's map groups by; seed 003's list and the issue's. */
export const partnerCategories = [
  'clb', 'bibliotheek', 'geloofsgemeenschap', 'hoger-onderwijs', 'integrale-jeugdhulp', 'kind-en-gezin', 'caw',
  'welzijn-zorg', 'armoede', 'serviceclubs', 'brugfiguren', 'lokaal-overleg', 'sport', 'cultuur', 'politie-justitie',
  'buurt', 'ouders-oud-leerlingen', 'stageplaatsen', 'informeel'
] as const;
export type PartnerCategory = (typeof partnerCategories)[number];

/** How close the school works with a partner, loosest first; the line on the drawing thickens with it. */
export const closenessLevels = ['kennen', 'informeren', 'afstemmen', 'samenwerken', 'overeenkomst'] as const;
export type Closeness = (typeof closenessLevels)[number];

export const targetGroups = ['leerlingen', 'ouders', 'team'] as const;
export type TargetGroup = (typeof targetGroups)[number];

/** The roles in a school that can hold a contact: the school's roles plus those seed 003 names. */
export const contactRoles = [
  'directeur', 'zorgcoordinator', 'leerlingenbegeleider', 'zorgleerkracht', 'intern-begeleider', 'leerkracht',
  'middenkader', 'ambassadeur', 'bestuurder', 'brugfiguur'
] as const;
export type ContactRole = (typeof contactRoles)[number];

export function closenessRank(level: Closeness): number {
  return closenessLevels.indexOf(level) + 1;
}

/** What a link says about whom it serves, as stored. */
export interface LinkTargets { forPupils: boolean; forParents: boolean; forTeam: boolean }

export function servesGroup(link: LinkTargets, group: TargetGroup): boolean {
  return group === 'leerlingen' ? link.forPupils : group === 'ouders' ? link.forParents : link.forTeam;
}

/** A network measure per partner: how many of the school's three target groups the link serves. */
export function groupsServed(link: LinkTargets): number {
  return targetGroups.filter((g) => servesGroup(link, g)).length;
}

/** A template row: seed 003's example table, with the municipality filled in where the partner is local. */
export interface TemplateRow {
  name: (municipality: string) => string;
  local: boolean;
  category: PartnerCategory;
  nature: string;
  targets: LinkTargets;
}

const only = (g: TargetGroup[]): LinkTargets => ({ forPupils: g.includes('leerlingen'), forParents: g.includes('ouders'), forTeam: g.includes('team') });

/** Seed 003 ("Netwerk van de school"), instrument 1: the example table a school starts from. */
export const seedTemplate: TemplateRow[] = [
  { name: (m) => `Openbare bibliotheek ${m}`, local: true, category: 'bibliotheek', nature: 'Leesproject verteltassen', targets: only(['leerlingen']) },
  { name: (m) => `Parochie ${m}`, local: true, category: 'geloofsgemeenschap', nature: 'Lokale geloofsgemeenschap', targets: only(['ouders']) },
  { name: (m) => `Moskeevereniging ${m}`, local: true, category: 'geloofsgemeenschap', nature: 'Lokale geloofsgemeenschap', targets: only(['ouders']) },
  { name: (m) => `Stagiaires van de hogeschool (${m})`, local: true, category: 'hoger-onderwijs', nature: 'Huiswerkbegeleiding', targets: only(['leerlingen']) },
  { name: () => 'Integrale jeugdhulp', local: false, category: 'integrale-jeugdhulp', nature: 'Link fase 2 en 3', targets: only(['leerlingen', 'ouders']) },
  { name: () => 'Kind en Gezin', local: false, category: 'kind-en-gezin', nature: 'Integrale jeugdhulp', targets: only(['leerlingen', 'ouders']) },
  { name: (m) => `CAW ${m}`, local: true, category: 'caw', nature: 'Centrum voor algemeen welzijnswerk, integrale jeugdhulp', targets: only(['leerlingen', 'ouders']) },
  { name: (m) => `Serviceclubs en sponsors ${m}`, local: true, category: 'serviceclubs', nature: 'Versterken het sociaal fonds van de school', targets: only(['team']) },
  { name: (m) => `Brugfiguren ${m}`, local: true, category: 'brugfiguren', nature: 'Leggen de brug tussen thuis en school', targets: only(['leerlingen', 'ouders']) }
];

/** The map page's filters, read from its GET parameters; an unknown value filters nothing. */
export interface MapFilters {
  group: TargetGroup | null;
  category: PartnerCategory | null;
  role: ContactRole | null;
  closeness: Closeness | null;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

export function readFilters(params: URLSearchParams): MapFilters {
  return {
    group: oneOf(targetGroups, params.get('doelgroep')),
    category: oneOf(partnerCategories, params.get('categorie')),
    role: oneOf(contactRoles, params.get('rol')),
    closeness: oneOf(closenessLevels, params.get('nabijheid'))
  };
}

export interface FilterableLink extends LinkTargets {
  category: PartnerCategory;
  contactRole: ContactRole | null;
  closeness: Closeness;
}

/** A link passes when it matches every filter set; closeness is "at least". */
export function matchesFilters(link: FilterableLink, filters: MapFilters): boolean {
  return (!filters.group || servesGroup(link, filters.group))
    && (!filters.category || link.category === filters.category)
    && (!filters.role || link.contactRole === filters.role)
    && (!filters.closeness || closenessRank(link.closeness) >= closenessRank(filters.closeness));
}

/** What a snapshot keeps of a link: enough to list and compare it in a later year. */
export interface SnapshotLink {
  partnerId: string;
  name: string;
  category: PartnerCategory;
  closeness: Closeness;
}

export interface YearDifference {
  added: SnapshotLink[];
  ended: SnapshotLink[];
  closer: { now: SnapshotLink; before: Closeness }[];
  looser: { now: SnapshotLink; before: Closeness }[];
}

/** This year's links against last year's, by partner. */
export function yearDifference(now: SnapshotLink[], before: SnapshotLink[]): YearDifference {
  const earlier = new Map(before.map((l) => [l.partnerId, l]));
  const current = new Set(now.map((l) => l.partnerId));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');
  const difference: YearDifference = { added: [], ended: before.filter((l) => !current.has(l.partnerId)).sort(byName), closer: [], looser: [] };
  for (const link of [...now].sort(byName)) {
    const was = earlier.get(link.partnerId);
    if (!was) difference.added.push(link);
    else if (closenessRank(link.closeness) > closenessRank(was.closeness)) difference.closer.push({ now: link, before: was.closeness });
    else if (closenessRank(link.closeness) < closenessRank(was.closeness)) difference.looser.push({ now: link, before: was.closeness });
  }
  return difference;
}

/** Categories with no partner, and those with only one, in the list's order. */
export function categoryCoverage(links: { category: PartnerCategory }[]): { empty: PartnerCategory[]; thin: PartnerCategory[] } {
  const counts = new Map<PartnerCategory, number>();
  for (const link of links) counts.set(link.category, (counts.get(link.category) ?? 0) + 1);
  return {
    empty: partnerCategories.filter((c) => !counts.has(c)),
    thin: partnerCategories.filter((c) => counts.get(c) === 1)
  };
}

/**
 * The antenna function: how many contacts each role and person in the school holds. Roles of the
 * list that hold none are named too, so the map shows who could take some up.
 */
export function antenna(links: { contactRole: ContactRole | null; contactPersonName: string | null }[]) {
  const roles = new Map<ContactRole, number>();
  const persons = new Map<string, number>();
  let nobody = 0;
  for (const link of links) {
    if (link.contactRole) roles.set(link.contactRole, (roles.get(link.contactRole) ?? 0) + 1);
    if (link.contactPersonName) persons.set(link.contactPersonName, (persons.get(link.contactPersonName) ?? 0) + 1);
    if (!link.contactRole && !link.contactPersonName) nobody++;
  }
  const byCount = <K>(map: Map<K, number>) => [...map].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count);
  return {
    roles: byCount(roles),
    persons: byCount(persons),
    rolesWithout: contactRoles.filter((r) => !roles.has(r)),
    withoutHolder: nobody
  };
}

// The network map as a spreadsheet (issue 15): seed 003's table with one column per fact, so a
// school can keep, share or rework its map in Excel. Labels come from the messages passed in.

export interface SheetLink {
  partnerName: string; categories: PartnerCategory[]; municipality: string; nature: string;
  forPupils: boolean; forParents: boolean; forTeam: boolean;
  contactRole: ContactRole | null; contactPersonName: string | null; closeness: Closeness; sinceYear: number | null; notes: string;
}

export interface SheetLabels {
  sheetName: string;
  headers: { organisation: string; category: string; municipality: string; nature: string; contactRole: string; contactPerson: string; closeness: string; since: string; notes: string };
  groups: Record<(typeof targetGroups)[number], string>;
  categories: Record<PartnerCategory, string>;
  closeness: Record<Closeness, string>;
  roles: Record<ContactRole, string>;
  mark: string;
}

export function sheetLabels(m: Messages): SheetLabels {
  const t = m.networkMap;
  return { sheetName: t.sheet.sheetName, headers: t.sheet.headers, groups: t.groups, categories: t.categories, closeness: t.closeness, roles: m.schoolRoles, mark: t.mark };
}

/** The header row: organisation; category; municipality; nature; a column per target group; contact; closeness; since; notes. */
export function sheetHeaders(labels: SheetLabels): string[] {
  const h = labels.headers;
  return [h.organisation, h.category, h.municipality, h.nature, ...targetGroups.map((g) => labels.groups[g]), h.contactRole, h.contactPerson, h.closeness, h.since, h.notes];
}

/** One row per link; a second category follows the first after ' + '. */
export function sheetRow(link: SheetLink, labels: SheetLabels): (string | number)[] {
  return [
    link.partnerName,
    link.categories.map((c) => labels.categories[c]).join(' + '),
    link.municipality,
    link.nature,
    ...targetGroups.map((g) => (servesGroup(link, g) ? labels.mark : '')),
    link.contactRole ? labels.roles[link.contactRole] : '',
    link.contactPersonName ?? '',
    labels.closeness[link.closeness],
    link.sinceYear ?? '',
    link.notes
  ];
}

export async function mapToXlsx(links: SheetLink[], labels: SheetLabels, title: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Netwerkplein';
  workbook.title = title;
  const sheet = workbook.addWorksheet(labels.sheetName.slice(0, 31));
  const headers = sheetHeaders(labels);
  sheet.addRow(headers).font = { bold: true };
  const rows = links.map((l) => sheetRow(l, labels));
  for (const row of rows) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(...[headers[i] ?? '', ...rows.map((r) => r[i] ?? '')].map((v) => String(v).length));
    column.width = Math.min(60, Math.max(8, longest + 2));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// Reading a network map back from a spreadsheet (issue 15, ADR 037). Pure: the caller reads the file
// and supplies the labels of both languages, the directory partners and the school's people.

/** A map is at most a few hundred partners (issue 15 measures 300); more rows is not a map. */
export const maxMapImportRows = 500;
export const maxMapImportBytes = 1024 * 1024;

const columnKeys = ['organisation', 'category', 'municipality', 'nature', 'leerlingen', 'ouders', 'team', 'contactRole', 'contactPerson', 'closeness', 'since', 'notes'] as const;
type ColumnKey = (typeof columnKeys)[number];
export type MapColumns = Partial<Record<ColumnKey, number>>;

/** Lower case, no accents, letters and digits only: 'Aard en specificaties' → 'aardenspecificaties'. */
export function simplify(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

function labelsOf(labels: SheetLabels, key: ColumnKey): string {
  return key === 'leerlingen' || key === 'ouders' || key === 'team' ? labels.groups[key] : labels.headers[key];
}

/** Finds each column by its header in any of the given languages; the organisation column is required. */
export function mapSheetColumns(headers: string[], languages: SheetLabels[]): { ok: true; columns: MapColumns } | { ok: false } {
  const simple = headers.map(simplify);
  const columns: MapColumns = {};
  for (const key of columnKeys) {
    const names = new Set([simplify(key), ...languages.map((l) => simplify(labelsOf(l, key)))]);
    const index = simple.findIndex((h) => names.has(h));
    if (index >= 0) columns[key] = index;
  }
  return columns.organisation === undefined ? { ok: false } : { ok: true, columns };
}

/** Label (either language) or key → value. */
function vocabulary<T extends string>(values: readonly T[], names: (l: SheetLabels) => Record<T, string>, languages: SheetLabels[]) {
  const map = new Map<string, T>();
  for (const value of values) {
    map.set(simplify(value), value);
    for (const l of languages) map.set(simplify(names(l)[value]), value);
  }
  return (text: string) => map.get(simplify(text)) ?? null;
}

export interface ImportedLink {
  name: string; municipality: string; categories: PartnerCategory[]; nature: string;
  forPupils: boolean; forParents: boolean; forTeam: boolean;
  contactRole: ContactRole | null; contactPersonId: string | null; closeness: Closeness; sinceYear: number | null; notes: string;
}

export const mapImportRefusals = [
  'mapImportNameMissing', 'mapImportCategoryUnknown', 'mapImportClosenessUnknown', 'mapImportRoleUnknown',
  'mapImportPersonUnknown', 'mapImportSinceInvalid', 'mapImportTooLong', 'mapImportDuplicate', 'controlCharacters'
] as const;
export type MapImportRefusal = (typeof mapImportRefusals)[number];

/** What a directory partner of the row's name and municipality is to this map, if it exists. */
export interface KnownPartner { partnerId: string; linkId: string | null }

export type MapImportRow =
  | { line: number; name: string; outcome: 'new'; link: ImportedLink }
  | { line: number; name: string; outcome: 'existing'; partnerId: string; link: ImportedLink }
  | { line: number; name: string; outcome: 'updated'; partnerId: string; linkId: string; link: ImportedLink }
  | { line: number; name: string; outcome: 'refused'; reason: MapImportRefusal };

export interface ImportLookup {
  /** Directory partners by partnerKey(name, municipality). */
  partners: Map<string, KnownPartner>;
  /** The school's people by simplified name. */
  staff: Map<string, string>;
}

export function partnerKey(name: string, municipality: string): string {
  const clean = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return `${clean(name)}|${clean(municipality)}`;
}

/** The names and municipalities the rows refer to, so the caller loads only those partners. */
export function referencedPartners(rows: string[][], columns: MapColumns): { name: string; municipality: string }[] {
  return rows.map((r) => ({ name: (r[columns.organisation!] ?? '').trim(), municipality: columns.municipality === undefined ? '' : (r[columns.municipality] ?? '').trim() }))
    .filter((p) => p.name !== '');
}

const limits = { name: 160, municipality: 100, nature: 300, notes: 2000 } as const;

/** Classifies every row; one refused row means the file is not applied (the caller decides). */
export function classifyMapRows(rows: string[][], lines: number[], columns: MapColumns, languages: SheetLabels[], lookup: ImportLookup): MapImportRow[] {
  const category = vocabulary(partnerCategories, (l) => l.categories, languages);
  const closeness = vocabulary(closenessLevels, (l) => l.closeness, languages);
  const role = vocabulary(contactRoles, (l) => l.roles, languages);
  const seen = new Set<string>();
  return rows.map((row, index) => {
    const cell = (key: ColumnKey) => (columns[key] === undefined ? '' : (row[columns[key]!] ?? '').trim());
    const line = lines[index] ?? index + 2;
    const name = cell('organisation');
    const refuse = (reason: MapImportRefusal): MapImportRow => ({ line, name, outcome: 'refused', reason });
    if (row.some(hasRefusedCharacter)) return refuse('controlCharacters');
    if (name.length < 2) return refuse('mapImportNameMissing');
    const municipality = cell('municipality');
    const nature = cell('nature');
    const notes = cell('notes');
    if (name.length > limits.name || municipality.length > limits.municipality || nature.length > limits.nature || notes.length > limits.notes) return refuse('mapImportTooLong');
    const categoryTexts = cell('category').split('+').map((c) => c.trim()).filter(Boolean);
    const categories = [...new Set(categoryTexts.map(category))];
    if (categories.length === 0 || categories.length > 2 || categories.includes(null)) return refuse('mapImportCategoryUnknown');
    const closenessText = cell('closeness');
    const level = closenessText === '' ? 'kennen' : closeness(closenessText);
    if (!level) return refuse('mapImportClosenessUnknown');
    const roleText = cell('contactRole');
    const contactRole = roleText === '' ? null : role(roleText);
    if (roleText !== '' && !contactRole) return refuse('mapImportRoleUnknown');
    const personText = cell('contactPerson');
    const contactPersonId = personText === '' ? null : lookup.staff.get(simplify(personText)) ?? null;
    if (personText !== '' && !contactPersonId) return refuse('mapImportPersonUnknown');
    const sinceText = cell('since');
    const sinceYear = sinceText === '' ? null : Number(sinceText);
    if (sinceYear !== null && !(Number.isInteger(sinceYear) && sinceYear >= 1900 && sinceYear <= 2100)) return refuse('mapImportSinceInvalid');
    const key = partnerKey(name, municipality);
    if (seen.has(key)) return refuse('mapImportDuplicate');
    seen.add(key);
    const [pupils, parents, team] = targetGroups.map((g) => cell(g) !== '');
    const link: ImportedLink = {
      name, municipality, categories: categories as PartnerCategory[], nature, forPupils: pupils!, forParents: parents!, forTeam: team!,
      contactRole, contactPersonId, closeness: level, sinceYear, notes
    };
    const known = lookup.partners.get(key);
    if (!known) return { line, name, outcome: 'new', link };
    if (known.linkId) return { line, name, outcome: 'updated', partnerId: known.partnerId, linkId: known.linkId, link };
    return { line, name, outcome: 'existing', partnerId: known.partnerId, link };
  });
}

export function summariseMapImport(rows: MapImportRow[]) {
  const count = (o: MapImportRow['outcome']) => rows.filter((r) => r.outcome === o).length;
  return { new: count('new'), existing: count('existing'), updated: count('updated'), refused: count('refused') };
}
