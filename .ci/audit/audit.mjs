// Runs every graphql-http audit against URL (default http://localhost:8080/graphql).
// Exits 1 when any audit fails (MUST, SHOULD or MAY) that is not listed in ALLOWED with its reason.
import { serverAudits } from 'graphql-http';

const url = process.argv[2] ?? 'http://localhost:8080/graphql';

// SHOULD audits we knowingly do not pass; each is explained in docs/LIMITS.md and docs/CLIENTS.md.
const ALLOWED = new Map(JSON.parse(process.env.AUDIT_ALLOWED ?? '[]'));

let failedMust = 0;
let failedShould = 0;
let failedMay = 0;
const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  results.push(result);
  const line = `${result.status.padEnd(7)} ${audit.name}`;
  if (result.status === 'ok') {
    console.log(line);
  } else if (audit.name.includes('MUST')) {
    failedMust++;
    console.log(`${line}\n        ${result.reason}`);
  } else if (audit.name.includes('SHOULD') && !ALLOWED.has(audit.id)) {
    failedShould++;
    console.log(`${line}\n        ${result.reason}`);
  } else if (!ALLOWED.has(audit.id)) {
    failedMay++;
    console.log(`${line}\n        ${result.reason}`);
  } else {
    console.log(`${line}\n        (allowed) ${result.reason}`);
  }
}
const ok = results.filter((r) => r.status === 'ok').length;
console.log(`\naudit: ${ok} of ${results.length} audits ok; failing: ${failedMust} MUST, ${failedShould} SHOULD, ${failedMay} MAY not allowed`);
process.exit(failedMust + failedShould + failedMay > 0 ? 1 : 0);
