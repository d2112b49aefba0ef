import { z } from 'zod';
import { errorKey, type ErrorKey } from '$lib/i18n/messages';
import { travelModes } from './rules';

const trimmed = (min: number, max: number, key: ErrorKey) =>
  z.string({ error: key }).trim().min(min, { error: key }).max(max, { error: key });

export const travelOfferSchema = z.object({
  fromPlace: trimmed(2, 120, 'communityFromPlaceRequired'),
  mode: z.enum(travelModes, { error: errorKey('communityModeInvalid') }),
  contact: trimmed(3, 200, 'communityContactRequired'),
  note: z.string().trim().max(300, { error: errorKey('communityNoteTooLong') }).default('')
});

export type TravelOfferInput = z.infer<typeof travelOfferSchema>;

/** The withdraw form says what it is, so an empty post erases nothing. */
export const travelWithdrawSchema = z.object({ withdraw: z.literal('1', { error: errorKey('invalidInput') }) });

export const reactionMaxLength = 2000;

export const reactionSchema = z.object({ body: trimmed(2, reactionMaxLength, 'communityReactionRequired') });

export const reactionIdSchema = z.object({ reactionId: z.uuid({ error: errorKey('communityReactionNotFound') }) });

/** Deleting cannot be undone: the organiser ticks a confirmation first. */
export const reactionDeleteSchema = reactionIdSchema.extend({
  confirm: z.literal('on', { error: errorKey('communityConfirmDelete') })
});
