// Who is who in a pair (ADR 030). Anyone may say they come together with a municipality; only the
// people the municipality lists as its officers count as its officer. Everyone else who names it is
// a school's registrant coming with it, whatever they typed about themselves.

export type PairRole = 'officer' | 'school';

export function pairRoleOf(officerOf: readonly string[], municipalityId: string): PairRole {
  return officerOf.includes(municipalityId) ? 'officer' : 'school';
}

/** Keeping municipalities and their officers is the platform's administration: platform admins only. */
export function canAdministerMunicipalities(actor: { isPlatformAdmin: boolean } | null): boolean {
  return !!actor?.isPlatformAdmin;
}
