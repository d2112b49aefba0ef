// The organiser's view of who registered: grouping, headcounts, the check-in rule and the export
// (CSV and XLSX). Pure: the data comes from data.server.ts, the labels from the i18n catalogue.
import ExcelJS from 'exceljs';
import type { RegistrationQuestion } from '../activities/rules';
import { brusselsDate } from '$lib/kernel/time';

export const participantStatuses = ['registered', 'attended', 'absent', 'waiting', 'cancelled', 'interest'] as const;
export type ParticipantStatus = (typeof participantStatuses)[number];

/** Statuses that hold a seat: registered, and after check-in attended or absent. */
export const seatedStatuses = ['registered', 'attended', 'absent'] as const satisfies readonly ParticipantStatus[];
export type SeatedStatus = (typeof seatedStatuses)[number];

export function isSeated(status: ParticipantStatus): status is SeatedStatus {
  return (seatedStatuses as readonly string[]).includes(status);
}

export interface Participant {
  id: string;
  personId: string;
  name: string;
  email: string;
  /** Names of the person's schools (school_staff), comma separated; '' when none. */
  schools: string;
  /** Who registered the person, only when that was someone else. */
  registeredByName: string | null;
  status: ParticipantStatus;
  answers: Record<string, string>;
  invoice: Record<string, string>;
  waitingSince: Date | null;
  paidAt: Date | null;
  createdAt: Date;
  /** Made without an account and not yet confirmed by the mailed link (ADR 029): released at its deadline. */
  unconfirmed: boolean;
  /** Extras chosen; `claimed` once a seat of the extra is held, else the person waits for one. */
  extras: { extraId: string; claimed: boolean }[];
  /** Coming together with a municipality (ADR 030): as its officer or with a school of it. */
  pair: { municipalityId: string; municipality: string; country: 'BE' | 'NL'; role: 'officer' | 'school'; portfolio: string | null; schools: string[] } | null;
}

export interface ExtraSeats {
  id: string;
  title: string;
  date: string | null;
  capacity: number | null;
  seatsTaken: number;
}

export interface ExtraHeadcount extends ExtraSeats {
  /** People (registered or on the waiting list) who chose the extra but hold no seat of it yet. */
  waitingForSeat: number;
}

export interface ParticipantGroups {
  registered: Participant[];
  waiting: (Participant & { position: number })[];
  cancelled: Participant[];
  interest: Participant[];
}

const byName = (a: Participant, b: Participant) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id);

/** Waiting-list order, the same as the engine's promotion: waiting_since, then created_at, then id. */
export function compareWaiting(a: Participant, b: Participant): number {
  const since = (p: Participant) => p.waitingSince?.getTime() ?? Number.POSITIVE_INFINITY;
  return since(a) - since(b) || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function groupParticipants(participants: Participant[]): ParticipantGroups {
  const waiting = participants.filter((p) => p.status === 'waiting').sort(compareWaiting);
  return {
    registered: participants.filter((p) => isSeated(p.status)).sort(byName),
    waiting: waiting.map((p, i) => ({ ...p, position: i + 1 })),
    cancelled: participants.filter((p) => p.status === 'cancelled').sort(byName),
    interest: participants.filter((p) => p.status === 'interest').sort(byName)
  };
}

export function countByStatus(participants: Participant[]): Record<ParticipantStatus, number> {
  const counts = Object.fromEntries(participantStatuses.map((s) => [s, 0])) as Record<ParticipantStatus, number>;
  for (const p of participants) counts[p.status]++;
  return counts;
}

export function extraHeadcounts(extras: ExtraSeats[], participants: Participant[]): ExtraHeadcount[] {
  return extras.map((extra) => ({
    ...extra,
    waitingForSeat: participants.filter((p) => (isSeated(p.status) || p.status === 'waiting')
      && p.extras.some((e) => e.extraId === extra.id && !e.claimed)).length
  }));
}

// ---------------------------------------------------------------- check-in

/** People are checked in from the activity's first day on (Brussels date), never before. */
export function checkInOpen(startsAt: Date, now: Date): boolean {
  return brusselsDate(now) >= brusselsDate(startsAt);
}

// ---------------------------------------------------------------- export

export interface ExportLabels {
  columns: {
    status: string; position: string; name: string; email: string; school: string; registeredBy: string;
    invoiceType: string; invoiceName: string; enterpriseNumber: string; reference: string; invoiceEmail: string; paidOn: string;
    pair: string; pairRole: string; pairSchools: string;
  };
  pairRoles: { officer: string; school: string };
  statuses: Record<ParticipantStatus, string>;
  invoiceTypes: Record<string, string>;
  yes: string;
  no: string;
  waitingForSeat: string;
  sheets: { participants: string; cancelled: string };
}

export type ExportCell = string | number;

export interface ExportSheet {
  name: string;
  headers: string[];
  rows: ExportCell[][];
}

/**
 * Two tables with the same columns: registered people (seated, then the waiting list in its order)
 * and cancelled ones. One column per question (by label) and per extra (ja / nee / wacht op plaats).
 */
export function exportSheets(
  groups: ParticipantGroups,
  questions: RegistrationQuestion[],
  extras: { id: string; title: string }[],
  labels: ExportLabels
): ExportSheet[] {
  const c = labels.columns;
  const headers = [
    c.status, c.position, c.name, c.email, c.school, c.registeredBy,
    ...questions.map((q) => q.label), ...extras.map((e) => e.title), c.pair, c.pairRole, c.pairSchools,
    c.invoiceType, c.invoiceName, c.enterpriseNumber, c.reference, c.invoiceEmail, c.paidOn
  ];
  const row = (p: Participant, position: number | null): ExportCell[] => [
    labels.statuses[p.status], position ?? '', p.name, p.email, p.schools, p.registeredByName ?? '',
    ...questions.map((q) => p.answers[q.id] ?? ''),
    ...extras.map((e) => {
      const chosen = p.extras.find((x) => x.extraId === e.id);
      return !chosen ? labels.no : chosen.claimed ? labels.yes : labels.waitingForSeat;
    }),
    p.pair?.municipality ?? '', p.pair ? labels.pairRoles[p.pair.role] : '', p.pair?.schools.join(', ') ?? '',
    invoiceTypeLabel(p.invoice.type, labels), p.invoice.name ?? '', p.invoice.enterpriseNumber ?? '', p.invoice.reference ?? '',
    p.invoice.email ?? '', p.paidAt ? brusselsDate(p.paidAt) : ''
  ];
  return [
    { name: labels.sheets.participants, headers, rows: [...groups.registered.map((p) => row(p, null)), ...groups.waiting.map((p) => row(p, p.position))] },
    { name: labels.sheets.cancelled, headers, rows: groups.cancelled.map((p) => row(p, null)) }
  ];
}

function invoiceTypeLabel(type: string | undefined, labels: ExportLabels): string {
  if (!type) return '';
  return labels.invoiceTypes[type] ?? type;
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage return,
 * as OWASP lists them) gets a leading single quote, so an answer like "=HYPERLINK(...)" stays text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180 field with `;` as separator: quoted when it holds a separator, quote or line break. */
export function csvField(value: ExportCell): string {
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One CSV text for all sheets (the status column tells them apart): UTF-8 with a byte-order mark
 * and `;` between fields, which is what Excel with Belgian regional settings opens directly.
 */
export function toCsv(sheets: ExportSheet[]): string {
  const [first] = sheets;
  if (!first) return '\uFEFF';
  const lines = [first.headers, ...sheets.flatMap((s) => s.rows)].map((r) => r.map(csvField).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * An .xlsx with one worksheet per sheet. Values are written as plain strings and numbers (never
 * formulas), so spreadsheet programs do not evaluate them and they need no quote prefix.
 */
export async function toXlsx(sheets: ExportSheet[], title: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Netwerkplein';
  workbook.title = title;
  for (const sheet of sheets) {
    // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
    const worksheet = workbook.addWorksheet(sheet.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
    worksheet.addRow(sheet.headers).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row);
    worksheet.views = [{ state: 'frozen', ySplit: 1 }];
    worksheet.columns.forEach((column, i) => {
      const longest = Math.max(...[sheet.headers[i] ?? '', ...sheet.rows.map((r) => r[i] ?? '')].map((v) => String(v).length));
      column.width = Math.min(60, Math.max(10, longest + 2));
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
