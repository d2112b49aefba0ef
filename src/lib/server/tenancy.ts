// Tenancy and access as types (ADR 002, ADR 020). Data and mutation functions that touch private
// data take these branded values, which only the features' access modules
// (`src/lib/features/*/access.server.ts`) mint, after the domain's policy said yes; ESLint refuses
// the minting functions anywhere else. A plain id from a form or a URL does not type-check.
declare const orgBrand: unique symbol;
declare const schoolBrand: unique symbol;
declare const handleBrand: unique symbol;

export type AuthorizedOrgId = string & { readonly [orgBrand]: true };
export type AuthorizedSchoolId = string & { readonly [schoolBrand]: true };

/** A resource the actor may act on in the named way, e.g. `Handle<'managed-activity'>`. */
export type Handle<Kind extends string> = { readonly id: string; readonly [handleBrand]: Kind };

export function brandOrganisation(id: string): AuthorizedOrgId {
  return id as AuthorizedOrgId;
}

export function brandSchool(id: string): AuthorizedSchoolId {
  return id as AuthorizedSchoolId;
}

export function grant<Kind extends string>(_kind: Kind, id: string): Handle<Kind> {
  return { id } as Handle<Kind>;
}
