// Renders bench/RESULTS.md and bench/results/throughput.png from bench/results/*.json.
// Every number in the report comes from those files; targets are judged here, in one place.
// node report.mjs --results DIR --out RESULTS.md
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { MIX } from './mix.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const dir = args.results;
const load = (f) => (fs.existsSync(path.join(dir, f)) ? JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) : null);
const sfs = fs.readdirSync(dir).filter((f) => /^sf\d+\.json$/.test(f)).map((f) => load(f)).sort((a, b) => a.sf - b.sf);
const startup = load('startup.json');
// The cached run of each scale factor (cached.mjs), when it ran.
const cachedRuns = Object.fromEntries(sfs.map((r) => [r.sf, load(`sf${r.sf}-cached.json`)]).filter(([, x]) => x));
// Earlier runs of the same command, kept to show what each design change bought (bench/NOTES.md).
const STAGES = [
  ['baseline', 'baseline (the design as it was)'],
  ['after-keyset', 'after changes 1-2'],
  ['after-sql', 'after changes 3-7 (still the G1 collector)'],
  ['compiler-slices', 'the read compiler: node, list, deal, asof, deep compiled'],
  ['one-read-path', 'one read path: every query compiled, no resolvers'],
  ['typed-sql-tree', 'the typed SQL tree (issue 16; the full run of 2026-12-02, before the ledger over time and known)'],
  ['before-issue-21', 'before issue 21 (the full run of 2026-12-06 on da78ded; its open model ran the Node generator)'],
];
const stages = STAGES.map(([name, label]) => {
  const stageDir = path.join(dir, name);
  const runs = fs.existsSync(stageDir)
    ? Object.fromEntries(fs.readdirSync(stageDir).filter((f) => /^sf\d+\.json$/.test(f))
      .map((f) => JSON.parse(fs.readFileSync(path.join(stageDir, f), 'utf8'))).map((r) => [r.sf, r]))
    : {};
  return { name, label, runs };
});
// The run issue 21's targets are compared with (bench/results/before-issue-21).
const before = stages.find((st) => st.name === 'before-issue-21')?.runs ?? {};
const beforeStartup = load('before-issue-21/startup.json');

const n0 = (x) => (x == null ? '–' : Math.round(x).toLocaleString('en-US'));
const n1 = (x) => (x == null ? '–' : x.toFixed(1));
const n2 = (x) => (x == null ? '–' : x.toFixed(2));
const pct = (x) => (x == null ? '–' : `${Math.round(x * 100)}%`);
const ratio = (a, b) => (a && b ? a / b : null);
const ok = (b) => (b == null ? 'n/a' : b ? '**met**' : '**missed**');
const tolerance = (c) => `${+(c.warmupTolerance * 100).toFixed(2)}%`;
// Runs before the steady-state warm-up have config.warmupSeconds (a fixed warm-up) and no warmup.
const warmupMethod = (c) => (c?.warmupSeconds != null
  ? `after a ${c.warmupSeconds} s warm-up per query and system`
  : `after a warm-up per query and system to a steady state (wrk windows of ${c?.warmupWindowSeconds} s at ${c?.warmupConnections} connections `
    + `until three successive windows' requests/s agree within ${c ? tolerance(c) : '–'}, at most ${c?.warmupMaxWindows} windows; the time it took is listed for each scale factor)`);
const steady = (x) => (x == null ? '–' : x.converged ? `${n0(x.seconds)} s` : `not steady after ${x.windows} windows (${n0(x.seconds)} s)`);
const firstToLast = (x) => (x?.rps?.length ? `${n0(x.rps[0])} → ${n0(x.rps.at(-1))}` : '–');
const first = sfs[0];
const last = sfs.at(-1);
const bySf = Object.fromEntries(sfs.map((r) => [r.sf, r]));

// --- targets ------------------------------------------------------------------------------------
// Issue 21: the queries whose throughput should reach half the pgbench ceiling of their own SQL,
// and the two the database bounds, whose statements should get cheaper.
const CEILING_QUERIES = ['node', 'list', 'deal', 'totals', 'deep'];
const DB_BOUND = ['asof', 'search'];
const targets = [];
for (const r of sfs.filter((x) => x.sf === 1 || x.sf === 1000 || x === last)) {
  const worst = MIX.map((q) => ({ q: q.id, x: ratio(r.peak[q.id].ours.rps, r.peak[q.id].pgl.rps) }))
    .sort((a, b) => a.x - b.x)[0];
  const misses = MIX.filter((q) => ratio(r.peak[q.id].ours.rps, r.peak[q.id].pgl.rps) < 1.5).map((q) => q.id);
  targets.push([`Throughput ≥ 1.5× PostGraphile on every query, SF${r.sf}`, ok(misses.length === 0),
    `lowest ${n2(worst.x)}× (${worst.q}); below 1.5×: ${misses.length ? misses.join(', ') : 'none'}`]);
}
if (last) {
  const over = MIX.filter((q) => !(last.open[q.id].ours.p99 < 25));
  const worst = MIX.map((q) => ({ q: q.id, p: last.open[q.id].ours.p99 })).sort((a, b) => b.p - a.p)[0];
  targets.push([`p99 < 25 ms at 50% of our peak on every query, SF${last.sf}`, ok(over.length === 0),
    `highest ${n1(worst.p)} ms (${worst.q}); over 25 ms: ${over.length ? over.map((q) => `${q.id} ${n1(last.open[q.id].ours.p99)}`).join(', ') : 'none'}`]);
  for (const r of sfs) {
    const parts = CEILING_QUERIES.map((id) => ({ id, x: ratio(r.peak[id].ours.rps, r.pgbench[id].bestTps) }));
    targets.push([`≥ 50% of the pgbench ceiling of our own SQL on ${CEILING_QUERIES.join(', ')}, SF${r.sf}`, ok(parts.every((p) => p.x >= 0.5)),
      parts.map((p) => `${p.id} ${pct(p.x)}`).join(', ')]);
  }
  for (const r of sfs.filter((x) => before[x.sf])) {
    const parts = DB_BOUND.map((id) => ({ id, x: ratio(r.pgbench[id].bestTps, before[r.sf].pgbench[id].bestTps) }));
    targets.push([`${DB_BOUND.join(' and ')}: statements ≥ 1.5× cheaper under pgbench than before issue 21, SF${r.sf}`,
      ok(parts.every((p) => p.x >= 1.5)), parts.map((p) => `${p.id} ${n2(p.x)}× (${n0(before[r.sf].pgbench[p.id].bestTps)} → ${n0(r.pgbench[p.id].bestTps)} tps)`).join(', ')]);
  }
  if (last.harness) {
    const worst = MIX.map((q) => ({ q: q.id, p: last.harness[q.id].ours.compiled.p99 })).sort((a, b) => b.p - a.p)[0];
    targets.push([`The open-model generator's own p99 against the static reply, at our rates, a small fraction (≤ 20%) of the 25 ms target, SF${last.sf}`,
      ok(worst.p <= 5), `highest ${n2(worst.p)} ms (${worst.q}); the Node generator it replaced: up to `
        + `${n1(Math.max(...MIX.map((q) => last.harness[q.id].ours.node.p99)))} ms`]);
  }
}
if (sfs.length > 1) {
  // Met when no query issues more statements on the larger dataset than on the smaller one.
  const varying = MIX.filter((q) => sfs.some((r, i) => i > 0 && r.check[q.id].oursStatements > sfs[i - 1].check[q.id].oursStatements));
  targets.push(['SQL statements per request bounded by the query shape, not the data', ok(varying.length === 0),
    MIX.map((q) => `${q.id} ${sfs.map((r) => r.check[q.id].oursStatements).join('→')}`).join(', ')]);
  const paginated = MIX.filter((q) => q.paginated);
  const growth = paginated.map((q) => ({ q: q.id, x: ratio(last.open[q.id].ours.p50, first.open[q.id].ours.p50) }));
  targets.push([`p50 of paginated queries at SF${last.sf} within 1.5× of SF${first.sf}`, ok(growth.every((g) => g.x <= 1.5)),
    growth.map((g) => `${g.q} ${n2(g.x)}×`).join(', ')]);
}
for (const r of sfs.filter((x) => cachedRuns[x.sf])) {
  const c = cachedRuns[r.sf];
  const shares = (mode) => MIX.map((q) => ({ q: q.id, x: ratio(c.peak[q.id][mode].rps, c.peak[q.id].static.rps) }))
    .sort((a, b) => a.x - b.x);
  const [cachedLow, revalidateLow] = [shares('cached')[0], shares('revalidate')[0]];
  targets.push([`Cached answers by GET and 304 revalidation ≥ 50% of the static-reply ceiling on every query, SF${r.sf}`,
    ok(cachedLow.x >= 0.5 && revalidateLow.x >= 0.5),
    `lowest: cached ${pct(cachedLow.x)} (${cachedLow.q}), 304 ${pct(revalidateLow.x)} (${revalidateLow.q})`]);
}
if (startup) {
  targets.push([`Startup to first answered query < 15 s, embedded database${startup.jarColdMedianSeconds != null ? ', as the container image runs it' : ''}`,
    ok(startup.coldMedianSeconds < 15),
    `cold (initdb, migrations, seeds) ${n1(startup.coldMedianSeconds)} s, warm ${n1(startup.warmMedianSeconds)} s (medians)`
      + (startup.jarColdMedianSeconds != null ? `; \`java -jar\` the fat jar: cold ${n1(startup.jarColdMedianSeconds)} s, warm ${n1(startup.jarWarmMedianSeconds)} s` : '')]);
}
const rssMax = Math.max(...sfs.map((r) => r.rss.ours.maxUnderLoadMb ?? 0));
targets.push(['Resident memory < 512 MB at steady load', ok(rssMax < 512),
  sfs.map((r) => `SF${r.sf}: max ${n0(r.rss.ours.maxUnderLoadMb)} MB, median at 64 connections ${n0(r.rss.ours.medianAt64Mb)} MB`).join('; ')]);

// --- chart --------------------------------------------------------------------------------------
const chartFile = path.join(dir, 'throughput.png');
try {
  const dat = path.join(dir, '.chart.dat');
  const lines = [];
  for (const r of sfs) {
    for (const q of MIX) {
      lines.push(`"${q.id} SF${r.sf}" ${r.peak[q.id].ours.rps.toFixed(1)} ${r.peak[q.id].pgl.rps.toFixed(1)} ${r.peak[q.id].static.rps.toFixed(1)} ${(r.pgbench[q.id].bestTps ?? 0).toFixed(1)}`);
    }
    lines.push('"" 0 0 0 0');
  }
  fs.writeFileSync(dat, lines.join('\n') + '\n');
  const gp = `set terminal pngcairo size 1400,600 font "DejaVu Sans,10"
set output "${chartFile}"
set title "Peak throughput (closed model, median of repeats, best of 8/32/64 connections), log scale"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.9 border -1
set logscale y
set yrange [1:*]
set ylabel "requests per second"
set xtics rotate by -40 scale 0
set key outside top center horizontal
set grid ytics
plot "${dat}" using 2:xtic(1) title "our API" lc rgb "#1f77b4", '' using 3 title "PostGraphile 5" lc rgb "#ff7f0e", '' using 4 title "static reply (nginx)" lc rgb "#7f7f7f", '' using 5 title "pgbench, our SQL" lc rgb "#2ca02c"
`;
  execFileSync('gnuplot', [], { input: gp });
  fs.rmSync(dat);
} catch (e) {
  process.stderr.write(`chart not drawn: ${e.message}\n`);
}

// --- the document -------------------------------------------------------------------------------
const md = [];
const w = (s = '') => md.push(s);
w('# Benchmark results');
w();
w('Generated by `bench/run.sh` (the numbers come from `bench/results/*.json`; `bench/lib/report.mjs` renders this file).');
w(`Runs: ${sfs.map((r) => `SF${r.sf} ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC${r.quick ? ' (--quick)' : ''}`).join(', ')}.`);
w();
const busy = sfs.some((r) => r.machine.foreignCpuCores > 0.2);
w('**Machine.** 2 cores, 24 GiB; our API, PostGraphile, PostgreSQL 18, nginx and the load generators all share those two cores, '
  + 'so every number is a whole-machine number. The machine is shared with other engineers\' builds and test suites'
  + (busy ? ', which ran during this measurement. ' : ', which used little CPU during this measurement. ')
  + 'While each scale factor was measured, processes outside this benchmark used on average '
  + sfs.map((r) => `${n2(r.machine.foreignCpuCores)} of the 2 cores (SF${r.sf})`).join(', ')
  + ', and the load average was ' + sfs.map((r) => `${r.machine.loadavgAtStart.split(' ')[0]} → ${r.machine.loadavgAtEnd.split(' ')[0]} (SF${r.sf})`).join(', ')
  + '. Absolute numbers are therefore pessimistic and noisy; the two APIs were measured interleaved (same query, one after the other, '
  + 'in every repeat), so the ratios between them are the more robust result.');
w();
w(`**Method.** Closed model: wrk, ${first?.config.repeats} repeats of ${first?.config.seconds} s at ${first?.config.connections.join(', ')} connections ${warmupMethod(first?.config)}; `
  + 'peak = the best connection count\'s median. Open model: requests start at a constant rate of 50% of each system\'s own peak, '
  + `${first?.config.openRepeats} × ${first?.config.openSeconds} s, latency measured from the moment each request was due (no coordinated omission), medians of p50/p90/p99 over the repeats. `
  + 'Ceilings: nginx answering the same POST with the exact bytes our API returned, and pgbench (-M prepared, autocommit) running the '
  + 'statements our API issued for one request of the query, captured from PostgreSQL\'s statement log with their parameters.');
w();
w('## Targets');
w();
w('| target | result | numbers |');
w('|---|---|---|');
for (const t of targets) w(`| ${t.join(' | ')} |`);
if (Object.keys(before).length) {
  w();
  w('## Issue 21: before and after');
  w();
  w('"Before" is the full run of 2026-12-06 (`results/before-issue-21/`), "after" this run; each figure is a median of repeats, each ratio measured within its own run. '
    + 'Before, the open model ran the Node generator (openload.mjs), whose own p99 against the static reply is listed in the harness check below: '
    + 'its p99 figures measured the generator as much as the server.');
  w();
  const shown = sfs.filter((r) => before[r.sf]);
  const cols = shown.flatMap((r) => [`SF${r.sf} before`, `SF${r.sf} after`]);
  const table = (title, value, fmt) => {
    w(title);
    w();
    w(`| query | ${cols.join(' | ')} |`);
    w(`|---|${cols.map(() => '---:').join('|')}|`);
    for (const q of MIX) {
      w(`| ${q.id} | ${shown.flatMap((r) => [fmt(value(before[r.sf], q.id)), fmt(value(r, q.id))]).join(' | ')} |`);
    }
    w();
  };
  table('Throughput, ours / PostGraphile (target ≥ 1.5×):', (r, id) => ratio(r.peak[id]?.ours.rps, r.peak[id]?.pgl.rps), (x) => (x == null ? '–' : `${n2(x)}×`));
  table('Our peak requests/s:', (r, id) => r.peak[id]?.ours.rps, n0);
  table(`Ours / the pgbench ceiling of our own SQL (target ≥ 50% on ${CEILING_QUERIES.join(', ')}):`, (r, id) => ratio(r.peak[id]?.ours.rps, r.pgbench[id]?.bestTps), pct);
  table(`pgbench, our SQL for one request, transactions/s (target for ${DB_BOUND.join(' and ')}: ≥ 1.5× before):`, (r, id) => r.pgbench[id]?.bestTps, n0);
  table('p99 at 50% of our peak, ms (target < 25 ms at SF1000; before: the Node generator, after: the compiled one):', (r, id) => r.open[id]?.ours.p99, n1);
  table('Warm-up to a steady state, our API, seconds:', (r, id) => r.warmup[id]?.ours.seconds, n0);
  w(`Resident memory under load, our API (target < 512 MB): ${shown.map((r) => `SF${r.sf} ${n0(before[r.sf].rss.ours.maxUnderLoadMb)} → ${n0(r.rss.ours.maxUnderLoadMb)} MB`).join(', ')}.`
    + (beforeStartup && startup ? ` Startup, cold / warm (target < 15 s): before ${n1(beforeStartup.coldMedianSeconds)} / ${n1(beforeStartup.warmMedianSeconds)} s (\`java -jar\`), `
      + `after ${n1(startup.coldMedianSeconds)} / ${n1(startup.warmMedianSeconds)} s as the image runs it` + (startup.jarColdMedianSeconds != null
      ? `, ${n1(startup.jarColdMedianSeconds)} / ${n1(startup.jarWarmMedianSeconds)} s by \`java -jar\`.` : '.') : ''));
  w();
}
const harnessRuns = sfs.filter((r) => r.harness);
if (harnessRuns.length) {
  w('## Harness check: the open-model generators against the static reply');
  w();
  w('Each generator sends the same request bytes to nginx serving our exact response, at the rate the open model used for each system (50% of its peak), '
    + `${first?.config.openSeconds} s after a 1 s warm-up; what it measures there is its own latency. "compiled": bench/lib/openload.c (one thread, epoll, a timerfd at the request interval, `
    + 'latency from the moment each request was due), which the open model now runs; "node": openload.mjs, which it ran before. p50 / p99 in ms; beside them, our API\'s own p99 from the open model.');
  w();
  w('| SF | query | rate/s (ours) | compiled p50 / p99 | node p50 / p99 | our API p99 | rate/s (PostGraphile) | compiled p99 | node p99 |');
  w('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of harnessRuns) {
    for (const q of MIX) {
      const h = r.harness[q.id];
      w(`| SF${r.sf} | ${q.id} | ${h.ours.rate} | ${n2(h.ours.compiled.p50)} / ${n2(h.ours.compiled.p99)} | ${n2(h.ours.node.p50)} / ${n2(h.ours.node.p99)} | `
        + `${n1(r.open[q.id].ours.p99)} | ${h.pgl.rate} | ${n2(h.pgl.compiled.p99)} | ${n2(h.pgl.node.p99)} |`);
    }
  }
  w();
}
w();
w('![Peak throughput per query, our API, PostGraphile and the ceilings](results/throughput.png)');
w();
for (const r of sfs) {
  const d = r.dataset;
  w(`## SF${r.sf}`);
  w();
  w(`Dataset: ${n0(d.deals)} deals, ${n0(d.organizations)} organizations, ${n0(d.parties)} parties, ${n0(d.commitments)} commitments, `
    + `${n0(d.terms)} exclusivity terms, ${n0(d.statements)} statements, ${n0(d.events)} events, ${n0(d.citations)} citations, `
    + `${n0(d.sources)} sources; ${n0(d.bytes / 1048576)} MB on disk.`);
  w();
  w('Throughput (requests/s, peak over 8/32/64 connections, median of repeats):');
  w();
  w('| query | ours | PostGraphile | ours / PostGraphile | static reply | ours / static | pgbench (our SQL) | ours / pgbench | SQL per request (ours / PostGraphile) |');
  w('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const q of MIX) {
    const p = r.peak[q.id];
    const pb = r.pgbench[q.id].bestTps;
    w(`| ${q.id}: ${q.title} | ${n0(p.ours.rps)} @${p.ours.connections} | ${n0(p.pgl.rps)} @${p.pgl.connections} | ${n2(ratio(p.ours.rps, p.pgl.rps))}× | `
      + `${n0(p.static.rps)} | ${pct(ratio(p.ours.rps, p.static.rps))} | ${n0(pb)} | ${pct(ratio(p.ours.rps, pb))} | ${r.check[q.id].oursStatements} / ${r.check[q.id].pglStatements} |`);
  }
  w();
  const c = cachedRuns[r.sf];
  if (c) {
    w('Cached run (our API restarted with its response caches on, `dealgraph.response-cache.max-bytes` '
      + `${n0(c.cacheBytes / 1048576)} MiB; the mix by GET with \`Accept: application/json\`; closed model as above, ${c.config.repeats} × ${c.config.seconds} s at `
      + `${c.config.connections.join(', ')} connections, peak of the medians; the three measured in turn in every repeat). `
      + '"cached": the answer kept whole under its ETag, sent again before anything is parsed or run; '
      + '"304": the same GET with `If-None-Match`; "static": nginx answering the same GET with the same bytes. '
      + 'Every query was checked first: the GET\'s data equal the answer compared with PostGraphile, the repeat says responseCache HIT, '
      + 'If-None-Match gets 304. "engine" is the uncached figure above (POST, every answer read from the database).');
    w();
    w('| query | engine (POST, uncached) | cached GET | cached / static | 304 revalidation | 304 / static | static reply by GET | cached / engine |');
    w('|---|---:|---:|---:|---:|---:|---:|---:|');
    const flag = (mode, q) => {
      const runs = Object.values(c.closed[q.id][mode]).flat();
      const errors = runs.reduce((n, x) => n + x.errors.status + x.errors.timeout + x.errors.connect + x.errors.read, 0);
      return `${errors ? ` ⚠${errors} errors` : ''}${runs.some((x) => x.suspect) ? ' ⚠size' : ''}`;
    };
    for (const q of MIX) {
      const p = c.peak[q.id];
      w(`| ${q.id} | ${n0(r.peak[q.id].ours.rps)} | ${n0(p.cached.rps)} @${p.cached.connections}${flag('cached', q)} | ${pct(ratio(p.cached.rps, p.static.rps))} | `
        + `${n0(p.revalidate.rps)} @${p.revalidate.connections}${flag('revalidate', q)} | ${pct(ratio(p.revalidate.rps, p.static.rps))} | `
        + `${n0(p.static.rps)} @${p.static.connections} | ${n2(ratio(p.cached.rps, r.peak[q.id].ours.rps))}× |`);
    }
    w();
    w(`Warm-up of the cached run (seconds to a steady state, cached / 304): ${MIX.map((q) => `${q.id} ${steady(c.warmup[q.id].cached)} / ${steady(c.warmup[q.id].revalidate)}`).join('; ')}. `
      + `Load average ${c.machine.loadavgAtStart.split(' ')[0]} → ${c.machine.loadavgAtEnd.split(' ')[0]}.`);
    w();
  }
  w('Latency, open model at 50% of each system\'s own peak (ms):');
  w();
  w('| query | ours rate/s | ours p50 | p90 | p99 | PostGraphile rate/s | p50 | p90 | p99 |');
  w('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const q of MIX) {
    const o = r.open[q.id].ours;
    const g = r.open[q.id].pgl;
    w(`| ${q.id} | ${o.rate} | ${n1(o.p50)} | ${n1(o.p90)} | ${n1(o.p99)} | ${g.rate} | ${n1(g.p50)} | ${n1(g.p90)} | ${n1(g.p99)} |`);
  }
  w();
  w('Closed model by connection count (median requests/s; wrk p99 latency in ms):');
  w();
  w(`| query | ${r.config.connections.map((c) => `ours @${c}`).join(' | ')} | ${r.config.connections.map((c) => `PostGraphile @${c}`).join(' | ')} |`);
  w(`|---|${r.config.connections.map(() => '---:').join('|')}|${r.config.connections.map(() => '---:').join('|')}|`);
  const cell = (runs) => {
    const s = runs.slice().sort((a, b) => a.rps - b.rps);
    const m = s[(s.length - 1) >> 1];
    const errors = runs.reduce((n, x) => n + x.errors.status + x.errors.timeout + x.errors.connect + x.errors.read, 0);
    return `${n0(m.rps)} (${n1(m.latency_us.p99 / 1000)})${errors ? ` ⚠${errors} errors` : ''}${runs.some((x) => x.suspect) ? ' ⚠size' : ''}`;
  };
  for (const q of MIX) {
    w(`| ${q.id} | ${r.config.connections.map((c) => cell(r.closed[q.id].ours[c])).join(' | ')} | ${r.config.connections.map((c) => cell(r.closed[q.id].pgl[c])).join(' | ')} |`);
  }
  w();
  if (r.warmup) {
    w(`Warm-up to a steady state, in the order it ran (seconds of load at ${r.config.warmupConnections} connections until three successive `
      + `${r.config.warmupWindowSeconds} s windows agreed within ${tolerance(r.config)}, and the requests/s of the first and the last window):`);
    w();
    w('| query | ours | ours req/s | PostGraphile | PostGraphile req/s |');
    w('|---|---:|---:|---:|---:|');
    for (const q of MIX) {
      const x = r.warmup[q.id] ?? {};
      w(`| ${q.id} | ${steady(x.ours)} | ${firstToLast(x.ours)} | ${steady(x.pgl)} | ${firstToLast(x.pgl)} |`);
    }
    w();
  }
  w(`Resident memory: our API (\`java ${r.machine.apiJvm ?? '-Xms512m -Xmx512m'}\`) ${n0(r.rss.ours.maxUnderLoadMb)} MB at most under load (median ${n0(r.rss.ours.medianAt64Mb)} MB at 64 connections); `
    + `PostGraphile ${n0(r.rss.pgl.maxUnderLoadMb)} MB at most.`);
  w();
  // A stage that is this very run (kept for the next one to compare with) is not an earlier run.
  const earlier = stages.filter((st) => st.runs[r.sf] && st.runs[r.sf].startedAt !== r.startedAt);
  if (earlier.length) {
    w('Against earlier runs of the same command, before the design changes listed below (`results/<stage>/sf' + r.sf + '.json`): '
      + earlier.map((st) => `${st.label}, other processes used ${n2(st.runs[r.sf].machine.foreignCpuCores)} cores on average`).join('; ')
      + `; now ${n2(r.machine.foreignCpuCores)}. The machine differs from run to run, so the ratios to PostGraphile measured in the same run are the fairer comparison:`);
    w();
    const heads = [...earlier.map((st) => st.name), 'now'];
    const all = [...earlier.map((st) => st.runs[r.sf]), r];
    w(`| query | peak: ${heads.join(' / ')} | ours / PostGraphile: ${heads.join(' / ')} | p99 ms: ${heads.join(' / ')} | SQL per request |`);
    w('|---|---:|---:|---:|---:|');
    for (const q of MIX) {
      // A query an earlier run did not measure (known came later) is a dash there.
      w(`| ${q.id} | ${all.map((x) => n0(x.peak[q.id]?.ours.rps)).join(' / ')} | `
        + `${all.map((x) => (x.peak[q.id] ? n2(ratio(x.peak[q.id].ours.rps, x.peak[q.id].pgl.rps)) + '×' : '–')).join(' / ')} | `
        + `${all.map((x) => n1(x.open[q.id]?.ours.p99)).join(' / ')} | ${all.map((x) => x.check[q.id]?.oursStatements ?? '–').join(' → ')} |`);
    }
    w();
  }
}
if (startup) {
  w('## Startup');
  w();
  if (startup.jarColdMedianSeconds != null) {
    w(`From launching \`java ${startup.jvm}\` without DB_URL to the first correct answer of a query that reads the database, two ways: `
      + 'as the container image runs it (the jar extracted by `java -Djarmode=tools -jar … extract --launcher`, then `JarLauncher`), '
      + startup.runs.filter((x) => x.layout === 'image').map((x) => `${x.kind} ${n1(x.seconds)} s`).join(', ')
      + '; and `java -jar api/target/dealgraph-api.jar`, ' + startup.runs.filter((x) => x.layout === 'jar').map((x) => `${x.kind} ${n1(x.seconds)} s`).join(', ')
      + ` (load average ${startup.loadavg.split(' ')[0]}). `
      + 'Cold: empty data directory, so initdb, the migrations and the seeds are included; warm: the data directory of the run before.');
  }
  else {
    w(`From launching \`java ${startup.jvm ?? '-Xms512m -Xmx512m'} -jar api/target/dealgraph-api.jar\` without DB_URL to the first correct answer of a query that reads the database: `
      + startup.runs.map((x) => `${x.kind} ${n1(x.seconds)} s`).join(', ') + ` (load average ${startup.loadavg.split(' ')[0]}). `
      + 'Cold: empty data directory, so initdb, the migrations and the seeds are included; warm: the data directory of the run before.');
  }
  w();
}
const notes = path.join(path.dirname(args.out), 'NOTES.md');
if (fs.existsSync(notes)) {
  w(fs.readFileSync(notes, 'utf8').trim());
  w();
}
fs.writeFileSync(args.out, md.join('\n'));
process.stderr.write(`wrote ${args.out}\n`);
