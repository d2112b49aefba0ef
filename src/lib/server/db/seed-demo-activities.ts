// Seeds the demo activities with their programme, extras, questions, pre-meeting candidate dates
// and registrations. Seats of the activity and of its extras are counted as the engine would.
import { inArray, sql } from 'drizzle-orm';
import { brusselsInstant } from '$lib/kernel/time';
import type { Tx } from './client';
import { demoActivities } from './demo-activities';
import { demoPreMeetings, demoQuestions, demoRegistrations } from './demo-registrations';
import {
  activities, activityExtras, activityPreMeetingOptions, activityPreMeetings, activityProgrammeItems, activityQuestions,
  registrationExtras, registrationPairSchools, registrationPairs, registrations, schools
} from './schema';

export async function seedActivities(
  tx: Tx, orgId: Map<string, string>, networkId: Map<string, string>, personId: Map<string, string>, municipalityId: Map<string, string>
): Promise<void> {
  for (const a of demoActivities) {
    const [row] = await tx.insert(activities).values({
      organisationId: orgId.get(a.organisationSlug)!, slug: a.slug, kind: a.kind, title: a.title, summary: a.summary,
      description: a.description, audience: a.audience, goals: a.goals, learnings: a.learnings, location: a.location,
      startsAt: brusselsInstant(...a.start), endsAt: brusselsInstant(...a.end), registrationDeadline: brusselsInstant(...a.deadline),
      priceCents: a.priceCents, priceCovers: a.priceCovers, capacity: a.capacity, visibility: a.visibility, municipalPairs: a.municipalPairs ?? false,
      networkId: a.networkSlug ? networkId.get(a.networkSlug)! : null
    }).returning({ id: activities.id });
    const activityId = row!.id;
    if (a.programme.length > 0) {
      await tx.insert(activityProgrammeItems).values(a.programme.map((p, i) => ({
        activityId, position: i + 1, kind: p.kind, title: p.title, description: p.description ?? '',
        startsAt: p.at ? brusselsInstant(...p.at) : null, place: p.place ?? null, presenter: p.presenter ?? null
      })));
    }
    const extraRows = a.extras.length > 0
      ? await tx.insert(activityExtras).values(a.extras.map((e) => ({ activityId, ...e }))).returning({ id: activityExtras.id, date: activityExtras.date })
      : [];
    const questionId = await seedQuestions(tx, activityId, a.slug);
    const preMeeting = demoPreMeetings[a.slug];
    if (preMeeting) {
      await tx.insert(activityPreMeetings).values({ activityId, onlineUrl: preMeeting.onlineUrl });
      await tx.insert(activityPreMeetingOptions).values(preMeeting.options.map((o) => ({ activityId, startsAt: brusselsInstant(...o) })));
    }
    for (const r of demoRegistrations.filter((x) => x.activitySlug === a.slug)) {
      const answers = Object.fromEntries(Object.entries(r.answers).map(([key, value]) => [questionId.get(key)!, value]));
      // An invoice to the municipality one comes with names it by id, as the form stores it.
      const { municipality, ...invoice } = r.invoice;
      const [registration] = await tx.insert(registrations).values({
        activityId, personId: personId.get(r.email)!, registeredBy: personId.get(r.email)!, status: r.status, answers,
        invoice: municipality ? { ...invoice, municipalityId: municipalityId.get(municipality)! } : invoice,
        paidAt: r.paid ? brusselsInstant('2027-09-15', '10:00') : null
      }).returning({ id: registrations.id });
      if (r.pair) await seedPair(tx, registration!.id, municipalityId.get(r.pair.municipality)!, r.pair.schools);
      if (r.status !== 'registered') continue;
      await tx.update(activities).set({ seatsTaken: sql`${activities.seatsTaken} + 1` }).where(sql`${activities.id} = ${activityId}`);
      for (const date of r.extras) {
        const extra = extraRows.find((e) => e.date === date)!;
        await tx.insert(registrationExtras).values({ registrationId: registration!.id, extraId: extra.id, claimed: true });
        await tx.update(activityExtras).set({ seatsTaken: sql`${activityExtras.seatsTaken} + 1` }).where(sql`${activityExtras.id} = ${extra.id}`);
      }
    }
  }
}

async function seedPair(tx: Tx, registrationId: string, municipalityId: string, schoolKeys: string[]): Promise<void> {
  await tx.insert(registrationPairs).values({ registrationId, municipalityId });
  const chosen = await tx.select({ id: schools.id }).from(schools).where(inArray(schools.institutionNumber, schoolKeys));
  await tx.insert(registrationPairSchools).values(chosen.map((s) => ({ registrationId, schoolId: s.id })));
}

async function seedQuestions(tx: Tx, activityId: string, slug: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [i, q] of (demoQuestions[slug] ?? []).entries()) {
    const [row] = await tx.insert(activityQuestions).values({
      activityId, position: i + 1, kind: q.kind, label: q.label, options: q.options ?? [], required: q.required ?? false,
      dependsOnQuestionId: q.dependsOn ? ids.get(q.dependsOn.key)! : null, dependsOnAnswer: q.dependsOn?.answer ?? null
    }).returning({ id: activityQuestions.id });
    ids.set(q.key, row!.id);
  }
  return ids;
}
