// Startup to first answered query with the embedded database (no DB_URL): from launching the JVM
// to the first correct answer of a query that reads the database. "cold" starts from an empty data
// directory (initdb, migrations, seeds); "warm" reuses the data directory of the run before.
// Two ways to run the same jar: "image", as the container image runs it (the jar extracted by
// `java -Djarmode=tools -jar … extract --launcher`, then JarLauncher: no nested-jar class loading),
// the figure the target reads; and "jar", `java -jar` the fat jar.
// node startup.mjs --jar JAR --work DIR --port PORT --out FILE
import fs from 'node:fs';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
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

const jar = process.env.BENCH_JAR ?? args.jar;
const appDir = `${args.work}-image`;
fs.rmSync(appDir, { recursive: true, force: true });
execFileSync('java', ['-Djarmode=tools', '-jar', jar, 'extract', '--launcher', '--destination', appDir], { stdio: 'ignore' });
const launch = {
  image: { command: [...jvmOptions, 'org.springframework.boot.loader.launch.JarLauncher'], cwd: appDir },
  jar: { command: [...jvmOptions, '-jar', jar], cwd: process.cwd() },
};

async function once(layout, kind) {
  if (kind === 'cold') fs.rmSync(args.work, { recursive: true, force: true });
  fs.mkdirSync(args.work, { recursive: true });
  const logFile = path.join(args.work, `${layout}-${kind}.log`);
  const out = fs.openSync(logFile, 'w');
  const env = { ...process.env, DEALGRAPH_DATA_DIR: dataDir, PORT: String(args.port) };
  delete env.DB_URL; delete env.DB_USER; delete env.DB_PASSWORD;
  const t0 = performance.now();
  const jvm = spawn('java', launch[layout].command, { env, cwd: launch[layout].cwd, stdio: ['ignore', out, out] });
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
  return { layout, kind, seconds: seconds && Math.round(seconds * 100) / 100, springReportedSeconds: started ? Number(started[1]) : null };
}

const results = [];
for (const layout of ['image', 'jar']) {
  for (let i = 0; i < runs; i++) results.push(await once(layout, 'cold'));
  for (let i = 0; i < runs; i++) results.push(await once(layout, 'warm'));
}
const median = (xs) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); return s.length ? s[(s.length - 1) >> 1] / 2 + s[s.length >> 1] / 2 : null; };
const of = (layout, kind) => median(results.filter((r) => r.layout === layout && r.kind === kind).map((r) => r.seconds));
const summary = {
  runs: results,
  // The target's figures: the layout the container image runs.
  coldMedianSeconds: of('image', 'cold'),
  warmMedianSeconds: of('image', 'warm'),
  jarColdMedianSeconds: of('jar', 'cold'),
  jarWarmMedianSeconds: of('jar', 'warm'),
  layout: 'image: extracted (extract --launcher), JarLauncher, as the Dockerfile runs it; jar: java -jar the fat jar',
  loadavg: fs.readFileSync('/proc/loadavg', 'utf8').trim(),
  jvm: jvmOptions.join(' '),
};
fs.writeFileSync(args.out, JSON.stringify(summary, null, 1));
process.stderr.write(`startup to first answer, image: cold ${summary.coldMedianSeconds} s, warm ${summary.warmMedianSeconds} s; `
  + `java -jar: cold ${summary.jarColdMedianSeconds} s, warm ${summary.jarWarmMedianSeconds} s\n`);
