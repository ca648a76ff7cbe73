// PostGraphile 5 for the benchmark: the amber preset over schemas public and bench (the bench-owned
// functions in sql/postgraphile.sql), production mode, on the same database and read-only role as
// our API. PgIndexBehaviorsPlugin is disabled so relations and orderings whose columns have only a
// partial index (citations of a fact) or none are exposed; it changes which fields exist, not how
// a query runs.
import { makePgService } from 'postgraphile/adaptors/pg';
import { PostGraphileAmberPreset as amber } from 'postgraphile/presets/amber';

export default {
  extends: [amber],
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public', 'bench'], poolConfig: { max: 10 } })],
  grafserv: { port: Number(process.env.PORT ?? 15678), host: '127.0.0.1', graphiql: false, maxRequestLength: 65536 },
  grafast: { explain: false },
};
