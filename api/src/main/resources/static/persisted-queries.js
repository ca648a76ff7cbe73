// Automatic persisted queries by GET, for our own pages (the dashboard, GraphiQL): the query's
// SHA-256 hash, its variables and operation name go in the URL, so the browser's cache and any proxy
// can keep the answer (the API marks it cacheable and answers a revalidation 304 until a new
// release). When the API does not know the hash yet, the query is POSTed once with it, which
// registers it. Without Web Crypto (a page served over plain HTTP from another host) the query is
// POSTed as it is.
(function () {
  'use strict';
  var ACCEPT = 'application/graphql-response+json, application/json';

  function sha256(text) {
    return crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)).then(function (digest) {
      return Array.prototype.map.call(new Uint8Array(digest), function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    });
  }

  // The answer as {response, body}; a body that is not JSON is an error naming the HTTP status.
  function answer(response) {
    return response.json().then(function (body) {
      return { response: response, body: body };
    }, function () {
      throw new Error('the API answered HTTP ' + response.status + ', not GraphQL');
    });
  }

  function post(body) {
    return fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: ACCEPT },
      body: JSON.stringify(body)
    }).then(answer);
  }

  function query(text, variables, operationName) {
    if (!(window.crypto && crypto.subtle)) {
      return post({ query: text, variables: variables, operationName: operationName });
    }
    return sha256(text).then(function (hash) {
      var extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
      var url = '/graphql?extensions=' + encodeURIComponent(JSON.stringify(extensions)) +
        '&variables=' + encodeURIComponent(JSON.stringify(variables || {})) +
        (operationName ? '&operationName=' + encodeURIComponent(operationName) : '');
      return fetch(url, { headers: { Accept: ACCEPT } }).then(answer).then(function (got) {
        var missing = got.body.errors && got.body.errors.some(function (e) {
          return e.extensions && e.extensions.code === 'PERSISTED_QUERY_NOT_FOUND';
        });
        return missing ? post({ query: text, variables: variables, operationName: operationName, extensions: extensions }) : got;
      });
    });
  }

  window.dealgraphPersisted = { query: query };
})();
