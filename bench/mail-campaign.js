#!/usr/bin/env node
// Throughput and crash safety of the sending engine (issue 18, ADR 058): one campaign of 10,000
// recipients into a local SMTP peer (smtp-server on 127.0.0.1, --smtp-port, default 2900), sent by
// the engine's worker as a process of its own (tests/mail-campaign-worker.ts), which is killed with
// SIGKILL three times through its env-guarded kill hook (MAIL_CAMPAIGN_KILL_AT, a real process kill):
//   1. prepare:5     inside the transaction of the 5th page of recipients (of 20), before its commit;
//   2. written:2525  right after the 2,525th state write of that worker, mid-batch (batches of 50);
//   3. accepted:3000 right after the peer accepted the 3,000th mail of that worker, before its state write.
// A new worker is started as soon as the previous one died; the fourth one finishes the campaign.
// The clock runs from the first worker's spawn until the campaign is done, so the three restarts
// (node + tsx start, migrations check, pg-boss start, recovery) are inside the figure.
//
//   npx tsx bench/mail-campaign.js --database-url postgres://postgres@127.0.0.1:5432/postgres [--recipients 10000] [--smtp-port 2900] [--no-kills]
//
// PostgreSQL only (a second process cannot open an in-process PGlite): it creates a scratch
// database next to the given one (netwerkplein_bench_campaign_<pid>) and drops it afterwards.
// The peer counts every recipient's arrivals and Message-IDs, so duplicates are counted exactly:
// lost (never arrived) must be 0 and every recipient that arrived twice must be flagged
// possible_duplicate. Results: bench/out/mail-campaign.json.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { projectRoot, scratchDatabase } from './generate.js';

const goalPerMinute = 10_000;
const timeoutMs = 10 * 60_000;

function parseArgs(argv) {
  const args = { recipients: 10_000, databaseUrl: undefined, smtpPort: 2900, kills: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--recipients') args.recipients = Number(argv[++i]);
    else if (a === '--database-url') args.databaseUrl = argv[++i];
    else if (a === '--smtp-port') args.smtpPort = Number(argv[++i]);
    else if (a === '--no-kills') args.kills = false;
    else throw new Error(`Unknown argument: ${a}`);
  }
  if (!(Number.isInteger(args.recipients) && args.recipients >= 4000)) throw new Error('--recipients must be an integer of at least 4000 (the kill points need them)');
  if (!args.databaseUrl) throw new Error('--database-url is required (PostgreSQL: the worker is a process of its own)');
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(new URL(args.databaseUrl).hostname)) throw new Error('The benchmark only runs against a local database');
  return args;
}

/** The peer: accepts every mail and records, per recipient, each arrival's Message-ID. */
function startPeer() {
  const arrivals = new Map();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let head = '';
      stream.on('data', (chunk) => { if (head.length < 4000) head += chunk.toString(); });
      stream.on('end', () => {
        const messageId = /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? null;
        for (const r of session.envelope.rcptTo) arrivals.set(r.address, (arrivals.get(r.address) ?? []).concat(messageId));
        callback();
      });
    }
  });
  // A killed worker's connections reset under the peer: expected.
  server.on('error', (err) => { if (err.code !== 'ECONNRESET') console.error('[peer]', err.message); });
  return { server, arrivals };
}

/** One worker process; resolves `ready` when its start-up recovery ran, `exited` with its signal. */
function spawnWorker(databaseUrl, smtpUrl, killAt) {
  const child = spawn(process.execPath, [...(process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean), '--import', 'tsx', 'tests/mail-campaign-worker.ts'], {
    cwd: projectRoot, env: { ...process.env, DATABASE_URL: databaseUrl, SMTP_URL: smtpUrl, MAIL_CAMPAIGN_KILL_AT: killAt ?? '' }, stdio: ['ignore', 'pipe', 'inherit']
  });
  const spawnedAt = performance.now();
  const worker = { child, spawnedAt, killAt, cpuMs: 0 };
  worker.ready = new Promise((resolve) => {
    child.stdout.on('data', (chunk) => {
      const text = chunk.toString();
      if (text.includes('ready')) resolve(performance.now() - spawnedAt);
      const cpu = [...text.matchAll(/\[worker\] cpu (\d+)/g)].at(-1);
      if (cpu) worker.cpuMs = Number(cpu[1]);
    });
  });
  worker.exited = once(child, 'exit').then(([code, signal]) => ({ code, signal, at: performance.now() }));
  return worker;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const peer = startPeer();
  peer.server.listen(args.smtpPort, '127.0.0.1');
  await once(peer.server.server, 'listening');
  const smtpUrl = `smtp://127.0.0.1:${args.smtpPort}`;
  process.env.SMTP_URL = smtpUrl;
  process.env.JOBS_ENABLED = 'false';

  const client = await import('../src/lib/server/db/client.ts');
  const queue = await import('../src/lib/server/jobs/queue.ts');
  const engine = await import('../src/lib/features/mail-campaigns/jobs.server.ts');
  const data = await import('../src/lib/features/mail-campaigns/data.server.ts');
  const writes = await import('../src/lib/features/mail-campaigns/mutations.server.ts');
  const schema = await import('../src/lib/server/db/schema.ts');
  const { sql } = await import('drizzle-orm');

  const database = await scratchDatabase(args.databaseUrl, `netwerkplein_bench_campaign_${process.pid}`);
  const handle = await client.openDatabase({ databaseUrl: database.url, pgliteDir: 'memory://', migrationsDir: path.join(projectRoot, 'drizzle') });
  client.useDatabase(handle);
  const workers = [];
  try {
    const [org] = await handle.db.insert(schema.organisations).values({ slug: 'bench-campagne', name: 'Samana' }).returning({ id: schema.organisations.id });
    const addresses = Array.from({ length: args.recipients }, (_, i) => `lid-${String(i + 1).padStart(5, '0')}@bench-campaign.example`);
    const campaignId = await queue.transactionWithJobs((tx) => engine.startCampaign(tx, {
      organisationId: org.id, kind: 'list', sourceId: 'list', subject: 'Nieuwsbrief december', fromName: 'Samana',
      text: 'Dag,\n\nhet nieuws van het Scholennetwerk in december.\n\nUitschrijven: {{footerLink}}\n',
      html: '<p>Dag,</p><p>het nieuws van het Scholennetwerk in december.</p><p><a href="{{footerLink}}">Uitschrijven</a></p>',
      recipients: addresses.map((address, i) => ({
        address, name: `Lid ${i + 1}`, footerLink: `https://netwerkplein.example/uitschrijven/${i + 1}`,
        headers: { 'List-Unsubscribe': `<https://netwerkplein.example/uitschrijven/${i + 1}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
      }))
    }));
    await queue.stopQueue();
    const scope = { organisationId: org.id, campaignId };
    console.log(`[campaign] ${args.recipients} recipients; SMTP peer ${smtpUrl}; database ${database.url}`);

    const kills = args.kills ? ['prepare:5', 'written:2525', 'accepted:3000'] : [];
    const loadAverageAtStart = os.loadavg();
    // This process is mostly the SMTP peer while the campaign runs (and its progress polling).
    const benchCpuAtStart = process.cpuUsage();
    const started = performance.now();
    let done = false;
    const finished = (async () => {
      const deadline = started + timeoutMs;
      while (!done) {
        const progress = await data.campaignProgress(scope);
        if (progress?.state === 'done') { done = true; break; }
        if (performance.now() > deadline) throw new Error(`not done in ${timeoutMs / 1000} s: ${JSON.stringify(progress?.counts)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return performance.now();
    })();
    for (const killAt of [...kills, undefined]) {
      const worker = spawnWorker(database.url, smtpUrl, killAt);
      workers.push(worker);
      worker.startupMs = await Promise.race([worker.ready, worker.exited.then(() => null)]);
      if (!killAt) break;
      const exit = await worker.exited;
      if (exit.signal !== 'SIGKILL') throw new Error(`worker with ${killAt} ended with ${exit.code ?? exit.signal}, not by its kill`);
      const progress = await data.campaignProgress(scope);
      worker.atKill = { secondsIn: (exit.at - started) / 1000, ...progress.counts, prepared: progress.prepared, total: progress.total };
      console.log(`[campaign] killed at ${killAt} after ${worker.atKill.secondsIn.toFixed(1)} s: ${JSON.stringify(worker.atKill)}`);
    }
    const endedAt = await finished;
    const last = workers.at(-1);
    last.child.kill('SIGTERM');
    await last.exited;

    const wallMs = endedAt - started;
    const perMinute = Math.round(args.recipients / (wallMs / 60_000));
    const progress = await data.campaignProgress(scope);
    const flagged = new Set((await client.queryRows(sql`select address from mail_campaign_recipients where campaign_id = ${campaignId} and possible_duplicate`)).map((r) => r.address));
    const lost = addresses.filter((a) => !peer.arrivals.has(a));
    const receivedTwice = addresses.filter((a) => peer.arrivals.get(a).length > 1);
    const unflagged = receivedTwice.filter((a) => !flagged.has(a));
    const sameMessageId = receivedTwice.filter((a) => new Set(peer.arrivals.get(a)).size === 1).length;
    const restartMs = workers.slice(1).map((w) => Math.round(w.startupMs));
    const met = perMinute >= goalPerMinute;
    const workerCpuMs = workers.reduce((sum, w) => sum + w.cpuMs, 0);
    const benchCpu = process.cpuUsage(benchCpuAtStart);
    const peerCpuMs = Math.round((benchCpu.user + benchCpu.system) / 1000);
    console.log(`[campaign] ${args.recipients} mails in ${(wallMs / 1000).toFixed(2)} s with ${kills.length} kills: ${perMinute} mails/minute; goal ≥ ${goalPerMinute}: ${met ? 'met' : 'NOT met'}`);
    console.log(`[campaign] worker starts (spawn to ready, ms): ${workers.map((w) => Math.round(w.startupMs)).join(', ')}`);
    console.log(`[campaign] CPU: workers ${workerCpuMs} ms (${(workerCpuMs / args.recipients).toFixed(2)} ms per mail, start-ups included), this process (SMTP peer) ${peerCpuMs} ms; load average ${loadAverageAtStart.map((x) => x.toFixed(1)).join(' ')} at the start, ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} at the end`);
    console.log(`[campaign] lost ${lost.length}; received twice ${receivedTwice.length} (same Message-ID: ${sameMessageId}); flagged ${flagged.size}; received twice but not flagged ${unflagged.length}`);
    console.log(`[campaign] final counts ${JSON.stringify(progress.counts)}; possible duplicates ${progress.possibleDuplicates}`);
    if (lost.length > 0 || unflagged.length > 0 || progress.counts.sent !== args.recipients) throw new Error('a recipient was lost, or a duplicate was not flagged');

    const report = {
      benchmark: `${args.recipients} recipients of one campaign through the sending engine's worker process into a local smtp-server peer, the worker killed ${kills.length} times`,
      command: `npx tsx bench/mail-campaign.js ${process.argv.slice(2).join(' ')}`.trim(),
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, node: process.version,
        loadAverageAtStart: loadAverageAtStart.map((x) => Math.round(x * 100) / 100), loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100)
      },
      limits: engine.engineLimits,
      kills: workers.filter((w) => w.killAt).map((w) => ({ point: w.killAt, ...w.atKill })),
      workerStartMs: workers.map((w) => Math.round(w.startupMs)),
      workerCpuMs,
      peerCpuMs,
      restartMs,
      wallMs: Math.round(wallMs),
      mailsPerMinute: perMinute,
      lost: lost.length,
      receivedTwice: receivedTwice.length,
      receivedTwiceSameMessageId: sameMessageId,
      flaggedPossibleDuplicates: flagged.size,
      receivedTwiceNotFlagged: unflagged.length,
      goal: { mailsPerMinute: goalPerMinute, met }
    };
    const outDir = path.join(projectRoot, 'bench', 'out');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'mail-campaign.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log('[campaign] wrote bench/out/mail-campaign.json');
  } finally {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await writes.stopCampaignWorker();
    await queue.stopQueue();
    await handle.close();
    await database.drop();
    peer.server.close();
  }
}

try {
  await main();
  process.exit(0);
} catch (err) {
  console.error(`[campaign] FAILED: ${err.stack ?? err.message}`);
  process.exit(1);
}
