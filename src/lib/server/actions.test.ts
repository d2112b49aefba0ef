import { error, isActionFailure, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorKey } from '$lib/i18n/messages';
import { defineAction } from './actions';
import type { FailureMap } from './failures';
import type { FormFailure } from './forms';

type Result = { ok: true; id: string } | { ok: false; reason: 'gone' | 'full' | 'holiday' };
const failures = {
  gone: { status: 404, key: 'notFound' },
  full: (_failure, input) => ({ status: 409, field: 'seats', key: input.seats > 10 ? 'activitiesCapacityBelowTaken' : 'activitiesTooManyItems' }),
  holiday: { warnings: { date: 'notSchoolDay_kerstvakantie' } }
} satisfies FailureMap<Result, { seats: number }>;

function eventOf(body: BodyInit, contentType = 'application/x-www-form-urlencoded'): RequestEvent {
  const request = new Request('http://localhost/x', { method: 'POST', headers: { 'content-type': contentType }, body });
  return { request, locals: { actor: null, locale: 'nl' } } as unknown as RequestEvent;
}

function refusal(result: unknown): ActionFailure<FormFailure> {
  if (!isActionFailure(result)) throw new Error(`no refusal: ${JSON.stringify(result)}`);
  return result as unknown as ActionFailure<FormFailure>;
}

const action = (run: () => Result) => defineAction({
  form: 'demo',
  access: () => ({ may: true }),
  schema: z.object({ seats: z.coerce.number({ error: errorKey('invalidInput') }).int({ error: errorKey('invalidInput') }) }),
  run,
  failures,
  done: (result) => ({ saved: result.id })
});

describe('defineAction', () => {
  it('runs the mutation with the parsed input and returns what done makes of it', async () => {
    expect(await action(() => ({ ok: true, id: 'a1' }))(eventOf('seats=3'))).toEqual({ saved: 'a1' });
  });

  it('refuses input the schema refuses with a 400, the form name and the submitted values', async () => {
    const result = await action(() => { throw new Error('must not run'); })(eventOf('seats=drie'));
    expect(refusal(result).status).toBe(400);
    expect(refusal(result).data).toMatchObject({ form: 'demo', errors: { seats: 'invalidInput' }, values: { seats: 'drie' } });
  });

  it('maps each reason through the failure map, also as a function of the input', async () => {
    const gone = await action(() => ({ ok: false, reason: 'gone' }))(eventOf('seats=3'));
    expect([refusal(gone).status, refusal(gone).data.errors]).toEqual([404, { form: 'notFound' }]);
    const full = await action(() => ({ ok: false, reason: 'full' }))(eventOf('seats=12'));
    expect([refusal(full).status, refusal(full).data.errors]).toEqual([409, { seats: 'activitiesCapacityBelowTaken' }]);
  });

  it('asks to confirm warnings with a 422', async () => {
    const result = await action(() => ({ ok: false, reason: 'holiday' }))(eventOf('seats=3'));
    expect([refusal(result).status, refusal(result).data.needsConfirmation, refusal(result).data.errors]).toEqual([422, true, { date: 'notSchoolDay_kerstvakantie' }]);
  });

  it('answers a body that is no readable form with a Dutch 400 and runs nothing', async () => {
    const result = await action(() => { throw new Error('must not run'); })(eventOf('kapot', 'multipart/form-data; boundary=zzz'));
    expect([refusal(result).status, refusal(result).data.errors]).toEqual([400, { form: 'malformedForm' }]);
  });

  it('resolves access before it reads the body', async () => {
    const event = eventOf('seats=3');
    const guarded = defineAction({ access: () => error(403, 'Geen toegang'), run: () => ({ ok: true, id: 'x' }), done: () => ({}) });
    await expect(guarded(event)).rejects.toMatchObject({ status: 403 });
    expect(event.request.bodyUsed).toBe(false);
  });

  it('keeps its definition for the action registry', () => {
    expect(action(() => ({ ok: true, id: 'x' })).definition.form).toBe('demo');
  });

  it('does not type-check a message key that is not in the catalogue', () => {
    // @ts-expect-error 'geenBestaandeSleutel' is no key of the errors catalogue
    expect(errorKey('geenBestaandeSleutel')).toBe('geenBestaandeSleutel');
    // @ts-expect-error a failure map's key must be in the catalogue too
    const map: FailureMap<Result> = { gone: { status: 404, key: 'bestaatNiet' }, full: { status: 409, key: 'notFound' }, holiday: { status: 409, key: 'notFound' } };
    expect(map.gone).toBeTruthy();
  });
});
