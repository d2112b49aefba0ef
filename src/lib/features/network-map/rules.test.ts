import { describe, expect, it } from 'vitest';
import { antenna, categoryCoverage, matchesFilters, readFilters, yearDifference, type FilterableLink } from './rules';

const link = (over: Partial<FilterableLink> = {}): FilterableLink =>
  ({ category: 'clb', contactRole: null, closeness: 'afstemmen', forPupils: true, forParents: false, forTeam: false, ...over });

describe('map filters', () => {
  it('reads known values from the address and ignores anything else', () => {
    expect(readFilters(new URLSearchParams('doelgroep=ouders&categorie=caw&rol=brugfiguur&nabijheid=samenwerken')))
      .toEqual({ group: 'ouders', category: 'caw', role: 'brugfiguur', closeness: 'samenwerken' });
    expect(readFilters(new URLSearchParams('doelgroep=iedereen&categorie=<b>&nabijheid='))).toEqual({ group: null, category: null, role: null, closeness: null });
  });

  it('keeps a link matching every filter, closeness as a minimum', () => {
    const none = readFilters(new URLSearchParams());
    expect(matchesFilters(link(), none)).toBe(true);
    expect(matchesFilters(link(), { ...none, group: 'ouders' })).toBe(false);
    expect(matchesFilters(link(), { ...none, closeness: 'informeren' })).toBe(true);
    expect(matchesFilters(link(), { ...none, closeness: 'samenwerken' })).toBe(false);
    expect(matchesFilters(link({ contactRole: 'zorgcoordinator' }), { ...none, role: 'zorgcoordinator', category: 'clb' })).toBe(true);
  });
});

describe('optimising', () => {
  it('names empty and thin categories', () => {
    const { empty, thin } = categoryCoverage([{ category: 'clb' }, { category: 'caw' }, { category: 'caw' }]);
    expect(thin).toEqual(['clb']);
    expect(empty).not.toContain('clb');
    expect(empty).not.toContain('caw');
    expect(empty).toContain('bibliotheek');
  });

  it('counts contacts per role and person, and names roles without any', () => {
    const result = antenna([
      { contactRole: 'zorgcoordinator', contactPersonName: 'Lien' },
      { contactRole: 'zorgcoordinator', contactPersonName: null },
      { contactRole: 'directeur', contactPersonName: 'Lien' },
      { contactRole: null, contactPersonName: null }
    ]);
    expect(result.roles).toEqual([{ key: 'zorgcoordinator', count: 2 }, { key: 'directeur', count: 1 }]);
    expect(result.persons).toEqual([{ key: 'Lien', count: 2 }]);
    expect(result.rolesWithout).toContain('brugfiguur');
    expect(result.rolesWithout).not.toContain('directeur');
    expect(result.withoutHolder).toBe(1);
  });
});

describe('the difference with last year', () => {
  it('lists new, ended, closer and looser partners by partner, not by name', () => {
    const before = [
      { partnerId: 'a', name: 'Bib', category: 'bibliotheek' as const, closeness: 'informeren' as const },
      { partnerId: 'b', name: 'Rotary', category: 'serviceclubs' as const, closeness: 'overeenkomst' as const },
      { partnerId: 'c', name: 'Jeugdhuis', category: 'buurt' as const, closeness: 'kennen' as const }
    ];
    const now = [
      { partnerId: 'a', name: 'Bibliotheek (nieuwe naam)', category: 'bibliotheek' as const, closeness: 'samenwerken' as const },
      { partnerId: 'b', name: 'Rotary', category: 'serviceclubs' as const, closeness: 'afstemmen' as const },
      { partnerId: 'd', name: 'CLB', category: 'clb' as const, closeness: 'samenwerken' as const }
    ];
    const d = yearDifference(now, before);
    expect(d.added.map((l) => l.partnerId)).toEqual(['d']);
    expect(d.ended.map((l) => l.partnerId)).toEqual(['c']);
    expect(d.closer).toEqual([{ now: now[0], before: 'informeren' }]);
    expect(d.looser).toEqual([{ now: now[1], before: 'overeenkomst' }]);
  });
});
