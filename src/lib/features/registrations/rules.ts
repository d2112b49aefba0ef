// Pure rules of registering: the Belgian enterprise number, what an extra costs, when a
// registration may still change, and the order of a person's own list.

export type EnterpriseNumberResult = { ok: true; value: string } | { ok: false; reason: 'format' | 'checksum' };

/**
 * A Belgian enterprise number (KBO/BCE): 10 digits, the first 0 or 1, written 0123.456.749. The
 * last two digits are 97 − (the first eight mod 97). Spaces, dots, dashes and a "BE" prefix are
 * accepted; an old 9-digit number gets its leading 0.
 */
export function normaliseEnterpriseNumber(input: string): EnterpriseNumberResult {
  const compact = input.trim().toUpperCase().replace(/^BE/, '').replace(/[\s./-]/g, '');
  if (!/^\d{9,10}$/.test(compact)) return { ok: false, reason: 'format' };
  const digits = compact.length === 9 ? `0${compact}` : compact;
  if (digits[0] !== '0' && digits[0] !== '1') return { ok: false, reason: 'format' };
  if (digits.slice(8) !== checkDigits(digits.slice(0, 8))) return { ok: false, reason: 'checksum' };
  return { ok: true, value: written(digits) };
}

/**
 * The number on a school's invoice: a Belgian enterprise number, or for a school in the Netherlands
 * its KvK-nummer (8 digits, written "KvK 12345678"). Eight digits can only be a KvK-nummer (an
 * enterprise number has nine or ten), so the form needs no country field (seed 001 invites Dutch schools).
 */
export function normaliseInvoiceNumber(input: string): EnterpriseNumberResult {
  const text = input.trim();
  const kvk = text.replace(/^kvk[-\s:]*(nummer|nr\.?)?[-\s:]*/i, '').replace(/[\s.]/g, '');
  if (/^kvk/i.test(text) || /^\d{8}$/.test(kvk)) return /^\d{8}$/.test(kvk) ? { ok: true, value: `KvK ${kvk}` } : { ok: false, reason: 'format' };
  return normaliseEnterpriseNumber(text);
}

/** 97 − (the first eight digits mod 97), as two digits: 01 to 97. */
function checkDigits(firstEight: string): string {
  return String(97 - (Number(firstEight) % 97)).padStart(2, '0');
}

const written = (digits: string) => `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;

/**
 * A valid enterprise number from its first eight digits, written 0123.456.749: demo and test data
 * compute their check digits instead of inventing ten digits the form would refuse.
 */
export function enterpriseNumberFrom(firstEight: string): string {
  if (!/^[01]\d{7}$/.test(firstEight)) throw new RangeError(`Not the first eight digits of an enterprise number: ${firstEight}`);
  return written(firstEight + checkDigits(firstEight));
}

/**
 * How an extra's cost is shown: a price the organiser charges, or paid on the spot ("op eigen
 * kosten"), unless the title already says so (the Hamburg dinners do).
 */
export function extraCost(extra: { title: string; priceCents: number }): 'price' | 'own-cost' | 'in-title' {
  if (extra.priceCents > 0) return 'price';
  return /op eigen kosten/i.test(extra.title) ? 'in-title' : 'own-cost';
}

export function extraSeatsLeft(extra: { capacity: number | null; seatsTaken: number }): number | null {
  return extra.capacity === null ? null : Math.max(0, extra.capacity - extra.seatsTaken);
}

/** Invoice details are asked only when something costs money. */
export function needsInvoice(activity: { priceCents: number }, extras: { priceCents: number }[]): boolean {
  return activity.priceCents > 0 || extras.some((e) => e.priceCents > 0);
}

export type RegistrationStatus = 'interest' | 'registered' | 'waiting' | 'cancelled' | 'attended' | 'absent';

/** Registering, and changing answers and extras, are open until the deadline (inclusive). */
export function registrationOpen(deadline: Date, now: Date): boolean {
  return now.getTime() <= deadline.getTime();
}

/** Answers, extras and invoice can be changed while registered or waiting, until the deadline. */
export function canChangeRegistration(status: RegistrationStatus | null, deadline: Date, now: Date): boolean {
  return (status === 'registered' || status === 'waiting') && registrationOpen(deadline, now);
}

/** Cancelling is possible while registered or waiting, until the activity starts. */
export function canCancelRegistration(status: RegistrationStatus | null, startsAt: Date, now: Date): boolean {
  return (status === 'registered' || status === 'waiting') && now.getTime() < startsAt.getTime();
}

/** Which extras a form chose: checkboxes named `extra_<id>`. Unknown ids are reported, not ignored. */
export function readExtraChoice(keys: string[], extraIds: string[]): { ok: true; extraIds: string[] } | { ok: false } {
  const chosen = keys.filter((k) => k.startsWith('extra_')).map((k) => k.slice('extra_'.length));
  if (chosen.some((id) => !extraIds.includes(id))) return { ok: false };
  return { ok: true, extraIds: extraIds.filter((id) => chosen.includes(id)) };
}

/** A person's own list: upcoming activities first (soonest first), then past ones (latest first). */
export function orderMyRegistrations<T extends { startsAt: Date; endsAt: Date }>(rows: T[], now: Date): T[] {
  const upcoming = rows.filter((r) => r.endsAt.getTime() >= now.getTime()).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const past = rows.filter((r) => r.endsAt.getTime() < now.getTime()).sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
  return [...upcoming, ...past];
}

/**
 * What a person still has to do about their own registration, for the workspace home: register
 * after showing interest (while registration is open), or pay a registration with a price before
 * the activity is over. Nothing for a waiting place, a cancelled or a finished one.
 */
export function registrationTodo(
  r: { status: RegistrationStatus; priceCents: number; paidAt: Date | null; registrationDeadline: Date; endsAt: Date },
  now: Date
): 'register' | 'pay' | null {
  if (r.status === 'interest') return registrationOpen(r.registrationDeadline, now) ? 'register' : null;
  if (r.status === 'registered' && r.priceCents > 0 && !r.paidAt && r.endsAt.getTime() >= now.getTime()) return 'pay';
  return null;
}

/** When the week-before reminder goes out; null when that moment has already passed. */
export function reminderAt(startsAt: Date, now: Date): Date | null {
  const at = new Date(startsAt.getTime() - 7 * 86_400_000);
  return at.getTime() > now.getTime() ? at : null;
}

/**
 * A stored registration as the values of its change form: answers (`q_<id>`), extras
 * (`extra_<id>`), the invoice, and the pair's values (ADR 030). An invoice to the municipality one
 * comes with holds that municipality's details, so the form shows only its reference and address.
 */
export function storedFormValues(
  registration: { answers: Record<string, string>; invoice: Record<string, string>; extraIds: string[] },
  pairValues: Record<string, string>
): Record<string, string> {
  const values: Record<string, string> = { ...pairValues };
  for (const [id, answer] of Object.entries(registration.answers)) values[`q_${id}`] = answer;
  for (const extraId of registration.extraIds) values[`extra_${extraId}`] = 'on';
  const inv = registration.invoice;
  if (inv.municipalityId) return { ...values, invoiceType: 'municipality', reference: inv.reference ?? '', invoiceEmail: inv.email ?? '' };
  return {
    ...values, invoiceType: inv.type ?? '', invoiceName: inv.name ?? '', enterpriseNumber: inv.enterpriseNumber ?? '',
    reference: inv.reference ?? '', invoiceEmail: inv.email ?? ''
  };
}
