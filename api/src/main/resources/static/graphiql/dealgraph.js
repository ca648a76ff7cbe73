// Starts GraphiQL against this server's /graphql with an example query ready to run.
(function () {
  var defaultQuery = [
    '# Who committed what to whom, with the evidence for each claim.',
    'query Commitments {',
    '  commitments(first: 5, orderBy: {field: AMOUNT, direction: DESC}) {',
    '    totalCount',
    '    nodes {',
    '      description',
    '      committer { name }',
    '      recipient { name }',
    '      quantity { amount unit qualifier }',
    '      citations(first: 2) {',
    '        nodes { excerpt creditedOutlet source { title } }',
    '      }',
    '    }',
    '  }',
    '}',
    ''
  ].join('\n');
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery }));
})();
