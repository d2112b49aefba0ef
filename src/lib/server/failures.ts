// How a mutation's expected failures reach the person. Each mutation's result type carries a
// `reason` per refusal; the map from reason to status, field and message sits beside that type in
// the feature (not in a route), so every route, job or API that calls the mutation answers alike.
import type { ErrorKey } from '$lib/i18n/messages';

export type FailureStatus = 400 | 403 | 404 | 409 | 413 | 422 | 429;

/** A refusal shown next to one field (or above the form when the field is 'form'). */
export interface FieldRefusal {
  status: FailureStatus;
  field?: string;
  key: ErrorKey;
}

/**
 * Warnings the person may confirm, such as a date without school (ADR 016): a 422 with a checkbox,
 * or a 400 when some fields are refused outright as well.
 */
export interface ConfirmableRefusal {
  warnings: Record<string, ErrorKey>;
  refused?: Record<string, ErrorKey>;
}

export type Refusal = FieldRefusal | ConfirmableRefusal;

type Failed = { ok: false; reason: string };
type FailureOf<R> = Extract<R, Failed>;

/** For each reason a mutation can refuse with: the refusal, or a function of the failure and input. */
export type FailureMap<R, Input = unknown> = {
  [K in FailureOf<R>['reason']]: Refusal | ((failure: Extract<FailureOf<R>, { reason: K }>, input: Input) => Refusal);
};

export function isFailed(result: unknown): result is Failed {
  return typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === false
    && typeof (result as { reason?: unknown }).reason === 'string';
}
