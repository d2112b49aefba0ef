// The boundary check must fail on a bad import, not only pass on a good tree: it runs once on the
// fixture (one deliberate violation per rule) and once on this checkout.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = new URL('./check-boundaries.js', import.meta.url).pathname;
const fixture = new URL('../tests/boundaries-fixture', import.meta.url).pathname;

async function check(root?: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(process.execPath, root ? [script, root] : [script]);
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('boundary check', { timeout: 120_000 }, () => {
  it('fails on the fixture and names each bad import', async () => {
    const { code, output } = await check(fixture);
    expect(code).toBe(1);
    const features = 'src/lib/features';
    for (const line of [
      `no-cycles: ${features}/alpha/policy.ts → ${features}/alpha/rules.ts → ${features}/alpha/policy.ts`,
      `feature-public-surface: ${features}/beta/policy.ts → ${features}/alpha/emails/welcome.ts`,
      `no-test-imports: ${features}/beta/rules.ts → ${features}/alpha/rules.test.ts`,
      `lib-not-routes: ${features}/alpha/data.server.ts → src/routes/about/+page.server.ts`,
      `client-not-server: ${features}/alpha/components/Card.svelte → ${features}/alpha/data.server.ts`,
      `lib-alias-resolves: ${features}/beta/schema.ts → $lib/features/beta/missing`
    ]) expect(output).toContain(line);
    expect(output.match(/^- /gm)).toHaveLength(6);
  });

  it('passes on the real tree', async () => {
    const { code, output } = await check();
    expect(output).toMatch(/Boundary check: ok \(\d+ modules/);
    expect(code).toBe(0);
  });
});
