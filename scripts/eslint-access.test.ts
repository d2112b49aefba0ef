// ADR 020's import rules live in eslint.config.js; this keeps them from quietly going away: the
// minting functions and the access modules' plain-id lookups are refused outside access.server.ts.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const lookup = "import { isParticipant } from '$lib/features/pre-meetings/data.server';\nexport const x = isParticipant;\n";
const relativeLookup = "import { findActivity } from '../activities/data.server';\nexport const x = findActivity;\n";

describe('ADR 020 import rules', { timeout: 60_000 }, () => {
  it('refuses the access lookups in routes, other data modules and mutations', async () => {
    expect(await restrictedImports('src/routes/(public)/x/+page.server.ts', lookup)).toEqual([expect.stringContaining('ADR 020')]);
    expect(await restrictedImports('src/lib/features/participants/data.server.ts', relativeLookup)).toEqual([expect.stringContaining('ADR 020')]);
    expect(await restrictedImports('src/lib/features/participants/mutations.server.ts', relativeLookup)).toEqual([expect.stringContaining('ADR 020')]);
  });

  it('allows them in an access module and in the db tests', async () => {
    expect(await restrictedImports('src/lib/features/pre-meetings/access.server.ts', lookup)).toEqual([]);
    expect(await restrictedImports('src/lib/features/pre-meetings/mutations.db.test.ts', lookup)).toEqual([]);
  });

  it('refuses minting a handle outside an access module', async () => {
    const mint = "import { grant } from '$lib/server/tenancy';\nexport const x = grant;\n";
    expect(await restrictedImports('src/lib/features/pre-meetings/data.server.ts', mint)).toEqual([expect.stringContaining('ADR 020')]);
    expect(await restrictedImports('src/lib/features/pre-meetings/access.server.ts', mint)).toEqual([]);
  });

  it('allows the other reads of a data module everywhere', async () => {
    const read = "import { listOptions } from '$lib/features/pre-meetings/data.server';\nexport const x = listOptions;\n";
    expect(await restrictedImports('src/routes/(public)/x/+page.server.ts', read)).toEqual([]);
  });
});
