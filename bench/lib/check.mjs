// Before anything is timed: picks the arguments of each mix query for this dataset, asks both APIs,
// and stops the run unless both answer the same values (after mapping field names). Writes the
// request bodies wrk sends, our exact response bytes (for the static ceiling), and captures the SQL
// each API issues per request (from PostgreSQL's statement log) as a pgbench script.
//
// node check.mjs --out DIR --ours URL --pgl URL --db OWNER_URL --log PG_LOG
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { MIX, chooseParams } from './mix.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const out = args.out;
fs.mkdirSync(path.join(out, 'static'), { recursive: true });
fs.mkdirSync(path.join(out, 'pgbench'), { recursive: true });

const db = new pg.Client({ connectionString: args.db });
await db.connect();
const params = await chooseParams(db, args.pgl);
fs.writeFileSync(path.join(out, 'params.json'), JSON.stringify(params, null, 2));
console.log('arguments:', JSON.stringify(params));

async function post(url, body, headers = {}) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const bytes = Buffer.from(await r.arrayBuffer());
  return { status: r.status, bytes, json: JSON.parse(bytes.toString('utf8')) };
}

function canonical(v) {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])]));
  return v;
}

function firstDifference(a, b, where = '') {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return `${where}: ${a.length} items vs ${b.length}`;
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[k], b[k], `${where}.${k}`);
      if (d) return d;
    }
  }
  return `${where}: ${JSON.stringify(a)?.slice(0, 300)} vs ${JSON.stringify(b)?.slice(0, 300)}`;
}

const report = { params, queries: {} };
let failed = false;
for (const q of MIX) {
  const oursBody = JSON.stringify({ query: q.ours, variables: q.oursVars(params) });
  const pglBody = JSON.stringify({ query: q.pgl, variables: q.pglVars(params) });
  fs.writeFileSync(path.join(out, `ours-${q.id}.json`), oursBody);
  fs.writeFileSync(path.join(out, `pgl-${q.id}.json`), pglBody);
  const ours = await post(args.ours, oursBody);
  const pgl = await post(args.pgl, pglBody);
  const problems = [];
  if (ours.status !== 200 || ours.json.errors) problems.push('ours: ' + ours.status + ' ' + JSON.stringify(ours.json.errors));
  if (pgl.status !== 200 || pgl.json.errors) problems.push('PostGraphile: ' + pgl.status + ' ' + JSON.stringify(pgl.json.errors));
  let same = false;
  let difference = null;
  if (!problems.length) {
    const a = canonical(q.normOurs(ours.json.data));
    const b = canonical(q.normPgl(pgl.json.data));
    difference = firstDifference(a, b);
    same = difference === null;
    fs.writeFileSync(path.join(out, `normalized-${q.id}.json`), JSON.stringify(a, null, 1));
  }
  fs.writeFileSync(path.join(out, 'static', `${q.id}.json`), ours.bytes);
  report.queries[q.id] = { same, problems, difference, oursBytes: ours.bytes.length, pglBytes: pgl.bytes.length,
    cost: ours.json.extensions?.cost ?? null };
  console.log(`${q.id.padEnd(7)} ${same ? 'same data' : 'DIFFERENT'}  ours ${ours.bytes.length} B, PostGraphile ${pgl.bytes.length} B`
    + (problems.length ? '  ' + problems.join('; ') : '') + (difference ? '  first difference at ' + difference : ''));
  if (!same) failed = true;
}

// pgbench reads `:name` as a variable even inside a string literal (the log writes bound values as
// literals, such as a cursor's order 'ANNOUNCED:ASC'): such a colon is spelled chr(58) instead.
const pgbenchSafe = (sql) => sql.replace(/'((?:[^']|'')*)'/g, (literal, text) => (/:[A-Za-z_]/.test(text)
  ? `(${text.split(':').map((part) => `'${part}'`).join(' || chr(58) || ')})` : literal));

// The SQL each API issues for one request of each query, from the statement log.
await db.query("alter system set log_statement = 'all'");
await db.query('select pg_reload_conf()');
await sleep(500);
const logText = () => fs.readFileSync(args.log, 'utf8');
for (const q of MIX) {
  for (const [side, url, app] of [['ours', args.ours, 'PostgreSQL JDBC Driver'], ['pgl', args.pgl, 'postgraphile']]) {
    const body = fs.readFileSync(path.join(out, `${side}-${q.id}.json`), 'utf8');
    // Twice: the first request may validate a pooled connection; the second is the one counted.
    await post(url, body);
    await sleep(300);
    const before = logText().length;
    await post(url, body);
    await sleep(600);
    const statements = parseLog(logText().slice(before), app);
    report.queries[q.id][side + 'Statements'] = statements.length;
    if (side === 'ours') {
      fs.writeFileSync(path.join(out, 'pgbench', `${q.id}.sql`), statements.map((s) => pgbenchSafe(s) + ';\n').join(''));
    }
  }
  console.log(`${q.id.padEnd(7)} SQL statements per request: ours ${report.queries[q.id].oursStatements}, PostGraphile ${report.queries[q.id].pglStatements}`);
}
await db.query('alter system reset log_statement');
await db.query('select pg_reload_conf()');
await db.end();

fs.writeFileSync(path.join(out, 'check.json'), JSON.stringify(report, null, 2));
if (failed) {
  console.error('The two APIs do not return the same data; nothing is timed.');
  process.exit(1);
}

/** Statements of one application in a stretch of log, with their bind parameters inlined. */
function parseLog(text, app) {
  const entries = [];
  for (const line of text.split('\n')) {
    if (/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \w+ \[\d+\] </.test(line)) entries.push(line);
    else if (entries.length) entries[entries.length - 1] += '\n' + line;
  }
  const statements = [];
  for (let i = 0; i < entries.length; i++) {
    const m = /^\S+ \S+ \S+ \[\d+\] <([^|]*)\|([^>]*)> LOG: {2}(?:execute [^:]*|statement): ([\s\S]*)$/.exec(entries[i]);
    if (!m || m[2] !== app || !m[3].trim()) continue;
    let sql = m[3].trim();
    const detail = entries[i + 1] && /DETAIL: {2}Parameters: ([\s\S]*)$/.exec(entries[i + 1]);
    if (detail) {
      const values = {};
      for (const p of detail[1].matchAll(/\$(\d+) = (NULL|'(?:[^']|'')*')/g)) values[p[1]] = p[2];
      sql = sql.replace(/\$(\d+)/g, (all, n) => (n in values ? values[n] : all));
    }
    if (/^(begin|commit|rollback|set |show |select 1$|discard)/i.test(sql)) continue;
    statements.push(sql.replace(/;\s*$/, ''));
  }
  return statements;
}
