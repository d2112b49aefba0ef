#!/usr/bin/env node
// Times readTable (src/lib/server/spreadsheets.ts) on the upload bombs of issue 12.1 and reports
// each one's peak RSS. Every bomb runs in its own child process, so one bomb's garbage cannot
// inflate the next one's figure and the peak (getrusage maxrss) belongs to that bomb alone.
//
//   npx tsx bench/import-bomb.js [--only xlsx-inflate]
//
// The bombs come from src/lib/server/bombs.fixture.ts (the same the tests use). To measure code
// from before the fix, copy this file and the fixture into a worktree of that commit and run the
// same command there (docs/performance.md §7). Results: bench/out/import-bomb.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mib = 1024 * 1024;

const bombs = {
  'xlsx-inflate': (f) => [f.inflatingXlsx(300), 'bom.xlsx'],
  'xlsx-lying-size': (f) => [f.inflatingXlsx(300, { declaredSize: mib }), 'bom.xlsx'],
  'xlsx-100k-entries': (f) => [f.manyEntriesXlsx(100_000), 'bom.xlsx'],
  'csv-one-cell': (f) => [f.csvCellBomb(4_900_000), 'bom.csv'],
  'csv-line-breaks': (f) => [f.csvLineBreakBomb(4_900_000), 'bom.csv']
};

async function child(name) {
  const fixture = await import(path.join(root, 'src/lib/server/bombs.fixture.ts'));
  const { readTable } = await import(path.join(root, 'src/lib/server/spreadsheets.ts'));
  const [data, fileName] = bombs[name](fixture);
  const rssBefore = process.memoryUsage().rss;
  const start = performance.now();
  let outcome;
  try {
    const result = await readTable(data, fileName);
    outcome = result.ok ? `accepted (${result.rows.length} rows)` : result.key;
  } catch (error) {
    outcome = `threw ${error?.name}`;
  }
  const ms = Math.round(performance.now() - start);
  const peak = process.resourceUsage().maxRSS * 1024;
  const row = { bomb: name, uploadKiB: Math.round(data.byteLength / 1024), ms, outcome, rssBeforeMiB: Math.round(rssBefore / mib), peakRssMiB: Math.round(peak / mib), growthMiB: Math.round((peak - rssBefore) / mib) };
  process.stdout.write(JSON.stringify(row) + '\n');
}

function main() {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
  const rows = [];
  for (const name of Object.keys(bombs)) {
    if (only && name !== only) continue;
    const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', name], { encoding: 'utf8', timeout: 180_000, maxBuffer: 16 * mib });
    const line = run.stdout.trim().split('\n').pop();
    const row = line?.startsWith('{') ? JSON.parse(line) : { bomb: name, outcome: `child failed (${run.signal ?? run.status}): ${run.stderr.slice(0, 300)}` };
    console.log(JSON.stringify(row));
    rows.push(row);
  }
  mkdirSync(path.join(root, 'bench/out'), { recursive: true });
  writeFileSync(path.join(root, 'bench/out/import-bomb.json'), JSON.stringify({ node: process.version, at: new Date().toISOString(), rows }, null, 2));
}

if (process.argv[2] === '--child') await child(process.argv[3]);
else main();
