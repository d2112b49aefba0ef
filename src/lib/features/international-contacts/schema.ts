import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { multiline } from '$lib/form-fields';
import { optionalUrlSchema } from '../organisations/schema';
import { emailSchema, personNameSchema } from '../people/schema';
import { countryCodes, introductionMessageLimits, languageCodes, parseInitiativeLines, type LanguageCode } from './rules';

// An unchecked checkbox sends nothing; a checked one sends "on".
const checked = z.union([z.literal('on'), z.literal('true')]).optional().transform((v) => v !== undefined);

/** One checkbox per language, named `language-<code>` (a form's repeated names would reach the schema as one value). */
const languageFields = Object.fromEntries(languageCodes.map((code) => [`language-${code}`, checked])) as Record<`language-${LanguageCode}`, typeof checked>;

const initiativeErrors = {
  format: errorKey('intlInitiativeFormat'), url: errorKey('intlInitiativeUrl'), title: errorKey('intlInitiativeTitle'), 'too-many': errorKey('intlTooManyInitiatives')
} as const;

/** The facilitator's form for a contact abroad. Initiatives are one per line: "title | link". */
export const internationalContactSchema = z.object({
  name: z.string({ error: errorKey('intlNameRequired') }).trim().min(2, { error: errorKey('intlNameRequired') }).max(160, { error: errorKey('intlNameTooLong') }),
  country: z.string({ error: errorKey('intlCountryInvalid') }).trim().toUpperCase()
    .refine((v) => countryCodes.includes(v), { error: errorKey('intlCountryInvalid') }),
  focus: z.string({ error: errorKey('intlFocusRequired') }).trim().min(5, { error: errorKey('intlFocusRequired') }).max(600, { error: errorKey('intlFocusTooLong') }).meta(multiline),
  contactName: personNameSchema,
  contactEmail: emailSchema,
  website: z.string().default('').pipe(optionalUrlSchema),
  initiatives: z.string().max(6000, { error: errorKey('intlTooManyInitiatives') }).default('').meta(multiline)
    .transform((text, ctx) => {
      const parsed = parseInitiativeLines(text);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: initiativeErrors[parsed.problem] });
        return z.NEVER;
      }
      return parsed.initiatives;
    }),
  visibleToMembers: checked,
  initiativesPublic: checked,
  ...languageFields
}).superRefine((input, ctx) => {
  if (!languageCodes.some((code) => input[`language-${code}`])) ctx.addIssue({ code: 'custom', path: ['languages'], message: errorKey('intlLanguagesRequired') });
}).transform(({ name, country, focus, contactName, contactEmail, website, initiatives, visibleToMembers, initiativesPublic, ...rest }) => ({
  name, country, focus, contactName, contactEmail, website: website ?? '', initiatives, visibleToMembers, initiativesPublic,
  languages: languageCodes.filter((code) => rest[`language-${code}`]) as string[]
}));

export type InternationalContactInput = z.infer<typeof internationalContactSchema>;

export const contactIdSchema = z.object({ contactId: z.uuid({ error: errorKey('intlContactNotFound') }) });

/** Archiving or bringing back a contact: `archive` says which. */
export const archiveSchema = contactIdSchema.extend({ archive: z.enum(['yes', 'no'], { error: errorKey('intlContactNotFound') }) });

/** A member school's request: which contact, and a short message about why. */
export const introductionRequestSchema = contactIdSchema.extend({
  message: z.string({ error: errorKey('intlMessageLength') }).trim()
    .min(introductionMessageLimits.min, { error: errorKey('intlMessageLength') })
    .max(introductionMessageLimits.max, { error: errorKey('intlMessageLength') }).meta(multiline)
});

export const introductionIdSchema = z.object({ introductionId: z.uuid({ error: errorKey('intlIntroductionNotFound') }) });

/** Declining says why; the reason is mailed to the school. */
export const declineSchema = introductionIdSchema.extend({
  reason: z.string({ error: errorKey('intlReasonRequired') }).trim().min(5, { error: errorKey('intlReasonRequired') })
    .max(1000, { error: errorKey('intlReasonTooLong') }).meta(multiline)
});
