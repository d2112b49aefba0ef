import { describe, expect, it } from 'vitest';
import { closenessLevels, partnerCategories, type Closeness, type PartnerCategory, type SnapshotLink } from '$lib/features/network-map/rules';
import {
  categoryToken, categoryTokens, changedLinks, graphElements, linePaths, lineWidth, readingOrder, ringCount, ringRadius, schoolNodeId, sectorLayout,
  type GraphLink
} from './rules';

const link = (id: string, category: PartnerCategory, closeness: Closeness = 'afstemmen', groups = { forPupils: true, forParents: false, forTeam: false }): GraphLink =>
  ({ id, partnerName: `Partner ${id}`, category, closeness, municipality: 'Mechelen', ...groups });

/** n links spread over the categories in turn, closeness in turn. */
const many = (n: number) => Array.from({ length: n }, (_, i) => link(`p${i}`, partnerCategories[i % partnerCategories.length]!, closenessLevels[i % 5]!));

describe('sectorLayout', () => {
  it('places every partner once, in sectors that follow the category list', () => {
    const links = [link('a', 'caw'), link('b', 'clb'), link('c', 'bibliotheek'), link('d', 'caw')];
    const layout = sectorLayout(links);
    expect(layout.sectors.map((s) => s.category)).toEqual(['clb', 'bibliotheek', 'caw']);
    expect(layout.sectors.flatMap((s) => s.nodes.map((n) => n.link.id)).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(layout.sectors[2]!.nodes.map((n) => n.link.id)).toEqual(['a', 'd']);
  });

  it('keeps a small map on one ring around the school, in the 1200 × 820 drawing', () => {
    const layout = sectorLayout(many(9));
    expect([layout.width, layout.height, layout.cx, layout.cy]).toEqual([1200, 820, 600, 410]);
    for (const node of layout.sectors.flatMap((s) => s.nodes)) {
      expect(Math.hypot(node.x - layout.cx, node.y - layout.cy)).toBeCloseTo(ringRadius, 6);
      expect(node.right).toBe(node.x >= layout.cx - 1e-9);
    }
  });

  it('alternates a sector of more than three partners just inside and outside the ring', () => {
    const layout = sectorLayout(['a', 'b', 'c', 'd'].map((id) => link(id, 'sport')));
    const radii = layout.sectors[0]!.nodes.map((n) => Math.round(Math.hypot(n.x - layout.cx, n.y - layout.cy)));
    expect(radii).toEqual([ringRadius - 28, ringRadius + 28, ringRadius - 28, ringRadius + 28]);
  });

  it('spreads 300 partners over five rings, every node apart and inside the drawing', () => {
    expect(ringCount(60)).toBe(1);
    expect(ringCount(61)).toBe(2);
    expect(ringCount(300)).toBe(5);
    const layout = sectorLayout(many(300));
    const nodes = layout.sectors.flatMap((s) => s.nodes);
    expect(nodes).toHaveLength(300);
    const radii = new Set(nodes.map((n) => Math.round(Math.hypot(n.x - layout.cx, n.y - layout.cy))));
    expect([...radii].sort((a, b) => a - b)).toEqual([295, 359, 423, 487, 551]);
    for (const n of nodes) {
      expect(n.x).toBeGreaterThan(0);
      expect(n.x).toBeLessThan(layout.width);
      expect(n.y).toBeGreaterThan(0);
      expect(n.y).toBeLessThan(layout.height);
    }
    let closest = Infinity;
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) closest = Math.min(closest, Math.hypot(nodes[i]!.x - nodes[j]!.x, nodes[i]!.y - nodes[j]!.y));
    expect(closest).toBeGreaterThan(25);
  });

  it('draws nothing for an empty map', () => {
    expect(sectorLayout([]).sectors).toEqual([]);
  });
});

describe('colours and lines', () => {
  it('gives categories the design tokens in turn and thickens the line with closeness', () => {
    expect(categoryToken('clb')).toBe('--accent');
    expect(categoryToken(partnerCategories[categoryTokens.length]!)).toBe('--accent');
    expect(closenessLevels.map(lineWidth)).toEqual([1.6, 3.2, 4.8, 6.4, 8].map((w) => expect.closeTo(w, 6)));
  });
});

describe('graphElements', () => {
  const labels = { category: (c: PartnerCategory) => `label ${c}`, hub: 'draaischijf' };
  const links = [
    link('clb', 'clb', 'samenwerken', { forPupils: true, forParents: true, forTeam: true }),
    link('lib', 'bibliotheek', 'kennen'),
    link('caw', 'caw', 'overeenkomst', { forPupils: false, forParents: true, forTeam: false })
  ];

  it('puts the school in the middle, a labelled sector per category and a line per partner', () => {
    const { nodes: elements, lines } = graphElements('Sint-Jozefsinstituut', links, labels, (id) => `/edit/${id}`);
    const school = elements.find((e) => e.data.id === schoolNodeId)!;
    expect(school.position).toEqual({ x: 600, y: 410 });
    expect(school.data.label).toBe('Sint-\nJozefsinstituut');
    expect(elements.filter((e) => e.classes.startsWith('category')).map((e) => e.data.label)).toEqual(['label clb', 'label bibliotheek', 'label caw']);
    const at = (id: string) => elements.find((e) => e.data.id === id)!.position;
    expect(lines.map((l) => [l.id, l.width])).toEqual([['clb', lineWidth('samenwerken')], ['lib', lineWidth('kennen')], ['caw', lineWidth('overeenkomst')]]);
    // Each line runs from the school's centre to its partner's node, in the partner's category colour.
    for (const line of lines) {
      expect([line.x1, line.y1]).toEqual([school.position.x, school.position.y]);
      expect([line.x2, line.y2]).toEqual([at(line.id).x, at(line.id).y]);
      expect(line.tone).toBe(elements.find((e) => e.data.id === line.id)!.data.tone);
    }
    expect(lines.find((l) => l.id === 'clb')!.tone).toBe(categoryTokens.indexOf(categoryToken('clb')));
  });

  it('draws the lines as one path per colour and width', () => {
    const line = (id: string, tone: number, width: number, x2: number) => ({ id, x1: 600, y1: 410, x2, y2: 100.04, width, tone });
    expect(linePaths([line('a', 0, 1.6, 10), line('b', 1, 1.6, 20), line('c', 0, 1.6, 30.06), line('d', 0, 8, 40)])).toEqual([
      { key: '0-1.6', tone: 0, width: 1.6, d: 'M600 410L10 100M600 410L30.1 100' },
      { key: '1-1.6', tone: 1, width: 1.6, d: 'M600 410L20 100' },
      { key: '0-8', tone: 0, width: 8, d: 'M600 410L40 100' }
    ]);
  });

  it('marks the CLB as hub, carries the network measure and the edit page', () => {
    const elements = graphElements('School', links, labels, (id) => `/edit/${id}`).nodes;
    const node = (id: string) => elements.find((e) => e.data.id === id)!;
    expect(node('clb').classes).toContain('hub');
    expect(node('clb').data.label).toBe('Partner clb\nDRAAISCHIJF');
    expect(node('lib').classes).not.toContain('hub');
    expect([node('clb').data.groups, node('lib').data.groups, node('caw').data.groups]).toEqual([3, 1, 1]);
    expect(node('caw').data.href).toBe('/edit/caw');
    expect(node('caw').grabbable).toBe(false);
  });

  it('gives a reader no edit page to open', () => {
    const elements = graphElements('School', links, labels).nodes;
    expect(elements.some((e) => e.data.href !== undefined)).toBe(false);
  });

  it('steps through partners in the order they are drawn', () => {
    expect(readingOrder([links[2]!, links[1]!, links[0]!]).map((l) => l.id)).toEqual(['clb', 'lib', 'caw']);
  });
});

describe('changedLinks', () => {
  const snap = (partnerId: string, closeness: Closeness, category: PartnerCategory = 'caw'): SnapshotLink => ({ partnerId, name: `P ${partnerId}`, category, closeness });

  it('marks each partner new, closer, looser, unchanged or ended, and keeps the ended ones to draw', () => {
    const before = [snap('same', 'afstemmen'), snap('up', 'kennen'), snap('down', 'overeenkomst'), snap('gone', 'informeren', 'sport')];
    const now = [snap('same', 'afstemmen'), snap('up', 'samenwerken'), snap('down', 'informeren'), snap('fresh', 'kennen', 'clb')];
    const drawn = changedLinks(now, before);
    expect(drawn.map((l) => [l.id, l.change, l.before, l.closeness])).toEqual([
      ['same', 'same', 'afstemmen', 'afstemmen'],
      ['up', 'closer', 'kennen', 'samenwerken'],
      ['down', 'looser', 'overeenkomst', 'informeren'],
      ['fresh', 'new', null, 'kennen'],
      ['gone', 'ended', 'informeren', 'informeren']
    ]);
    expect(drawn.find((l) => l.id === 'gone')!.category).toBe('sport');
  });

  it('shows nothing changed between two equal years', () => {
    const year = [snap('a', 'kennen'), snap('b', 'afstemmen')];
    expect(changedLinks(year, year).every((l) => l.change === 'same')).toBe(true);
  });
});
