// The library's vocabularies (ADR 043): fixed lists, so a facet counts the same thing on every
// example and its label can be translated. Keys are stored; labels live in the i18n catalogue.
export const domains = ['onderwijs', 'werk', 'welzijn'] as const;
export const themes = [
  'spijbelen', 'vroegtijdig-schoolverlaten', 'trajectbegeleiding', 'psychisch-welzijn', 'uitstroombegeleiding',
  'toeleiding', 'ketensamenwerking', 'jonge-mantelzorgers'
] as const;
export const targetGroups = [
  'spijbelaars', 'veel-schoolwissels', 'psychisch-kwetsbare-jongeren', 'dreigend-ongekwalificeerd', 'jonge-mantelzorgers', 'ouders'
] as const;
export const partnerTypes = [
  'school', 'clb', 'politie-parket', 'ocj-sdj', 'geestelijke-gezondheid', 'lokaal-bestuur', 'welzijnswerk', 'werk-en-opleiding'
] as const;
export const exampleStatuses = ['draft', 'review', 'published'] as const;

export type Domain = (typeof domains)[number];
export type Theme = (typeof themes)[number];
export type TargetGroup = (typeof targetGroups)[number];
export type PartnerType = (typeof partnerTypes)[number];
export type ExampleStatus = (typeof exampleStatuses)[number];

/** The facets of the public library, in the order the page shows them. */
export const facetNames = ['theme', 'domain', 'targetGroup', 'province', 'partnerType'] as const;
export type FacetName = (typeof facetNames)[number];

/** How many contact people and outside inspirations an example's form offers. */
export const contactSlots = 3;
export const outsideSourceSlots = 2;

/**
 * A visitor's search words as a prefix query on Dutch stems (ADR 043): each word is reduced to
 * letters and digits (so no tsquery syntax gets through) and gets `:*`, because the Dutch stemmer
 * keeps "spijbelen" (spijbel) and "spijbelaars" (spijbelar) apart and the prefix joins them.
 * Null when nothing searchable is left.
 */
export function searchQuery(input: string): string | null {
  const words = input.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1).slice(0, 8);
  return words.length === 0 ? null : words.map((w) => `${w}:*`).join(' & ');
}

/** A URL slug from a title: lower case ASCII words joined by hyphens (accents dropped). */
export function slugFromTitle(title: string): string {
  return title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '') || 'praktijkvoorbeeld';
}
