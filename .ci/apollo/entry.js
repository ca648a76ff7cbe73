// Apollo Client as an analyst's web app would use it: automatic persisted queries, hashed queries by
// GET, against the page's own origin. Runs the same query twice (a fresh client each time, so the
// second does not come from Apollo's own cache) and leaves what it got in window.apolloCheck.
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';

async function sha256(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function client() {
  const persisted = new PersistedQueryLink({ sha256, useGETForHashedQueries: true });
  return new ApolloClient({
    link: persisted.concat(new HttpLink({ uri: '/graphql' })),
    cache: new InMemoryCache(),
  });
}

const QUERY = gql`
  query ApolloCheck($slug: String!) {
    deal(slug: $slug) {
      slug
      title
      valuation { text }
    }
  }
`;

async function run() {
  const answers = [];
  for (let i = 0; i < 2; i++) {
    const result = await client().query({ query: QUERY, variables: { slug: 'stargate' }, fetchPolicy: 'network-only' });
    answers.push({ data: result.data, error: result.error ? String(result.error) : null });
  }
  return answers;
}

run().then(
  (answers) => { window.apolloCheck = { done: true, answers }; },
  (error) => { window.apolloCheck = { done: true, failure: String(error && error.stack || error) }; },
);
