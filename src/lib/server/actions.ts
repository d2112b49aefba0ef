// One pipeline for every form action (ADR 021): resolve access, read the body, parse it with the
// domain's schema, run the mutation, and turn its typed refusal into a status, a field and a
// message key through the map that sits beside the mutation. Routes only declare the steps.
import { fail, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { confirmableFail, fieldFail, formFail, parseForm, type FormFailure } from './forms';
import { isFailed, type FailureMap, type Refusal } from './failures';

type Failed = { ok: false; reason: string };

export interface ActionContext<E, A, I> {
  event: E;
  /** What the access step returned: the actor and the resources they may act on. */
  access: A;
  /** The parsed input. */
  input: I;
  /** The raw form, for the rare action that reads a file or a field the schema does not own. */
  data: FormData;
  form: string | undefined;
}

export interface ActionSpec<E extends RequestEvent, A, S extends z.ZodType, R, T> {
  /** The form's name, echoed in refusals so the page shows the message at the right form (one of several alike: from its fields). */
  form?: string | ((data: FormData) => string);
  /** Resolves the actor's access or stops the request (303 to sign-in, 403, 404). Runs first. */
  access: (event: E) => Promise<A> | A;
  /** The domain schema, or a function building it from the resource (e.g. its questions). */
  schema?: S | ((access: A) => S | Promise<S>);
  run: (context: ActionContext<E, A, z.infer<S>>) => Promise<R> | R;
  /** Reason → refusal, exported beside the mutation's result type; needed when `run` can refuse. */
  failures?: FailureMap<R, z.infer<S>>;
  /** What the page gets on success (or a redirect thrown from here). */
  done: (result: Exclude<R, Failed>, context: ActionContext<E, A, z.infer<S>>) => Promise<T> | T;
}

/** What the action registry knows of an action: the authorisation matrix and the fuzz suite read it. */
export interface ActionDefinition {
  form: string | undefined;
  /** The static schema (absent when it is built per resource). */
  schema: z.ZodType | undefined;
}

export type DefinedAction<E, T> = ((event: E) => Promise<T | ActionFailure<FormFailure>>) & { definition: ActionDefinition };

const noFields = z.object({});

export function defineAction<E extends RequestEvent, A, R, T, S extends z.ZodType = typeof noFields>(
  spec: ActionSpec<E, A, S, R, T>
): DefinedAction<E, T> {
  const handler = async (event: E): Promise<T | ActionFailure<FormFailure>> => {
    const access = await spec.access(event);
    let data: FormData;
    try {
      data = await event.request.formData();
    } catch {
      // The hooks refuse such bodies before any action runs; this keeps the action safe on its own.
      return fail(400, { errors: { form: 'malformedForm' }, values: {}, form: typeof spec.form === 'string' ? spec.form : undefined });
    }
    const form = typeof spec.form === 'function' ? spec.form(data) : spec.form;
    const schema = (typeof spec.schema === 'function' ? await spec.schema(access) : spec.schema ?? noFields) as S;
    const parsed = parseForm(schema, data);
    if (!parsed.ok) return formFail(400, parsed.failure, form);
    const context: ActionContext<E, A, z.infer<S>> = { event, access, input: parsed.data, data, form };
    const result = await spec.run(context);
    if (isFailed(result)) return refuse(spec, result, context);
    return spec.done(result as Exclude<R, Failed>, context);
  };
  const definition: ActionDefinition = { form: typeof spec.form === 'string' ? spec.form : undefined, schema: typeof spec.schema === 'function' ? undefined : spec.schema ?? noFields };
  return Object.assign(handler, { definition });
}

function refuse<E extends RequestEvent, A, S extends z.ZodType, R, T>(
  spec: ActionSpec<E, A, S, R, T>, failure: Failed, context: ActionContext<E, A, z.infer<S>>
): ActionFailure<FormFailure> {
  const entry = (spec.failures as Record<string, Refusal | ((f: Failed, input: unknown) => Refusal)> | undefined)?.[failure.reason];
  // A reason without an entry is a programming error: the typecheck demands the map when `run` can refuse.
  if (!entry) throw new Error(`No refusal mapped for reason "${failure.reason}" of form ${context.form ?? '(default)'}`);
  const refusal = typeof entry === 'function' ? entry(failure, context.input) : entry;
  if ('warnings' in refusal) return confirmableFail(refusal.refused ?? {}, refusal.warnings, context.data, context.form);
  return fieldFail(refusal.status, refusal.field ?? 'form', refusal.key, context.data, context.form);
}

export function isDefinedAction(value: unknown): value is DefinedAction<RequestEvent, unknown> {
  return typeof value === 'function' && typeof (value as { definition?: unknown }).definition === 'object';
}
