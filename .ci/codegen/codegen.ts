// Types for the example library's queries, generated from the schema the running API publishes
// (fetched to schema.graphql by .ci/run from GET /schema.graphql).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['../../schema/examples/*.graphql'],
  generates: {
    'generated/': {
      preset: 'client',
      config: { scalars: { Date: 'string', DateTime: 'string', Decimal: 'string' }, enumsAsTypes: true },
    },
  },
  ignoreNoDocuments: false,
};

export default config;
