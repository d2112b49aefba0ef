import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { emailSchema } from '../people/schema';
import { schoolKeySchema, schoolRoles } from '../schools/schema';

const checkbox = z.literal('on').optional().transform((v) => v === 'on');

/** The search of /beheer/personen (a GET): a wrong page number is the first page, never an error. */
export const peopleSearchSchema = z.object({
  q: z.string().trim().max(100).catch(''),
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1)
});

export const grantCoordinatorSchema = z.object({
  school: schoolKeySchema,
  schoolRole: z.enum(schoolRoles, { error: errorKey('roleInvalid') })
});

export const revokeCoordinatorSchema = z.object({
  schoolId: z.uuid({ error: errorKey('coordinatorNotFound') }),
  confirmLastCoordinator: checkbox
});

export const deactivateSchema = z.object({
  confirmDeactivate: z.literal('on', { error: errorKey('deactivateConfirmRequired') })
});

/** The other account of the same person, by its address; it is merged into the one on the page. */
export const mergeSchema = z.object({
  email: emailSchema,
  confirmMerge: z.literal('on', { error: errorKey('mergeConfirmRequired') })
});

export type GrantCoordinator = z.infer<typeof grantCoordinatorSchema>;
export type RevokeCoordinator = z.infer<typeof revokeCoordinatorSchema>;
