// What a schema says about its fields beyond their type, for the one place that reads every form
// (src/lib/server/forms.ts). Shared by client and server, as the schemas are.
import { z } from 'zod';

/**
 * Marks a field as multi-line text (a textarea): only there may a tab or a line break stand
 * (ADR 018). `description: text(2000).meta(multiline)`.
 */
export const multiline = { multiline: true } as const;

type Wrapped = { _zod?: { def?: { innerType?: unknown; in?: unknown } } };

/** The schema itself and what it wraps (defaults, optionals, pipes, transforms), outermost first. */
function layers(schema: unknown): unknown[] {
  const found: unknown[] = [];
  for (let current = schema, depth = 0; current && depth < 8; depth++) {
    found.push(current);
    const def = (current as Wrapped)._zod?.def;
    current = def?.innerType ?? def?.in;
  }
  return found;
}

export function isMultiline(schema: unknown): boolean {
  return layers(schema).some((layer) => (z.globalRegistry.get(layer as z.ZodType) as { multiline?: boolean } | undefined)?.multiline === true);
}

/** The fields an object schema (possibly piped or transformed) declares, with their schemas. */
export function declaredFields(schema: unknown): [string, unknown][] {
  const object = layers(schema).find((layer) => layer instanceof z.ZodObject) as z.ZodObject | undefined;
  return object ? Object.entries(object.shape) : [];
}
