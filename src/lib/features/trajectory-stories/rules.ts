// Pure rules of stories and testimonials (ADR 048): where one stands between consent and approval,
// and the photo's allow-list.
import { checkAttachment } from '../library/rules';

export type ModerationState = 'concept' | 'ter-goedkeuring' | 'gepubliceerd' | 'afgewezen' | 'ingetrokken';

export interface ModerationFacts {
  consentedAt: Date | null;
  approvedAt: Date | null;
  declinedAt: Date | null;
  withdrawnAt: Date | null;
}

/** Public only while both the author's consent and the facilitator's approval stand. */
export function moderationState(f: ModerationFacts): ModerationState {
  if (f.consentedAt && f.approvedAt) return 'gepubliceerd';
  if (f.consentedAt) return 'ter-goedkeuring';
  if (f.declinedAt) return 'afgewezen';
  if (f.withdrawnAt) return 'ingetrokken';
  return 'concept';
}

/** A photo stays well under the request body limit (BODY_SIZE_LIMIT 2M) with the story's fields. */
export const photoMaxBytes = 1_500_000;

export type PhotoCheck = { ok: true; kind: 'png' | 'jpeg'; bytes: Uint8Array } | { ok: false; reason: 'photo-too-large' | 'photo-type' };

/** A PNG or JPEG recognised by its bytes, its metadata (camera, place, author) stripped (ADR 044). */
export function checkPhoto(bytes: Uint8Array): PhotoCheck {
  if (bytes.length > photoMaxBytes) return { ok: false, reason: 'photo-too-large' };
  const check = checkAttachment(bytes);
  if (!check.ok || (check.kind !== 'png' && check.kind !== 'jpeg')) return { ok: false, reason: 'photo-type' };
  return { ok: true, kind: check.kind, bytes: check.bytes };
}

export const photoTypes = { png: 'image/png', jpeg: 'image/jpeg' } as const;

/**
 * The headers a story photo is served with: its recognised type, inline, never sniffed or run, and
 * revalidated on every view so a withdrawn story's photo is gone at once.
 */
export function photoHeaders(photo: { kind: 'png' | 'jpeg'; size: number; hash: string }): Record<string, string> {
  return {
    'content-type': photoTypes[photo.kind],
    'content-length': String(photo.size),
    etag: `"${photo.hash}"`,
    'cache-control': 'no-cache',
    'content-disposition': `inline; filename="foto.${photo.kind === 'png' ? 'png' : 'jpg'}"`,
    'content-security-policy': "default-src 'none'; sandbox",
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'same-origin'
  };
}

/** A short plain-text opening of a story for its card. */
export function excerpt(plain: string, max = 220): string {
  const text = plain.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 30)).trimEnd()} …`;
}
