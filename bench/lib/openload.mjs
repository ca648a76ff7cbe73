// Open-model load: requests start on a fixed schedule (rate per second), whatever the answers do,
// and each latency is measured from the moment its request was due, so a slow answer delays none
// of the following requests' clocks (no coordinated omission).
// node openload.mjs --url URL --body FILE --rate N --duration S [--sockets 64]
import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const url = new URL(args.url);
const body = fs.readFileSync(args.body);
const rate = Number(args.rate);
const duration = Number(args.duration);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(args.sockets ?? 64) });
const total = Math.max(1, Math.round(rate * duration));
const interval = 1000 / rate;
const latencies = [];
let errors = 0;
let finished = 0;
let maxLag = 0;
let next = 0;
const t0 = performance.now() + 20;

function fire(i) {
  const due = t0 + i * interval;
  const req = http.request({ agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
    res.on('data', () => {});
    res.on('end', () => {
      if (res.statusCode === 200) latencies.push(performance.now() - due);
      else errors++;
      done();
    });
  });
  req.setTimeout(15000, () => req.destroy(new Error('timeout')));
  req.on('error', () => { errors++; done(); });
  req.end(body);
}

function done() {
  finished++;
  if (finished === total) report();
}

function tick() {
  const now = performance.now();
  while (next < total && t0 + next * interval <= now) {
    maxLag = Math.max(maxLag, now - (t0 + next * interval));
    fire(next++);
  }
  if (next < total) setTimeout(tick, 1);
}

function pct(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function report() {
  const elapsed = (performance.now() - t0) / 1000;
  const sorted = latencies.slice().sort((a, b) => a - b);
  const round = (x) => (x == null ? null : Math.round(x * 1000) / 1000);
  process.stdout.write(JSON.stringify({
    rate, duration, sent: total, ok: latencies.length, errors, achievedRate: round(latencies.length / elapsed),
    p50: round(pct(sorted, 50)), p90: round(pct(sorted, 90)), p99: round(pct(sorted, 99)), max: round(sorted.at(-1)),
    maxScheduleLagMs: round(maxLag),
  }) + '\n');
  agent.destroy();
  process.exit(0);
}

setTimeout(() => { report(); }, (duration + 20) * 1000).unref();
setTimeout(tick, 20);
