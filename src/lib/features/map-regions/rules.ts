// The regional view's pure rules (ADR 047): which scope the URL asks for, which categories the
// schools miss, and where the graph's nodes go (computed once on the server, so the browser only
// draws and pans: no force layout over 13,000 nodes on a phone).
import { closenessLevels, partnerCategories, type Closeness, type PartnerCategory } from '../network-map/rules';

export interface RegionScopeQuery {
  /** A network of the organisation by slug, or null for every map shared with it. */
  network: string | null;
  /** A school year by its start year; null for the network's latest. */
  year: number | null;
}

/** `?netwerk=slug&jaar=2023`; null when either is malformed (the page answers 404). */
export function readRegionScope(params: URLSearchParams): RegionScopeQuery | null {
  const network = params.get('netwerk')?.trim() ?? '';
  const year = params.get('jaar')?.trim() ?? '';
  if (network && !/^[a-z0-9][a-z0-9-]{0,99}$/.test(network)) return null;
  if (year && !/^\d{4}$/.test(year)) return null;
  return { network: network || null, year: network && year ? Number(year) : null };
}

/** The same scope as URL parameters, for the data endpoint and the form. */
export function regionScopeQuery(scope: { network: string | null; year: number | null }): string {
  const params = new URLSearchParams();
  if (scope.network) params.set('netwerk', scope.network);
  if (scope.network && scope.year !== null) params.set('jaar', String(scope.year));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface CategoryGap {
  category: PartnerCategory;
  /** How many of the schools have no partner in this category. */
  without: number;
}

/**
 * Per category how many schools have none of it, most missing first (then in the categories'
 * order). A partner counts for each of its categories.
 */
export function categoryGaps(schoolIds: string[], held: { schoolId: string; category: string }[]): CategoryGap[] {
  const inScope = new Set(schoolIds);
  const holders = new Map<string, Set<string>>();
  for (const row of held) {
    if (!inScope.has(row.schoolId)) continue;
    let set = holders.get(row.category);
    if (!set) holders.set(row.category, (set = new Set()));
    set.add(row.schoolId);
  }
  return partnerCategories
    .map((category) => ({ category, without: inScope.size - (holders.get(category)?.size ?? 0) }))
    .sort((a, b) => b.without - a.without || partnerCategories.indexOf(a.category) - partnerCategories.indexOf(b.category));
}

export interface GraphInput {
  schools: { id: string; name: string; municipality: string }[];
  partners: { id: string; name: string; category: PartnerCategory }[];
  links: { schoolId: string; partnerId: string; closeness: Closeness }[];
}

/**
 * The graph as compact arrays for the data endpoint: `s` schools [name, municipality, x, y],
 * `p` partners [name, category index, x, y, schools], `e` edges flat as school index, partner
 * index, closeness index (0 = kennen elkaar … 4 = formele overeenkomst), `c` the categories.
 */
export interface CompactGraph {
  c: readonly PartnerCategory[];
  s: [string, string, number, number][];
  p: [string, number, number, number, number][];
  e: number[];
}

const goldenAngle = Math.PI * (3 - Math.sqrt(5));
const round = (n: number) => Math.round(n * 10) / 10;

/** A small deterministic hash, so a partner's jitter is the same on every request. */
function jitter(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1000) / 1000;
}

/**
 * Schools on a sunflower spiral, ordered by municipality so a town's schools sit together; each
 * partner at the centre of the schools it serves, nudged outwards and aside so it does not cover
 * them. A partner serving many schools therefore lands between them, towards the middle.
 */
export function layoutRegion(input: GraphInput): CompactGraph {
  const schools = [...input.schools].sort((a, b) => a.municipality.localeCompare(b.municipality, 'nl') || a.name.localeCompare(b.name, 'nl'));
  const schoolIndex = new Map(schools.map((s, i) => [s.id, i]));
  const s: CompactGraph['s'] = schools.map((school, i) => {
    const r = 10 * Math.sqrt(i + 0.5);
    return [school.name, school.municipality, round(r * Math.cos(i * goldenAngle)), round(r * Math.sin(i * goldenAngle))];
  });
  const partnerIndex = new Map(input.partners.map((p, i) => [p.id, i]));
  const sums = input.partners.map(() => ({ x: 0, y: 0, n: 0 }));
  const e: number[] = [];
  for (const link of input.links) {
    const si = schoolIndex.get(link.schoolId);
    const pi = partnerIndex.get(link.partnerId);
    if (si === undefined || pi === undefined) continue;
    e.push(si, pi, closenessLevels.indexOf(link.closeness));
    const sum = sums[pi]!;
    sum.x += s[si]![2];
    sum.y += s[si]![3];
    sum.n += 1;
  }
  const p: CompactGraph['p'] = input.partners.map((partner, i) => {
    const { x, y, n } = sums[i]!;
    const angle = jitter(partner.id) * 2 * Math.PI;
    const spread = 4 + 6 * jitter(`${partner.id}:r`);
    const cx = n ? x / n : 0;
    const cy = n ? y / n : 0;
    return [partner.name, partnerCategories.indexOf(partner.category), round(cx * 1.05 + spread * Math.cos(angle)), round(cy * 1.05 + spread * Math.sin(angle)), n];
  });
  return { c: partnerCategories, s, p, e };
}
