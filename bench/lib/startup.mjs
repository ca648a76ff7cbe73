// Startup to first answered query with the embedded database (no DB_URL): from launching the JVM
// to the first correct answer of a query that reads the database. "cold" starts from an empty data
// directory (initdb, migrations, seeds); "warm" reuses the data directory of the run before.
// node startup.mjs --jar JAR --work DIR --port PORT --out FILE
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const runs = process.env.BENCH_QUICK === '1' ? 1 : 3;
const dataDir = path.join(args.work, 'data');
const url = `http://127.0.0.1:${args.port}/graphql`;
const query = JSON.stringify({ query: '{ deal(slug: "stargate") { title parties { totalCount } } }' });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const jvmOptions = (process.env.API_JVM ?? '-Xms256m -Xmx256m -XX:+UseSerialGC').split(/\s+/).filter(Boolean);

async function once(kind) {
  if (kind === 'cold') fs.rmSync(args.work, { recursive: true, force: true });
  fs.mkdirSync(args.work, { recursive: true });
  const logFile = path.join(args.work, `${kind}.log`);
  const out = fs.openSync(logFile, 'w');
  const env = { ...process.env, DEALGRAPH_DATA_DIR: dataDir, PORT: String(args.port) };
  delete env.DB_URL; delete env.DB_USER; delete env.DB_PASSWORD;
  const t0 = performance.now();
  const jvm = spawn('java', [...jvmOptions, '-jar', process.env.BENCH_JAR ?? args.jar], { env, stdio: ['ignore', out, out] });
  let exited = false;
  jvm.on('exit', () => { exited = true; });
  let seconds = null;
  while (!exited && performance.now() - t0 < 120000) {
    try {
      const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: query });
      const j = await r.json();
      if (j.data?.deal?.title) { seconds = (performance.now() - t0) / 1000; break; }
    } catch { /* not up yet */ }
    await sleep(50);
  }
  jvm.kill('SIGTERM');
  for (let i = 0; i < 300 && !exited; i++) await sleep(100);
  if (!exited) jvm.kill('SIGKILL');
  await sleep(500);
  const started = /Started DealgraphApplication in ([\d.]+) seconds/.exec(fs.readFileSync(logFile, 'utf8'));
  return { kind, seconds: seconds && Math.round(seconds * 100) / 100, springReportedSeconds: started ? Number(started[1]) : null };
}

const results = [];
for (let i = 0; i < runs; i++) results.push(await once('cold'));
for (let i = 0; i < runs; i++) results.push(await once('warm'));
const median = (xs) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); return s.length ? s[(s.length - 1) >> 1] / 2 + s[s.length >> 1] / 2 : null; };
const summary = {
  runs: results,
  coldMedianSeconds: median(results.filter((r) => r.kind === 'cold').map((r) => r.seconds)),
  warmMedianSeconds: median(results.filter((r) => r.kind === 'warm').map((r) => r.seconds)),
  loadavg: fs.readFileSync('/proc/loadavg', 'utf8').trim(),
  jvm: jvmOptions.join(' '),
};
fs.writeFileSync(args.out, JSON.stringify(summary, null, 1));
process.stderr.write(`startup to first answer: cold ${summary.coldMedianSeconds} s, warm ${summary.warmMedianSeconds} s\n`);
