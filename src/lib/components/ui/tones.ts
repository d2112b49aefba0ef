// Which tone each status shows in. The badge always prints the status's words too, so the colour
// only repeats what the text says (WCAG 1.4.1: never colour alone).
export type Tone = 'info' | 'success' | 'warning' | 'danger' | 'neutral';

export const statusTones = {
  registered: 'success',
  paid: 'success',
  published: 'success',
  waitlist: 'warning',
  unpaid: 'warning',
  interest: 'info',
  full: 'danger',
  cancelled: 'neutral',
  draft: 'neutral',
  closed: 'neutral',
  // A registration without an account whose address is not confirmed yet (ADR 029).
  unconfirmed: 'warning',
  // A pre-meeting's candidate dates: the one with the most votes, and the one the organiser chose.
  bestDate: 'info',
  chosenDate: 'success',
  // Accounts in the platform admin's people tools (ADR 032).
  active: 'success',
  deactivated: 'danger',
  merged: 'neutral',
  platformAdmin: 'info',
  // Coming together with a municipality (ADR 030): its officer, or a school's registrant with it.
  officer: 'info',
  withMunicipality: 'info',
  // A practice example a member proposed, waiting for the facilitator (issue 17).
  review: 'warning',
  // A school's request for an international introduction (ADR 055).
  introRequested: 'warning',
  introduced: 'success',
  introDeclined: 'neutral'
} as const satisfies Record<string, Tone>;

export type Status = keyof typeof statusTones;
