// The network map's pure rules (ADR 036): its vocabulary (categories, closeness, target groups),
// seed 003's template, the filters of the map page, the yearly difference and what to optimise.
// The spreadsheet export and import of a map live in map-sheet/rules.ts (exceljs; ADR 045).

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

