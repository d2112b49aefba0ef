// Pure rules of coached trajectories: who may apply for an offer, and the lists typed one per line.

export interface Eligibility {
  eligibleCountry: 'BE' | 'NL' | 'other' | null;
  eligibleMunicipality: string | null;
  eligibleLevel: 'basis' | 'secundair' | 'buitengewoon' | null;
}

export interface ApplyingSchool {
  country: 'BE' | 'NL' | 'other';
  municipality: string;
  level: 'basis' | 'secundair' | 'buitengewoon' | null;
}

export type EligibilityRefusal = 'country' | 'municipality' | 'level';

/**
 * Why a school may not apply, or null when it may. Every condition the offer sets must hold; the
 * municipality compares without case or surrounding spaces ("Gent" = "gent ").
 */
export function eligibilityRefusal(offer: Eligibility, school: ApplyingSchool): EligibilityRefusal | null {
  if (offer.eligibleCountry && school.country !== offer.eligibleCountry) return 'country';
  if (offer.eligibleMunicipality && school.municipality.trim().toLowerCase() !== offer.eligibleMunicipality.trim().toLowerCase()) return 'municipality';
  if (offer.eligibleLevel && school.level !== offer.eligibleLevel) return 'level';
  return null;
}

/** A textarea with one item per line: trimmed, empty lines and repeats (ignoring case) dropped. */
export function linesOf(text: string): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const item = line.trim().replace(/\s+/g, ' ');
    if (item && !seen.has(item.toLowerCase())) {
      seen.add(item.toLowerCase());
      items.push(item);
    }
  }
  return items;
}

/** Places still free in a start year; never negative. */
export function placesLeft(year: { places: number; taken: number }): number {
  return Math.max(0, year.places - year.taken);
}

/**
 * A theme's progress: the share of its actions that are done, leaving out the stopped ones (a
 * stopped action is a decision, not a failure). Null when nothing is planned yet.
 */
export function themeProgress(statuses: readonly string[]): number | null {
  const live = statuses.filter((s) => s !== 'gestopt');
  if (live.length === 0) return null;
  return Math.round((100 * live.filter((s) => s === 'klaar').length) / live.length);
}
