// Boundary check (part of `npm run check`, ADR 023): the import rules of .dependency-cruiser.cjs
// (no cycles, a feature's public surface, lib never imports routes, client code never reaches
// server code) over src/ of the given root (default: this checkout). Exits 1 on a violation.
// Runs dependency-cruiser through its API: its CLI refuses Node 20, which this project supports.
import { cruise } from 'dependency-cruiser';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const root = resolve(process.argv[2] ?? new URL('..', import.meta.url).pathname);
const { forbidden, options } = createRequire(import.meta.url)('../.dependency-cruiser.cjs');

const started = performance.now();
const { output } = await cruise(
  ['src'],
  { ...options, baseDir: root, validate: true, ruleSet: { forbidden } },
  // SvelteKit's $lib alias, so `$lib/…` imports resolve to files instead of counting as unknown.
  { alias: { $lib: resolve(root, 'src/lib') } }
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const { violations, totalCruised } = output.summary;

if (violations.length > 0) {
  const lines = violations.map((v) => v.cycle
    ? `${v.rule.name}: ${[v.from, ...v.cycle.map((step) => step.name)].join(' → ')}`
    : `${v.rule.name}: ${v.from} → ${v.to}`);
  console.error(`Boundary check failed (see .dependency-cruiser.cjs):\n- ${lines.join('\n- ')}`);
  process.exit(1);
}
console.log(`Boundary check: ok (${totalCruised} modules, ${seconds}s)`);
