// The mails of a registration, in Dutch from the catalogue: confirmation (with .ics), waiting list,
// promotion from the waiting list (with .ics), cancellation (by the person or by the organiser)
// and the reminder a week before.
import { messagesFor } from '$lib/i18n/messages';
import { euros } from '../../activities/api.server';
import type { MailPayload } from '../../mail/schema';
import { brusselsDateTimeParts } from '../../meetings/rules';
import type { RegistrationMailContext } from '../data.server';
import { extraCost } from '../rules';
import { activityCalendar, activityPageUrl } from './activity-ics';

const m = messagesFor('nl');
const t = m.registrations.mail;

export type RegistrationMailKind = 'confirmation' | 'waiting' | 'promotion' | 'cancellation' | 'organiserCancellation' | 'reminder';

function longDay(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('nl-BE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "woensdag 10 februari 2027 van 13:30 tot 16:30", or a period over several days. */
export function formatPeriod(startsAt: Date, endsAt: Date): string {
  const start = brusselsDateTimeParts(startsAt);
  const end = brusselsDateTimeParts(endsAt);
  return start.date === end.date
    ? t.sameDay(longDay(start.date), start.time, end.time)
    : t.period(longDay(start.date), start.time, longDay(end.date), end.time);
}

/** An extra by name, with what it costs ("Gezamenlijk diner 22 november — op eigen kosten"). */
export function extraLine(extra: { title: string; priceCents: number; claimed: boolean }, seated: boolean): string {
  const cost = extraCost(extra);
  const price = cost === 'price' ? ` (${m.registrations.extraPrice(euros(extra.priceCents))})` : cost === 'own-cost' ? ` — ${m.registrations.ownCost}` : '';
  const unclaimed = seated && !extra.claimed ? ` (${m.registrations.extraNotClaimed})` : '';
  return `- ${extra.title}${price}${unclaimed}`;
}

function details(c: RegistrationMailContext, seated: boolean): string {
  const lines = [`${t.when}: ${formatPeriod(c.startsAt, c.endsAt)}`];
  const where = c.location ?? (c.onlineUrl ? t.online : null);
  if (where) lines.push(`${t.where}: ${where}${c.onlineUrl && c.location !== c.onlineUrl ? ` (${c.onlineUrl})` : ''}`);
  lines.push(`${t.price}: ${c.priceCents === 0 ? t.free : m.registrations.extraPrice(euros(c.priceCents))}${c.priceCovers ? ` — ${c.priceCovers}` : ''}`);
  if (c.extras.length > 0) lines.push(`${t.extras}:\n${c.extras.map((e) => extraLine(e, seated)).join('\n')}`);
  return lines.join('\n');
}

function byColleague(c: RegistrationMailContext): string | null {
  return c.registeredBy && c.registeredBy !== c.personId && c.registeredByName ? c.registeredByName : null;
}

function intro(kind: RegistrationMailKind, c: RegistrationMailContext, position: number | null): string {
  const who = byColleague(c);
  switch (kind) {
    case 'confirmation':
      return who ? t.confirmationByColleague(who, c.title, c.organisationName) : t.confirmationIntro(c.title, c.organisationName);
    case 'waiting':
      return who ? `${t.waitingByColleague(who)} ${t.waitingIntro(c.title, position)}` : t.waitingIntro(c.title, position);
    case 'promotion':
      return t.promotionIntro(c.title);
    case 'cancellation':
      return t.cancellationIntro(c.title);
    case 'organiserCancellation':
      return t.organiserCancellationIntro(c.title, c.organisationName);
    case 'reminder':
      return t.reminderIntro(c.title);
  }
}

const subjects: Record<RegistrationMailKind, (title: string) => string> = {
  confirmation: t.confirmationSubject, waiting: t.waitingSubject, promotion: t.promotionSubject,
  cancellation: t.cancellationSubject, organiserCancellation: t.cancellationSubject, reminder: t.reminderSubject
};

/** One mail to the registered person; the ones that confirm a seat carry the activity as .ics. */
export function registrationMail(kind: RegistrationMailKind, c: RegistrationMailContext, origin: string, position: number | null = null): MailPayload {
  const withCalendar = kind === 'confirmation' || kind === 'promotion' || kind === 'reminder';
  const manageUrl = `${activityPageUrl(c, origin)}/inschrijven`;
  const parts = [m.mail.greeting(c.personName), intro(kind, c, position)];
  if (kind === 'cancellation') parts.push(t.cancellationOutro);
  else if (kind === 'organiserCancellation') parts.push(t.organiserCancellationOutro(c.organisationName));
  else parts.push(details(c, kind !== 'waiting'));
  if (withCalendar) parts.push(t.attachment);
  parts.push(t.manage(manageUrl), m.mail.signature);
  return {
    to: c.personEmail,
    subject: subjects[kind](c.title),
    text: parts.join('\n\n'),
    ...(withCalendar ? { attachments: [activityCalendar(c, origin)] } : {})
  };
}
