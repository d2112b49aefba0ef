import { z } from 'zod';
import { errorKey, type ErrorKey } from '$lib/i18n/messages';
import { multiline } from '$lib/form-fields';
/** As long as a practice example's body (ADR 042). */
export const storyBodyMaxLength = 20_000;

const trimmed = (min: number, max: number, key: ErrorKey) =>
  z.string({ error: key }).trim().min(min, { error: key }).max(max, { error: key });
const optionalText = (max: number, key: ErrorKey) => z.string({ error: key }).trim().max(max, { error: key }).default('');
const checked = z.union([z.literal('on'), z.literal('true')]).optional().transform((v) => v !== undefined);
const reason = trimmed(10, 1000, 'storiesReasonRequired').meta(multiline);

/**
 * The school's story. Themes and linked practice examples are checkboxes (repeated names), read
 * from the raw form by `listFrom`; the photo is the `photo` file, checked by its bytes in the mutation.
 */
export const storySchema = z.object({
  title: trimmed(3, 200, 'storiesTitleRequired'),
  body: trimmed(20, storyBodyMaxLength, 'storiesBodyRequired').meta(multiline),
  photoAlt: optionalText(300, 'storiesPhotoAltInvalid'),
  photoConsent: optionalText(1000, 'storiesPhotoConsentInvalid').meta(multiline),
  photoConsentConfirmed: checked,
  removePhoto: checked,
  consent: checked
});

export type StoryInput = z.infer<typeof storySchema>;

/** A facilitator's edit of the text says why; the author is mailed and consents again. */
export const storyModeratorSchema = storySchema.extend({ reason });

export const testimonialSchema = z.object({
  quote: trimmed(10, 600, 'storiesQuoteRequired').meta(multiline),
  shownName: trimmed(2, 100, 'storiesShownNameRequired'),
  shownRole: trimmed(2, 100, 'storiesShownRoleRequired'),
  consent: checked
});

export type TestimonialInput = z.infer<typeof testimonialSchema>;

export const testimonialIdSchema = z.object({ testimonialId: z.uuid({ error: errorKey('storiesNotFound') }) });

export const testimonialEditSchema = testimonialSchema.omit({ consent: true }).extend({ testimonialId: z.uuid({ error: errorKey('storiesNotFound') }), reason });

/** What a facilitator decides on: a story or a testimonial by its id. */
export const moderationSchema = z.object({
  kind: z.enum(['story', 'testimonial'], { error: errorKey('storiesNotFound') }),
  id: z.uuid({ error: errorKey('storiesNotFound') })
});

export type ModerationTarget = z.infer<typeof moderationSchema>;

export const moderationReasonSchema = moderationSchema.extend({ reason });

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ticked values of a repeated checkbox (themes), without duplicates. */
export function listFrom(data: FormData, name: string, max = 20): string[] {
  return [...new Set(data.getAll(name).filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter((v) => v.length > 0 && v.length <= 200))].slice(0, max);
}

/** The ticked practice examples; anything that is not an id cannot be one and is dropped. */
export function idsFrom(data: FormData, name: string, max = 10): string[] {
  return [...new Set(data.getAll(name).filter((v): v is string => typeof v === 'string' && uuidPattern.test(v)).map((v) => v.toLowerCase()))].slice(0, max);
}
