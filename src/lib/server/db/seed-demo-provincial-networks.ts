// Seeds the umbrella of seed 002 (ADR 052): the Netwerken Samen tegen Schooluitval with its six
// provincial networks and their contact people (Oost-Vlaanderen has two), a moderator of
// Oost-Vlaanderen, and the study days' sessions given to the networks with their examples.
import { and, eq, like } from 'drizzle-orm';
import type { Tx } from './client';
import { activities, activityProgrammeItems, networkContacts, networkModerators, networks, people, practiceExamples, sessionPresentations } from './schema';

const organisationSlug = 'samen-tegen-schooluitval';
export const demoModeratorEmail = 'moderator.oost-vlaanderen@demo.netwerkplein.example';

/** Each province's network (by its slug's ending), its contact people and the session title it presents. */
const provincial: { province: string; session: string; contacts: { name: string; email: string }[] }[] = [
  { province: 'antwerpen', session: 'Antwerpen:', contacts: [{ name: 'Els Dupon', email: 'els.dupon@samentegenschooluitval.example' }] },
  { province: 'brussel', session: 'Brussels Hoofdstedelijk Gewest:', contacts: [{ name: 'Eva Trogh', email: 'eva.trogh@samentegenschooluitval.example' }] },
  { province: 'limburg', session: 'Limburg:', contacts: [{ name: 'Nathalie Vanbergen', email: 'nathalie.vanbergen@samentegenschooluitval.example' }] },
  {
    province: 'oost-vlaanderen', session: 'Oost-Vlaanderen:', contacts: [
      { name: 'Oona Somers', email: 'oona.somers@samentegenschooluitval.example' },
      { name: 'Sofie Baert', email: 'sofie.baert@samentegenschooluitval.example' }
    ]
  },
  { province: 'vlaams-brabant', session: 'Vlaams-Brabant:', contacts: [{ name: 'An Hessels', email: 'an.hessels@samentegenschooluitval.example' }] },
  { province: 'west-vlaanderen', session: 'West-Vlaanderen:', contacts: [{ name: 'Annick Steyt', email: 'annick.steyt@samentegenschooluitval.example' }] }
];

export async function seedProvincialNetworks(tx: Tx, orgId: Map<string, string>, passwordHash: string, facilitatorId: string | undefined): Promise<void> {
  const organisationId = orgId.get(organisationSlug)!;
  const [umbrella] = await tx.insert(networks).values({
    organisationId,
    slug: 'netwerken-samen-tegen-schooluitval',
    name: 'Netwerken Samen tegen Schooluitval',
    description: 'De koepel van de provinciale netwerken Samen tegen Schooluitval: in elke Vlaamse provincie en in het Brussels Hoofdstedelijk Gewest brengt een netwerk scholen, CLB’s en partners uit onderwijs, werk en welzijn samen rond spijbelen en vroegtijdig schoolverlaten.',
    isPublic: true,
    contactName: 'Bram Willems',
    contactEmail: 'info@samentegenschooluitval.example'
  }).returning({ id: networks.id });
  const [moderator] = await tx.insert(people).values({ email: demoModeratorEmail, name: 'Sofie Baert', passwordHash }).returning({ id: people.id });
  const studyDays = await tx.select({ id: activities.id }).from(activities)
    .where(and(eq(activities.organisationId, organisationId), eq(activities.kind, 'studiedag')));
  for (const p of provincial) {
    const [network] = await tx.update(networks).set({ parentId: umbrella!.id })
      .where(and(eq(networks.organisationId, organisationId), eq(networks.slug, `${organisationSlug}-${p.province}`)))
      .returning({ id: networks.id });
    const networkId = network!.id;
    await tx.insert(networkContacts).values(p.contacts.map((c, i) => ({ networkId, position: i + 1, name: c.name, role: 'Netwerkcoördinator', email: c.email })));
    if (p.province === 'oost-vlaanderen') await tx.insert(networkModerators).values({ networkId, personId: moderator!.id, grantedBy: facilitatorId ?? null });
    const [example] = await tx.select({ id: practiceExamples.id }).from(practiceExamples).where(eq(practiceExamples.networkId, networkId));
    for (const day of studyDays) {
      const [item] = await tx.select({ id: activityProgrammeItems.id }).from(activityProgrammeItems)
        .where(and(eq(activityProgrammeItems.activityId, day.id), like(activityProgrammeItems.title, `${p.session}%`)));
      if (item) await tx.insert(sessionPresentations).values({ programmeItemId: item.id, networkId, exampleId: example?.id ?? null });
    }
  }
  await seedScholennetwerkStudyDay(tx, orgId.get('samana')!);
}

/** Samana's study day: its session given to the Scholennetwerk, with the network's example. */
async function seedScholennetwerkStudyDay(tx: Tx, samanaId: string) {
  const [network] = await tx.select({ id: networks.id }).from(networks)
    .where(and(eq(networks.organisationId, samanaId), eq(networks.slug, 'scholennetwerk-jonge-mantelzorgers')));
  const [example] = await tx.select({ id: practiceExamples.id }).from(practiceExamples).where(eq(practiceExamples.networkId, network!.id));
  const [item] = await tx.select({ id: activityProgrammeItems.id }).from(activityProgrammeItems)
    .innerJoin(activities, eq(activities.id, activityProgrammeItems.activityId))
    .where(and(eq(activities.organisationId, samanaId), eq(activities.slug, 'studiedag-jonge-mantelzorgers-2026')));
  await tx.insert(sessionPresentations).values({ programmeItemId: item!.id, networkId: network!.id, exampleId: example?.id ?? null });
}
