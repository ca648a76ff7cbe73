// The cached run (after measure.mjs, on our API restarted by run.sh with its response caches on):
// the mix by GET, closed model as in measure.mjs, three ways side by side in every repeat:
//   cached      GET, the answer kept whole under its ETag (the first request of the warm-up fills it);
//   revalidate  the same GET with If-None-Match naming that ETag, answered 304 with no body;
//   static      nginx answering the same GET with our API's exact response bytes (the ceiling).
// Before any load, each query is checked: the GET's data equal the answer check.mjs compared with
// PostGraphile, the repeat is marked responseCache HIT, and If-None-Match is answered 304.
// node cached.mjs --sf N --dir DIR --out FILE --cache-bytes N --ours URL --static URL --api-pid PID
import fs from 'node:fs';
import path from 'node:path';
import { MIX } from './mix.mjs';
import { args, C, log, median, guardProcesses, wrk, warmUp } from './load.mjs';

const dir = args.dir;
const origin = new URL(args.ours).origin;
const graphqlPath = new URL(args.ours).pathname;
// The representation asked for: the one nginx's static reply is labelled with.
const ACCEPT = 'application/json';
guardProcesses([args['api-pid']]);

const result = { sf: Number(args.sf), startedAt: new Date().toISOString(), config: C, cacheBytes: Number(args['cache-bytes']),
  machine: { loadavgAtStart: fs.readFileSync('/proc/loadavg', 'utf8').trim() }, checks: {}, warmup: {}, closed: {}, peak: {} };

// --- what each query sends, and the check before any load -------------------------------------------
const requests = {};
for (const q of MIX) {
  const body = JSON.parse(fs.readFileSync(path.join(dir, `ours-${q.id}.json`), 'utf8'));
  const params = new URLSearchParams({ query: body.query });
  if (body.variables) params.set('variables', JSON.stringify(body.variables));
  if (body.operationName) params.set('operationName', body.operationName);
  const get = `${graphqlPath}?${params}`;
  const send = (headers = {}) => fetch(origin + get, { headers: { accept: ACCEPT, ...headers } });
  const fresh = await send();
  const freshText = await fresh.text();
  const etag = fresh.headers.get('etag');
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'static', `${q.id}.json`), 'utf8'));
  const answer = JSON.parse(freshText);
  if (fresh.status !== 200 || !etag || answer.errors || JSON.stringify(answer.data) !== JSON.stringify(expected.data)) {
    throw new Error(`cached run: ${q.id} by GET answered ${fresh.status} (ETag ${etag}), not the checked data: ${freshText.slice(0, 300)}`);
  }
  const kept = await send();
  const keptText = await kept.text();
  const keptAnswer = JSON.parse(keptText);
  if (kept.status !== 200 || keptAnswer.extensions?.responseCache !== 'HIT'
      || JSON.stringify(keptAnswer.data) !== JSON.stringify(expected.data)) {
    throw new Error(`cached run: ${q.id} repeated by GET was not a HIT with the same data: ${keptText.slice(0, 300)}`);
  }
  const revalidated = await send({ 'if-none-match': etag });
  if (revalidated.status !== 304) throw new Error(`cached run: ${q.id} with If-None-Match answered ${revalidated.status}, not 304`);
  result.checks[q.id] = { etag, cacheControl: kept.headers.get('cache-control'), freshBytes: Buffer.byteLength(freshText),
    keptBytes: Buffer.byteLength(keptText), getPathBytes: get.length };
  requests[q.id] = {
    cached: { url: origin, request: { path: get, headers: { Accept: ACCEPT } } },
    revalidate: { url: origin, request: { path: get, headers: { Accept: ACCEPT, 'If-None-Match': etag } } },
    static: { url: args.static, request: { path: `/${q.id}.json`, headers: { Accept: ACCEPT } } },
  };
}
log(`cached run: every query checked by GET (same data, a HIT on repeat, 304 on If-None-Match)`);

// A 200 carries the answer, a 304 only headers: a response of the wrong size means the wrong status.
const suspect = (mode, q, w) => {
  if (!w.requests) return false;
  const perResponse = w.bytes / w.requests;
  return mode === 'revalidate' ? perResponse > 600 : perResponse < result.checks[q.id].keptBytes * 0.9;
};

const MODES = ['cached', 'revalidate'];
log(`warm-up by GET: ${C.warmupWindowSeconds} s windows at ${C.warmupConnections} connections until three successive windows agree`);
for (const q of MIX) {
  result.warmup[q.id] = {};
  for (const mode of MODES) {
    const x = await warmUp(requests[q.id][mode].url, requests[q.id][mode].request);
    result.warmup[q.id][mode] = x;
    log(`  ${q.id.padEnd(7)} ${mode.padEnd(10)} ${x.converged ? `steady after ${Math.round(x.seconds)} s` : `not steady after ${x.windows} windows`}: `
      + `${x.rps.map((r) => Math.round(r)).join('/')} req/s`);
  }
}

log(`closed model by GET: ${C.repeats} x ${C.seconds} s at ${C.connections.join(', ')} connections, cached / revalidate / static in turn`);
for (const q of MIX) result.closed[q.id] = { cached: {}, revalidate: {}, static: {} };
for (let r = 0; r < C.repeats; r++) {
  for (const q of MIX) {
    for (const mode of [...MODES, 'static']) {
      for (const c of C.connections) {
        const w = await wrk(requests[q.id][mode].url, requests[q.id][mode].request, c, C.seconds);
        w.suspect = mode !== 'static' && suspect(mode, q, w);
        (result.closed[q.id][mode][c] ??= []).push(w);
      }
    }
    const at = (mode) => C.connections.map((c) => Math.round(result.closed[q.id][mode][c][r].rps)).join('/');
    log(`  repeat ${r + 1}: ${q.id.padEnd(7)} cached ${at('cached')}  revalidate ${at('revalidate')}  static ${at('static')} req/s`);
  }
}
for (const q of MIX) {
  result.peak[q.id] = {};
  for (const mode of [...MODES, 'static']) {
    let best = { rps: 0, connections: null };
    for (const c of C.connections) {
      const m = median(result.closed[q.id][mode][c].map((w) => w.rps));
      if (m > best.rps) best = { rps: m, connections: c };
    }
    result.peak[q.id][mode] = best;
  }
}
result.machine.loadavgAtEnd = fs.readFileSync('/proc/loadavg', 'utf8').trim();
result.finishedAt = new Date().toISOString();
fs.writeFileSync(args.out, JSON.stringify(result, null, 1));
log(`wrote ${args.out}`);
process.exit(0);
