// Fills an empty database with the demo installation drawn from the seeds (demo mode only).
// Idempotent: it does nothing once any organisation exists, so a restart keeps the data.
import { sql } from 'drizzle-orm';
import { parseSchoolYear } from '$lib/features/calendar/rules';
import { hashPassword } from '../auth/password';
import type { Db } from './client';
import { demoMemberships, demoNetworks, demoOrganisations, demoPeople, demoSchools } from './demo-data';
import { networkMemberships, networks, organisationRoles, organisations, people, schoolStaff, schools } from './schema';

/** The password of every demo account; printed in README.md. Demo mode only. */
export const demoPassword = 'netwerkplein-demo';

export async function seedDemoData(db: Db): Promise<boolean> {
  const [{ count } = { count: 0 }] = await db.select({ count: sql<number>`count(*)::int` }).from(organisations);
  if (count > 0) return false;
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    const orgRows = await tx.insert(organisations).values(demoOrganisations).returning({ id: organisations.id, slug: organisations.slug });
    const orgId = new Map(orgRows.map((o) => [o.slug, o.id]));
    const networkRows = await tx
      .insert(networks)
      .values(demoNetworks.map(({ organisationSlug, ...n }) => ({ ...n, organisationId: orgId.get(organisationSlug)! })))
      .returning({ id: networks.id, slug: networks.slug });
    const networkId = new Map(networkRows.map((n) => [n.slug, n.id]));
    const schoolRows = await tx.insert(schools).values(demoSchools).returning({ id: schools.id, nr: schools.institutionNumber });
    const schoolId = new Map(schoolRows.map((s) => [s.nr, s.id]));
    await tx.insert(networkMemberships).values(demoMemberships.map((m) => {
      const year = parseSchoolYear(m.schoolYear);
      if (!year.ok) throw new Error(`demo data: bad school year ${m.schoolYear}`);
      return { networkId: networkId.get(m.networkSlug)!, schoolId: schoolId.get(m.institutionNumber)!, schoolYear: year.startYear };
    }));
    for (const person of demoPeople) {
      const isPlatformAdmin = person.roles.some((r) => r.kind === 'platform-admin');
      const [row] = await tx.insert(people).values({ email: person.email, name: person.name, passwordHash, isPlatformAdmin }).returning({ id: people.id });
      const personId = row!.id;
      for (const role of person.roles) {
        if (role.kind === 'facilitator' || role.kind === 'coach') {
          await tx.insert(organisationRoles).values({ personId, organisationId: orgId.get(role.organisationSlug)!, role: role.kind });
        } else if (role.kind === 'school-coordinator' || role.kind === 'school-staff') {
          await tx.insert(schoolStaff).values({
            personId,
            schoolId: schoolId.get(role.institutionNumber)!,
            access: role.kind === 'school-coordinator' ? 'coordinator' : 'staff',
            schoolRole: role.kind === 'school-staff' ? role.schoolRole : 'zorgcoordinator'
          });
        }
      }
    }
  });
  return true;
}
