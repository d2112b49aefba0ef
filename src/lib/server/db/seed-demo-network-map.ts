// The network maps of the demo (issue 15): Sint-Jozefsinstituut's map rebuilt from seed 003's
// example table, kept for last school year and this one so the difference shows; and
// Sint-Servaasinstituut's map, shared with Samana and counted anonymously in peer suggestions;
// Sint-Pharaïldiscollege's, shared with nobody but counted anonymously.
import { workingSchoolYear } from '$lib/features/calendar/rules';
import type { Closeness, ContactRole, PartnerCategory, SnapshotLink } from '$lib/features/network-map/rules';
import type { Tx } from './client';
import { mapLinks, mapPartners, mapShares, mapSnapshots, networkMaps } from './schema';

interface DemoLink {
  name: string;
  municipality: string;
  categories: PartnerCategory[];
  nature: string;
  groups: ('leerlingen' | 'ouders' | 'team')[];
  closeness: Closeness;
  /** Last school year's closeness, or null when the partner is new this year. */
  lastYear: Closeness | null;
  role?: ContactRole;
  person?: string;
  since?: number;
}

const domain = 'demo.netwerkplein.example';

const sintJozef: DemoLink[] = [
  { name: 'Openbare bibliotheek Mechelen', municipality: 'Mechelen', categories: ['bibliotheek'], nature: 'Leesproject verteltassen', groups: ['leerlingen'], closeness: 'samenwerken', lastYear: 'samenwerken', role: 'leerkracht', person: `medewerker@${domain}`, since: 2018 },
  { name: 'Parochie Sint-Rombout', municipality: 'Mechelen', categories: ['geloofsgemeenschap'], nature: 'Lokale geloofsgemeenschap: vieringen en buurtwerking', groups: ['ouders'], closeness: 'informeren', lastYear: 'informeren', role: 'directeur' },
  { name: 'Moskeevereniging Ennour', municipality: 'Mechelen', categories: ['geloofsgemeenschap'], nature: 'Lokale geloofsgemeenschap: ouderavonden samen voorbereiden', groups: ['ouders'], closeness: 'afstemmen', lastYear: 'informeren', role: 'brugfiguur' },
  { name: 'Thomas More Mechelen', municipality: 'Mechelen', categories: ['hoger-onderwijs', 'stageplaatsen'], nature: 'Stagiaires van de hogeschool: huiswerkbegeleiding', groups: ['leerlingen'], closeness: 'overeenkomst', lastYear: 'overeenkomst', role: 'zorgcoordinator', person: `lien.segers@${domain}`, since: 2020 },
  { name: 'Kind en Gezin', municipality: '', categories: ['kind-en-gezin', 'integrale-jeugdhulp'], nature: 'Integrale jeugdhulp: link fase 2 en 3', groups: ['leerlingen', 'ouders'], closeness: 'informeren', lastYear: 'informeren', role: 'zorgcoordinator' },
  { name: 'CAW Boom Mechelen Lier', municipality: 'Mechelen', categories: ['caw', 'integrale-jeugdhulp'], nature: 'Centrum voor algemeen welzijnswerk: onthaal voor gezinnen', groups: ['leerlingen', 'ouders'], closeness: 'afstemmen', lastYear: 'afstemmen', role: 'zorgcoordinator' },
  { name: 'Rotary Mechelen', municipality: 'Mechelen', categories: ['serviceclubs'], nature: 'Serviceclub: versterkt het sociaal fonds van onze school', groups: ['team'], closeness: 'samenwerken', lastYear: 'overeenkomst', role: 'directeur' },
  { name: 'Brugfiguren Stad Mechelen', municipality: 'Mechelen', categories: ['brugfiguren'], nature: 'Leggen de brug tussen thuis en school', groups: ['leerlingen', 'ouders'], closeness: 'samenwerken', lastYear: null, role: 'brugfiguur' },
  { name: 'Vrij CLB Mechelen', municipality: 'Mechelen', categories: ['clb'], nature: 'Draaischijf tussen welzijn en onderwijs', groups: ['leerlingen', 'ouders', 'team'], closeness: 'samenwerken', lastYear: 'afstemmen', role: 'zorgcoordinator', person: `lien.segers@${domain}`, since: 2015 }
];

/** On last year's map, ended since. */
const sintJozefEnded = { name: 'Jeugdhuis De Kiosk', municipality: 'Mechelen', categories: ['buurt'] as PartnerCategory[], closeness: 'kennen' as Closeness };

const sintServaas: DemoLink[] = [
  { name: 'Vrij CLB Limburg', municipality: 'Hasselt', categories: ['clb'], nature: 'Draaischijf tussen welzijn en onderwijs', groups: ['leerlingen', 'ouders'], closeness: 'overeenkomst', lastYear: null, role: 'zorgcoordinator', person: `ruben.debacker@${domain}` },
  { name: 'Bibliotheek Hasselt Limburg', municipality: 'Hasselt', categories: ['bibliotheek'], nature: 'Klasbezoeken en leesclub', groups: ['leerlingen'], closeness: 'afstemmen', lastYear: null },
  { name: 'CAW Limburg', municipality: 'Hasselt', categories: ['caw'], nature: 'Jongerenonthaal op school', groups: ['leerlingen'], closeness: 'samenwerken', lastYear: null, role: 'zorgcoordinator' },
  { name: 'Kind en Gezin', municipality: '', categories: ['kind-en-gezin'], nature: 'Opvoedingsondersteuning', groups: ['ouders'], closeness: 'informeren', lastYear: null },
  { name: 'Welzijnsschakel Hasselt', municipality: 'Hasselt', categories: ['armoede'], nature: 'Armoedeorganisatie: tweedehands schoolmateriaal', groups: ['ouders'], closeness: 'afstemmen', lastYear: null }
];

/** Counts anonymously in peer suggestions, shared with nobody: Gent's schools see its partners, never its name. */
const sintPharaildis: DemoLink[] = [
  { name: 'Sportdienst Gent', municipality: 'Gent', categories: ['sport'], nature: 'Naschoolse sportkampen', groups: ['leerlingen'], closeness: 'afstemmen', lastYear: null },
  { name: 'CAW Oost-Vlaanderen', municipality: 'Gent', categories: ['caw'], nature: 'Jongerenonthaal', groups: ['leerlingen', 'ouders'], closeness: 'samenwerken', lastYear: null },
  { name: 'Buurtwerk Sluizeken', municipality: 'Gent', categories: ['buurt'], nature: 'Huiswerkklas in de buurt', groups: ['leerlingen'], closeness: 'informeren', lastYear: null }
];

/** In the directory, not on Sint-Jozef's map: suggested there as the LOP of its municipality. */
const directoryOnly = [
  { name: 'LOP Mechelen', municipality: 'Mechelen', categories: ['lokaal-overleg'] as PartnerCategory[] },
  { name: 'Sportdienst Mechelen', municipality: 'Mechelen', categories: ['sport'] as PartnerCategory[] }
];

async function partner(tx: Tx, ids: Map<string, string>, p: { name: string; municipality: string; categories: PartnerCategory[] }): Promise<string> {
  const key = `${p.name}|${p.municipality}`;
  if (!ids.has(key)) {
    const [row] = await tx.insert(mapPartners).values({ name: p.name, municipality: p.municipality, categories: p.categories }).returning({ id: mapPartners.id });
    ids.set(key, row!.id);
  }
  return ids.get(key)!;
}

async function seedMap(tx: Tx, schoolId: string, links: DemoLink[], partnerIds: Map<string, string>, personId: Map<string, string>) {
  const now: SnapshotLink[] = [];
  const before: SnapshotLink[] = [];
  for (const link of links) {
    const partnerId = await partner(tx, partnerIds, link);
    await tx.insert(mapLinks).values({
      schoolId, partnerId, nature: link.nature, closeness: link.closeness, contactRole: link.role ?? null,
      contactPersonId: link.person ? personId.get(link.person)! : null, sinceYear: link.since ?? null,
      forPupils: link.groups.includes('leerlingen'), forParents: link.groups.includes('ouders'), forTeam: link.groups.includes('team')
    });
    now.push({ partnerId, name: link.name, category: link.categories[0]!, closeness: link.closeness });
    if (link.lastYear) before.push({ partnerId, name: link.name, category: link.categories[0]!, closeness: link.lastYear });
  }
  return { now, before };
}

export async function seedNetworkMaps(tx: Tx, schoolId: Map<string, string>, orgId: Map<string, string>, personId: Map<string, string>): Promise<void> {
  const partnerIds = new Map<string, string>();
  const year = workingSchoolYear(new Date());
  const jozef = schoolId.get('913204')!;
  await tx.insert(networkMaps).values({ schoolId: jozef });
  const { now, before } = await seedMap(tx, jozef, sintJozef, partnerIds, personId);
  const endedId = await partner(tx, partnerIds, sintJozefEnded);
  before.push({ partnerId: endedId, name: sintJozefEnded.name, category: sintJozefEnded.categories[0]!, closeness: sintJozefEnded.closeness });
  await tx.insert(mapSnapshots).values([{ schoolId: jozef, schoolYear: year - 1, links: before }, { schoolId: jozef, schoolYear: year, links: now }]);
  for (const p of directoryOnly) await partner(tx, partnerIds, p);

  const servaas = schoolId.get('921347')!;
  await tx.insert(networkMaps).values({ schoolId: servaas, countsInPeers: true });
  await seedMap(tx, servaas, sintServaas, partnerIds, personId);
  await tx.insert(mapShares).values({ schoolId: servaas, organisationId: orgId.get('samana')! });

  const pharaildis = schoolId.get('931024')!;
  await tx.insert(networkMaps).values({ schoolId: pharaildis, countsInPeers: true });
  await seedMap(tx, pharaildis, sintPharaildis, partnerIds, personId);
}
