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
  // A practice example a member proposed, waiting for the facilitator (issue 17).
  review: 'warning'
} as const satisfies Record<string, Tone>;

export type Status = keyof typeof statusTones;
