// Demo data of the platform admin's people tools (ADR 032): a person with a second account to
// merge, and a deactivated account. Seeded with the rest of the demo (seed-demo.ts).
import { eq } from 'drizzle-orm';
import type { Tx } from './client';
import { people, schools, schoolStaff } from './schema';

/** Lien Segers (staff of Sint-Jozef, 913204) also made an account with her private address. */
export const demoSecondAccount = { email: 'lien.segers@prive.example', name: 'Lien Segers' };
/** A teacher who left; the school asked to close the account. */
export const demoDeactivated = { email: 'geert.vanacker@demo.netwerkplein.example', name: 'Geert Van Acker' };

export async function seedPeopleAdmin(tx: Tx, passwordHash: string): Promise<void> {
  const [school] = await tx.select({ id: schools.id }).from(schools).where(eq(schools.institutionNumber, '954657'));
  const [second] = await tx.insert(people).values({ ...demoSecondAccount, passwordHash }).returning({ id: people.id });
  if (school) await tx.insert(schoolStaff).values({ personId: second!.id, schoolId: school.id, access: 'staff', schoolRole: 'zorgcoordinator' });
  await tx.insert(people).values({ ...demoDeactivated, passwordHash, deactivatedAt: new Date() });
}
