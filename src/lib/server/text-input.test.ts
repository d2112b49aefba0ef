import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { multiline } from '$lib/form-fields';
import { parseForm } from './forms';
import { fieldsWithRefusedText, hasRefusedCharacter, withoutRefusedCharacters } from './text-input';

const allowed = new Set([0x09, 0x0a, 0x0d]);
const c0 = Array.from({ length: 0x20 }, (_, code) => code);

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

describe('the text rule (ADR 018)', () => {
  it.each(c0.filter((code) => !allowed.has(code)))('refuses C0 control U+%s', (code) => {
    expect(hasRefusedCharacter(`Genk${String.fromCharCode(code)}stad`)).toBe(true);
  });

  it('keeps tab, line feed and carriage return for multi-line text', () => {
    expect(hasRefusedCharacter('regel 1\r\nregel 2\tmet tab')).toBe(false);
  });

  it('refuses DEL and the replacement character left by invalid UTF-8', () => {
    expect(hasRefusedCharacter('a\u007fb')).toBe(true);
    expect(hasRefusedCharacter('a\ufffdb')).toBe(true);
  });

  it('refuses lone surrogates but keeps a pair (emoji)', () => {
    expect(hasRefusedCharacter('a\ud800b')).toBe(true);
    expect(hasRefusedCharacter('a\udc00b')).toBe(true);
    expect(hasRefusedCharacter('eind\ud83d')).toBe(true);
    expect(hasRefusedCharacter('\ude00begin')).toBe(true);
    expect(hasRefusedCharacter('Feest 🎉 in Gent — “café” ë')).toBe(false);
  });

  it('names each field once and strips only for refilling', () => {
    expect(fieldsWithRefusedText(form({ a: 'ok', b: 'x\u0000', c: '\u0001\u0002' }))).toEqual(['b', 'c']);
    expect(withoutRefusedCharacters('a\u0000b\u007fc\ud800d')).toBe('abcd');
  });
});

describe('parseForm and control characters', () => {
  const schema = z.object({ title: z.string().min(1), body: z.string().default('').meta(multiline) });

  it.each([...c0.filter((code) => !allowed.has(code)), 0x7f, 0xd800, 0xdfff])('refuses U+%s next to its field, before the schema', (code) => {
    const result = parseForm(schema, form({ title: `Titel${String.fromCharCode(code)}`, body: 'goed' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.errors).toEqual({ title: 'controlCharacters' });
    expect(result.failure.values.title).toBe('Titel');
  });

  it('refuses a control character in a field the schema does not read', () => {
    const result = parseForm(schema, form({ title: 'Titel', others_1: 'x\u0000' }));
    expect(result.ok ? null : result.failure.errors).toEqual({ others_1: 'controlCharacters' });
  });

  it('names a field called __proto__ instead of dropping its message (found by the fuzz suite)', () => {
    const data = form({ title: 'Titel' });
    data.append('__proto__', 'x\u0001');
    const result = parseForm(schema, data);
    expect(result.ok ? null : Object.entries(result.failure.errors)).toEqual([['__proto__', 'controlCharacters']]);
  });

  it('accepts tabs and line breaks in a field marked multi-line', () => {
    expect(parseForm(schema, form({ title: 'Titel', body: 'een\r\ntwee\tdrie' })).ok).toBe(true);
  });

  it.each(['\t', '\n', '\r', '\r\n'])('refuses %j in a single-line field, next to it', (character) => {
    const result = parseForm(schema, form({ title: `Twee${character}regels`, body: 'goed' }));
    expect(result.ok ? null : result.failure.errors).toEqual({ title: 'controlCharacters' });
  });

  it('finds the fields through defaults, pipes and transforms', () => {
    const piped = z.object({ name: z.string().trim().default('').transform((v) => v.toUpperCase()), notes: z.string().default('').meta(multiline) })
      .transform((v) => ({ ...v, seen: true }));
    expect(parseForm(piped, form({ name: 'a\nb' })).ok).toBe(false);
    expect(parseForm(piped, form({ name: 'ab', notes: 'a\nb' })).ok).toBe(true);
  });
});
