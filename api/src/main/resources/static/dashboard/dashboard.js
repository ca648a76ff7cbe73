// The dashboard: one query to the public /graphql at load, one more each time the date changes, and
// one for the current release, which a subscription over Server-Sent Events asks again (with the
// rest of the dashboard) each time a new release loads.
// Every text from the API goes into the DOM through textContent (or ECharts' encodeHTML in
// tooltips), never as markup.
(function () {
  'use strict';

  var CITED = 'fragment Cited on CitationConnection {\n' +
    '  totalCount\n' +
    '  nodes { excerpt creditedOutlet source { title publisher author published { display } url } }\n' +
    '}\n';

  var TERM = 'fragment Term on ExclusivityTerm {\n' +
    '  slug scope status\n' +
    '  grantor { slug name }\n' +
    '  holder { slug name }\n' +
    '  validFrom { display text }\n' +
    '  validTo { display text }\n' +
    '  supersededByEvent { title date { display } }\n' +
    '  citations(first: 5) { ...Cited }\n' +
    '}\n';

  var DASHBOARD_QUERY = 'query Dashboard($asOf: Date!) {\n' +
    '  timeline(first: 100) {\n' +
    '    totalCount\n' +
    '    nodes { kind title date { earliest latest display precision text } citations(first: 5) { ...Cited } }\n' +
    '  }\n' +
    '  commitmentTotals(groupBy: [COMMITTER]) {\n' +
    '    withoutAmount competingClaimsSkipped partsSkipped\n' +
    '    groups(first: 20) {\n' +
    '      committer { slug name } unit total count qualifiers\n' +
    '      commitments(first: 10) { slug description quantity { text } citations(first: 5) { ...Cited } }\n' +
    '    }\n' +
    '  }\n' +
    '  allTerms: exclusivityTerms(first: 100) { nodes { ...Term } }\n' +
    '  inForce: exclusivityTerms(asOf: $asOf, first: 100) { edges { inForce node { slug } } }\n' +
    '  statements(first: 6, orderBy: {field: DATE, direction: DESC}) {\n' +
    '    nodes {\n' +
    '      slug quote channel outlets\n' +
    '      date { display text }\n' +
    '      speakers { person { name role } organization { name } }\n' +
    '      citations(first: 5) { ...Cited }\n' +
    '    }\n' +
    '  }\n' +
    '}\n' + TERM + CITED;

  var RELEASE_QUERY = 'query CurrentRelease {\n' +
    '  releases(first: 1) { nodes { number loadedAt added changed removed } }\n' +
    '  changes(first: 20) { nodes { operation typeName slug release { number } } }\n' +
    '}\n';

  var RELEASE_SUBSCRIPTION = 'subscription ReleaseLoaded { releaseLoaded { number } }';

  var AS_OF_QUERY = 'query ExclusivityAsOf($asOf: Date!) {\n' +
    '  inForce: exclusivityTerms(asOf: $asOf, first: 100) { edges { inForce node { slug } } }\n' +
    '}\n';

  var UNITS = {
    USD: { title: 'Dollars (USD)', color: '#2f5fd0' },
    GW: { title: 'Gigawatts (GW)', color: '#d9822b' }
  };

  var KINDS = [
    ['EVENT', 'Events'],
    ['DEAL_ANNOUNCED', 'Deals announced'],
    ['COMMITMENT', 'Commitments'],
    ['STATEMENT', 'Statements'],
    ['TERM_STARTED', 'Exclusivity began'],
    ['TERM_ENDED', 'Exclusivity ended']
  ];

  var state = { terms: [], requestSeq: 0 };
  var charts = [];

  // ---- small helpers -------------------------------------------------------------------------

  function $(id) {
    return document.getElementById(id);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
    return node;
  }

  function encode(text) {
    return echarts.format.encodeHTML(text == null ? '' : String(text));
  }

  function isoDay(date) {
    return date.toISOString().slice(0, 10);
  }

  function today() {
    var now = new Date();
    return isoDay(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
  }

  function addDays(day, days) {
    var date = new Date(day + 'T00:00:00Z');
    date.setUTCDate(date.getUTCDate() + days);
    return isoDay(date);
  }

  function dayMs(day) {
    return Date.parse(day + 'T00:00:00Z');
  }

  function formatAmount(total, unit) {
    var n = Number(total);
    if (unit === 'USD') {
      if (n >= 1e12) {
        return '$' + trim(n / 1e12) + ' trillion';
      }
      if (n >= 1e9) {
        return '$' + trim(n / 1e9) + ' billion';
      }
      if (n >= 1e6) {
        return '$' + trim(n / 1e6) + ' million';
      }
      return '$' + n.toLocaleString('en-US');
    }
    return trim(n) + ' ' + unit;
  }

  function trim(n) {
    return String(Math.round(n * 100) / 100);
  }

  function qualified(group) {
    var qualifiers = group.qualifiers || [];
    var text = formatAmount(group.total, group.unit);
    if (qualifiers.indexOf('UP_TO') >= 0) {
      return 'up to ' + text;
    }
    if (qualifiers.length === 1 && qualifiers[0] === 'ABOUT') {
      return 'about ' + text;
    }
    return text;
  }

  function citeButton(text, open) {
    var button = el('button', 'cite', text);
    button.type = 'button';
    button.addEventListener('click', open);
    return button;
  }

  // ---- the API -------------------------------------------------------------------------------

  // Queries go as automatic persisted queries by GET (/persisted-queries.js).
  function graphql(query, variables) {
    return window.dealgraphPersisted.query(query, variables).then(function (got) {
      var body = got.body;
      if (body.errors && body.errors.length) {
        throw new Error('the API answered with errors: ' + body.errors.map(function (e) { return e.message; }).join('; '));
      }
      if (!got.response.ok || !body.data) {
        throw new Error('the API answered HTTP ' + got.response.status + ' without data');
      }
      return body.data;
    });
  }

  function showError(error) {
    var status = clear($('status'));
    status.className = 'status error';
    status.setAttribute('role', 'alert');
    var message = error && error.message ? error.message : String(error);
    if (message === 'Failed to fetch' || error instanceof TypeError) {
      message = 'the API at /graphql could not be reached (' + message + ')';
    }
    status.appendChild(el('span', null, 'The dashboard could not load its data: ' + message + '.'));
    var retry = el('button', null, 'Try again');
    retry.type = 'button';
    retry.addEventListener('click', function () { window.location.reload(); });
    status.appendChild(retry);
    document.body.setAttribute('data-state', 'error');
  }

  function showReady() {
    var status = clear($('status'));
    status.className = 'status ready';
    status.setAttribute('role', 'status');
    status.textContent = 'Loaded.';
    document.body.setAttribute('data-state', 'ready');
  }

  // Nothing loaded: each panel says so instead of staying blank.
  function showUnavailable() {
    Array.prototype.forEach.call(document.querySelectorAll('.panel'), function (panel) {
      Array.prototype.forEach.call(panel.querySelectorAll('.chart, .date-control, .legend'), function (node) {
        node.hidden = true;
      });
      panel.appendChild(el('p', 'empty unavailable', 'Not available: no data from the API.'));
    });
  }

  // ---- citations dialog ----------------------------------------------------------------------

  // items: [{heading, citations: {totalCount, nodes}}]
  function openCitations(title, subtitle, items) {
    $('citations-title').textContent = title;
    $('citations-subtitle').textContent = subtitle || '';
    var body = clear($('citations-body'));
    items.forEach(function (item) {
      var nodes = (item.citations && item.citations.nodes) || [];
      if (item.heading) {
        body.appendChild(el('h3', 'citation-heading', item.heading));
      }
      if (!nodes.length) {
        body.appendChild(el('p', 'empty', 'No citation.'));
      }
      nodes.forEach(function (citation) {
        var box = el('div', 'citation');
        box.appendChild(el('blockquote', 'excerpt', citation.excerpt));
        var source = citation.source || {};
        var parts = [source.title];
        if (source.publisher) {
          parts.push(source.publisher);
        }
        if (source.author) {
          parts.push(source.author);
        }
        if (source.published) {
          parts.push('published ' + source.published.display);
        }
        if (citation.creditedOutlet) {
          parts.push('credits ' + citation.creditedOutlet);
        }
        var line = el('p', 'source', 'Source: ' + parts.join(' · '));
        if (source.url) {
          line.appendChild(document.createTextNode(' · '));
          var link = el('a', null, source.url);
          link.href = source.url;
          link.rel = 'noopener noreferrer';
          link.target = '_blank';
          line.appendChild(link);
        }
        box.appendChild(line);
        body.appendChild(box);
      });
      if (item.citations && item.citations.totalCount > nodes.length) {
        body.appendChild(el('p', 'hint', (item.citations.totalCount - nodes.length) + ' more citations in the API.'));
      }
    });
    var dialog = $('citations');
    if (!dialog.open) {
      dialog.showModal();
    }
  }

  // ---- timeline ------------------------------------------------------------------------------

  function renderTimeline(timeline) {
    var kindNames = KINDS.map(function (k) { return k[1]; });
    var kindName = {};
    KINDS.forEach(function (k) { kindName[k[0]] = k[1]; });
    var groups = {};
    var order = [];
    timeline.nodes.forEach(function (entry) {
      var date = entry.date;
      var key = entry.kind + '|' + date.display;
      if (!groups[key]) {
        var start = date.earliest ? dayMs(date.earliest) : null;
        var end = date.latest ? dayMs(date.latest) : null;
        var at = start !== null && end !== null ? (start + end) / 2 : (end !== null ? end : start);
        groups[key] = { kind: entry.kind, date: date, start: start, end: end, at: at, entries: [] };
        order.push(key);
      }
      groups[key].entries.push(entry);
    });
    var points = [];
    var spans = [];
    order.forEach(function (key) {
      var group = groups[key];
      if (group.at === null) {
        return;
      }
      var category = kindName[group.kind] || group.kind;
      points.push({ value: [group.at, category], group: group, symbolSize: 10 + 4 * Math.min(group.entries.length - 1, 5) });
      if (group.start !== null && group.end !== null && group.end > group.start) {
        spans.push({ value: [category, group.start, group.end], group: group });
      }
    });
    var chart = echarts.init($('timeline-chart'));
    charts.push(chart);
    chart.setOption({
      animation: false,
      grid: { left: 130, right: 24, top: 16, bottom: 64 },
      tooltip: {
        trigger: 'item',
        formatter: function (params) {
          var group = params.data.group;
          var lines = group.entries.slice(0, 6).map(function (e) { return '• ' + encode(e.title); });
          if (group.entries.length > 6) {
            lines.push('… and ' + (group.entries.length - 6) + ' more');
          }
          return '<b>' + encode(kindName[group.kind] || group.kind) + ' · ' + encode(group.date.display) + '</b><br>' +
            lines.join('<br>') + '<br><i>Click for the evidence</i>';
        },
        extraCssText: 'max-width: 420px; white-space: normal;'
      },
      xAxis: { type: 'time', splitLine: { show: true, lineStyle: { color: '#eef0f4' } } },
      yAxis: { type: 'category', data: kindNames, inverse: true },
      dataZoom: [{ type: 'slider', xAxisIndex: 0, height: 22, bottom: 12 }, { type: 'inside', xAxisIndex: 0 }],
      series: [
        {
          name: 'span',
          type: 'custom',
          renderItem: function (params, api) {
            var category = api.value(0);
            var from = api.coord([api.value(1), category]);
            var to = api.coord([api.value(2), category]);
            var height = api.size([0, 1])[1] * 0.28;
            var shape = echarts.graphic.clipRectByRect(
              { x: from[0], y: from[1] - height / 2, width: Math.max(to[0] - from[0], 2), height: height },
              { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
            return shape && { type: 'rect', shape: shape, style: api.style({ fill: 'rgba(47, 95, 208, 0.18)' }) };
          },
          encode: { x: [1, 2], y: 0 },
          data: spans
        },
        {
          name: 'facts',
          type: 'scatter',
          itemStyle: { color: '#2f5fd0', borderColor: '#fff', borderWidth: 1 },
          label: {
            show: true,
            position: 'top',
            formatter: function (params) {
              var n = params.data.group.entries.length;
              return n > 1 ? String(n) : '';
            }
          },
          data: points
        }
      ]
    });
    chart.on('click', function (params) {
      var group = params.data && params.data.group;
      if (!group) {
        return;
      }
      openCitations((kindName[group.kind] || group.kind) + ' · ' + group.date.display, group.date.text,
        group.entries.map(function (e) { return { heading: e.title, citations: e.citations }; }));
    });
    if (timeline.totalCount > timeline.nodes.length) {
      $('timeline-chart').insertAdjacentElement('afterend',
        el('p', 'hint', 'Showing the first ' + timeline.nodes.length + ' of ' + timeline.totalCount + ' entries.'));
    }
  }

  // ---- commitments by party ------------------------------------------------------------------

  function openGroup(group) {
    openCitations(group.committer.name + ': ' + qualified(group),
      group.count + (group.count === 1 ? ' commitment' : ' commitments') + ' summed (' + group.total + ' ' + group.unit + ')',
      group.commitments.map(function (c) {
        return { heading: c.description + (c.quantity ? ' (' + c.quantity.text + ')' : ''), citations: c.citations };
      }));
  }

  function renderCommitments(totals) {
    var container = clear($('commitments'));
    var units = [];
    totals.groups.forEach(function (group) {
      if (units.indexOf(group.unit) < 0) {
        units.push(group.unit);
      }
    });
    units.sort(function (a, b) {
      var known = Object.keys(UNITS);
      return (known.indexOf(a) < 0 ? 99 : known.indexOf(a)) - (known.indexOf(b) < 0 ? 99 : known.indexOf(b));
    });
    if (!units.length) {
      container.appendChild(el('p', 'empty', 'No commitment states an amount.'));
    }
    // All figures first, then the charts: each chart takes its size from its final grid cell.
    var pending = [];
    units.forEach(function (unit) {
      var meta = UNITS[unit] || { title: unit, color: '#2f5fd0' };
      var groups = totals.groups.filter(function (g) { return g.unit === unit; })
        .sort(function (a, b) { return Number(b.total) - Number(a.total); });
      var figure = el('figure');
      figure.setAttribute('data-unit', unit);
      figure.appendChild(el('figcaption', null, meta.title));
      var chartNode = el('div', 'chart');
      chartNode.id = 'commitments-chart-' + unit;
      chartNode.setAttribute('role', 'img');
      chartNode.setAttribute('aria-label', 'Commitments in ' + meta.title + ' by committer');
      figure.appendChild(chartNode);

      var table = el('table');
      var head = el('tr');
      ['Committer', 'Total', 'Commitments'].forEach(function (title) { head.appendChild(el('th', null, title)); });
      table.appendChild(el('thead')).appendChild(head);
      var body = table.appendChild(el('tbody'));
      groups.forEach(function (group) {
        var row = el('tr');
        row.appendChild(el('td', null, group.committer.name));
        var total = el('td', 'number');
        var button = citeButton(qualified(group), function () { openGroup(group); });
        button.setAttribute('data-total', group.total);
        button.title = group.total + ' ' + group.unit + ': click for the evidence';
        total.appendChild(button);
        row.appendChild(total);
        row.appendChild(el('td', 'number', group.count));
        body.appendChild(row);
      });
      figure.appendChild(table);
      container.appendChild(figure);
      pending.push({ unit: unit, meta: meta, groups: groups, node: chartNode });
    });
    pending.forEach(function (item) {
      drawCommitmentChart(item.unit, item.meta, item.groups, item.node);
    });
    var notes = [];
    if (totals.withoutAmount) {
      notes.push(totals.withoutAmount + ' commitments state no amount (such as “billions”) and are in no total');
    }
    if (totals.competingClaimsSkipped) {
      notes.push(totals.competingClaimsSkipped + ' competing claim(s) about the same commitment counted once');
    }
    if (totals.partsSkipped) {
      notes.push(totals.partsSkipped + ' part(s) of larger commitments not added again');
    }
    $('commitments-notes').textContent = notes.length ? notes.join('; ') + '.' : '';
  }

  function axisAmount(value, unit) {
    if (unit !== 'USD') {
      return String(value);
    }
    return formatAmount(value, unit).replace(' trillion', 'T').replace(' billion', 'B').replace(' million', 'M');
  }

  function drawCommitmentChart(unit, meta, groups, node) {
    var chart = echarts.init(node);
    charts.push(chart);
    chart.setOption({
      animation: false,
      grid: { left: 110, right: 96, top: 8, bottom: 28 },
      tooltip: {
        trigger: 'item',
        formatter: function (params) {
          var group = params.data.group;
          return '<b>' + encode(group.committer.name) + '</b>: ' + encode(qualified(group)) + '<br>' +
            encode(group.count + ' commitment(s)') + '<br><i>Click for the evidence</i>';
        }
      },
      xAxis: { type: 'value', axisLabel: { formatter: function (value) { return axisAmount(value, unit); } } },
      yAxis: { type: 'category', inverse: true, data: groups.map(function (g) { return g.committer.name; }) },
      series: [{
        name: meta.title,
        type: 'bar',
        barMaxWidth: 28,
        itemStyle: { color: meta.color },
        label: { show: true, position: 'right', formatter: function (params) { return qualified(params.data.group); } },
        data: groups.map(function (g) { return { value: Number(g.total), group: g }; })
      }]
    });
    chart.on('click', function (params) {
      if (params.data && params.data.group) {
        openGroup(params.data.group);
      }
    });
  }

  // ---- exclusivity matrix --------------------------------------------------------------------

  function renderKeyDates(timeline) {
    var container = clear($('key-dates'));
    var days = {};
    timeline.nodes.forEach(function (entry) {
      if (entry.kind !== 'TERM_STARTED' && entry.kind !== 'TERM_ENDED') {
        return;
      }
      var verb = entry.kind === 'TERM_ENDED' ? 'ended' : 'began';
      if (entry.date.earliest) {
        days[addDays(entry.date.earliest, -1)] = 'the day before “' + entry.title + '” ' + verb + ' (' + entry.date.display + ')';
      }
      if (entry.date.latest) {
        days[addDays(entry.date.latest, 1)] = 'the day after “' + entry.title + '” ' + verb + ' (' + entry.date.display + ')';
      }
    });
    var sorted = Object.keys(days).sort();
    if (!sorted.length) {
      return;
    }
    container.appendChild(el('span', 'hint', 'Around the changes:'));
    sorted.forEach(function (day) {
      var button = el('button', null, day);
      button.type = 'button';
      button.title = days[day];
      button.setAttribute('data-day', day);
      button.addEventListener('click', function () {
        $('as-of').value = day;
        changeDate();
      });
      container.appendChild(button);
    });
  }

  function openTerm(term, inForce, day) {
    var validity = 'Held by ' + term.holder.name + ', granted by ' + term.grantor.name + '; status ' + term.status;
    // Labelled, not "from …": a display may itself read "from 27 February 2026" or "by 2027".
    if (term.validFrom) {
      validity += '; start: ' + term.validFrom.display;
    }
    if (term.validTo) {
      validity += '; end: ' + term.validTo.display + ' (' + term.validTo.text + ')';
    }
    if (term.supersededByEvent) {
      validity += '; ended by “' + term.supersededByEvent.title + '”';
    }
    validity += '. On ' + day + ': ' + describe(inForce) + '.';
    openCitations(term.scope, validity, [{ citations: term.citations }]);
  }

  function describe(inForce) {
    return inForce === 'TRUE' ? 'in force' : inForce === 'UNKNOWN' ? 'uncertain that day' : 'not in force that day';
  }

  function renderMatrix(inForceEdges, day) {
    var inForce = {};
    inForceEdges.forEach(function (edge) { inForce[edge.node.slug] = edge.inForce; });
    var holders = [];
    var grantors = [];
    var byName = {};
    state.terms.forEach(function (term) {
      if (!byName[term.holder.slug]) {
        byName[term.holder.slug] = term.holder.name;
        holders.push(term.holder.slug);
      }
      if (grantors.indexOf(term.grantor.slug) < 0) {
        byName[term.grantor.slug] = byName[term.grantor.slug] || term.grantor.name;
        grantors.push(term.grantor.slug);
      }
    });
    holders.sort(function (a, b) { return byName[a].localeCompare(byName[b]); });
    grantors.sort(function (a, b) { return byName[a].localeCompare(byName[b]); });
    var container = clear($('exclusivity-matrix'));
    if (!state.terms.length) {
      container.appendChild(el('p', 'empty', 'No exclusivity terms.'));
      return;
    }
    var table = el('table');
    table.setAttribute('data-as-of', day);
    var head = el('tr');
    head.appendChild(el('th', null, 'Holder ↓ · granted by →'));
    grantors.forEach(function (slug) { head.appendChild(el('th', null, byName[slug])); });
    table.appendChild(el('thead')).appendChild(head);
    var body = table.appendChild(el('tbody'));
    var counted = 0;
    holders.forEach(function (holder) {
      var row = el('tr');
      var header = el('th', null, byName[holder]);
      header.scope = 'row';
      row.appendChild(header);
      grantors.forEach(function (grantor) {
        var cell = el('td');
        var terms = state.terms.filter(function (t) { return t.holder.slug === holder && t.grantor.slug === grantor; });
        if (!terms.length) {
          cell.appendChild(el('span', 'empty', '—'));
        }
        var list = el('ul');
        terms.forEach(function (term) {
          var value = inForce[term.slug] || 'FALSE';
          if (value !== 'FALSE') {
            counted++;
          }
          var item = el('li', 'term ' + (value === 'TRUE' ? 'in-force' : value === 'UNKNOWN' ? 'uncertain' : 'not-in-force'));
          item.setAttribute('data-term', term.slug);
          item.setAttribute('data-in-force', value);
          item.appendChild(citeButton(term.scope, function () { openTerm(term, value, day); }));
          item.appendChild(el('span', 'badge', describe(value)));
          list.appendChild(item);
        });
        if (terms.length) {
          cell.appendChild(list);
        }
        row.appendChild(cell);
      });
      body.appendChild(row);
    });
    container.appendChild(table);
    $('as-of-state').textContent = counted + ' of ' + state.terms.length + ' terms in force or possibly in force';
    Array.prototype.forEach.call(document.querySelectorAll('#key-dates button'), function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-day') === day));
    });
  }

  function changeDate() {
    var day = $('as-of').value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      return;
    }
    var seq = ++state.requestSeq;
    $('as-of-state').textContent = 'Loading ' + day + '…';
    document.body.setAttribute('data-matrix', 'loading');
    graphql(AS_OF_QUERY, { asOf: day }).then(function (data) {
      if (seq !== state.requestSeq) {
        return;
      }
      renderMatrix(data.inForce.edges, day);
      document.body.setAttribute('data-matrix', day);
    }).catch(function (error) {
      if (seq === state.requestSeq) {
        showError(error);
      }
    });
  }

  // ---- statements ----------------------------------------------------------------------------

  function speakerText(statement) {
    return statement.speakers.map(function (speaker) {
      if (speaker.person) {
        var who = speaker.person.name;
        var role = [speaker.person.role, speaker.organization && speaker.organization.name].filter(Boolean).join(', ');
        return role ? who + ' (' + role + ')' : who;
      }
      return speaker.organization ? speaker.organization.name : 'unnamed speaker';
    }).join(' and ');
  }

  function renderStatements(statements) {
    var list = clear($('statements'));
    if (!statements.nodes.length) {
      list.appendChild(el('li', 'empty', 'No statements.'));
    }
    statements.nodes.forEach(function (statement) {
      var item = el('li');
      item.setAttribute('data-statement', statement.slug);
      var quote = el('blockquote');
      quote.appendChild(citeButton('“' + statement.quote + '”', function () {
        openCitations('“' + statement.quote + '”', speakerText(statement) + (statement.date ? ', ' + statement.date.display : ''),
          [{ citations: statement.citations }]);
      }));
      item.appendChild(quote);
      var meta = el('div', 'meta');
      meta.appendChild(el('span', 'speaker', speakerText(statement)));
      meta.appendChild(document.createTextNode(' · '));
      var date = el('span', 'date', statement.date ? statement.date.display : 'undated');
      if (statement.date) {
        date.title = statement.date.text;
      }
      meta.appendChild(date);
      meta.appendChild(document.createTextNode(' · '));
      meta.appendChild(el('span', 'outlet', statement.outlets.length ? statement.outlets.join(', ') : 'no outlet credited'));
      item.appendChild(meta);
      list.appendChild(item);
    });
  }

  // ---- the current release, followed live --------------------------------------------------

  function renderRelease(data) {
    var release = data.releases.nodes[0];
    var summary = $('release-summary');
    var list = $('release-changes');
    clear(list);
    if (!release) {
      summary.textContent = 'No release yet.';
      return;
    }
    document.body.setAttribute('data-release', String(release.number));
    summary.textContent = 'Release ' + release.number + ', loaded ' + release.loadedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC') +
      ': ' + release.added + ' added, ' + release.changed + ' changed, ' + release.removed + ' removed.';
    var shown = data.changes.nodes.filter(function (change) { return change.release.number === release.number; });
    shown.forEach(function (change) {
      var item = el('li', 'change ' + change.operation.toLowerCase());
      item.setAttribute('data-change', change.operation + ' ' + change.typeName + ' ' + change.slug);
      item.appendChild(el('span', 'operation', change.operation.toLowerCase()));
      item.appendChild(document.createTextNode(' ' + change.typeName + ' '));
      item.appendChild(el('code', 'slug', change.slug));
      list.appendChild(item);
    });
    var total = release.added + release.changed + release.removed;
    if (total > shown.length) {
      list.appendChild(el('li', 'more', (total - shown.length) + ' more: ask changes(release: ' + release.number + ') in GraphiQL.'));
    }
  }

  function loadRelease() {
    return graphql(RELEASE_QUERY, {}).then(renderRelease);
  }

  // Listens for new releases over Server-Sent Events (fetch, so no library is needed); on each one
  // the dashboard asks its data again. A stream that ends (the server's idle timeout) or fails is
  // opened again after a pause.
  function followReleases() {
    fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify({ query: RELEASE_SUBSCRIPTION })
    }).then(function (response) {
      if (!response.ok || !response.body) {
        throw new Error('HTTP ' + response.status);
      }
      document.body.setAttribute('data-following', 'yes');
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffered = '';
      var refused = false;
      function read() {
        return reader.read().then(function (chunk) {
          if (chunk.done) {
            document.body.setAttribute('data-following', 'no');
            // A stream the server refused (too many open for this client) is asked again much later.
            setTimeout(followReleases, refused ? 30000 : 1000);
            return;
          }
          buffered += decoder.decode(chunk.value, { stream: true });
          var events = buffered.split(/\r?\n\r?\n/);
          buffered = events.pop();
          events.forEach(function (event) {
            if (/^event:\s*next/m.test(event)) {
              // Only a release is news; an error (a refused subscription) is not a reason to reload.
              var payload = null;
              try {
                payload = JSON.parse(event.split(/\r?\n/).filter(function (line) { return line.indexOf('data:') === 0; })
                  .map(function (line) { return line.slice(5); }).join('\n'));
              } catch (e) {
                payload = null;
              }
              if (payload && payload.data && payload.data.releaseLoaded) {
                refresh();
              } else {
                refused = true;
              }
            }
          });
          return read();
        });
      }
      return read();
    }).catch(function () {
      document.body.setAttribute('data-following', 'no');
      setTimeout(followReleases, 5000);
    });
  }

  function refresh() {
    loadRelease().catch(showError);
    var day = $('as-of').value || today();
    graphql(DASHBOARD_QUERY, { asOf: day }).then(function (data) {
      renderAll(data, day);
    }).catch(showError);
  }

  function renderAll(data, day) {
    charts.forEach(function (chart) { chart.dispose(); });
    charts.length = 0;
    renderTimeline(data.timeline);
    renderCommitments(data.commitmentTotals);
    state.terms = data.allTerms.nodes;
    renderKeyDates(data.timeline);
    renderMatrix(data.inForce.edges, day);
    document.body.setAttribute('data-matrix', day);
    renderStatements(data.statements);
  }

  // ---- start ---------------------------------------------------------------------------------

  function start() {
    if (typeof window.echarts === 'undefined') {
      showError(new Error('the chart library (/webjars/echarts/5.3.1/dist/echarts.min.js) did not load'));
      return;
    }
    var day = today();
    $('as-of').value = day;
    $('as-of').addEventListener('change', changeDate);
    // Both panels' data first, then drawing: the charts are sized to the page as it will stay.
    Promise.all([graphql(RELEASE_QUERY, {}), graphql(DASHBOARD_QUERY, { asOf: day })]).then(function (answers) {
      renderRelease(answers[0]);
      renderAll(answers[1], day);
      showReady();
      followReleases();
      if ($('as-of').value !== day) {
        changeDate();
      }
    }).catch(function (error) {
      showError(error);
      showUnavailable();
    });
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
  }

  start();
})();
