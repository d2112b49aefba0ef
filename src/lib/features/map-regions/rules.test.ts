import { describe, expect, it } from 'vitest';
import { categoryGaps, layoutRegion, readRegionScope, regionScopeQuery } from './rules';

describe('the regional view rules', () => {
  it('reads the scope from the address and refuses malformed parts', () => {
    expect(readRegionScope(new URLSearchParams(''))).toEqual({ network: null, year: null });
    expect(readRegionScope(new URLSearchParams('netwerk=regio-aalst&jaar=2024'))).toEqual({ network: 'regio-aalst', year: 2024 });
    expect(readRegionScope(new URLSearchParams('jaar=2024'))).toEqual({ network: null, year: null });
    expect(readRegionScope(new URLSearchParams('netwerk=Regio%20Aalst'))).toBeNull();
    expect(readRegionScope(new URLSearchParams('netwerk=a&jaar=24'))).toBeNull();
    expect(regionScopeQuery({ network: 'regio-aalst', year: 2024 })).toBe('?netwerk=regio-aalst&jaar=2024');
    expect(regionScopeQuery({ network: null, year: 2024 })).toBe('');
  });

  it('counts per category the schools without it, most missing first', () => {
    const gaps = categoryGaps(['a', 'b'], [{ schoolId: 'a', category: 'clb' }, { schoolId: 'b', category: 'clb' }, { schoolId: 'a', category: 'sport' }, { schoolId: 'x', category: 'cultuur' }]);
    expect(gaps[0]).toEqual({ category: 'bibliotheek', without: 2 });
    expect(gaps.find((g) => g.category === 'sport')).toEqual({ category: 'sport', without: 1 });
    expect(gaps.find((g) => g.category === 'cultuur')).toEqual({ category: 'cultuur', without: 2 });
    expect(gaps.at(-1)).toEqual({ category: 'clb', without: 0 });
  });

  it('lays schools out apart and a shared partner between its schools, as compact arrays', () => {
    const graph = layoutRegion({
      schools: [{ id: 's1', name: 'A', municipality: 'Gent' }, { id: 's2', name: 'B', municipality: 'Aalst' }, { id: 's3', name: 'C', municipality: 'Gent' }],
      partners: [{ id: 'p1', name: 'CAW', category: 'caw' }],
      links: [{ schoolId: 's1', partnerId: 'p1', closeness: 'kennen' }, { schoolId: 's3', partnerId: 'p1', closeness: 'overeenkomst' }, { schoolId: 's9', partnerId: 'p1', closeness: 'kennen' }]
    });
    expect(graph.s.map((s) => s[0])).toEqual(['B', 'A', 'C']);
    expect(new Set(graph.s.map((s) => `${s[2]},${s[3]}`)).size).toBe(3);
    expect(graph.e).toEqual([1, 0, 0, 2, 0, 4]);
    const [, category, x, y, schools] = graph.p[0]!;
    expect([graph.c[category], schools]).toEqual(['caw', 2]);
    const [ax, ay] = [graph.s[1]![2], graph.s[1]![3]];
    const [cx, cy] = [graph.s[2]![2], graph.s[2]![3]];
    expect(Math.hypot(x - (ax + cx) / 2, y - (ay + cy) / 2)).toBeLessThan(15);
  });
});
