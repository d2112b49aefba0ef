// One rule for all submitted text (ADR 018). PostgreSQL refuses NUL in text and jsonb, so a
// stray control character used to reach the database and come back as a 500. We refuse instead
// of strip: the person sees which field holds the invisible character and nothing is saved.

/** The i18n error key shown next to a field whose text holds a refused character. */
export const controlCharactersKey = 'controlCharacters' as const;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

// C0 controls except tab, line feed and carriage return (those belong to multi-line text), DEL
// and U+FFFD, which is what undici makes of invalid UTF-8 (and of a lone surrogate).
function isRefusedCode(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
  return code === 0x7f || code === 0xfffd;
}

/** Whether the UTF-16 unit at `index` is refused; both halves of a valid pair are fine. */
function refusedAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (isHighSurrogate(code)) return !isLowSurrogate(text.charCodeAt(index + 1));
  if (isLowSurrogate(code)) return !isHighSurrogate(text.charCodeAt(index - 1));
  return isRefusedCode(code);
}

/** Tab, line feed or carriage return: fine in a multi-line field, refused in a single-line one. */
export function hasLineBreakOrTab(text: string): boolean {
  return /[\t\n\r]/.test(text);
}

export function hasRefusedCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (refusedAt(text, i)) return true;
  return false;
}

/** The text without refused characters: only to refill a form, never to store. */
export function withoutRefusedCharacters(text: string): string {
  let kept = '';
  for (let i = 0; i < text.length; i++) if (!refusedAt(text, i)) kept += text[i];
  return kept;
}

/** Field names (in form order, once each) whose text holds a refused character. */
export function fieldsWithRefusedText(data: FormData): string[] {
  const fields = new Set<string>();
  for (const [key, value] of data.entries()) {
    if (hasRefusedCharacter(key) || (typeof value === 'string' && hasRefusedCharacter(value))) fields.add(key);
  }
  return [...fields];
}
