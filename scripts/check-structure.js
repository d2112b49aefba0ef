// Structure check (part of `npm run check`): keeps every feature folder to the same small set
// of file names, so any rule of the product is found in one predictable place.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const featuresDir = join(root, 'src/lib/features');
const allowedFiles = new Set(['access.server.ts', 
  'schema.ts', 'policy.ts', 'data.server.ts', 'mutations.server.ts', 'jobs.server.ts',
  'rules.ts', 'types.ts', 'api.server.ts', 'tables.server.ts'
]);
const allowedDirs = new Set(['emails', 'components']);
// The shared kernel (ADR 024): what every feature needs and none owns: time, money, language, formats.
const kernelDir = join(root, 'src/lib/kernel');
const kernelFiles = new Set(['time.ts', 'money.ts', 'locale.ts', 'formats.ts']);
const forbiddenNames = /^(utils|helpers|index)\.(ts|js)$/;
const maxLines = 400;
const problems = [];

for (const feature of readdirSync(featuresDir)) {
  const dir = join(featuresDir, feature);
  if (!statSync(dir).isDirectory()) {
    problems.push(`src/lib/features/${feature}: only folders belong here`);
    continue;
  }
  const entries = readdirSync(dir);
  for (const entry of entries) {
    const isDir = statSync(join(dir, entry)).isDirectory();
    const ok = isDir ? allowedDirs.has(entry) : allowedFiles.has(entry) || /\.(db\.)?test\.ts$/.test(entry);
    if (!ok) problems.push(`src/lib/features/${feature}/${entry}: not one of the feature file names (see docs/architecture.md)`);
  }
  const touchesData = entries.includes('data.server.ts') || entries.includes('mutations.server.ts');
  if (touchesData && !entries.includes('policy.ts')) problems.push(`src/lib/features/${feature}: has data but no policy.ts`);
}

for (const entry of readdirSync(kernelDir)) {
  const ok = kernelFiles.has(entry) || /\.test\.ts$/.test(entry);
  if (!ok) problems.push(`src/lib/kernel/${entry}: not one of the kernel's files (see docs/decisions/024)`);
}

function walk(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path);
    else {
      if (forbiddenNames.test(entry)) problems.push(`${relative(root, path)}: no utils/helpers/barrel files`);
      if (/\.(ts|svelte)$/.test(entry)) {
        const lines = readFileSync(path, 'utf8').split('\n').length;
        if (lines > maxLines) problems.push(`${relative(root, path)}: ${lines} lines (keep files under ${maxLines})`);
      }
    }
  }
}
walk(join(root, 'src'));

if (problems.length > 0) {
  console.error(`Structure check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('Structure check: ok');
