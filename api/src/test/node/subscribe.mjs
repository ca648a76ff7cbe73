// Opens subscriptions to releaseLoaded with the npm clients, one connection each, and prints one
// JSON line per thing that happens: {"event":"next","index":i,"payload":...}, "error", "complete".
// Usage: node subscribe.mjs <sse|ws> <http://host:port/graphql> <count> [apiKey]
// It runs until every subscription has completed or failed, or until it is killed.
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';

const [transport, url, countText, apiKey] = process.argv.slice(2);
const count = Number(countText ?? '1');
const query = 'subscription { releaseLoaded { number loadedAt added changed removed counts { typeName added changed removed } } }';
const headers = apiKey ? { 'X-API-Key': apiKey } : {};
const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');

let open = count;
const done = () => {
  open -= 1;
  if (open === 0) {
    process.exit(0);
  }
};

for (let index = 0; index < count; index++) {
  const sink = {
    next: (payload) => print({ event: 'next', index, payload }),
    error: (error) => {
      print({ event: 'error', index, error: Array.isArray(error) ? error : String(error?.message ?? error) });
      done();
    },
    complete: () => {
      print({ event: 'complete', index });
      done();
    },
  };
  if (transport === 'sse') {
    const client = createSseClient({ url, headers, retryAttempts: 0 });
    client.subscribe({ query }, sink);
  } else {
    const client = createWsClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: class extends WebSocket {
        constructor(address, protocols) {
          super(address, protocols, { headers });
        }
      },
      retryAttempts: 0,
      lazy: false,
    });
    client.subscribe({ query }, sink);
  }
}
print({ event: 'started', count });
