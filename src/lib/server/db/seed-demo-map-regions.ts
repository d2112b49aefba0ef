// The regional view's demo (issue 15, ADR 047): two more schools of Samana's Scholennetwerk Jonge
// Mantelzorgers share their network map with Samana, so the facilitator's regional graph has
// partners serving several schools (Kind en Gezin, a poverty network, the young carers' point).
// Runs after seedNetworkMaps: it reuses the directory's partners by name and municipality.
import { and, eq, sql } from 'drizzle-orm';
import type { Closeness, PartnerCategory } from '$lib/features/network-map/rules';
import type { Tx } from './client';
import { mapLinks, mapPartners, mapShares, networkMaps } from './schema';

interface RegionalDemoLink { name: string; municipality: string; categories: PartnerCategory[]; nature: string; closeness: Closeness; pupils?: boolean; parents?: boolean }

const jongeMantelzorgers = { name: 'Steunpunt Jonge Mantelzorgers', municipality: '', categories: ['welzijn-zorg'] as PartnerCategory[] };
const armoedeNetwerk = { name: 'Netwerk tegen Armoede', municipality: '', categories: ['armoede'] as PartnerCategory[] };
const kindEnGezin = { name: 'Kind en Gezin', municipality: '', categories: ['kind-en-gezin'] as PartnerCategory[] };

const maps: { institutionNumber: string; links: RegionalDemoLink[] }[] = [
  {
    institutionNumber: '941236', // Sint-Gertrudiscollege, Leuven
    links: [
      { ...kindEnGezin, nature: 'Opvoedingsondersteuning en infoavond', closeness: 'informeren', parents: true },
      { ...jongeMantelzorgers, nature: 'Praatgroep voor jonge mantelzorgers', closeness: 'samenwerken', pupils: true },
      { ...armoedeNetwerk, nature: 'Vorming kansarmoede voor het team', closeness: 'afstemmen' },
      { name: 'Vrij CLB Leuven', municipality: 'Leuven', categories: ['clb'], nature: 'Draaischijf tussen welzijn en onderwijs', closeness: 'overeenkomst', pupils: true, parents: true },
      { name: 'Bibliotheek Tweebronnen', municipality: 'Leuven', categories: ['bibliotheek'], nature: 'Leesbevordering eerste graad', closeness: 'afstemmen', pupils: true },
      { name: 'KU Leuven', municipality: 'Leuven', categories: ['hoger-onderwijs', 'stageplaatsen'], nature: 'Studenten geven huiswerkbegeleiding', closeness: 'samenwerken', pupils: true }
    ]
  },
  {
    institutionNumber: '951403', // Sint-Arnoldusinstituut, Brugge
    links: [
      { ...kindEnGezin, nature: 'Huis van het Kind: ouderwerking', closeness: 'afstemmen', parents: true },
      { ...jongeMantelzorgers, nature: 'Signalen herkennen: vorming leerlingbegeleiders', closeness: 'informeren' },
      { ...armoedeNetwerk, nature: 'Schoolkosten bespreekbaar maken', closeness: 'informeren', parents: true },
      { name: 'Vrij CLB Brugge', municipality: 'Brugge', categories: ['clb'], nature: 'Draaischijf tussen welzijn en onderwijs', closeness: 'samenwerken', pupils: true, parents: true },
      { name: 'Sportdienst Brugge', municipality: 'Brugge', categories: ['sport'], nature: 'Sportkampen tijdens de vakanties', closeness: 'kennen', pupils: true }
    ]
  }
];

async function partnerId(tx: Tx, p: { name: string; municipality: string; categories: PartnerCategory[] }): Promise<string> {
  const [found] = await tx.select({ id: mapPartners.id }).from(mapPartners)
    .where(and(sql`lower(${mapPartners.name}) = lower(${p.name})`, sql`lower(${mapPartners.municipality}) = lower(${p.municipality})`));
  if (found) return found.id;
  const [row] = await tx.insert(mapPartners).values({ name: p.name, municipality: p.municipality, categories: p.categories }).returning({ id: mapPartners.id });
  return row!.id;
}

export async function seedRegionalMaps(tx: Tx, schoolId: Map<string, string>, orgId: Map<string, string>): Promise<void> {
  const samana = orgId.get('samana')!;
  for (const map of maps) {
    const school = schoolId.get(map.institutionNumber)!;
    await tx.insert(networkMaps).values({ schoolId: school });
    for (const link of map.links) {
      await tx.insert(mapLinks).values({
        schoolId: school, partnerId: await partnerId(tx, link), nature: link.nature, closeness: link.closeness,
        forPupils: link.pupils ?? false, forParents: link.parents ?? false, forTeam: !link.pupils && !link.parents
      });
    }
    await tx.insert(mapShares).values({ schoolId: school, organisationId: samana });
  }
  // Sint-Servaasinstituut (already shared with Samana) works with the young carers' point too.
  const servaas = schoolId.get('921347')!;
  const [started] = await tx.select({ id: networkMaps.schoolId }).from(networkMaps).where(eq(networkMaps.schoolId, servaas));
  if (started) {
    await tx.insert(mapLinks).values({ schoolId: servaas, partnerId: await partnerId(tx, jongeMantelzorgers), nature: 'Doorverwijzing van jonge mantelzorgers', closeness: 'afstemmen', forPupils: true });
  }
}
