// Shapes of activities outside the app: the public API and the pages' price and seat figures.
import { findActivityById, listExtras, listProgramme } from './data.server';
import { canActivity } from './policy';

export function seatsLeft(a: { capacity: number; seatsTaken: number }): number {
  return Math.max(0, a.capacity - a.seatsTaken);
}

/** A public activity with its programme and extras, or null (unknown, malformed id, not public). */
export async function publicActivityBody(id: string) {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const activity = await findActivityById(id);
  if (!activity || !canActivity(null, 'view', activity)) return null;
  const [programme, extras] = await Promise.all([listProgramme(activity.id), listExtras(activity.id)]);
  return {
    ...publicActivitySummary(activity),
    description: activity.description, audience: activity.audience, goals: activity.goals, learnings: activity.learnings,
    priceCovers: activity.priceCovers,
    programme: programme.map((p) => ({ kind: p.kind, title: p.title, startsAt: p.startsAt?.toISOString() ?? null, place: p.place, presenter: p.presenter })),
    extras: extras.map((e) => ({ id: e.id, title: e.title, date: e.date, priceCents: e.priceCents, seatsLeft: e.capacity === null ? null : Math.max(0, e.capacity - e.seatsTaken) }))
  };
}

export function publicActivitySummary(a: NonNullable<Awaited<ReturnType<typeof findActivityById>>>) {
  return {
    id: a.id, slug: a.slug, kind: a.kind, title: a.title, summary: a.summary,
    organisation: { slug: a.organisationSlug, name: a.organisationName },
    startsAt: a.startsAt.toISOString(), endsAt: a.endsAt.toISOString(), location: a.location,
    priceCents: a.priceCents, capacity: a.capacity, seatsLeft: seatsLeft(a), registrationDeadline: a.registrationDeadline.toISOString()
  };
}
