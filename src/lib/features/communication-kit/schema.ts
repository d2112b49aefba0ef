import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { multiline } from '$lib/form-fields';
import { kitFileCategories } from './rules';

const title = z.string({ error: errorKey('kitTitleLength') }).trim()
  .min(2, { error: errorKey('kitTitleLength') }).max(120, { error: errorKey('kitTitleLength') });

/** A new file of the kit: what it is called and for; the file itself is read from the raw form and checked by its bytes. */
export const kitFileAddSchema = z.object({
  title,
  category: z.enum(kitFileCategories, { error: errorKey('kitCategoryInvalid') }),
  description: z.string().trim().max(500, { error: errorKey('kitDescriptionTooLong') }).default('').meta(multiline)
});
export type KitFileInput = z.infer<typeof kitFileAddSchema>;

export const kitFileIdSchema = z.object({
  fileId: z.string({ error: errorKey('kitFileNotFound') }).trim().pipe(z.uuid({ error: errorKey('kitFileNotFound') }))
});

/** A text block: plain text a school copies as it is. */
export const kitTextAddSchema = z.object({
  title,
  body: z.string({ error: errorKey('kitTextBodyLength') }).trim()
    .min(10, { error: errorKey('kitTextBodyLength') }).max(4000, { error: errorKey('kitTextBodyLength') }).meta(multiline)
});
export type KitTextInput = z.infer<typeof kitTextAddSchema>;

export const kitTextIdSchema = z.object({
  text: z.string({ error: errorKey('kitTextNotFound') }).trim().pipe(z.uuid({ error: errorKey('kitTextNotFound') }))
});

export const kitTextSaveSchema = kitTextIdSchema.extend(kitTextAddSchema.shape);

export const kitTextMoveSchema = kitTextIdSchema.extend({
  direction: z.enum(['up', 'down'], { error: errorKey('kitTextNotFound') })
});
