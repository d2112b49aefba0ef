// Input of the practice-example editor (ADR 043). Messages are i18n error keys (library area).
import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { multiline } from '$lib/form-fields';
import { provinces } from '../schools/schema';
import { optionalUrlSchema } from '../organisations/schema';
import { contactSlots, domains, facetNames, outsideSourceSlots, partnerTypes, targetGroups, themes } from './rules';

/** Longest Markdown source of an example's body (the form's maxlength says the same). */
export const bodyMaxLength = 20_000;

const text = (max: number) => z.string().trim().max(max, { error: errorKey('textTooLong') }).default('');
const optionalText = (max: number) => text(max).transform((v) => (v === '' ? null : v));
const checked = z.union([z.literal('on'), z.literal('true')]).optional();
const optionalId = z.string().trim().default('').transform((v) => (v === '' ? null : v))
  .pipe(z.uuid({ error: errorKey('libraryChoiceInvalid') }).nullable());

/**
 * A checkbox per option, named `<prefix>-<key>`: a form's repeated names would reach the schema as
 * one value (forms.ts keeps the last), so each option is a field of its own.
 */
function checkboxes<K extends string>(prefix: string, keys: readonly K[]) {
  return Object.fromEntries(keys.map((key) => [`${prefix}-${key}`, checked])) as Record<`${string}-${K}`, typeof checked>;
}

function picked<K extends string>(input: Record<string, unknown>, prefix: string, keys: readonly K[]): K[] {
  return keys.filter((key) => input[`${prefix}-${key}`] !== undefined);
}

const contactFields = Object.fromEntries(Array.from({ length: contactSlots }, (_, i) => [
  [`contact${i + 1}Name`, text(120)],
  [`contact${i + 1}Email`, z.string().trim().max(200, { error: errorKey('emailTooLong') }).default('')
    .refine((v) => v === '' || z.email().safeParse(v).success, { error: errorKey('emailInvalid') })],
  [`contact${i + 1}Role`, text(120)]
]).flat()) as Record<string, z.ZodType<string>>;

const outsideFields = Object.fromEntries(Array.from({ length: outsideSourceSlots }, (_, i) => [
  [`outside${i + 1}Title`, text(160)],
  [`outside${i + 1}Url`, z.string().default('').pipe(optionalUrlSchema)]
]).flat()) as Record<string, z.ZodType<string | null>>;

export const exampleSchema = z.object({
  title: z.string().trim().min(3, { error: errorKey('libraryTitleRequired') }).max(160, { error: errorKey('libraryTitleTooLong') }),
  summary: z.string().trim().min(10, { error: errorKey('librarySummaryRequired') }).max(600, { error: errorKey('librarySummaryTooLong') }).meta(multiline),
  body: z.string().trim().max(bodyMaxLength, { error: errorKey('libraryBodyTooLong') }).default('').meta(multiline),
  networkId: optionalId,
  province: z.string().trim().default('').transform((v) => (v === '' ? null : v))
    .pipe(z.enum(provinces, { error: errorKey('provinceInvalid') }).nullable()),
  municipality: optionalText(80),
  tools: text(400).transform((v) => [...new Set(v.split(',').map((t) => t.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(60, { error: errorKey('libraryToolTooLong') })).max(10, { error: errorKey('libraryTooManyTools') })),
  inspiredBy1: optionalId,
  inspiredBy2: optionalId,
  ...checkboxes('theme', themes),
  ...checkboxes('domain', domains),
  ...checkboxes('targetGroup', targetGroups),
  ...checkboxes('partnerType', partnerTypes),
  ...contactFields,
  ...outsideFields
}).superRefine((input, ctx) => {
  const values = input as Record<string, unknown>;
  for (let i = 1; i <= contactSlots; i++) {
    if (!values[`contact${i}Name`] && (values[`contact${i}Email`] || values[`contact${i}Role`])) {
      ctx.addIssue({ code: 'custom', path: [`contact${i}Name`], message: errorKey('libraryContactNameRequired') });
    }
  }
  for (let i = 1; i <= outsideSourceSlots; i++) {
    if (!values[`outside${i}Title`] && values[`outside${i}Url`]) {
      ctx.addIssue({ code: 'custom', path: [`outside${i}Title`], message: errorKey('librarySourceTitleRequired') });
    }
  }
}).transform((input) => {
  const values = input as Record<string, unknown>;
  const str = (key: string) => (values[key] as string | null | undefined) || null;
  return {
    title: input.title,
    summary: input.summary,
    body: input.body,
    networkId: input.networkId,
    province: input.province,
    municipality: input.municipality,
    tools: input.tools,
    themes: picked(values, 'theme', themes),
    domains: picked(values, 'domain', domains),
    targetGroups: picked(values, 'targetGroup', targetGroups),
    partnerTypes: picked(values, 'partnerType', partnerTypes),
    contacts: Array.from({ length: contactSlots }, (_, i) => i + 1)
      .filter((i) => str(`contact${i}Name`))
      .map((i) => ({ name: str(`contact${i}Name`)!, email: str(`contact${i}Email`), role: str(`contact${i}Role`) })),
    sourceExampleIds: [...new Set([input.inspiredBy1, input.inspiredBy2].filter((id): id is string => !!id))],
    outsideSources: Array.from({ length: outsideSourceSlots }, (_, i) => i + 1)
      .filter((i) => str(`outside${i}Title`))
      .map((i) => ({ title: str(`outside${i}Title`)!, url: str(`outside${i}Url`) }))
  };
});

export type ExampleInput = z.output<typeof exampleSchema>;

/** Publish, send for review or take offline: the editor's status buttons. */
export const statusSchema = z.object({
  status: z.enum(['draft', 'review', 'published'], { error: errorKey('libraryStatusInvalid') })
});

/** The public library's query string: words and at most one value per facet. */
export const librarySearchSchema = z.object({
  q: z.string().trim().max(200).catch(''),
  page: z.coerce.number().int().min(1).max(500).catch(1),
  ...Object.fromEntries(facetNames.map((name) => [name, z.string().trim().max(60).catch('')])) as Record<(typeof facetNames)[number], z.ZodCatch<z.ZodString>>
});

export type LibrarySearch = z.output<typeof librarySearchSchema>;

/** Adding an attachment: the file is read from the raw form (it is no text field); nothing else. */
export const attachmentAddSchema = z.object({});

export const attachmentRemoveSchema = z.object({
  attachment: z.string().trim().pipe(z.uuid({ error: errorKey('libraryAttachmentGone') }))
});
