import { describe, expect, it } from 'vitest';
import type { RegistrationQuestion } from '../activities/rules';
import { cancelSchema, interestSchema, invoiceSchema, readRegistrationForm } from './schema';

const questions: RegistrationQuestion[] = [
  { id: 'role', kind: 'choice', label: 'Wat is je functie?', options: ['Directeur', 'Gemeentefunctionaris'], required: true, dependsOnQuestionId: null, dependsOnAnswer: null },
  { id: 'town', kind: 'short', label: 'Voor welke gemeente werk je?', options: [], required: true, dependsOnQuestionId: 'role', dependsOnAnswer: 'Gemeentefunctionaris' }
];

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

const invoice = { invoiceType: 'school', invoiceName: 'Sint-Jozefsinstituut', enterpriseNumber: '0123456749', reference: 'PO 12', invoiceEmail: '' };

describe('the registration form', () => {
  it('refuses a tab or line break in a short answer and in the invoice, but not in a long answer (ADR 018)', () => {
    const withLong: RegistrationQuestion[] = [...questions, { id: 'why', kind: 'long', label: 'Waarom?', options: [], required: false, dependsOnQuestionId: null, dependsOnAnswer: null }];
    const context = { questions: withLong, extraIds: [], invoiceNeeded: true };
    const refused = readRegistrationForm(form({ q_role: 'Gemeentefunctionaris', q_town: 'Ge\nnk', q_why: 'een\r\ntwee', ...invoice, reference: 'PO\t12' }), context);
    expect(refused.ok ? null : refused.failure.errors).toEqual({ q_town: 'controlCharacters', reference: 'controlCharacters' });
    expect(readRegistrationForm(form({ q_role: 'Directeur', q_why: 'een\r\ntwee', ...invoice }), context).ok).toBe(true);
  });

  it('keeps the answers that apply, the chosen extras and a normalised invoice', () => {
    const result = readRegistrationForm(form({ q_role: 'Directeur', q_town: 'Genk', extra_d22: 'on', ...invoice }), { questions, extraIds: ['d21', 'd22'], invoiceNeeded: true });
    expect(result).toEqual({ ok: true, input: {
      answers: { role: 'Directeur' },
      extraIds: ['d22'],
      invoice: { type: 'school', name: 'Sint-Jozefsinstituut', enterpriseNumber: '0123.456.749', reference: 'PO 12', email: '' }
    } });
  });

  it('takes a Dutch school’s KvK-nummer as the invoice number (seed 001 invites Dutch schools)', () => {
    const result = readRegistrationForm(form({ q_role: 'Directeur', ...invoice, invoiceName: 'De Maasoever', enterpriseNumber: 'KvK 4123 5678' }),
      { questions, extraIds: [], invoiceNeeded: true });
    expect(result.ok ? result.input.invoice : null).toEqual({ type: 'school', name: 'De Maasoever', enterpriseNumber: 'KvK 41235678', reference: 'PO 12', email: '' });
  });

  it('reports every problem at once, keyed by field, with the submitted values', () => {
    const result = readRegistrationForm(form({ q_role: 'Gemeentefunctionaris', extra_zzz: 'on', ...invoice, enterpriseNumber: '0123.456.789', invoiceEmail: 'geen-adres' }),
      { questions, extraIds: ['d21'], invoiceNeeded: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.errors).toEqual({
      q_town: 'answerRequired', extras: 'registrationExtraUnknown',
      enterpriseNumber: 'registrationEnterpriseNumberChecksum', invoiceEmail: 'registrationInvoiceEmailInvalid'
    });
    expect(result.failure.values.enterpriseNumber).toBe('0123.456.789');
  });

  it('refuses an empty form, and asks no invoice when nothing costs money', () => {
    const empty = readRegistrationForm(form({}), { questions, extraIds: [], invoiceNeeded: true });
    expect(empty.ok ? null : empty.failure.errors).toEqual({
      q_role: 'answerRequired', invoiceType: 'registrationInvoiceTypeRequired', invoiceName: 'registrationInvoiceNameRequired',
      enterpriseNumber: 'registrationEnterpriseNumberRequired'
    });
    const free = readRegistrationForm(form({ q_role: 'Directeur' }), { questions, extraIds: [], invoiceNeeded: false });
    expect(free).toEqual({ ok: true, input: { answers: { role: 'Directeur' }, invoice: {}, extraIds: [] } });
  });
});

describe('a question asked only after an answer (Hamburg: the station, only when travelling by train)', () => {
  const trip: RegistrationQuestion[] = [
    { id: 'train', kind: 'choice', label: 'Reis je met de trein?', options: ['Ja', 'Nee'], required: false, dependsOnQuestionId: null, dependsOnAnswer: null },
    { id: 'station', kind: 'short', label: 'Vanuit welk station?', options: [], required: true, dependsOnQuestionId: 'train', dependsOnAnswer: 'Ja' }
  ];
  const read = (entries: Record<string, string>) => readRegistrationForm(form(entries), { questions: trip, extraIds: [], invoiceNeeded: false });

  it('ignores the answer when the condition does not hold: not stored, not checked, not required', () => {
    // The page hides the field after "Nee", but what was typed before is still posted.
    expect(read({ q_train: 'Nee', q_station: 'Mechelen' })).toEqual({ ok: true, input: { answers: { train: 'Nee' }, invoice: {}, extraIds: [] } });
    expect(read({ q_train: 'Nee', q_station: 'x'.repeat(301) })).toEqual({ ok: true, input: { answers: { train: 'Nee' }, invoice: {}, extraIds: [] } });
    expect(read({ q_station: 'Mechelen' })).toEqual({ ok: true, input: { answers: {}, invoice: {}, extraIds: [] } });
  });

  it('requires and keeps the answer when the condition holds', () => {
    const missing = read({ q_train: 'Ja', q_station: '  ' });
    expect(missing.ok ? null : missing.failure).toEqual({ errors: { q_station: 'answerRequired' }, values: { q_train: 'Ja', q_station: '  ' } });
    expect(read({ q_train: 'Ja', q_station: ' Mechelen ' })).toEqual({ ok: true, input: { answers: { train: 'Ja', station: 'Mechelen' }, invoice: {}, extraIds: [] } });
  });
});

describe('invoice and small forms', () => {
  it('tells a badly shaped enterprise number from a wrong check number', () => {
    const issue = (enterpriseNumber: string) => invoiceSchema.safeParse({ ...invoice, enterpriseNumber }).error?.issues[0]?.message;
    expect(issue('12')).toBe('registrationEnterpriseNumberFormat');
    expect(issue('0123.456.700')).toBe('registrationEnterpriseNumberChecksum');
    expect(issue('')).toBe('registrationEnterpriseNumberRequired');
    expect(invoiceSchema.safeParse({ ...invoice, invoiceType: 'bedrijf' }).error?.issues[0]?.message).toBe('registrationInvoiceTypeRequired');
  });

  it('needs an explicit confirmation to cancel and the interest button value', () => {
    const personId = '00000000-0000-4000-8000-000000000001';
    expect(cancelSchema.safeParse({ personId }).error?.issues[0]?.message).toBe('registrationCancelConfirm');
    expect(cancelSchema.safeParse({ personId, confirm: 'on' }).success).toBe(true);
    expect(interestSchema.safeParse({}).success).toBe(false);
    expect(interestSchema.safeParse({ interest: 'ja' }).success).toBe(true);
  });
});
