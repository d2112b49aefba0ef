// Pure rules of international contacts (ADR 055): the country codes a contact may have (ISO 3166-1
// alpha-2, shown in the reader's language by the kernel), the languages offered, where an
// introduction stands, and the public initiatives written one per line as "title | link".

/** ISO 3166-1 alpha-2 codes in use (no historic ones such as SU or YU). */
export const countryCodes = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

/** The languages a contact can be spoken to in (ISO 639-1), the ones schools meet abroad most. */
export const languageCodes = ['en', 'nl', 'fr', 'de', 'es', 'it', 'pt', 'pl', 'sv', 'da', 'fi', 'no', 'cs', 'ro', 'el', 'tr', 'ar'] as const;
export type LanguageCode = (typeof languageCodes)[number];

/** Where a school's request for an introduction stands: asked, introduced by mail to both sides, or declined. */
export const introductionStatuses = ['requested', 'introduced', 'declined'] as const;
export type IntroductionStatus = (typeof introductionStatuses)[number];

/** A short message with the request: enough to say why, not a whole letter. */
export const introductionMessageLimits = { min: 10, max: 1000 } as const;
/** At most this many public initiatives per contact. */
export const maxInitiatives = 10;

export interface Initiative { title: string; url: string }

export type InitiativeLinesResult = { ok: true; initiatives: Initiative[] } | { ok: false; problem: 'format' | 'url' | 'too-many' | 'title' };

const isWebLink = (value: string) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
};

/** Reads "title | https://…" lines (empty lines skipped); the first bad line refuses the whole list. */
export function parseInitiativeLines(text: string): InitiativeLinesResult {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length > maxInitiatives) return { ok: false, problem: 'too-many' };
  const initiatives: Initiative[] = [];
  for (const line of lines) {
    const bar = line.lastIndexOf('|');
    if (bar < 0) return { ok: false, problem: 'format' };
    const title = line.slice(0, bar).trim();
    const url = line.slice(bar + 1).trim();
    if (title.length < 2 || title.length > 160) return { ok: false, problem: 'title' };
    if (!isWebLink(url) || url.length > 500) return { ok: false, problem: 'url' };
    initiatives.push({ title, url });
  }
  return { ok: true, initiatives };
}

/** The same list as the edit form shows it again. */
export function initiativeLines(initiatives: Initiative[]): string {
  return initiatives.map((i) => `${i.title} | ${i.url}`).join('\n');
}

/** A school may ask for an introduction to an active contact the organisation shows its members. */
export function isRequestable(contact: { archivedAt: Date | null; visibleToMembers: boolean }): boolean {
  return contact.archivedAt === null && contact.visibleToMembers;
}
