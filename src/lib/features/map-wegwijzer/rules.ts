// The wegwijzer's pure rules (issue 15 item 6, ADR 046): the question types of seed 003's role
// division with their Dutch search words, and how a stemmed need is matched to the rows.

/** The kinds of question a parent or pupil brings to the school; 'eigen' is one the school names itself. */
export const questionTypes = [
  'leren', 'welbevinden', 'zorg', 'armoede-geld', 'gezondheid', 'taal', 'thuissituatie', 'jonge-mantelzorgers',
  'afwezigheid', 'vrije-tijd', 'eigen'
] as const;
export type QuestionType = (typeof questionTypes)[number];

/**
 * Search vocabulary per question type: the Dutch words staff type for such a need. They are
 * matched after the same stemming as the query (netwerkplein_nl, ADR 043), so "schoolkosten"
 * finds "schoolkost" and "gepest" finds "pesten" only if both are listed. Dutch only: the search
 * is over Dutch words whatever the page's language; they are never shown.
 */
export const questionKeywords: Record<QuestionType, string> = {
  leren: 'leren studeren huiswerk punten rapport bijles leerachterstand leerproblemen dyslexie dyscalculie studiekeuze zittenblijven concentratie examens toetsen',
  welbevinden: 'welbevinden pesten gepest eenzaam verdriet faalangst stress zelfbeeld ruzie somber rouw angst piekeren zelfdoding',
  zorg: 'zorg ondersteuning gedrag diagnose aanpassingen zorgvraag ondersteuningsnetwerk handelingsplan autisme adhd beperking leerstoornis',
  'armoede-geld': 'armoede geld schoolkosten schoolrekening factuur facturen betalen afbetaling afbetalingsplan sociaal fonds schooltoelage studietoelage groeipakket schulden maaltijd boterhammen schoolreis uitstap boeken kledij ocmw',
  gezondheid: 'gezondheid ziek ziekte medisch medicatie voeding slapen vaccinatie luizen verslaving drugs alcohol dokter arts tandarts bril',
  taal: 'taal nederlands anderstalig tolk vertaling vertalen nieuwkomer okan meertalig',
  thuissituatie: 'thuis gezin scheiding echtscheiding huisvesting woning dakloos conflict geweld verwaarlozing mishandeling opvoeding pleeggezin verhuizen',
  'jonge-mantelzorgers': 'mantelzorg mantelzorger mantelzorgers zorgt zieke ouder broer zus zorgtaken chronisch handicap',
  afwezigheid: 'afwezig afwezigheid afwezigheden spijbelen spijbelt laatkomen schoolverzuim schoolmoe schooluitval leerplicht',
  'vrije-tijd': 'vrije tijd sport hobby jeugdbeweging kamp cultuur muziekschool academie uitpas vakantie opvang',
  eigen: ''
};

/** What a row holds for searching: its words in Dutch (labels, own words, the partner's name). */
export interface SearchableRow { id: string; text: string }

/** A query lexeme meets a row lexeme: 1 the same stem, 0.5 the one a prefix or compound head of the other. */
export function lexemeMatch(query: string, row: string): number {
  if (query === row) return 1;
  if (query.length >= 4 && row.startsWith(query)) return 0.5;
  if (row.length >= 4 && (query.startsWith(row) || query.endsWith(row))) return 0.5;
  return 0;
}

export interface ScoredRow { id: string; score: number }

/**
 * Ranks rows by how much of the need they cover: each query stem counts by how rare it is among
 * the rows (a word every row has, like "ouder", says little; "schoolkost" says much), times how
 * well it matched. Rows that match nothing are left out; the best first.
 */
export function rankRows(queryLexemes: string[], rows: { id: string; lexemes: string[] }[]): ScoredRow[] {
  const words = [...new Set(queryLexemes)].filter((w) => w.length >= 2);
  if (words.length === 0 || rows.length === 0) return [];
  const strength = rows.map((row) => words.map((w) => Math.max(0, ...row.lexemes.map((l) => lexemeMatch(w, l)))));
  const weights = words.map((_, i) => {
    const found = strength.filter((s) => s[i]! > 0).length;
    return found === 0 ? 0 : Math.log(1 + rows.length / found);
  });
  return rows
    .map((row, r) => ({ id: row.id, score: strength[r]!.reduce((sum, s, i) => sum + s * weights[i]!, 0) }))
    .filter((row) => row.score > 0)
    .sort((a, b) => b.score - a.score);
}

/** The answer shown first, and the others worth a look (at least 40% of the best score), at most five in all. */
export function bestMatches(ranked: ScoredRow[]): { best: string[]; also: string[] } {
  if (ranked.length === 0) return { best: [], also: [] };
  const top = ranked[0]!.score;
  const best = ranked.filter((r) => r.score >= top - 1e-9).map((r) => r.id).slice(0, 5);
  const also = ranked.filter((r) => r.score < top - 1e-9 && r.score >= top * 0.4).map((r) => r.id).slice(0, 5 - best.length);
  return { best, also };
}

/** The search text of a row, in Dutch: its question type's label and words, the school's words and the role. */
export function searchText(parts: { typeLabel: string; type: QuestionType; question: string; keywords: string; roleLabel: string; approach: string; partnerName: string | null }): string {
  return [parts.typeLabel, questionKeywords[parts.type], parts.question, parts.keywords, parts.roleLabel, parts.approach, parts.partnerName ?? ''].join(' ');
}

/** A row's place on the grid: by question type in the list's order, the school's own ones last by name. */
export function byQuestion<T extends { questionType: QuestionType; question: string }>(rows: T[]): T[] {
  const rank = (t: QuestionType) => questionTypes.indexOf(t);
  return [...rows].sort((a, b) => rank(a.questionType) - rank(b.questionType) || a.question.localeCompare(b.question, 'nl'));
}

/** The poster's type size, so the whole wegwijzer fits on one A4 page however many rows it has (ADR 046). */
export function posterDensity(rows: number): 'roomy' | 'normal' | 'dense' | 'densest' {
  return rows <= 10 ? 'roomy' : rows <= 18 ? 'normal' : rows <= 30 ? 'dense' : 'densest';
}
