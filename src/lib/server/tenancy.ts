// Tenancy as a type: data functions that touch an organisation's or school's private data take
// these branded ids, which only the guards in ./guards.ts mint after the domain policy said yes.
declare const orgBrand: unique symbol;
declare const schoolBrand: unique symbol;

export type AuthorizedOrgId = string & { readonly [orgBrand]: true };
export type AuthorizedSchoolId = string & { readonly [schoolBrand]: true };

export function brandOrganisation(id: string): AuthorizedOrgId {
  return id as AuthorizedOrgId;
}

export function brandSchool(id: string): AuthorizedSchoolId {
  return id as AuthorizedSchoolId;
}
