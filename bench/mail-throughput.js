#!/usr/bin/env node
// Times mail delivery through the app's own job workers into a local SMTP peer (smtp-server on
// 127.0.0.1, a random port): 200 bulk mails are queued first, then the workers start as the server
// starts them (startWorkers(allJobs) from src/lib/server/boot.ts), and one urgent mail (a sign-in
// link) is queued right after. The clock runs from startWorkers() until the peer has received all
// of them; the urgent mail's own time from its enqueue to its arrival is reported beside it.
//
//   npx tsx bench/mail-throughput.js [--mails 200] [--database-url postgres://postgres@127.0.0.1:5432/postgres]
//
// Without --database-url it runs on an in-memory PGlite (the embedded default). With it, it creates
// a fresh database next to the given one (netwerkplein_bench_mail_<pid>), migrates it, and drops it
// afterwards. Needs tsx (it loads the app's TypeScript and resolves $lib from tsconfig.json).
// Works on code from before the mail lanes too (then both mails go through `sendMailJob`), so the
// same command measures before and after. Results: bench/out/mail-throughput.json.
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { projectRoot, scratchDatabase } from './generate.js';

const goalMs = 10_000;
const timeoutMs = 15 * 60_000;

function parseArgs(argv) {
  const args = { mails: 200, databaseUrl: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--mails') args.mails = Number(argv[++i]);
    else if (a === '--database-url') args.databaseUrl = argv[++i];
    else throw new Error(`Unknown argument: ${a}`);
  }
  if (!(Number.isInteger(args.mails) && args.mails > 0)) throw new Error('--mails must be a positive integer');
  if (args.databaseUrl) {
    const host = new URL(args.databaseUrl).hostname;
    if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) throw new Error('The benchmark only runs against a local database');
  }
  return args;
}

/** The peer: accepts every mail, and counts open connections to see how many the app uses at once. */
function startPeer() {
  const arrivals = new Map();
  let open = 0;
  let peakOpen = 0;
  let connections = 0;
  let waiter;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      open++;
      connections++;
      peakOpen = Math.max(peakOpen, open);
      callback();
    },
    onClose() { open--; },
    onData(stream, session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        for (const r of session.envelope.rcptTo) arrivals.set(r.address, (arrivals.get(r.address) ?? []).concat(performance.now()));
        waiter?.();
        callback();
      });
    }
  });
  return {
    server,
    arrivals,
    stats: () => ({ connections, peakOpen }),
    /** Resolves once every address in `expected` has arrived at least once. */
    async allArrived(expected) {
      const deadline = performance.now() + timeoutMs;
      while (!expected.every((a) => arrivals.has(a))) {
        if (performance.now() > deadline) throw new Error(`only ${expected.filter((a) => arrivals.has(a)).length} of ${expected.length} mails arrived in ${timeoutMs / 1000} s`);
        await new Promise((resolve) => { waiter = resolve; setTimeout(resolve, 1000); });
      }
    }
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const peer = startPeer();
  peer.server.listen(0, '127.0.0.1');
  await once(peer.server.server, 'listening');
  // Read once by the app's env module, so it is set before any app code loads.
  process.env.SMTP_URL = `smtp://127.0.0.1:${peer.server.server.address().port}`;
  process.env.JOBS_ENABLED = 'false';

  let client, queue, mail, boot, transport;
  try {
    client = await import('../src/lib/server/db/client.ts');
    queue = await import('../src/lib/server/jobs/queue.ts');
    mail = await import('../src/lib/features/mail/jobs.server.ts');
    boot = await import('../src/lib/server/boot.ts');
    transport = await import('../src/lib/server/mail/transport.ts');
  } catch (err) {
    throw new Error(`Cannot load the app's TypeScript code (${err.code ?? err.message}); run with \`npx tsx bench/mail-throughput.js\``);
  }
  const bulkJob = mail.bulkMailJob ?? mail.sendMailJob;
  const urgentJob = mail.urgentMailJob ?? mail.sendMailJob;
  const lanes = bulkJob !== urgentJob;

  const database = args.databaseUrl ? await scratchDatabase(args.databaseUrl, `netwerkplein_bench_mail_${process.pid}`) : undefined;
  const handle = await client.openDatabase({ databaseUrl: database?.url, pgliteDir: 'memory://', migrationsDir: path.join(projectRoot, 'drizzle') });
  client.useDatabase(handle);
  try {
    const bulk = Array.from({ length: args.mails }, (_, i) => `deelnemer-${String(i + 1).padStart(4, '0')}@bench-mail.example`);
    const urgentTo = 'aanmelden@bench-mail.example';
    for (const to of bulk) {
      await queue.enqueue(bulkJob, { to, subject: 'Uitnodiging: eerste bijeenkomst', text: `Dag ${to},\n\nwelkom op de eerste bijeenkomst.\n` });
    }
    console.log(`[mail] ${args.mails} bulk mails queued on ${handle.kind}${lanes ? ' (bulk lane)' : ' (one mail queue)'}; SMTP peer ${process.env.SMTP_URL}`);

    const loadAverageAtStart = os.loadavg();
    // CPU of this process (app, database if PGlite, and the peer) says more than wall time when the
    // machine is shared: it does not grow when other processes take the cores.
    const cpuAtStart = process.cpuUsage();
    const started = performance.now();
    await queue.startWorkers(boot.allJobs);
    const urgentQueuedAt = performance.now();
    await queue.enqueue(urgentJob, { to: urgentTo, subject: 'Je aanmeldlink', text: 'Klik op de link om aan te melden.\n' });
    await peer.allArrived([...bulk, urgentTo]);
    const cpu = process.cpuUsage(cpuAtStart);
    const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
    const bulkTimes = bulk.map((a) => peer.arrivals.get(a)[0]);
    const allBulkMs = Math.max(...bulkTimes) - started;
    const urgentMs = peer.arrivals.get(urgentTo)[0] - urgentQueuedAt;
    const bulkBeforeUrgent = bulkTimes.filter((t) => t < peer.arrivals.get(urgentTo)[0]).length;
    const duplicates = [...peer.arrivals.values()].filter((times) => times.length > 1).length;

    // Every mail recorded once and marked sent: the job's idempotence holds under concurrency. A job
    // marks its mail sent just after the peer accepted it, so the last few may need a moment.
    const { sql } = await import('drizzle-orm');
    const counts = async () => (await client.queryRows(sql`select count(*)::int as total, count(sent_at)::int as sent from mails`))[0];
    let row = await counts();
    for (let i = 0; i < 100 && row.sent < args.mails + 1; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      row = await counts();
    }
    const { connections, peakOpen } = peer.stats();
    const perSecond = Math.round((args.mails / (allBulkMs / 1000)) * 10) / 10;
    const met = allBulkMs < goalMs;
    console.log(`[mail] ${args.mails} bulk mails delivered in ${(allBulkMs / 1000).toFixed(2)} s (${perSecond} mails/s); goal < ${goalMs / 1000} s: ${met ? 'met' : 'NOT met'}`);
    console.log(`[mail] urgent mail: ${(urgentMs / 1000).toFixed(2)} s from enqueue to the peer, after ${bulkBeforeUrgent} of the ${args.mails} bulk mails`);
    console.log(`[mail] CPU of this process until then: ${cpuMs} ms (${(cpuMs / (args.mails + 1)).toFixed(1)} ms per mail); load average at the start ${loadAverageAtStart.map((x) => x.toFixed(2)).join(' ')}`);
    console.log(`[mail] SMTP connections: ${connections} opened, at most ${peakOpen} at once; duplicates at the peer: ${duplicates}; mails table: ${row.total} rows, ${row.sent} sent`);
    if (duplicates > 0 || row.total !== args.mails + 1 || row.sent !== args.mails + 1) throw new Error('mails were duplicated or not recorded as sent');

    const report = {
      benchmark: `${args.mails} bulk mails and 1 urgent mail through the mail job workers into a local smtp-server peer`,
      command: `npx tsx bench/mail-throughput.js ${process.argv.slice(2).join(' ')}`.trim(),
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, node: process.version, platform: `${os.platform()} ${os.release()}`,
        loadAverageAtStart: loadAverageAtStart.map((x) => Math.round(x * 100) / 100), loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100)
      },
      database: handle.kind,
      lanes,
      mails: args.mails,
      allBulkMs: Math.round(allBulkMs),
      mailsPerSecond: perSecond,
      urgentMs: Math.round(urgentMs),
      bulkBeforeUrgent,
      cpuMs,
      smtp: { connections, peakOpen },
      goal: { maximumMs: goalMs, met }
    };
    const outDir = path.join(projectRoot, 'bench', 'out');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'mail-throughput.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log('[mail] wrote bench/out/mail-throughput.json');
  } finally {
    await queue.stopQueue();
    transport.closeSmtp?.();
    await handle.close();
    await database?.drop();
    peer.server.close();
  }
}

try {
  await main();
} catch (err) {
  console.error(`[mail] FAILED: ${err.message}`);
  process.exit(1);
}
