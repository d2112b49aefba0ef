// Fills an empty database with the demo installation drawn from the seeds (demo mode only).
// Idempotent: it does nothing once any organisation exists, so a restart keeps the data.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { parseSchoolYear, schoolYearOf } from '$lib/features/calendar/rules';
import { proposeMeetingDates } from '$lib/features/meetings/rules';
import { brusselsInstant } from '$lib/kernel/time';
import { hashPassword } from '../auth/password';
import type { Db, Tx } from './client';
import { seedActivities } from './seed-demo-activities';
import { seedPeopleAdmin } from './seed-demo-people-admin';
import { demoMunicipalities } from './demo-municipalities';
import { seedLibrary } from './seed-demo-library';
import { seedProvincialNetworks } from './seed-demo-provincial-networks';
import { seedNetworkMaps } from './seed-demo-network-map';
import { seedRegionalMaps } from './seed-demo-map-regions';
import { seedWegwijzer } from './seed-demo-wegwijzer';
import { seedTrajectories } from './demo-trajectories';
import { seedContactMessages } from './seed-demo-contact';
import { seedNewsletterSubscribers } from './seed-demo-newsletter';
import { seedInternationalContacts } from './seed-demo-international';
import { seedCommunicationKit } from './seed-demo-kit';
import { seedTrajectorySessions } from './demo-trajectory-sessions';
import { seedTrajectoryStories } from './demo-trajectory-stories';
import {
  demoBranding, demoCurrentMembership, demoDutchSchool, demoDutchSchoolDomain, demoJoinRequests, demoMemberships, demoNetworks,
  demoOrganisations, demoPeople, demoSchools
} from './demo-data';
import {
  learningNetworkMembers, learningNetworks, municipalities, municipalityOfficers, meetingAttendance, meetingSubmissions, meetings, networkMemberships, networks,
  organisationBranding, organisationRoles, organisations, people, projectParticipations, schoolJoinRequests, schoolMailDomains,
  schoolStaff, schools
} from './schema';

/** The password of every demo account; printed in README.md. Demo mode only. */
export const demoPassword = 'netwerkplein-demo';

const demoQuestions = [
  'Hoe herkennen we jonge mantelzorgers in onze school?',
  'Hoe maken we zorg thuis bespreekbaar zonder te stigmatiseren?',
  'Welke flexibiliteit bieden we bij toetsen, taken en afwezigheden?'
];

/**
 * The learning network 2022-2023 of the Scholennetwerk: formed from the 2021-2022 participants
 * (the same schools the public list shows for 2022-2023), with its three meetings, two of them
 * held with attendance and a published harvest.
 */
async function seedLearningNetwork(tx: Tx, networkId: string, schoolId: Map<string, string>): Promise<void> {
  const members = demoMemberships.filter((m) => m.networkSlug === 'scholennetwerk-jonge-mantelzorgers' && m.schoolYear === '2022-2023')
    .map((m) => schoolId.get(m.institutionNumber)!);
  await tx.insert(projectParticipations).values(members.map((id) => ({ networkId, schoolId: id, schoolYear: 2021, source: 'manual' as const })));
  const [cohort] = await tx.insert(learningNetworks).values({ networkId, schoolYear: 2022, formedFromYear: 2021 }).returning({ id: learningNetworks.id });
  await tx.insert(learningNetworkMembers).values(members.map((id) => ({ learningNetworkId: cohort!.id, schoolId: id })));
  const planned = proposeMeetingDates(2022);
  for (const [i, proposal] of planned.entries()) {
    const held = i < 2;
    const [meeting] = await tx.insert(meetings).values({
      learningNetworkId: cohort!.id, sequence: proposal.sequence, startsAt: brusselsInstant(proposal.date, proposal.time),
      learningQuestion: demoQuestions[i]!, onlineUrl: 'https://meet.samana.example/lerend-netwerk', moderatorName: 'Lotte Verstraeten',
      agenda: [{ minutes: 10, title: 'Welkom en kennismaking' }, { minutes: 40, title: 'Uitwisseling rond de leervraag' }, { minutes: 10, title: 'Afspraken en afsluiting' }],
      harvest: held ? `Scholen deelden hun aanpak rond "${demoQuestions[i]}": een vast aanspreekpunt, een korte vragenlijst bij de start van het schooljaar en afspraken over flexibele deadlines.` : '',
      harvestPublishedAt: held ? brusselsInstant(proposal.date, '18:00') : null,
      harvestPublic: i === 0,
      attendanceRecordedAt: held ? brusselsInstant(proposal.date, '17:30') : null
    }).returning({ id: meetings.id });
    if (held) {
      await tx.insert(meetingAttendance).values(members.map((id, k) => ({ meetingId: meeting!.id, schoolId: id, present: (k + i) % 4 !== 0 })));
    }
    await tx.insert(meetingSubmissions).values([
      { meetingId: meeting!.id, schoolId: members[0]!, kind: 'question' as const, body: 'Hoe spreken we leerlingen aan zonder dat ze zich geviseerd voelen?' },
      { meetingId: meeting!.id, schoolId: members[1]!, kind: 'experience' as const, body: 'Bij ons werkt een vertrouwensleerkracht per graad goed.', theme: 'Aanspreekpunt' }
    ]);
  }
}

export async function seedDemoData(db: Db): Promise<boolean> {
  const [{ count } = { count: 0 }] = await db.select({ count: sql<number>`count(*)::int` }).from(organisations);
  if (count > 0) return false;
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    const orgRows = await tx.insert(organisations).values(demoOrganisations).returning({ id: organisations.id, slug: organisations.slug });
    const orgId = new Map(orgRows.map((o) => [o.slug, o.id]));
    const logo = new TextEncoder().encode(demoBranding.logo);
    await tx.insert(organisationBranding).values({
      organisationId: orgId.get(demoBranding.organisationSlug)!, accent: demoBranding.accent,
      logo, logoType: 'image/svg+xml', logoHash: createHash('sha256').update(logo).digest('hex')
    });
    const networkRows = await tx
      .insert(networks)
      .values(demoNetworks.map(({ organisationSlug, ...n }) => ({ ...n, organisationId: orgId.get(organisationSlug)! })))
      .returning({ id: networks.id, slug: networks.slug });
    const networkId = new Map(networkRows.map((n) => [n.slug, n.id]));
    const schoolRows = await tx.insert(schools).values([...demoSchools, demoDutchSchool]).returning({ id: schools.id, nr: schools.institutionNumber });
    const schoolId = new Map(schoolRows.map((s) => [s.nr, s.id]));
    await tx.insert(networkMemberships).values(demoMemberships.map((m) => {
      const year = parseSchoolYear(m.schoolYear);
      if (!year.ok) throw new Error(`demo data: bad school year ${m.schoolYear}`);
      return { networkId: networkId.get(m.networkSlug)!, schoolId: schoolId.get(m.institutionNumber)!, schoolYear: year.startYear };
    }));
    // Relative to today, so the waiting request below stays routed to Samana whenever the demo starts.
    await tx.insert(networkMemberships).values({
      networkId: networkId.get(demoCurrentMembership.networkSlug)!, schoolId: schoolId.get(demoCurrentMembership.institutionNumber)!,
      schoolYear: schoolYearOf(new Date().toISOString().slice(0, 10))
    });
    await tx.insert(schoolMailDomains).values({ schoolId: schoolId.get(demoDutchSchool.institutionNumber)!, domain: demoDutchSchoolDomain });
    await seedLearningNetwork(tx, networkId.get('scholennetwerk-jonge-mantelzorgers')!, schoolId);
    const personId = new Map<string, string>();
    for (const person of demoPeople) {
      const isPlatformAdmin = person.roles.some((r) => r.kind === 'platform-admin');
      const [row] = await tx.insert(people).values({ email: person.email, name: person.name, passwordHash, isPlatformAdmin }).returning({ id: people.id });
      personId.set(person.email, row!.id);
      for (const role of person.roles) {
        if (role.kind === 'facilitator' || role.kind === 'coach') {
          await tx.insert(organisationRoles).values({ personId: row!.id, organisationId: orgId.get(role.organisationSlug)!, role: role.kind });
        } else if (role.kind === 'school-coordinator' || role.kind === 'school-staff') {
          await tx.insert(schoolStaff).values({
            personId: row!.id,
            schoolId: schoolId.get(role.institutionNumber)!,
            access: role.kind === 'school-coordinator' ? 'coordinator' : 'staff',
            schoolRole: role.kind === 'school-staff' ? role.schoolRole : 'zorgcoordinator'
          });
        }
      }
    }
    await tx.insert(schoolJoinRequests).values(demoJoinRequests.map((r) => ({
      schoolId: schoolId.get(r.institutionNumber)!, personId: personId.get(r.email)!, access: r.access, schoolRole: r.schoolRole
    })));
    const municipalityId = new Map<string, string>();
    for (const { officers, ...municipality } of demoMunicipalities) {
      const [row] = await tx.insert(municipalities).values(municipality).returning({ id: municipalities.id });
      municipalityId.set(municipality.name, row!.id);
      await tx.insert(municipalityOfficers).values(officers.map((o) => ({ municipalityId: row!.id, personId: personId.get(o.email)!, portfolio: o.portfolio })));
    }
    await seedActivities(tx, orgId, networkId, personId, municipalityId);
    await seedPeopleAdmin(tx, passwordHash);
    await seedLibrary(tx, orgId, networkId, personId.get('facilitator.stsu@demo.netwerkplein.example'));
    await seedProvincialNetworks(tx, orgId, passwordHash, personId.get('facilitator.stsu@demo.netwerkplein.example'));
    await seedNetworkMaps(tx, schoolId, orgId, personId);
    await seedRegionalMaps(tx, schoolId, orgId);
    await seedWegwijzer(tx, schoolId, personId);
    await seedTrajectories(tx, orgId, schoolId, personId, passwordHash);
    await seedContactMessages(tx, orgId, networkId, personId);
    // Samana's 40 public newsletter subscribers (ADR 057).
    await seedNewsletterSubscribers(tx, orgId);
    // Samana's contacts abroad and a waiting introduction (ADR 055).
    await seedInternationalContacts(tx, orgId, networkId, schoolId, personId);
    // The Scholennetwerk's communication kit for 2022-2023 (ADR 059).
    await seedCommunicationKit(tx, orgId, networkId, personId.get('facilitator@demo.netwerkplein.example'));
    // Trajectory sessions, the observation form and the cross-school learning network (ADR 050).
    await seedTrajectorySessions(tx);
    // Stories and testimonials of the trajectories (ADR 048).
    await seedTrajectoryStories(tx, personId);
  });
  return true;
}
