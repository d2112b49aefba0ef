import { z } from 'zod';
import { errorKey, type ErrorKey } from '$lib/i18n/messages';
import { emailSchema } from '../people/schema';
import { descriptionSchema, optionalUrlSchema } from '../organisations/schema';
import {
  dutchSectors, identifierTypes, isFlemish, isListedCountryName, isOpenMailDomain, normaliseBelgianPostcode,
  normaliseDutchPostcode, normaliseIdentifier, normaliseInstitutionNumber, normaliseMailDomain, parseSchoolKey, type Country, type IdentifierType
} from './rules';

export const provinces = ['antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen', 'brussel'] as const;
export const schoolLevels = ['basis', 'secundair', 'buitengewoon'] as const;
export const educationNetworks = ['go', 'officieel-gesubsidieerd', 'vrij-gesubsidieerd'] as const;
export const schoolRoles = ['directeur', 'intern-begeleider', 'zorgcoordinator', 'leerlingenbegeleider', 'leerkracht', 'middenkader', 'ambassadeur', 'zorgleerkracht', 'bestuurder', 'brugfiguur'] as const;
export const schoolAccessLevels = ['coordinator', 'staff'] as const;

export type Province = (typeof provinces)[number];
export type SchoolRole = (typeof schoolRoles)[number];

/** The Flemish instellingsnummer: 5 or 6 digits, stored zero-padded to 6 so 35865 = 035865. */
export const institutionNumberSchema = z
  .string({ error: errorKey('institutionNumberInvalid') })
  .transform((v, ctx) => {
    const number = normaliseInstitutionNumber(v);
    if (number === null) ctx.addIssue({ code: 'custom', message: errorKey('institutionNumberInvalid') });
    return number ?? '';
  });

/**
 * Any school's key as typed in a form that names an existing school (a network's members): an
 * instellingsnummer, or `brin-12AB00`, `fase-1234` for a school outside Flanders (ADR 025).
 */
export const schoolKeySchema = z
  .string({ error: errorKey('schoolKeyInvalid') })
  .transform((v, ctx) => {
    const key = parseSchoolKey(v);
    if (key === null) ctx.addIssue({ code: 'custom', message: errorKey('schoolKeyInvalid') });
    return key ?? '';
  });

const text = (max: number) => z.string().trim().max(max, { error: errorKey('textTooLong') }).default('');

/** The fields of a school's place; which of them apply depends on its identifier type (rules.ts). */
const placeFields = {
  name: z.string().trim().min(2, { error: errorKey('schoolNameRequired') }).max(160, { error: errorKey('nameTooLong') }),
  street: z.string().trim().min(2, { error: errorKey('streetRequired') }).max(160, { error: errorKey('textTooLong') }),
  postalCode: text(12),
  municipality: z.string().trim().min(2, { error: errorKey('municipalityRequired') }).max(100, { error: errorKey('textTooLong') }),
  countryName: text(60),
  province: text(40),
  level: text(40),
  educationNetwork: text(40),
  sector: text(10)
};

type PlaceFields = z.output<z.ZodObject<typeof placeFields>>;
type Issue = (field: string, key: ErrorKey) => void;
const pick = <T extends string>(options: readonly T[], value: string): T | null => (options as readonly string[]).includes(value) ? (value as T) : null;

/** The place of a school of this type, normalised; reports an issue per field that does not fit. */
function placeOf(type: IdentifierType, v: PlaceFields, issue: Issue) {
  const flemish = isFlemish(type);
  const belgian = type === 'instellingsnummer' || type === 'fase';
  const postalCode = type === 'brin' ? normaliseDutchPostcode(v.postalCode) : belgian ? normaliseBelgianPostcode(v.postalCode) : v.postalCode;
  if (postalCode === null) issue('postalCode', type === 'brin' ? 'postalCodeDutchInvalid' : 'postalCodeInvalid');
  else if (postalCode.length < 2) issue('postalCode', 'postalCodeRequired');
  const province = flemish ? pick(provinces, v.province) : null;
  if (flemish && !province) issue('province', 'provinceInvalid');
  const level = belgian ? pick(schoolLevels, v.level) : null;
  if (belgian && !level) issue('level', 'levelInvalid');
  const educationNetwork = flemish ? pick(educationNetworks, v.educationNetwork) : null;
  if (flemish && !educationNetwork) issue('educationNetwork', 'educationNetworkInvalid');
  const sector = type === 'brin' ? pick(dutchSectors, v.sector) : null;
  if (type === 'brin' && !sector) issue('sector', 'sectorInvalid');
  const countryName = type === 'none' ? v.countryName : null;
  if (countryName !== null && countryName.length < 2) issue('countryName', 'countryNameRequired');
  else if (countryName !== null && isListedCountryName(countryName)) issue('countryName', 'countryListed');
  return { name: v.name, street: v.street, postalCode: postalCode ?? '', municipality: v.municipality, countryName, province, level, educationNetwork, sector };
}

const issuer = (ctx: z.RefinementCtx): Issue => (field, key) => ctx.addIssue({ code: 'custom', path: [field], message: key });

/** The optional first coordinator a facilitator invites while adding the school (all three, or none). */
const firstCoordinatorFields = {
  coordinatorName: text(120),
  coordinatorEmail: z.string().trim().max(254, { error: errorKey('emailTooLong') }).default(''),
  coordinatorRole: text(40)
};

/**
 * A Flemish school as a row of a participants import (learning-networks): instellingsnummer,
 * address, province, level and onderwijsnet, all required.
 */
export const schoolCreateSchema = z.object({
  institutionNumber: institutionNumberSchema,
  name: placeFields.name,
  street: placeFields.street,
  postalCode: z.string().trim().regex(/^[1-9]\d{3}$/, { error: errorKey('postalCodeInvalid') }),
  municipality: placeFields.municipality,
  province: z.enum(provinces, { error: errorKey('provinceInvalid') }),
  level: z.enum(schoolLevels, { error: errorKey('levelInvalid') }),
  educationNetwork: z.enum(educationNetworks, { error: errorKey('educationNetworkInvalid') })
});

/** The directory's "add a school" form: any identifier type, and optionally its first coordinator. */
export const newSchoolFormSchema = z.object({
  identifierType: z.enum(identifierTypes, { error: errorKey('identifierTypeInvalid') }),
  identifier: text(20),
  ...placeFields,
  ...firstCoordinatorFields
}).transform((v, ctx) => {
  const issue = issuer(ctx);
  const identifier = v.identifierType === 'none' ? null : normaliseIdentifier(v.identifierType, v.identifier);
  if (v.identifierType !== 'none' && identifier === null) issue('identifier', identifierKeys[v.identifierType]);
  const place = placeOf(v.identifierType, v, issue);
  return { identifierType: v.identifierType, identifier, place, coordinator: firstCoordinatorOf(v, issue) };
});

const identifierKeys = { instellingsnummer: 'institutionNumberInvalid', fase: 'faseInvalid', brin: 'brinInvalid' } as const;

function firstCoordinatorOf(v: z.output<z.ZodObject<typeof firstCoordinatorFields>>, issue: Issue) {
  if (v.coordinatorName === '' && v.coordinatorEmail === '' && v.coordinatorRole === '') return null;
  const email = emailSchema.safeParse(v.coordinatorEmail);
  if (!email.success) issue('coordinatorEmail', email.error.issues[0]?.message === 'emailTooLong' ? 'emailTooLong' : 'emailInvalid');
  if (v.coordinatorName.length < 2) issue('coordinatorName', 'nameRequired');
  const schoolRole = pick(schoolRoles, v.coordinatorRole);
  if (!schoolRole) issue('coordinatorRole', 'roleInvalid');
  return email.success && schoolRole ? { email: email.data, name: v.coordinatorName, schoolRole } : null;
}

/** The profile form of a school of this type: its identifier and country stay as they were added. */
export function schoolProfileSchemaFor(type: IdentifierType) {
  return z.object({ ...placeFields, description: descriptionSchema, website: optionalUrlSchema })
    .transform((v, ctx) => ({ ...placeOf(type, v, issuer(ctx)), description: v.description, website: v.website }));
}

export const schoolSearchSchema = z.object({ q: z.string().trim().max(100).default('') });

export const staffInviteSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(2, { error: errorKey('nameRequired') }).max(120, { error: errorKey('nameTooLong') }),
  access: z.enum(schoolAccessLevels, { error: errorKey('roleInvalid') }),
  schoolRole: z.enum(schoolRoles, { error: errorKey('roleInvalid') })
});

export const staffRemoveSchema = z.object({ personId: z.uuid({ error: errorKey('roleInvalid') }) });

export const staffUpdateSchema = z.object({
  personId: z.uuid({ error: errorKey('roleInvalid') }),
  access: z.enum(schoolAccessLevels, { error: errorKey('roleInvalid') }),
  schoolRole: z.enum(schoolRoles, { error: errorKey('roleInvalid') })
});

/** Asking to join a school: as staff or as coordinator, with one's role in the school. */
export const joinRequestSchema = z.object({
  access: z.enum(schoolAccessLevels, { error: errorKey('joinAccessInvalid') }),
  schoolRole: z.enum(schoolRoles, { error: errorKey('roleInvalid') })
});

export const joinDecisionSchema = z.object({
  requestId: z.uuid({ error: errorKey('joinRequestNotFound') }),
  decision: z.enum(['approve', 'decline'], { error: errorKey('joinDecisionInvalid') })
});

/** A verified mail domain of a school, typed as "@sint-jozef.be" or "sint-jozef.be". */
export const mailDomainSchema = z.object({
  domain: z.string().max(260, { error: errorKey('mailDomainInvalid') }).transform((v, ctx) => {
    const domain = normaliseMailDomain(v);
    if (!domain) ctx.addIssue({ code: 'custom', message: errorKey('mailDomainInvalid') });
    else if (isOpenMailDomain(domain)) ctx.addIssue({ code: 'custom', message: errorKey('mailDomainOpen') });
    return domain ?? '';
  })
});

export type SchoolPlace = ReturnType<typeof placeOf>;
export type NewSchoolForm = z.infer<typeof newSchoolFormSchema>;
export type FirstCoordinator = NonNullable<NewSchoolForm['coordinator']>;

/** A Flemish school in the import's shape. */
export type SchoolInput = z.infer<typeof schoolCreateSchema>;

/** A school as the register stores it: a Flemish one (the import's shape) or one of any identifier type. */
export type RegisterSchool = SchoolInput | (Omit<SchoolPlace, 'countryName'> & {
  institutionNumber: string; identifierType: IdentifierType; country: Country; countryName: string | null;
});
export type SchoolProfile = z.infer<ReturnType<typeof schoolProfileSchemaFor>>;
export type StaffInvite = z.infer<typeof staffInviteSchema>;
export type JoinRequestInput = z.infer<typeof joinRequestSchema>;
export type JoinDecision = z.infer<typeof joinDecisionSchema>;
