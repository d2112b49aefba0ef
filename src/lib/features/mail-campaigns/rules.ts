// Pure rules of the sending engine (ADR 058): the states, how an address is keyed, what an SMTP
// answer means for a recipient, and how a mail's per-recipient parts are filled in.

export const campaignStates = ['preparing', 'sending', 'paused', 'done'] as const;
export type CampaignState = (typeof campaignStates)[number];

export const recipientStates = ['queued', 'sending', 'sent', 'failed', 'bounced', 'skipped'] as const;
export type RecipientState = (typeof recipientStates)[number];

/** How many times a recipient is tried on a temporary failure (4xx, a lost connection) before it is failed. */
export const maxAttempts = 3;

/** One person once per campaign, however their address was typed: the UNIQUE key is on this. */
export function normaliseAddress(address: string): string {
  return address.trim().toLowerCase();
}

export type SendOutcome =
  /** The SMTP server refused the address for good (5xx): bounced, and the address is suppressed. */
  | { kind: 'refused'; error: string }
  /**
   * A temporary refusal (4xx, `answered`) or a failure without an SMTP answer. `unclear` when the
   * server may have accepted the message before the connection broke: a later send is then a
   * possible duplicate.
   */
  | { kind: 'temporary'; error: string; answered: boolean; unclear: boolean };

/** Reads nodemailer's error: its `responseCode` is the SMTP server's answer, if there was one. */
export function sendOutcome(error: unknown): SendOutcome {
  const code = typeof error === 'object' && error !== null ? Number((error as { responseCode?: unknown }).responseCode) : NaN;
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  if (code >= 500 && code < 600) return { kind: 'refused', error: message };
  if (code >= 400 && code < 500) return { kind: 'temporary', error: message, answered: true, unclear: false };
  // No connection was made (nodemailer's codes): nothing can have been accepted.
  const failedBeforeConnecting = ['ECONNECTION', 'EDNS'].includes(String((error as { code?: unknown } | null)?.code));
  return { kind: 'temporary', error: message, answered: false, unclear: !failedBeforeConnecting };
}

/** Where a campaign's text and HTML name `{{footerLink}}`, each recipient's own link goes (e.g. to unsubscribe). */
export const footerLinkToken = '{{footerLink}}';

export function personalise(body: string, footerLink: string | null): string {
  return body.split(footerLinkToken).join(footerLink ?? '');
}

export function personaliseHtml(body: string, footerLink: string | null): string {
  const escaped = (footerLink ?? '').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return body.split(footerLinkToken).join(escaped);
}
