// The vocabulary of the authorisation matrix, shared by route-matrix.ts and its per-area files.
// `moderator`: a moderator of the Oost-Vlaanderen network of Samen tegen Schooluitval only (ADR 052).
export const roles = ['visitor', 'staff', 'coordinator', 'coach', 'facilitator', 'admin', 'otherFacilitator', 'otherCoordinator', 'moderator'] as const;
export type Role = (typeof roles)[number];
type Expectation = Record<Role, number>;

export interface RouteCase {
  route: string;
  method: 'GET' | 'POST' | 'OPTIONS';
  action?: string;
  path: string;
  form?: Record<string, string>;
  expect: Expectation;
}

export function everyone(status: number): Expectation {
  return Object.fromEntries(roles.map((r) => [r, status])) as Expectation;
}

export function signedIn(status: number): Expectation {
  return { ...everyone(status), visitor: 303 };
}

/** Only the listed roles get `status`; other signed-in roles get `denied`, visitors a sign-in redirect. */
export function only(allowed: Role[], status: number, denied = 403, visitor = 303): Expectation {
  const result = everyone(denied);
  result.visitor = visitor;
  for (const role of allowed) result[role] = status;
  return result;
}

export const page = (route: string, path: string, expect: Expectation): RouteCase => ({ route, method: 'GET', path, expect });
export const post = (route: string, path: string, action: string | undefined, expect: Expectation, form?: Record<string, string>): RouteCase =>
  ({ route, method: 'POST', action, path: action ? `${path}?/${action}` : path, expect, form });

/**
 * Ids read from the running demo: a public network, a meeting of its learning network 2022-2023,
 * the Hamburg trip, Lien Segers's second account (the people tools' person, ADR 032) and a partner
 * on Sint-Jozef's network map, VISO Gent's logbook entry of kind observatie (ADR 050), and the
 * published practice example Trajectbegeleiding and its demo PDF, and VISO Gent's action with an evidence file.
 */
export interface DemoIds {
  publicNetworkId: string; meetingId: string; activityId: string; personId: string; mapLinkId: string; municipalityId: string; observationEntryId: string;
  /** A row of Sint-Jozef's wegwijzer; Rotary Mechelen, on Sint-Jozef's map only: its link and directory partner (ADR 046). */
  wegwijzerRowId: string; soleLinkId: string; mapPartnerId: string;
  exampleId: string; exampleAttachmentId: string;
  /** Samana's contact abroad in the United Kingdom (ADR 055). */
  internationalContactId: string;
  /** VISO Gent's action with a file as evidence (ADR 054). */
  evidenceActionId: string;
  /** The Scholennetwerk's communication kit 2022-2023 and its first file, the logo as SVG (ADR 059). */
  kitId: string; kitFileId: string;
}

/** Samana's public training: the facilitator account (Samana) manages it, facilitator.gent does not. */
export const samanaActivity = { org: 'samana', slug: 'vorming-jonge-mantelzorgers-herkennen' };
export const hamburg = { org: 'ouders-en-school', slug: 'studiereis-hamburg' };
