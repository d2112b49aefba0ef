import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { multiline } from '$lib/form-fields';
import { closenessLevels, contactRoles, partnerCategories } from './rules';

const text = (max: number) => z.string().trim().max(max, { error: errorKey('textTooLong') }).default('');
const check = z.literal('on').optional().transform((v) => v === 'on');
/** An optional choice from a list: empty means none, anything else outside the list is refused. */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, key: Parameters<typeof errorKey>[0]) =>
  z.string().trim().default('').transform((v) => (v === '' ? null : v)).pipe(z.enum(values, { error: errorKey(key) }).nullable());
const optionalId = (key: Parameters<typeof errorKey>[0]) =>
  z.string().trim().default('').transform((v) => (v === '' ? null : v)).pipe(z.uuid({ error: errorKey(key) }).nullable());

export const startMapSchema = z.object({
  start: z.enum(['template', 'empty'], { error: errorKey('mapStartInvalid') })
});

/** What the school does with a partner: the fields of a link, for adding and editing alike. */
const linkFields = {
  nature: text(300),
  forPupils: check,
  forParents: check,
  forTeam: check,
  contactRole: optionalChoice(contactRoles, 'mapContactRoleInvalid'),
  contactPersonId: optionalId('mapContactPersonInvalid'),
  closeness: z.enum(closenessLevels, { error: errorKey('mapClosenessInvalid') }),
  sinceYear: z.string().trim().default('').transform((v) => (v === '' ? null : Number(v)))
    .pipe(z.number({ error: errorKey('mapSinceInvalid') }).int({ error: errorKey('mapSinceInvalid') })
      .min(1900, { error: errorKey('mapSinceInvalid') }).max(2100, { error: errorKey('mapSinceInvalid') }).nullable()),
  notes: text(2000).meta(multiline)
};

export const linkSchema = z.object(linkFields);
export type LinkInput = z.infer<typeof linkSchema>;

/**
 * Adding a partner to the map: one from the directory (`partnerId`), or a new one described by
 * its name, category (a second one optional), municipality, website and contact.
 */
export const addLinkSchema = z.object({
  ...linkFields,
  partnerId: optionalId('mapPartnerNotFound'),
  partnerName: text(160),
  category: optionalChoice(partnerCategories, 'mapCategoryInvalid'),
  category2: optionalChoice(partnerCategories, 'mapCategoryInvalid'),
  municipality: text(100),
  website: z.string().trim().max(300, { error: errorKey('urlInvalid') }).default('').transform((v) => (v === '' ? null : v))
    .pipe(z.url({ protocol: /^https?$/, error: errorKey('urlInvalid') }).nullable()),
  contact: text(200)
}).superRefine((v, ctx) => {
  if (v.partnerId) return;
  if (v.partnerName.length < 2) ctx.addIssue({ code: 'custom', path: ['partnerName'], message: errorKey('mapPartnerRequired') });
  if (!v.category) ctx.addIssue({ code: 'custom', path: ['category'], message: errorKey('mapCategoryRequired') });
}).transform(({ partnerId, partnerName, category, category2, municipality, website, contact, ...link }) => ({
  link,
  partner: partnerId
    ? ({ kind: 'existing', id: partnerId } as const)
    : ({
      kind: 'new', name: partnerName, municipality, website, contact: contact || null,
      categories: [...new Set([category!, ...(category2 ? [category2] : [])])]
    } as const)
}));
export type AddLinkInput = z.infer<typeof addLinkSchema>;

export const organisationChoiceSchema = z.object({ organisationId: z.uuid({ error: errorKey('mapOrganisationNotFound') }) });
export const keeperChoiceSchema = z.object({ personId: z.uuid({ error: errorKey('mapKeeperNotStaff') }) });
export const peersSchema = z.object({ countsInPeers: check });
