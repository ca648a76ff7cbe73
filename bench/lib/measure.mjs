// Measures one scale factor after check.mjs passed: closed-model throughput (wrk at 8, 32, 64
// connections, repeats, medians) for our API, PostGraphile and the static reply; open-model latency
// at 50% of each system's own peak (the compiled constant-rate generator, openload.c); pgbench over
// the SQL our API issues; the harness check (each open-model generator against the static reply at
// the same rates); resident memory; and how much of the machine other processes used meanwhile.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { MIX } from './mix.mjs';
import { args, quick, C, log, median, sleep, run, guard, guardProcesses, wrk, warmUp } from './load.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = args.dir;
const check = JSON.parse(fs.readFileSync(path.join(dir, 'check.json'), 'utf8'));
const systems = { ours: args.ours, pgl: args.pgl };

// --- machine watch: resident memory of both servers, CPU used by processes outside this run ------
const HZ = 100;
const rss = { ours: [], pgl: [] };
let phase = 'idle';
const cpu = { total: 0, foreign: 0, samples: 0 };
function readStat(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(rest[1]), time: Number(rest[11]) + Number(rest[12]) };
  } catch { return null; }
}
function cpuSnapshot() {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const busy = line[0] + line[1] + line[2] + line[5] + line[6] + line[7];
  const procs = new Map();
  for (const p of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    const st = readStat(p);
    if (st) procs.set(Number(p), st);
  }
  const ours = new Set([Number(args['root-pid'] ?? process.ppid)]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, st] of procs) if (!ours.has(pid) && ours.has(st.ppid)) { ours.add(pid); grew = true; }
  }
  return { busy, procs, ours };
}
let last = cpuSnapshot();
function sampleRss(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch { return null; }
}
const watch = setInterval(() => {
  for (const [k, pid] of [['ours', args['api-pid']], ['pgl', args['pgl-pid']]]) {
    const mb = sampleRss(pid);
    if (mb != null) rss[k].push({ mb, phase });
  }
  const now = cpuSnapshot();
  let ourDelta = 0;
  for (const [pid, st] of now.procs) {
    if (!now.ours.has(pid)) continue;
    const before = last.procs.get(pid);
    ourDelta += before ? st.time - before.time : st.time;
  }
  const busyDelta = now.busy - last.busy;
  cpu.total += busyDelta;
  cpu.foreign += Math.max(0, busyDelta - ourDelta);
  cpu.samples++;
  last = now;
}, 1000);

// --- load generators ------------------------------------------------------------------------------
guardProcesses([args['api-pid'], args['pgl-pid']]);

// The open model runs the compiled generator (openload.c, built by run.sh into $BENCH_OPENLOAD);
// openload.mjs, the Node generator it replaced, runs only in the harness check below.
async function openLoad(url, body, rate, seconds, generator = 'compiled') {
  guard();
  const argv = ['--url', url, '--body', body, '--rate', String(rate), '--duration', String(seconds), '--sockets', '64'];
  const { stdout } = generator === 'compiled'
    ? await run(process.env.BENCH_OPENLOAD, argv, { maxBuffer: 1 << 20 })
    : await run(process.execPath, [path.join(here, 'openload.mjs'), ...argv], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

async function pgbench(script, clients, seconds) {
  try {
    const { stdout, stderr } = await run('pgbench', ['-n', '-M', 'prepared', '-c', String(clients), '-j', '2',
      '-T', String(seconds), '-f', script, '-h', '127.0.0.1', '-p', String(args['pg-port']), '-U', 'dealgraph_reader',
      'postgres'], { env: { ...process.env, PGPASSWORD: 'dealgraph_reader' }, maxBuffer: 1 << 22 });
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout);
    const lat = /latency average = ([\d.]+) ms/.exec(stdout);
    const failed = /number of failed transactions: (\d+)/.exec(stdout);
    const aborted = /aborted/.test(stderr) || /aborted/.test(stdout);
    return { tps: tps ? Number(tps[1]) : null, latencyMs: lat ? Number(lat[1]) : null,
      failed: failed ? Number(failed[1]) : 0, aborted, error: aborted ? stderr.split('\n').slice(0, 3).join(' ') : null };
  } catch (e) {
    return { tps: null, error: String(e.stderr ?? e).split('\n').slice(0, 3).join(' ') };
  }
}

// --- the measurements -----------------------------------------------------------------------------
const result = { sf: Number(args.sf), startedAt: new Date().toISOString(), config: C, quick,
  machine: { cpus: (await run('nproc')).stdout.trim(), apiJvm: process.env.API_JVM ?? null, loadavgAtStart: fs.readFileSync('/proc/loadavg', 'utf8').trim() },
  params: check.params, check: check.queries, warmup: {}, closed: {}, peak: {}, open: {}, pgbench: {}, ceilings: {} };

const db = new pg.Client({ connectionString: args.db });
await db.connect();
result.dataset = (await db.query(`select (select count(*) from deal)::int as deals, (select count(*) from organization)::int as organizations,
  (select count(*) from deal_party)::int as parties, (select count(*) from commitment)::int as commitments,
  (select count(*) from exclusivity_term)::int as terms, (select count(*) from statement)::int as statements,
  (select count(*) from event)::int as events, (select count(*) from citation)::int as citations,
  (select count(*) from source)::int as sources, pg_database_size('postgres')::bigint as bytes`)).rows[0];
await db.end();

const body = (side, q) => path.join(dir, `${side}-${q.id}.json`);
const expectedBytes = (side, q) => check.queries[q.id][side === 'ours' ? 'oursBytes' : 'pglBytes'];

if (process.env.BENCH_WARMUP) log('BENCH_WARMUP is no longer read: see BENCH_WARMUP_WINDOW, BENCH_WARMUP_TOLERANCE, BENCH_WARMUP_MAX_WINDOWS');
log(`warm-up: ${C.warmupWindowSeconds} s windows at ${C.warmupConnections} connections per query and system until three successive `
  + `windows agree within ${+(C.warmupTolerance * 100).toFixed(2)}%, at most ${C.warmupMaxWindows} windows`);
phase = 'warmup';
const sideName = { ours: 'ours', pgl: 'PostGraphile' };
for (const q of MIX) {
  result.warmup[q.id] = {};
  for (const side of ['ours', 'pgl']) {
    const x = await warmUp(systems[side], body(side, q));
    result.warmup[q.id][side] = x;
    log(`  ${q.id.padEnd(7)} ${sideName[side].padEnd(12)} `
      + `${x.converged ? `steady after ${Math.round(x.seconds)} s` : `not steady after ${x.windows} windows (${Math.round(x.seconds)} s)`}: `
      + `${x.rps.map((r) => Math.round(r)).join('/')} req/s`);
  }
}

log(`closed model: ${C.repeats} x ${C.seconds} s at ${C.connections.join(', ')} connections`);
for (const q of MIX) result.closed[q.id] = { ours: {}, pgl: {}, static: {} };
for (let r = 0; r < C.repeats; r++) {
  for (const q of MIX) {
    for (const side of ['ours', 'pgl']) {
      for (const c of C.connections) {
        phase = `closed-${c}`;
        const w = await wrk(systems[side], body(side, q), c, C.seconds);
        const perResponse = w.requests ? w.bytes / w.requests : 0;
        // A response much shorter than the checked answer means errors inside 200 responses.
        w.suspect = w.requests > 0 && Math.abs(perResponse - expectedBytes(side, q)) > 0.1 * expectedBytes(side, q) + 400;
        (result.closed[q.id][side][c] ??= []).push(w);
      }
    }
    log(`  repeat ${r + 1}: ${q.id.padEnd(7)} ours ${C.connections.map((c) => Math.round(result.closed[q.id].ours[c][r].rps)).join('/')}`
      + `  PostGraphile ${C.connections.map((c) => Math.round(result.closed[q.id].pgl[c][r].rps)).join('/')} req/s`);
  }
}
phase = 'static';
log(`static ceiling: nginx serving our exact response bytes, ${C.staticSeconds} s per connection count`);
for (const q of MIX) {
  await wrk(`${args.static}/${q.id}.json`, body('ours', q), 32, 1);
  for (const c of C.connections) result.closed[q.id].static[c] = [await wrk(`${args.static}/${q.id}.json`, body('ours', q), c, C.staticSeconds)];
}
phase = 'idle';

for (const q of MIX) {
  result.peak[q.id] = {};
  for (const side of ['ours', 'pgl', 'static']) {
    let best = { rps: 0, connections: null };
    for (const c of C.connections) {
      const m = median(result.closed[q.id][side][c].map((w) => w.rps));
      if (m > best.rps) best = { rps: m, connections: c };
    }
    result.peak[q.id][side] = best;
  }
}

log(`pgbench ceiling: the SQL our API issues per request, ${C.pgbenchSeconds} s at ${C.pgbenchClients.join(', ')} clients`);
phase = 'pgbench';
for (const q of MIX) {
  const script = path.join(dir, 'pgbench', `${q.id}.sql`);
  const runs = {};
  for (const c of C.pgbenchClients) runs[c] = await pgbench(script, c, C.pgbenchSeconds);
  const best = Math.max(...Object.values(runs).map((r) => r.tps ?? 0));
  result.pgbench[q.id] = { statements: check.queries[q.id].oursStatements, runs, bestTps: best || null };
  log(`  ${q.id.padEnd(7)} ${best ? Math.round(best) + ' requests/s' : 'failed: ' + Object.values(runs).map((r) => r.error).join(' ')}`);
}

log(`open model: ${C.openRepeats} x ${C.openSeconds} s at 50% of each system's own peak`);
phase = 'open';
for (const q of MIX) {
  result.open[q.id] = {};
  for (const side of ['ours', 'pgl']) {
    const rate = Math.max(1, Math.round(result.peak[q.id][side].rps / 2));
    await openLoad(systems[side], body(side, q), rate, 1);
    const runs = [];
    for (let r = 0; r < C.openRepeats; r++) runs.push(await openLoad(systems[side], body(side, q), rate, C.openSeconds));
    result.open[q.id][side] = { rate, runs, p50: median(runs.map((x) => x.p50)), p90: median(runs.map((x) => x.p90)),
      p99: median(runs.map((x) => x.p99)), errors: runs.reduce((n, x) => n + x.errors, 0) };
  }
  log(`  ${q.id.padEnd(7)} ours p50/p90/p99 ${['p50', 'p90', 'p99'].map((p) => result.open[q.id].ours[p]?.toFixed(1)).join('/')} ms`
    + ` at ${result.open[q.id].ours.rate}/s;  PostGraphile ${['p50', 'p90', 'p99'].map((p) => result.open[q.id].pgl[p]?.toFixed(1)).join('/')} ms at ${result.open[q.id].pgl.rate}/s`);
}
// The harness check: each generator against nginx's static reply of the same bytes at the rates the
// open model used. What it adds there is the generator's own latency: a small fraction of the p99
// target, or the generator, not the server, is what the open model measures.
log(`harness check: the open-model generators against the static reply at the same rates, ${C.openSeconds} s each`);
phase = 'harness';
result.harness = {};
for (const q of MIX) {
  result.harness[q.id] = {};
  for (const side of ['ours', 'pgl']) {
    const rate = result.open[q.id][side].rate;
    const url = `${args.static}/${q.id}.json`;
    result.harness[q.id][side] = { rate };
    for (const generator of ['compiled', 'node']) {
      await openLoad(url, body('ours', q), rate, 1, generator);
      result.harness[q.id][side][generator] = await openLoad(url, body('ours', q), rate, C.openSeconds, generator);
    }
  }
  const h = result.harness[q.id].ours;
  log(`  ${q.id.padEnd(7)} at ${h.rate}/s against the static reply, p99: compiled ${h.compiled.p99?.toFixed(2)} ms, node ${h.node.p99?.toFixed(2)} ms`);
}
phase = 'idle';
await sleep(1100);
clearInterval(watch);

const under = (k, p) => rss[k].filter((s) => p(s.phase)).map((s) => s.mb);
result.rss = {};
for (const k of ['ours', 'pgl']) {
  const loaded = under(k, (p) => p.startsWith('closed') || p === 'open');
  result.rss[k] = { maxUnderLoadMb: loaded.length ? Math.max(...loaded) : null,
    medianAt64Mb: median(under(k, (p) => p === 'closed-64')), afterMb: rss[k].at(-1)?.mb ?? null };
}
result.machine.loadavgAtEnd = fs.readFileSync('/proc/loadavg', 'utf8').trim();
result.machine.foreignCpuShare = cpu.total ? Math.round((cpu.foreign / cpu.total) * 1000) / 1000 : null;
result.machine.foreignCpuCores = cpu.samples ? Math.round((cpu.foreign / HZ / cpu.samples) * 100) / 100 : null;
result.finishedAt = new Date().toISOString();
fs.writeFileSync(args.out, JSON.stringify(result, null, 1));
log(`wrote ${args.out}; other processes used ${result.machine.foreignCpuCores} cores on average meanwhile`);
process.exit(0);
