import { z } from 'zod';
import { emptyFieldErrors, errorKey, issueKey, type FieldErrors } from '$lib/i18n/messages';
import { declaredFields } from '$lib/form-fields';
import { parseForm, type FormFailure } from '$lib/server/forms';
import { controlCharactersKey, hasLineBreakOrTab } from '$lib/server/text-input';
import { readAnswers, type RegistrationQuestion } from '../activities/rules';
import { normaliseInvoiceNumber, readExtraChoice } from './rules';
import { emailSchema, personNameSchema } from '../people/schema';
import { municipalityInvoice, readPairChoice, type PairChoice, type PairOption } from '../municipalities/rules';

const enterpriseNumberSchema = z.string({ error: errorKey('registrationEnterpriseNumberRequired') }).trim()
  .min(1, { error: errorKey('registrationEnterpriseNumberRequired') })
  .transform((value, ctx) => {
    const result = normaliseInvoiceNumber(value);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.reason === 'format' ? 'registrationEnterpriseNumberFormat' : 'registrationEnterpriseNumberChecksum' });
    return z.NEVER;
  });

const referenceSchema = z.string().trim().max(100, { error: errorKey('registrationReferenceTooLong') }).default('');
const invoiceEmailSchema = z.string().trim().max(254, { error: errorKey('registrationInvoiceEmailInvalid') }).default('')
  .refine((v) => v === '' || z.email().safeParse(v).success, { error: errorKey('registrationInvoiceEmailInvalid') });

/** Who gets the invoice: a school or a municipality, with its enterprise number and an optional reference. */
export const invoiceSchema = z.object({
  invoiceType: z.enum(['school', 'gemeente'], { error: errorKey('registrationInvoiceTypeRequired') }),
  invoiceName: z.string({ error: errorKey('registrationInvoiceNameRequired') }).trim()
    .min(2, { error: errorKey('registrationInvoiceNameRequired') }).max(200, { error: errorKey('registrationInvoiceNameTooLong') }),
  enterpriseNumber: enterpriseNumberSchema,
  reference: referenceSchema,
  invoiceEmail: invoiceEmailSchema
}).transform((v) => ({ type: v.invoiceType, name: v.invoiceName, enterpriseNumber: v.enterpriseNumber, reference: v.reference, email: v.invoiceEmail }));

export type Invoice = z.infer<typeof invoiceSchema>;

/** The invoice to the municipality one comes with (ADR 030): its own details, so only a reference and an address are asked. */
const municipalityInvoiceSchema = z.object({ reference: referenceSchema, invoiceEmail: invoiceEmailSchema });

/** The registration or change form is about one person: the actor or a colleague they registered. */
export const personSchema = z.object({ personId: z.uuid({ error: errorKey('registrationNotFound') }) });
export const colleagueSchema = z.object({ colleagueId: z.uuid({ error: errorKey('registrationColleagueRequired') }) });
export const cancelSchema = z.object({
  personId: z.uuid({ error: errorKey('registrationNotFound') }),
  confirm: z.literal('on', { error: errorKey('registrationCancelConfirm') })
});
/** The interest button posts a fixed value, so an empty post changes nothing. */
export const interestSchema = z.object({ interest: z.literal('ja', { error: errorKey('registrationInterestInvalid') }) });

export interface RegistrationInput {
  answers: Record<string, string>;
  invoice: Record<string, string>;
  extraIds: string[];
  /** Who one comes together with (ADR 030); left out on an activity that does not ask (then unchanged). */
  pair?: PairChoice;
}

export interface RegistrationFormContext {
  questions: RegistrationQuestion[];
  extraIds: string[];
  invoiceNeeded: boolean;
  /** The municipalities one may come together with; none: the form does not ask. */
  pairs?: PairOption[];
}

const noPerson = z.object({});
const invoiceFields = declaredFields(invoiceSchema).map(([name]) => name);
const singleLineBroken = (value: unknown) => typeof value === 'string' && hasLineBreakOrTab(value);

/**
 * The registration form of one activity, as a schema over the submitted fields: answers (fields
 * `q_<questionId>`, only those that apply are kept), extras (checkboxes `extra_<extraId>`) and,
 * when something costs money, the invoice details, plus the fields naming the person (`person`).
 * All errors come back at once, each at its field.
 */
export function registrationFormSchema<P extends z.ZodType<object>>(context: RegistrationFormContext, person?: P) {
  return z.record(z.string(), z.unknown()).transform((raw, ctx) => {
    const errors: FieldErrors = emptyFieldErrors();
    const who = (person ?? noPerson).safeParse(raw);
    if (!who.success) for (const issue of who.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issueKey(issue.message);
    const answers = readAnswers(context.questions, Object.fromEntries(context.questions.map((q) => {
      const value = raw[`q_${q.id}`];
      return [q.id, typeof value === 'string' ? value : undefined];
    })));
    if (!answers.ok) for (const [id, key] of Object.entries(answers.errors)) errors[`q_${id}`] = key;
    // Only a long answer is multi-line; elsewhere a tab or a line break is refused (ADR 018).
    for (const q of context.questions) if (q.kind !== 'long' && singleLineBroken(raw[`q_${q.id}`])) errors[`q_${q.id}`] = controlCharactersKey;
    if (context.invoiceNeeded) for (const field of invoiceFields) if (singleLineBroken(raw[field])) errors[field] = controlCharactersKey;
    const extras = readExtraChoice(Object.keys(raw), context.extraIds);
    if (!extras.ok) errors.extras = 'registrationExtraUnknown';
    const pairs = context.pairs ?? [];
    const paired = pairs.length > 0 ? readPairChoice(raw, pairs) : { ok: true as const, pair: null };
    if (!paired.ok) errors.pairMunicipality = paired.key;
    let invoice: Record<string, string> = {};
    if (context.invoiceNeeded && pairs.length > 0 && raw.invoiceType === 'municipality') {
      const parsed = municipalityInvoiceSchema.safeParse(raw);
      const option = paired.ok && paired.pair ? pairs.find((o) => o.id === paired.pair!.municipalityId) : undefined;
      if (!option) errors.invoiceType = 'registrationInvoiceNeedsPair';
      if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issueKey(issue.message);
      else if (option) invoice = municipalityInvoice(option, parsed.data.reference, parsed.data.invoiceEmail);
    } else if (context.invoiceNeeded) {
      const parsed = invoiceSchema.safeParse(raw);
      if (parsed.success) invoice = parsed.data;
      else for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issueKey(issue.message);
    }
    if (!who.success || !answers.ok || !extras.ok || !paired.ok || Object.keys(errors).length > 0) {
      for (const [field, key] of Object.entries(errors)) ctx.addIssue({ code: 'custom', path: [field], message: key });
      return z.NEVER;
    }
    const input: RegistrationInput = { answers: answers.answers, invoice, extraIds: extras.extraIds, pair: pairs.length > 0 ? paired.pair : undefined };
    return { ...(who.data as z.infer<P>), ...input };
  });
}

/** The registration form read on its own (the demo's forms are checked through it). */
export function readRegistrationForm(
  data: FormData, context: RegistrationFormContext
): { ok: true; input: RegistrationInput } | { ok: false; failure: FormFailure } {
  const parsed = parseForm(registrationFormSchema(context), data);
  if (!parsed.ok) return parsed;
  const { answers, invoice, extraIds, pair } = parsed.data;
  return { ok: true, input: { answers, invoice, extraIds, pair } };
}

/** Who registers without an account (ADR 029): a name and the address the confirmation link goes to. */
export const guestSchema = z.object({ name: personNameSchema, email: emailSchema });

/** Interest without an account: the same name and address, and the interest button. */
export const guestInterestSchema = guestSchema.extend(interestSchema.shape);
