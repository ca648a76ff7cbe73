// What measure.mjs and cached.mjs share: command-line arguments, running a child that can be
// stopped, the guard that sends no load once a server of this run is gone, wrk, and the warm-up
// to a steady state.
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
export const quick = process.env.BENCH_QUICK === '1';
const env = (name, fallback) => (process.env[name] ? JSON.parse(process.env[name]) : fallback);
export const C = {
  // Warm-up to a steady state: windows of wrk until three successive ones agree, or the cap.
  warmupWindowSeconds: env('BENCH_WARMUP_WINDOW', quick ? 2 : 5),
  warmupTolerance: env('BENCH_WARMUP_TOLERANCE', 0.10),
  warmupMaxWindows: env('BENCH_WARMUP_MAX_WINDOWS', quick ? 2 : 12),
  warmupConnections: 32,
  repeats: env('BENCH_REPEATS', quick ? 1 : 3),
  seconds: env('BENCH_SECONDS', quick ? 2 : 3),
  connections: env('BENCH_CONNECTIONS', [8, 32, 64]),
  openSeconds: env('BENCH_OPEN_SECONDS', quick ? 3 : 4),
  openRepeats: env('BENCH_OPEN_REPEATS', quick ? 1 : 3),
  staticSeconds: env('BENCH_STATIC_SECONDS', quick ? 2 : 3),
  pgbenchSeconds: env('BENCH_PGBENCH_SECONDS', quick ? 2 : 4),
  pgbenchClients: env('BENCH_PGBENCH_CLIENTS', quick ? [8] : [8, 32]),
  wrkThreads: 2,
};
export const log = (m) => process.stderr.write(`${new Date().toISOString().slice(11, 19)}  ${m}\n`);
export const median = (xs) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); return s.length ? s[(s.length - 1) >> 1] * 0.5 + s[s.length >> 1] * 0.5 : null; };
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Like promisify(execFile), remembering the running child so that the guard can stop it.
let current = null;
export const run = (file, argv, options = {}) => new Promise((resolve, reject) => {
  current = execFile(file, argv, options, (error, stdout, stderr) => {
    current = null;
    if (error) { error.stdout = stdout; error.stderr = stderr; reject(error); } else resolve({ stdout, stderr });
  });
});

// Load goes only to the servers this run started: stop at once if one of them, or the run, is gone.
let guarded = [];
export function guard() {
  for (const pid of guarded) {
    if (!fs.existsSync(`/proc/${pid}`)) {
      log(`process ${pid} of this run is gone; stopping without sending more load`);
      current?.kill('SIGKILL');
      process.exit(3);
    }
  }
}
/** Watches these processes (and the parent) from now on. */
export function guardProcesses(pids) {
  guarded = [...pids.filter(Boolean), process.ppid];
  setInterval(guard, 200).unref();
}

/**
 * One wrk run (request.lua); request is a body file to POST, or {path, headers} to GET.
 * Returns request.lua's JSON line (requests, rps, bytes, errors, latency_us).
 */
export async function wrk(url, request, connections, seconds) {
  guard();
  const get = typeof request === 'object';
  const environment = get
    ? { ...process.env, BODY: '', REQUEST_PATH: request.path,
      REQUEST_HEADERS: Object.entries(request.headers ?? {}).map(([k, v]) => `${k}: ${v}`).join('\n') }
    : { ...process.env, BODY: request, REQUEST_PATH: '' };
  const { stdout } = await run('wrk', ['-t', String(Math.min(C.wrkThreads, connections)), '-c', String(connections),
    '-d', `${seconds}s`, '--timeout', '10s', '-s', path.join(here, 'request.lua'), url],
  { env: environment, maxBuffer: 1 << 20 });
  const line = stdout.trim().split('\n').reverse().find((l) => l.startsWith('{'));
  return JSON.parse(line);
}

// Windows of wrk until three successive windows' requests/s agree within the tolerance, each with the
// one before (relative to the earlier one), or the cap on windows is reached. seconds is wrk's own
// measured load time.
const agree = (before, now) => before > 0 && Math.abs(now - before) <= C.warmupTolerance * before;
export async function warmUp(url, request) {
  const rps = [];
  let seconds = 0;
  let converged = false;
  while (!converged && rps.length < C.warmupMaxWindows) {
    const w = await wrk(url, request, C.warmupConnections, C.warmupWindowSeconds);
    seconds += w.duration_us / 1e6;
    rps.push(w.rps);
    // Two agreeing windows in a row happen by chance while the JIT still works; three seldom do.
    converged = rps.length > 2 && agree(rps.at(-3), rps.at(-2)) && agree(rps.at(-2), rps.at(-1));
  }
  return { seconds: Math.round(seconds * 10) / 10, windows: rps.length, rps, converged };
}
