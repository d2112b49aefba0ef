// ADR 024's rule that dates and numbers are formatted only by the kernel lives in eslint.config.js;
// this keeps it from quietly going away.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function formatRefusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('dates and numbers in the house formats (ADR 024)', { timeout: 60_000 }, () => {
  it('refuses toLocale…String and Intl outside the kernel', async () => {
    expect(await formatRefusals('src/routes/(public)/x/+page.server.ts', "export const x = new Date().toLocaleString('nl-BE');\n")).toEqual([expect.stringContaining('kernel')]);
    expect(await formatRefusals('src/lib/features/meetings/rules.ts', "export const x = (d: Date) => d.toLocaleDateString('nl-BE');\n")).toEqual([expect.stringContaining('kernel')]);
    expect(await formatRefusals('src/lib/features/meetings/schema.ts', "export const x = new Intl.NumberFormat('nl-BE');\n")).toEqual([expect.stringContaining('kernel')]);
  });

  it('allows them in the kernel, and casing by locale anywhere', async () => {
    expect(await formatRefusals('src/lib/kernel/formats.ts', "export const x = new Intl.DateTimeFormat('nl-BE');\n")).toEqual([]);
    expect(await formatRefusals('src/lib/features/label/rules.ts', "export const x = (s: string) => s.toLocaleUpperCase('nl-BE');\n")).toEqual([]);
  });
});
