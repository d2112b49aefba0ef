import {
  closenessRank, groupsServed, partnerCategories, yearDifference,
  type Closeness, type LinkTargets, type PartnerCategory, type SnapshotLink
} from '$lib/features/network-map/rules';
// How a school's network map is drawn (ADR 036, 045), pure so the server's SVG and the browser's
// cytoscape graph put every partner in the same place: the school in the middle, one sector per
// category around it, the line thicker the closer the school works with the partner, the CLB a hub.

/** What a drawing needs of a link. */
export interface DrawnLink { id: string; partnerName: string; category: PartnerCategory; closeness: Closeness }

export interface PlacedNode<T> { link: T; x: number; y: number; right: boolean }
export interface Sector<T> { category: PartnerCategory; nodes: PlacedNode<T>[]; lx: number; ly: number; right: boolean }
export interface MapLayout<T> { width: number; height: number; cx: number; cy: number; sectors: Sector<T>[] }

/** The inner ring's radius, the distance between rings, and how many partners share one ring. */
export const ringRadius = 255;
const ringStep = 64;
const perRing = 60;
const baseWidth = 1200;
const baseHeight = 820;

/** How many rings a map of this many partners needs: one up to 60 partners, then one per 60 more. */
export function ringCount(partners: number): number {
  return Math.max(1, Math.ceil(partners / perRing));
}

/**
 * Sectors in category order, each as wide as its share of partners (plus a gap between them).
 * Up to 60 partners sit on one ring (a sector of more than three alternates just inside and
 * outside it, so neighbouring names do not touch); a larger map spreads over more rings.
 */
export function sectorLayout<T extends { category: PartnerCategory }>(links: T[]): MapLayout<T> {
  const rings = ringCount(links.length);
  // A map on several rings starts a little further out and keeps smaller gaps between sectors, so
  // neighbours on one ring stay apart (300 partners: at least 25 px between centres).
  const inner = rings > 1 ? ringRadius + 40 : ringRadius;
  const outer = inner + (rings - 1) * ringStep;
  const width = rings > 1 ? Math.max(baseWidth, 2 * outer + 700) : baseWidth;
  const height = rings > 1 ? Math.max(baseHeight, 2 * outer + 310) : baseHeight;
  const cx = width / 2, cy = height / 2;
  const groups = partnerCategories.map((category) => ({ category, items: links.filter((l) => l.category === category) })).filter((g) => g.items.length > 0);
  const gap = groups.length > 1 ? (rings > 1 ? 0.04 : 0.12) : 0;
  const usable = Math.PI * 2 - gap * groups.length;
  let angle = -Math.PI / 2;
  let placed = 0;
  const sectors = groups.map((group) => {
    const span = (usable * group.items.length) / Math.max(links.length, 1);
    const start = angle;
    angle += span + gap;
    const nodes = group.items.map((link, i) => {
      const a = start + (span * (i + 0.5)) / group.items.length;
      const r = rings > 1 ? inner + ((placed + i) % rings) * ringStep : ringRadius + (group.items.length > 3 ? (i % 2 === 0 ? -28 : 28) : 0);
      return { link, x: cx + r * Math.cos(a), y: cy + r * Math.sin(a), right: Math.cos(a) >= 0 };
    });
    placed += group.items.length;
    const mid = start + span / 2;
    const labelAt = outer + (rings > 1 ? 120 : 95);
    // Beside the school (left or right) a name runs outward along the label's line: lift the label above it.
    const lift = Math.abs(Math.sin(mid)) < 0.3 ? -34 : 0;
    return { category: group.category, nodes, lx: cx + labelAt * Math.cos(mid), ly: cy + labelAt * Math.sin(mid) + lift, right: Math.cos(mid) >= 0 };
  });
  return { width, height, cx, cy, sectors };
}

/** The design-system colours a category is drawn in, in turn: text colours, so a category's name in its colour reads (AA) in both schemes (ADR 025). */
export const categoryTokens = ['--accent', '--danger-ink', '--success-ink', '--warning-ink', '--focus', '--neutral-ink'] as const;

export function categoryToken(category: PartnerCategory): (typeof categoryTokens)[number] {
  return categoryTokens[partnerCategories.indexOf(category) % categoryTokens.length]!;
}

/** The line's width for a closeness: 1.6 px per step, as on the printed map. */
export function lineWidth(level: Closeness): number {
  return closenessRank(level) * 1.6;
}

export function shorten(text: string, max = 26): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The school's name in at most two lines that fit its circle, split at a space or a hyphen. */
export function nameLines(name: string): string[] {
  if (name.length <= 14) return [name];
  const cut = [...name.matchAll(/[\s-]/g)].map((m) => m.index!).sort((a, b) => Math.abs(a - name.length / 2) - Math.abs(b - name.length / 2))[0];
  if (cut === undefined) return [shorten(name, 16)];
  return [shorten(name.slice(0, cut + (name[cut] === '-' ? 1 : 0)).trim(), 16), shorten(name.slice(cut + 1).trim(), 16)];
}

// The interactive graph (ADR 045): cytoscape's element definitions, built here so the positions,
// classes and data are tested without a browser.

export interface GraphLink extends DrawnLink, LinkTargets { municipality: string }

export interface GraphNodeData {
  id: string; label: string; name?: string; category?: PartnerCategory; closeness?: Closeness;
  groups?: number; href?: string;
  /** Index into categoryTokens: the component resolves it to a colour once, instead of a style selector per tone. */
  tone?: number;
}
export interface GraphElement {
  group: 'nodes';
  data: GraphNodeData;
  position: { x: number; y: number };
  classes: string;
  selectable?: boolean; grabbable?: boolean;
}
/** A line from the school to a partner, in the graph's model coordinates. */
export interface GraphLine { id: string; x1: number; y1: number; x2: number; y2: number; width: number; tone: number }

export const schoolNodeId = 'school';

/** The school, a label per category, a node and a line per partner; `hrefOf` makes a partner open its edit page. */
export interface GraphLabels { category: (c: PartnerCategory) => string; hub: string }

/**
 * The nodes go to cytoscape; the lines are drawn beneath its canvas as SVG (ADR 056): cytoscape's
 * edges took a third of the time to a drawn map of 300 partners, and a line here never moves
 * relative to its nodes (the graph is not draggable), so the SVG only follows the viewport.
 */
export function graphElements(school: string, links: GraphLink[], labels: GraphLabels, hrefOf?: (id: string) => string): { nodes: GraphElement[]; lines: GraphLine[] } {
  const layout = sectorLayout(links);
  const nodes: GraphElement[] = [
    { group: 'nodes', data: { id: schoolNodeId, label: nameLines(school).join('\n') }, position: { x: layout.cx, y: layout.cy }, classes: 'school', selectable: false, grabbable: false }
  ];
  const lines: GraphLine[] = [];
  for (const sector of layout.sectors) {
    const tone = categoryTokens.indexOf(categoryToken(sector.category));
    nodes.push({
      group: 'nodes', data: { id: `category-${sector.category}`, label: shorten(labels.category(sector.category), 30), category: sector.category, tone },
      position: { x: sector.lx, y: sector.ly }, classes: `category ${sector.right ? 'right' : 'left'}`, selectable: false, grabbable: false
    });
    for (const node of sector.nodes) {
      const link = node.link;
      const hub = link.category === 'clb' ? ' hub' : '';
      nodes.push({
        group: 'nodes',
        data: { id: link.id, label: hub ? `${shorten(link.partnerName)}\n${labels.hub.toUpperCase()}` : shorten(link.partnerName), name: link.partnerName, category: link.category, closeness: link.closeness, groups: groupsServed(link), tone, ...(hrefOf ? { href: hrefOf(link.id) } : {}) },
        position: { x: node.x, y: node.y }, classes: `partner ${node.right ? 'right' : 'left'}${hub}`, grabbable: false
      });
      lines.push({ id: link.id, x1: layout.cx, y1: layout.cy, x2: node.x, y2: node.y, width: lineWidth(link.closeness), tone });
    }
  }
  return { nodes, lines };
}

/** The lines as few SVG paths as possible: one per colour and width, so the browser lays out a handful of elements, not hundreds. */
export function linePaths(lines: GraphLine[]): { key: string; tone: number; width: number; d: string }[] {
  const paths = new Map<string, { key: string; tone: number; width: number; d: string }>();
  const r = (n: number) => Math.round(n * 10) / 10;
  for (const l of lines) {
    const key = `${l.tone}-${l.width}`;
    const path = paths.get(key) ?? { key, tone: l.tone, width: l.width, d: '' };
    path.d += `M${r(l.x1)} ${r(l.y1)}L${r(l.x2)} ${r(l.y2)}`;
    paths.set(key, path);
  }
  return [...paths.values()];
}

/** The partners in reading order (sector by sector, as drawn), for stepping through them by keyboard. */
export function readingOrder<T extends DrawnLink>(links: T[]): T[] {
  return sectorLayout(links).sectors.flatMap((s) => s.nodes.map((n) => n.link));
}

// The difference with last year, drawn (issue 15 item 4): this year's partners and last year's
// ended ones on one map, each marked with how its link changed.

export const changes = ['new', 'closer', 'looser', 'same', 'ended'] as const;
export type Change = (typeof changes)[number];

export interface ChangedLink extends DrawnLink { change: Change; before: Closeness | null }

/** This year's links with their change against last year's, and last year's ended links (at their last closeness). */
export function changedLinks(now: SnapshotLink[], before: SnapshotLink[]): ChangedLink[] {
  const difference = yearDifference(now, before);
  const status = new Map<string, { change: Change; before: Closeness | null }>();
  for (const l of difference.added) status.set(l.partnerId, { change: 'new', before: null });
  for (const c of difference.closer) status.set(c.now.partnerId, { change: 'closer', before: c.before });
  for (const c of difference.looser) status.set(c.now.partnerId, { change: 'looser', before: c.before });
  const earlier = new Map(before.map((l) => [l.partnerId, l.closeness]));
  const drawn = (l: SnapshotLink, change: Change, was: Closeness | null): ChangedLink =>
    ({ id: l.partnerId, partnerName: l.name, category: l.category, closeness: l.closeness, change, before: was });
  return [
    ...now.map((l) => {
      const s = status.get(l.partnerId);
      return s ? drawn(l, s.change, s.before) : drawn(l, 'same', earlier.get(l.partnerId) ?? null);
    }),
    ...difference.ended.map((l) => drawn(l, 'ended', l.closeness))
  ];
}
