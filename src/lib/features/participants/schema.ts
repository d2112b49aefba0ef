import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';

const registrationIdSchema = z.uuid({ error: errorKey('participantsRegistrationRequired') });

/** One button of the payment column: mark a registration paid ('ja') or not paid ('nee'). */
export const paymentSchema = z.object({
  registrationId: registrationIdSchema,
  paid: z.enum(['ja', 'nee'], { error: errorKey('participantsPaymentChoice') }).transform((v) => v === 'ja')
});

/** One button of the check-in list: attended, absent, or back to registered (not yet checked in). */
export const checkInSchema = z.object({
  registrationId: registrationIdSchema,
  presence: z.enum(['attended', 'absent', 'registered'], { error: errorKey('participantsPresenceChoice') })
});

/** The organiser cancels a registration on someone's behalf: only with the box ticked. */
export const cancelParticipantSchema = z.object({
  registrationId: registrationIdSchema,
  confirm: z.literal('on', { error: errorKey('participantsCancelConfirm') })
});

export const exportFormats = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (exportFormats as readonly string[]).includes(value);
}
