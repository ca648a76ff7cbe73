// Starts GraphiQL against this server's /graphql with the example library (schema/examples/*.graphql,
// listed by /graphiql/examples.json): on a first visit each example is a tab and the first one is
// active, ready to run; the "Examples" panel in the sidebar opens any of them in its own tab later.
// A ?query= in the address opens that query in the editor.
(function () {
  'use strict';
  var h = React.createElement;
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  var postFetcher = GraphiQL.createFetcher({ url: '/graphql' });

  // Queries go as automatic persisted queries by GET (/persisted-queries.js); subscriptions, and
  // pages without Web Crypto, use GraphiQL's own fetcher (POST, and Server-Sent Events).
  function fetcher(params, options) {
    if (!(window.crypto && crypto.subtle) || /\bsubscription\b/.test(params.query || '')) {
      return postFetcher(params, options);
    }
    return window.dealgraphPersisted.query(params.query, params.variables, params.operationName)
      .then(function (got) { return got.body; });
  }

  function variablesText(example) {
    return Object.keys(example.variables || {}).length ? JSON.stringify(example.variables, null, 2) : '';
  }

  function ExamplesIcon(props) {
    return h('svg', Object.assign({ viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5 }, props),
      h('path', { d: 'M4 4.5h11a2 2 0 0 1 2 2v13H6a2 2 0 0 1-2-2z' }),
      h('path', { d: 'M17 6.5h3v13h-3M7.5 9h6M7.5 12.5h6M7.5 16h4' }));
  }

  function examplesPlugin(examples) {
    function ExamplesPanel() {
      var editor = GraphiQL.React.useEditorContext({ nonNull: true });
      function open(example) {
        var query = example.query;
        var variables = variablesText(example);
        var index = editor.tabs.findIndex(function (tab) { return tab.query === query; });
        if (index >= 0) {
          editor.changeTab(index);
          return;
        }
        editor.addTab();
        // addTab empties the editors once React has applied it; fill them afterwards.
        setTimeout(function () {
          editor.queryEditor.setValue(query);
          if (editor.variableEditor) {
            editor.variableEditor.setValue(variables);
          }
        }, 0);
      }
      return h('section', { 'aria-label': 'Examples', className: 'dealgraph-examples' },
        h('div', { className: 'dealgraph-examples-title' }, 'Examples'),
        h('p', { className: 'dealgraph-examples-intro' },
          'Queries to start from, kept in schema/examples/. Pick one to open it in its own tab.'),
        h('ul', { className: 'dealgraph-examples-list' }, examples.map(function (example) {
          return h('li', { key: example.file },
            h('button', { type: 'button', 'data-example': example.name, onClick: function () { open(example); } },
              h('span', { className: 'dealgraph-example-name' }, example.name),
              h('span', { className: 'dealgraph-example-description' }, example.description)));
        })));
    }
    return { title: 'Examples', icon: ExamplesIcon, content: ExamplesPanel };
  }

  // A link may carry a query (/graphiql?query=...&variables=...), as the changes feed's do: it opens in the editor.
  var params = new URLSearchParams(window.location.search);
  var asked = params.get('query');

  function render(examples, problem) {
    var props = {
      fetcher: fetcher,
      plugins: [examplesPlugin(examples)],
      visiblePlugin: 'Examples',
      defaultEditorToolsVisibility: 'variables'
    };
    if (examples.length) {
      props.defaultTabs = examples.map(function (example) {
        return { query: example.query, variables: variablesText(example) };
      });
    } else {
      props.defaultQuery = '# ' + problem + '\n{\n  __typename\n}\n';
    }
    if (asked) {
      props.query = asked;
      props.variables = params.get('variables') || '';
    }
    root.render(h(GraphiQL, props));
  }

  fetch('/graphiql/examples.json', { headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (examples) {
      render(examples, 'The example library is empty.');
    }, function (error) {
      render([], 'The example library could not be loaded (' + error.message + ').');
    });
})();
