import { z } from 'zod';
import { refusedTextFailure, type FormFailure } from '$lib/server/forms';
import { readAnswers, type RegistrationQuestion } from '../activities/rules';
import { normaliseEnterpriseNumber, readExtraChoice } from './rules';

const enterpriseNumberSchema = z.string({ error: 'registrationEnterpriseNumberRequired' }).trim()
  .min(1, { error: 'registrationEnterpriseNumberRequired' })
  .transform((value, ctx) => {
    const result = normaliseEnterpriseNumber(value);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.reason === 'format' ? 'registrationEnterpriseNumberFormat' : 'registrationEnterpriseNumberChecksum' });
    return z.NEVER;
  });

/** Who gets the invoice: a school or a municipality, with its enterprise number and an optional reference. */
export const invoiceSchema = z.object({
  invoiceType: z.enum(['school', 'gemeente'], { error: 'registrationInvoiceTypeRequired' }),
  invoiceName: z.string({ error: 'registrationInvoiceNameRequired' }).trim()
    .min(2, { error: 'registrationInvoiceNameRequired' }).max(200, { error: 'registrationInvoiceNameTooLong' }),
  enterpriseNumber: enterpriseNumberSchema,
  reference: z.string().trim().max(100, { error: 'registrationReferenceTooLong' }).default(''),
  invoiceEmail: z.string().trim().max(254, { error: 'registrationInvoiceEmailInvalid' }).default('')
    .refine((v) => v === '' || z.email().safeParse(v).success, { error: 'registrationInvoiceEmailInvalid' })
}).transform((v) => ({ type: v.invoiceType, name: v.invoiceName, enterpriseNumber: v.enterpriseNumber, reference: v.reference, email: v.invoiceEmail }));

export type Invoice = z.infer<typeof invoiceSchema>;

/** The registration or change form is about one person: the actor or a colleague they registered. */
export const personSchema = z.object({ personId: z.uuid({ error: 'registrationNotFound' }) });
export const colleagueSchema = z.object({ colleagueId: z.uuid({ error: 'registrationColleagueRequired' }) });
export const cancelSchema = z.object({
  personId: z.uuid({ error: 'registrationNotFound' }),
  confirm: z.literal('on', { error: 'registrationCancelConfirm' })
});
/** The interest button posts a fixed value, so an empty post changes nothing. */
export const interestSchema = z.object({ interest: z.literal('ja', { error: 'registrationInterestInvalid' }) });

/** How the forms answer a refused registration (status, the field the message sits next to, its key). */
export const registerFailures = {
  closed: [409, 'form', 'registrationClosed'],
  'already-registered': [409, 'form', 'registrationAlreadyRegistered'],
  'extra-full': [409, 'extras', 'registrationExtraFull'],
  'unknown-extra': [400, 'extras', 'registrationExtraUnknown'],
  'not-found': [404, 'form', 'registrationNotFound']
} as const;

export interface RegistrationInput {
  answers: Record<string, string>;
  invoice: Record<string, string>;
  extraIds: string[];
}

function textValues(data: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of data.entries()) if (typeof value === 'string') values[key] = value.slice(0, 20_000);
  return values;
}

/**
 * Reads the registration form: answers (fields `q_<questionId>`, only those that apply are kept),
 * extras (checkboxes `extra_<extraId>`) and, when something costs money, the invoice details.
 * All errors come back at once, keyed by field name.
 */
export function readRegistrationForm(
  data: FormData,
  context: { questions: RegistrationQuestion[]; extraIds: string[]; invoiceNeeded: boolean }
): { ok: true; input: RegistrationInput } | { ok: false; failure: FormFailure } {
  // Answers go into jsonb, which refuses NUL just like text does (ADR 018).
  const refused = refusedTextFailure(data);
  if (refused) return { ok: false, failure: refused };
  const errors: Record<string, string> = {};
  const raw: Record<string, string | undefined> = {};
  for (const q of context.questions) {
    const value = data.get(`q_${q.id}`);
    raw[q.id] = typeof value === 'string' ? value : undefined;
  }
  const answers = readAnswers(context.questions, raw);
  if (!answers.ok) for (const [id, key] of Object.entries(answers.errors)) errors[`q_${id}`] = key;
  const extras = readExtraChoice([...data.keys()], context.extraIds);
  if (!extras.ok) errors.extras = 'registrationExtraUnknown';
  let invoice: Record<string, string> = {};
  if (context.invoiceNeeded) {
    const fields = Object.fromEntries(['invoiceType', 'invoiceName', 'enterpriseNumber', 'reference', 'invoiceEmail']
      .map((k) => [k, data.get(k) ?? undefined]));
    const parsed = invoiceSchema.safeParse(fields);
    if (parsed.success) invoice = parsed.data;
    else for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
  }
  if (Object.keys(errors).length > 0 || !answers.ok || !extras.ok) return { ok: false, failure: { errors, values: textValues(data) } };
  return { ok: true, input: { answers: answers.answers, invoice, extraIds: extras.extraIds } };
}
