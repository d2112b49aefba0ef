// Reads a submitted form through a domain's zod schema. Failures come back as a value with
// one i18n error key per field and the submitted text (never passwords) to refill the form.
import { fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import { emptyFieldErrors, issueKey, type ErrorKey, type FieldErrors } from '$lib/i18n/messages';
import type { FailureStatus } from './failures';
import { declaredFields, isMultiline } from '$lib/form-fields';
import { controlCharactersKey, fieldsWithRefusedText, hasLineBreakOrTab, withoutRefusedCharacters } from './text-input';

export type { FieldErrors };

export interface FormFailure {
  errors: FieldErrors;
  values: Record<string, string>;
  form?: string;
  /** The errors are warnings the person may confirm (a date on a free day): the form shows a checkbox. */
  needsConfirmation?: boolean;
}

const maxFieldLength = 20_000;

/** The submitted text of a form (never passwords), to refill it after a refusal. */
function formValues(data: FormData): Record<string, string> {
  const values: Record<string, string> = Object.create(null); // a field may be named __proto__
  for (const [key, value] of data.entries()) {
    if (typeof value === 'string' && !/password|confirm/i.test(key)) values[key] = withoutRefusedCharacters(value).slice(0, maxFieldLength);
  }
  return values;
}

export function parseForm<S extends z.ZodType>(
  schema: S,
  data: FormData
): { ok: true; data: z.infer<S> } | { ok: false; failure: FormFailure } {
  // Checked before the schema, so no schema (or the database behind it) ever sees such text.
  const refused = refusedTextFailure(data) ?? lineBreakFailure(schema, data);
  if (refused) return { ok: false, failure: refused };
  const raw: Record<string, FormDataEntryValue | boolean> = Object.create(null);
  for (const [key, value] of data.entries()) raw[key] = value;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = emptyFieldErrors();
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issueKey(issue.message);
  }
  return { ok: false, failure: { errors, values: formValues(data) } };
}

/** A failure naming every field whose text holds a control character (ADR 018), or null. */
function refusedTextFailure(data: FormData): FormFailure | null {
  const fields = fieldsWithRefusedText(data);
  if (fields.length === 0) return null;
  const errors: FieldErrors = emptyFieldErrors();
  for (const field of fields) errors[withoutRefusedCharacters(field)] = controlCharactersKey;
  return { errors, values: formValues(data) };
}

// Per schema, the fields it declares as single-line (all but those marked `multiline`).
const singleLineFields = new WeakMap<object, Set<string>>();

function singleLineFieldsOf(schema: z.ZodType): Set<string> {
  let fields = singleLineFields.get(schema);
  if (!fields) {
    fields = new Set(declaredFields(schema).filter(([, field]) => !isMultiline(field)).map(([name]) => name));
    singleLineFields.set(schema, fields);
  }
  return fields;
}

/** A failure naming every single-line field holding a tab or a line break (ADR 018), or null. */
function lineBreakFailure(schema: z.ZodType, data: FormData): FormFailure | null {
  const single = singleLineFieldsOf(schema);
  const errors: FieldErrors = emptyFieldErrors();
  for (const [key, value] of data.entries()) {
    if (single.has(key) && typeof value === 'string' && hasLineBreakOrTab(value)) errors[key] = controlCharactersKey;
  }
  return Object.keys(errors).length > 0 ? { errors, values: formValues(data) } : null;
}

/** 400 for malformed input, 403 for a refused person, 409 for a conflict with stored data, 429 for rate limits. */
export function formFail(
  status: FailureStatus,
  failure: FormFailure,
  form?: string
): ActionFailure<FormFailure> {
  return fail(status, { ...failure, form });
}

export function fieldFail(
  status: FailureStatus,
  field: string,
  key: ErrorKey,
  data: FormData,
  form?: string
): ActionFailure<FormFailure> {
  return formFail(status, { errors: { [field]: key }, values: formValues(data) }, form);
}

/**
 * A form whose input is refused (400) or only needs the person's confirmation (422: warnings such
 * as a date in the holidays). The form comes back filled in, with each message next to its field.
 */
export function confirmableFail(
  refused: FieldErrors, warnings: FieldErrors, data: FormData, form?: string
): ActionFailure<FormFailure> {
  const mustChange = Object.keys(refused).length > 0;
  return formFail(mustChange ? 400 : 422, { errors: { ...warnings, ...refused }, values: formValues(data), needsConfirmation: !mustChange }, form);
}
