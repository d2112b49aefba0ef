// Only same-site paths are followed after sign-in or a language switch (no open redirect).
// Browsers read a return value more loosely than a prefix check does: they drop tabs and newlines
// anywhere, treat a backslash as a slash and strip leading spaces, so "/\t/evil.example" leaves the
// site. The value is therefore parsed as a URL against a fixed origin and kept only when it stays
// on that origin; a control character, whitespace or backslash anywhere refuses it outright.
const base = 'http://netwerkplein.invalid';
const maxLength = 500;

/** C0 controls and space, DEL and C1 controls, and the backslash browsers read as a slash. */
function isRefusedCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  return code <= 0x20 || (code >= 0x7f && code <= 0x9f) || character === '\\';
}

export function safeReturnPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length > maxLength || !value.startsWith('/')) return fallback;
  if ([...value].some(isRefusedCharacter)) return fallback;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base || url.username || url.password) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The parsed path must itself start with exactly one slash (no "//host" on a second look).
  return path.startsWith('//') ? fallback : path;
}
