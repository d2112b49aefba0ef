// The mails of a registration, in the registered person's language (ADR 024): confirmation (with
// .ics), waiting list, promotion from the waiting list (with .ics), cancellation (by the person or
// by the organiser) and the reminder a week before.
import { messagesFor, type Locale, type Messages } from '$lib/i18n/messages';
import { formatLongDay } from '$lib/kernel/formats';
import { formatEuro } from '$lib/kernel/money';
import { brusselsDateTimeParts } from '$lib/kernel/time';
import { composeMail, type MailBrand } from '$lib/server/mail/html';
import type { MailPayload } from '../../mail/schema';
import type { RegistrationMailContext } from '../data.server';
import { extraCost } from '../rules';
import { logoPngPath } from '../../organisations/rules';
import { activityCalendar, activityPageUrl } from './activity-ics';

type MailTexts = Messages['registrations']['mail'];

export type RegistrationMailKind = 'confirmation' | 'waiting' | 'promotion' | 'cancellation' | 'organiserCancellation' | 'released' | 'reminder';

/** "woensdag 10 februari 2027 van 13:30 tot 16:30", or a period over several days. */
export function formatPeriod(startsAt: Date, endsAt: Date, locale: Locale): string {
  const t = messagesFor(locale).registrations.mail;
  const start = brusselsDateTimeParts(startsAt);
  const end = brusselsDateTimeParts(endsAt);
  return start.date === end.date
    ? t.sameDay(formatLongDay(start.date, locale), start.time, end.time)
    : t.period(formatLongDay(start.date, locale), start.time, formatLongDay(end.date, locale), end.time);
}

/** An extra by name, with what it costs ("Gezamenlijk diner 22 november — op eigen kosten"). */
export function extraLine(extra: { title: string; priceCents: number; claimed: boolean }, seated: boolean, m: Messages): string {
  const cost = extraCost(extra);
  const price = cost === 'price' ? ` (${formatEuro(extra.priceCents)})` : cost === 'own-cost' ? ` — ${m.registrations.ownCost}` : '';
  const unclaimed = seated && !extra.claimed ? ` (${m.registrations.extraNotClaimed})` : '';
  return `- ${extra.title}${price}${unclaimed}`;
}

function details(c: RegistrationMailContext, seated: boolean, m: Messages): string {
  const t = m.registrations.mail;
  const lines = [`${t.when}: ${formatPeriod(c.startsAt, c.endsAt, c.personLocale)}`];
  const where = c.location ?? (c.onlineUrl ? t.online : null);
  if (where) lines.push(`${t.where}: ${where}${c.onlineUrl && c.location !== c.onlineUrl ? ` (${c.onlineUrl})` : ''}`);
  lines.push(`${t.price}: ${c.priceCents === 0 ? t.free : formatEuro(c.priceCents)}${c.priceCovers ? ` — ${c.priceCovers}` : ''}`);
  if (c.extras.length > 0) lines.push(`${t.extras}:\n${c.extras.map((e) => extraLine(e, seated, m)).join('\n')}`);
  return lines.join('\n');
}

function byColleague(c: RegistrationMailContext): string | null {
  return c.registeredBy && c.registeredBy !== c.personId && c.registeredByName ? c.registeredByName : null;
}

function intro(t: MailTexts, kind: RegistrationMailKind, c: RegistrationMailContext, position: number | null): string {
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
    case 'released':
      return t.releasedIntro(c.title);
    case 'reminder':
      return t.reminderIntro(c.title);
  }
}

function subject(t: MailTexts, kind: RegistrationMailKind, title: string): string {
  const subjects: Record<RegistrationMailKind, (title: string) => string> = {
    confirmation: t.confirmationSubject, waiting: t.waitingSubject, promotion: t.promotionSubject,
    cancellation: t.cancellationSubject, organiserCancellation: t.cancellationSubject, released: t.releasedSubject, reminder: t.reminderSubject
  };
  return subjects[kind](title);
}

/** One mail to the registered person; the ones that confirm a seat carry the activity as .ics. */
export function registrationMail(kind: RegistrationMailKind, c: RegistrationMailContext, origin: string, position: number | null = null): MailPayload {
  const m = messagesFor(c.personLocale);
  const t = m.registrations.mail;
  const withCalendar = kind === 'confirmation' || kind === 'promotion' || kind === 'reminder';
  const manageUrl = `${activityPageUrl(c, origin)}/inschrijven`;
  const parts = [m.mail.greeting(c.personName), intro(t, kind, c, position)];
  if (kind === 'cancellation') parts.push(t.cancellationOutro);
  else if (kind === 'organiserCancellation') parts.push(t.organiserCancellationOutro(c.organisationName));
  else if (kind === 'released') parts.push(t.releasedOutro);
  else parts.push(details(c, kind !== 'waiting', m));
  if (withCalendar) parts.push(t.attachment);
  parts.push(t.manage(manageUrl), m.mail.signature);
  return composeMail({
    to: c.personEmail,
    subject: subject(t, kind, c.title),
    text: parts.join('\n\n'),
    ...(withCalendar ? { attachments: [activityCalendar(c, origin)] } : {})
  }, brandOf(c, origin), c.personLocale);
}

/** The organiser's name, accent and logo (as PNG: mail clients do not show SVG). */
function brandOf(c: RegistrationMailContext, origin: string): MailBrand {
  return { organisationName: c.organisationName, accent: c.accent, logoUrl: c.logoHash ? `${origin}${logoPngPath(c.organisationSlug, c.logoHash)}` : null };
}

/**
 * A registration without an account (ADR 029): the link that confirms it (and the address), and
 * until when. It names no account: the same mail goes to an address with or without one.
 */
export function guestConfirmationMail(c: RegistrationMailContext, url: string, releaseAt: Date): MailPayload {
  const m = messagesFor(c.personLocale);
  const t = m.registrations.mail;
  const until = brusselsDateTimeParts(releaseAt);
  const parts = [m.mail.greeting(c.personName), t.guestIntro(c.title, c.organisationName), details(c, c.status === 'registered', m),
    t.guestConfirm(url, `${formatLongDay(until.date, c.personLocale)} ${until.time}`), m.mail.signature];
  return composeMail({ to: c.personEmail, subject: t.guestSubject(c.title), text: parts.join('\n\n') }, brandOf(c, new URL(url).origin), c.personLocale);
}
