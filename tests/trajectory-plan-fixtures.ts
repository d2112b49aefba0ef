// A running coached trajectory for the db tests of the action plan: an organisation with an offer,
// a coach, one accepted Ghent school with a map partner, an intake, one goal with two actions.
import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { acceptApplication, addAction, addGoal, applyForOffer, createOffer, saveIntake } from '$lib/features/trajectories/mutations.server';
import { readActionPlan } from '$lib/features/trajectories/data.server';
import type { ManagedOffers, OfferApplicant, PlanEditor } from '$lib/features/trajectories/types';
import { db } from '$lib/server/db/client';
import { mapLinks, mapPartners, networkMaps, organisationRoles, organisations, people, schoolStaff, schools, trajectoryOffers } from '$lib/server/db/schema';
import { brandOrganisation, brandSchool, grant } from '$lib/server/tenancy';
import { buildOrganisation, buildSchool, uniqueEmail } from './factories';

export const now = new Date('2026-10-01T10:00:00Z');

export async function person(name: string) {
  const [row] = await db().insert(people).values({ email: uniqueEmail(), name }).returning({ id: people.id });
  return row!.id;
}

export const offerFields = {
  title: 'Samen Maakt School', summary: 'Een verbindend schoolklimaat.', description: 'Een traject op maat met een werkgroep en een begeleider.',
  themes: ['een warm onthaal', 'herstelgericht werken'], partners: ['Ducktape versterkt'], intensityOptions: ['maandelijks'],
  eligibleCountry: 'BE' as const, eligibleMunicipality: 'Gent', eligibleLevel: 'secundair' as const
};

/** An organisation with an offer (2026: 1 place, 2027: 3), a coach, and one accepted school with a map partner; an intake recorded. */
export async function running() {
  const [org] = await db().insert(organisations).values(buildOrganisation()).returning({ id: organisations.id, slug: organisations.slug });
  const managed = Object.assign(grant('managed-offers', org!.id), { organisationId: brandOrganisation(org!.id) }) as ManagedOffers;
  const { slug } = await createOffer(managed, { ...offerFields, startYears: [{ schoolYear: 2026, places: 1 }, { schoolYear: 2027, places: 3 }] }, now);
  const [offer] = await db().select({ id: trajectoryOffers.id }).from(trajectoryOffers).where(and(eq(trajectoryOffers.slug, slug), eq(trajectoryOffers.organisationId, org!.id)));
  const coach = await person('Jonas De Smet');
  await db().insert(organisationRoles).values({ personId: coach, organisationId: org!.id, role: 'coach' });
  const [school] = await db().insert(schools).values(buildSchool()).returning({ id: schools.id, key: schools.institutionNumber });
  const ambassador = await person('Ambassadeur');
  const member = await person('Lid');
  await db().insert(schoolStaff).values([
    { personId: ambassador, schoolId: school!.id, access: 'coordinator', schoolRole: 'zorgcoordinator' },
    { personId: member, schoolId: school!.id, access: 'staff', schoolRole: 'leerkracht' }
  ]);
  const applicant = Object.assign(grant('offer-applicant', ambassador), { offerId: offer!.id, schoolId: brandSchool(school!.id), personId: ambassador }) as OfferApplicant;
  const applied = await applyForOffer(applicant, { schoolYear: 2026, questions: 'Hoe maken we meer verbinding?', expectations: 'Een werkgroep die uitprobeert.', ambassador }, [member], now);
  if (!applied.ok) throw new Error(applied.reason);
  expect(await acceptApplication(managed, applied.id, coach, coach, now)).toEqual({ ok: true });
  await saveIntake(grant('coached-trajectory', applied.id), { heldOn: '2026-10-06', schoolExpectations: 'Meer verbinding.', coachExpectations: 'Een vaste werkgroep.', supportQuestions: 'Hoe starten we?', intensity: 'maandelijks', rhythm: 'dinsdag' }, coach, now);
  const [partner] = await db().insert(mapPartners).values({ name: `CLB Gent ${uniqueEmail()}`, municipality: 'Gent', categories: ['clb'] }).returning({ id: mapPartners.id });
  await db().insert(networkMaps).values({ schoolId: school!.id });
  const [link] = await db().insert(mapLinks).values({ schoolId: school!.id, partnerId: partner!.id, closeness: 'samenwerken' }).returning({ id: mapLinks.id });
  const id = applied.id;
  const planner = (personId: string, isCoach: boolean) => Object.assign(grant('plan-editor', id), { personId, isCoach }) as PlanEditor;
  await addGoal(planner(coach, true), { theme: 'een warm onthaal', title: 'Iedereen welkom' });
  const goal = (await readActionPlan(grant('visible-trajectory', id))).themes[0]!.goals[0]!;
  await addAction(planner(coach, true), { goalId: goal.id, title: 'Begroeten aan de deur', ownerId: member, deadline: '2027-06-30' });
  await addAction(planner(coach, true), { goalId: goal.id, title: 'Onthaalmap', ownerId: ambassador, deadline: '2027-03-31' });
  const [own, other] = (await readActionPlan(grant('visible-trajectory', id))).themes[0]!.goals[0]!.actions.sort((a, b) => a.title.localeCompare(b.title));
  return { org: org!, offerSlug: slug, offerId: offer!.id, managed, coach, ambassador, member, school: school!, id, planner, linkId: link!.id, own: own!, other: other! };
}
