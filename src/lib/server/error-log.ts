/**
 * What an unexpected error may put in the log. Errors carry user input (a database error's
 * message and `params` hold every submitted value; an import once wrote a 400 MB cell), so we
 * log the name, a truncated message and the stack frames, never the error object itself.
 */
export const maxLoggedChars = 500;
const maxCauses = 3;

export function truncate(text: string, max = maxLoggedChars): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

export function describeError(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) return truncate(String(error));
  // The stack's first lines repeat the message; only the frames are kept from it.
  const frames = (error.stack ?? '').split('\n').filter((line) => line.startsWith('    at '));
  const text = [`${error.name}: ${truncate(error.message)}`, ...frames.slice(0, 15)].join('\n');
  if (error.cause === undefined || depth >= maxCauses) return text;
  return `${text}\nCaused by: ${describeError(error.cause, depth + 1)}`;
}
