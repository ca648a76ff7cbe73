// The query mix, as dashboards send it, expressed once for our API and once for PostGraphile 5,
// with a normalizer per side that maps both answers onto the same plain values, and the SQL that
// picks each query's arguments for a given dataset.

const citation = (c) => ({
  excerpt: c.excerpt, startOffset: c.startOffset, endOffset: c.endOffset, creditedOutlet: c.creditedOutlet,
  source: c.source ?? c.sourceBySourceId,
});
// Child lists are compared as sets (sorted by a stable key): both APIs order them, but by
// definitions that only differ for open-ended fuzzy dates, which are not what is measured here.
const bySlug = (a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
const byPosition = (a, b) => (a.source.slug < b.source.slug ? -1 : a.source.slug > b.source.slug ? 1
  : a.startOffset - b.startOffset || (a.excerpt < b.excerpt ? -1 : a.excerpt > b.excerpt ? 1 : 0));
const citations = (conn) => ({ totalCount: conn.totalCount, nodes: conn.nodes.map(citation).sort(byPosition) });
// Decimals: ours strips trailing zeros, PostgreSQL's numeric keeps the column's scale.
const decimal = (s) => (s == null ? null : String(s).includes('.') ? String(s).replace(/\.?0+$/, '') : String(s));
const unescapeHtml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
  .replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const squash = (s) => s.replace(/\s+/g, ' ').trim();
const fuzzy = (d) => (d == null ? null : { earliest: d.earliest, latest: d.latest, precision: d.precision });
const pgFuzzy = (n, p) => (n[p + 'Precision'] == null ? null
  : { earliest: n[p + 'Earliest'], latest: n[p + 'Latest'], precision: n[p + 'Precision'] });

const CITATION_OURS = 'fragment C on Citation { excerpt startOffset endOffset creditedOutlet source { slug title publisher } }';
const CITATION_PGL = 'fragment C on Citation { excerpt startOffset endOffset creditedOutlet sourceBySourceId { slug title publisher } }';

export const MIX = [
  {
    id: 'node',
    title: 'a node by id',
    paginated: false,
    ours: `query Node($id: ID!) { node(id: $id) { id ... on Deal { slug title kind status summary
      announced { earliest latest precision text } parent { slug } } } }`,
    pgl: `query Node($id: ID!) { node(id: $id) { id ... on Deal { slug title kind status summary
      announcedEarliest announcedLatest announcedPrecision announcedText dealByParentId { slug } } } }`,
    oursVars: (p) => ({ id: p.oursNodeId }),
    pglVars: (p) => ({ id: p.pglNodeId }),
    normOurs: (d) => ({ ...pick(d.node, 'slug title kind status summary'),
      announced: d.node.announced && { ...fuzzy(d.node.announced), text: d.node.announced.text }, parent: d.node.parent }),
    normPgl: (d) => ({ ...pick(d.node, 'slug title kind status summary'),
      announced: d.node.announcedPrecision == null ? null
        : { ...pgFuzzy(d.node, 'announced'), text: d.node.announcedText }, parent: d.node.dealByParentId }),
  },
  {
    id: 'list',
    title: 'a filtered list of 20 deals with parties',
    paginated: true,
    ours: `query List($kind: DealKind, $status: DealStatus) { deals(first: 20, filter: {kind: $kind, status: $status}) {
      totalCount nodes { slug title status announced { earliest latest precision }
      parties { nodes { role organization { slug name } } } } } }`,
    pgl: `query List($kind: String, $status: String) { allDeals(first: 20, condition: {kind: $kind, status: $status},
      orderBy: [ANNOUNCED_SORT_ASC, ROW_ID_ASC]) { totalCount nodes { slug title status
      announcedEarliest announcedLatest announcedPrecision
      dealPartiesByDealId { nodes { role organizationByOrganizationId { slug name } } } } } }`,
    oursVars: () => ({ kind: 'PARTNERSHIP', status: 'ACTIVE' }),
    pglVars: () => ({ kind: 'PARTNERSHIP', status: 'ACTIVE' }),
    normOurs: (d) => ({ totalCount: d.deals.totalCount, nodes: d.deals.nodes.map((n) => ({
      slug: n.slug, title: n.title, status: n.status, announced: fuzzy(n.announced),
      parties: n.parties.nodes.map((p) => ({ role: p.role, org: p.organization })).sort(byRoleOrg) })) }),
    normPgl: (d) => ({ totalCount: d.allDeals.totalCount, nodes: d.allDeals.nodes.map((n) => ({
      slug: n.slug, title: n.title, status: n.status, announced: pgFuzzy(n, 'announced'),
      parties: n.dealPartiesByDealId.nodes.map((p) => ({ role: p.role, org: p.organizationByOrganizationId }))
        .sort(byRoleOrg) })) }),
  },
  {
    id: 'deal',
    title: 'a deal with commitments, terms, statements and all citations with sources',
    paginated: false,
    ours: `query Deal($slug: String!) { deal(slug: $slug) { slug title
      citations(first: 20) { totalCount nodes { ...C } }
      commitments(first: 20) { totalCount nodes { slug description quantity { amount unit qualifier }
        citations(first: 20) { totalCount nodes { ...C } } } }
      exclusivityTerms(first: 20) { totalCount nodes { slug scope status citations(first: 20) { totalCount nodes { ...C } } } }
      statements(first: 20) { totalCount nodes { slug quote channel citations(first: 20) { totalCount nodes { ...C } } } } } }
      ${CITATION_OURS}`,
    pgl: `query Deal($slug: Slug!) { dealBySlug(slug: $slug) { slug title
      citationsByDealId { totalCount nodes { ...C } }
      commitmentsByDealId { totalCount nodes { slug description amount unit qualifier
        citationsByCommitmentId { totalCount nodes { ...C } } } }
      exclusivityTermsByDealId { totalCount nodes { slug scope status citationsByExclusivityTermId { totalCount nodes { ...C } } } }
      statementsByDealId { totalCount nodes { slug quote channel citationsByStatementId { totalCount nodes { ...C } } } } } }
      ${CITATION_PGL}`,
    oursVars: (p) => ({ slug: p.dealSlug }),
    pglVars: (p) => ({ slug: p.dealSlug }),
    normOurs: (d) => {
      const x = d.deal;
      return { slug: x.slug, title: x.title, citations: citations(x.citations),
        commitments: { totalCount: x.commitments.totalCount, nodes: x.commitments.nodes.map((c) => ({
          slug: c.slug, description: c.description, amount: decimal(c.quantity?.amount), unit: c.quantity?.unit ?? null,
          qualifier: c.quantity?.qualifier ?? null, citations: citations(c.citations) })).sort(bySlug) },
        terms: { totalCount: x.exclusivityTerms.totalCount, nodes: x.exclusivityTerms.nodes.map((t) => ({
          slug: t.slug, scope: t.scope, status: t.status, citations: citations(t.citations) })).sort(bySlug) },
        statements: { totalCount: x.statements.totalCount, nodes: x.statements.nodes.map((s) => ({
          slug: s.slug, quote: s.quote, channel: s.channel, citations: citations(s.citations) })).sort(bySlug) } };
    },
    normPgl: (d) => {
      const x = d.dealBySlug;
      return { slug: x.slug, title: x.title, citations: citations(x.citationsByDealId),
        commitments: { totalCount: x.commitmentsByDealId.totalCount, nodes: x.commitmentsByDealId.nodes.map((c) => ({
          slug: c.slug, description: c.description, amount: decimal(c.amount), unit: c.unit, qualifier: c.qualifier,
          citations: citations(c.citationsByCommitmentId) })).sort(bySlug) },
        terms: { totalCount: x.exclusivityTermsByDealId.totalCount, nodes: x.exclusivityTermsByDealId.nodes.map((t) => ({
          slug: t.slug, scope: t.scope, status: t.status, citations: citations(t.citationsByExclusivityTermId) })).sort(bySlug) },
        statements: { totalCount: x.statementsByDealId.totalCount, nodes: x.statementsByDealId.nodes.map((s) => ({
          slug: s.slug, quote: s.quote, channel: s.channel, citations: citations(s.citationsByStatementId) })).sort(bySlug) } };
    },
  },
  {
    id: 'asof',
    title: "an organization's exclusivity terms asOf a date",
    paginated: true,
    ours: `query AsOf($org: String!, $day: Date!) { organization(slug: $org) { slug name
      exclusivityHeld(asOf: $day, first: 20) { totalCount edges { inForce node { slug scope status grantor { slug name } } } } } }`,
    pgl: `query AsOf($org: Slug!, $day: Date!) { organizationBySlug(slug: $org) { slug name
      exclusivityHeldAsOf(asOf: $day, first: 20) { totalCount nodes { slug scope status inForce(on: $day)
      organizationByGrantorId { slug name } } } } }`,
    oursVars: (p) => ({ org: p.holderSlug, day: p.asOf }),
    pglVars: (p) => ({ org: p.holderSlug, day: p.asOf }),
    normOurs: (d) => ({ slug: d.organization.slug, name: d.organization.name,
      totalCount: d.organization.exclusivityHeld.totalCount,
      terms: d.organization.exclusivityHeld.edges.map((e) => ({ ...pick(e.node, 'slug scope status'),
        inForce: e.inForce, grantor: e.node.grantor })) }),
    normPgl: (d) => ({ slug: d.organizationBySlug.slug, name: d.organizationBySlug.name,
      totalCount: d.organizationBySlug.exclusivityHeldAsOf.totalCount,
      terms: d.organizationBySlug.exclusivityHeldAsOf.nodes.map((n) => ({ ...pick(n, 'slug scope status'),
        inForce: n.inForce, grantor: n.organizationByGrantorId })) }),
  },
  {
    id: 'search',
    title: 'a search',
    paginated: false,
    ours: `query Search($q: String!) { search(query: $q, first: 20) { totalCount nodes { kind title score snippet } } }`,
    pgl: `query Search($q: String!) { benchSearch(query: $q, first: 20) { totalCount nodes { kind title
      score(query: $q) snippet(query: $q) } } }`,
    oursVars: (p) => ({ q: p.search }),
    pglVars: (p) => ({ q: p.search }),
    normOurs: (d) => ({ totalCount: d.search.totalCount, nodes: d.search.nodes.map((n) => ({ kind: n.kind,
      title: n.title, score: Number(n.score).toPrecision(5), snippet: squash(unescapeHtml(n.snippet)) })) }),
    normPgl: (d) => ({ totalCount: d.benchSearch.totalCount, nodes: d.benchSearch.nodes.map((n) => ({ kind: n.kind,
      title: n.title, score: Number(n.score).toPrecision(5), snippet: squash(n.snippet) })) }),
  },
  {
    id: 'totals',
    title: 'commitment totals by party',
    paginated: false,
    ours: `query Totals($org: String!) { commitmentTotals(groupBy: [COMMITTER], filter: {recipient: $org}) {
      withoutAmount competingClaimsSkipped partsSkipped groups { committer { slug name } unit total count qualifiers } } }`,
    pgl: `query Totals($org: String!) { benchCommitmentTotals(recipient: $org) { nodes { committerSlug committerName
      unit total count qualifiers } } benchCommitmentTotalsSkipped(recipient: $org) {
      withoutAmount competingClaimsSkipped partsSkipped } }`,
    oursVars: (p) => ({ org: p.recipientSlug }),
    pglVars: (p) => ({ org: p.recipientSlug }),
    normOurs: (d) => ({ ...pick(d.commitmentTotals, 'withoutAmount competingClaimsSkipped partsSkipped'),
      groups: d.commitmentTotals.groups.map((g) => ({ committer: g.committer, unit: g.unit, total: decimal(g.total),
        count: g.count, qualifiers: g.qualifiers })) }),
    normPgl: (d) => ({ ...pick(d.benchCommitmentTotalsSkipped, 'withoutAmount competingClaimsSkipped partsSkipped'),
      groups: d.benchCommitmentTotals.nodes.map((g) => ({ committer: { slug: g.committerSlug, name: g.committerName },
        unit: g.unit, total: decimal(g.total), count: g.count, qualifiers: g.qualifiers })) }),
  },
  {
    id: 'deep',
    title: 'a page deep in a large connection (deals, 90% in)',
    paginated: true,
    ours: `query Deep($after: String) { deals(first: 20, after: $after) { pageInfo { hasNextPage }
      nodes { slug title status announced { earliest latest precision } } } }`,
    pgl: `query Deep($after: Cursor) { allDeals(first: 20, after: $after, orderBy: [ANNOUNCED_SORT_ASC, ROW_ID_ASC]) {
      pageInfo { hasNextPage } nodes { slug title status announcedEarliest announcedLatest announcedPrecision } } }`,
    oursVars: (p) => ({ after: p.oursDeepCursor }),
    pglVars: (p) => ({ after: p.pglDeepCursor }),
    normOurs: (d) => ({ hasNextPage: d.deals.pageInfo.hasNextPage, nodes: d.deals.nodes.map((n) => ({
      slug: n.slug, title: n.title, status: n.status, announced: fuzzy(n.announced) })) }),
    normPgl: (d) => ({ hasNextPage: d.allDeals.pageInfo.hasNextPage, nodes: d.allDeals.nodes.map((n) => ({
      slug: n.slug, title: n.title, status: n.status, announced: pgFuzzy(n, 'announced') })) }),
  },
];

// The deal query asked with knownAsOf the newest release's load: the same answer as the latest
// ledger (so PostGraphile's latest dealBySlug still checks it), read from the history tables
// (history.<relation>(n), db/V13): what a read of the past costs against a read of the present.
const DEAL = MIX.find((q) => q.id === 'deal');
MIX.push({
  ...DEAL,
  id: 'known',
  title: 'the deal query asked with knownAsOf, read from history',
  ours: DEAL.ours.replace('query Deal($slug: String!) { deal(slug: $slug)',
    'query Known($slug: String!, $knownAsOf: DateTime) { deal(slug: $slug, knownAsOf: $knownAsOf)'),
  oursVars: (p) => ({ ...DEAL.oursVars(p), knownAsOf: p.knownAsOf }),
});
if (!MIX.at(-1).ours.includes('knownAsOf: $knownAsOf')) {
  throw new Error('mix: the known query did not take knownAsOf');
}

function pick(o, keys) {
  const r = {};
  for (const k of keys.split(' ')) r[k] = o[k];
  return r;
}

function byRoleOrg(a, b) {
  return a.role < b.role ? -1 : a.role > b.role ? 1 : a.org.slug < b.org.slug ? -1 : a.org.slug > b.org.slug ? 1 : 0;
}

/** Picks each query's arguments from the data at hand (same rules at every scale factor). */
export async function chooseParams(db, postgraphileUrl) {
  const one = async (sql) => (await db.query(sql)).rows[0];
  const count = Number((await one('select count(*) as n from deal')).n);
  // The deal in the middle of the id range among those with a parent (so `parent` reaches the database at every SF).
  const withParent = Number((await one('select count(*) as n from deal where parent_id is not null')).n);
  const node = await one(`select slug from deal where parent_id is not null order by id offset ${Math.floor(withParent / 2)} limit 1`);
  // The deal with commitments, terms and statements whose evidence is largest (each list fits a page of 20).
  const deal = await one(`
    with f as (
      select d.id, d.slug,
             (select count(*) from citation c where c.deal_id = d.id)
           + (select count(*) from citation c join commitment x on x.id = c.commitment_id where x.deal_id = d.id)
           + (select count(*) from citation c join exclusivity_term x on x.id = c.exclusivity_term_id where x.deal_id = d.id)
           + (select count(*) from citation c join statement x on x.id = c.statement_id where x.deal_id = d.id) as n
      from deal d
      where exists (select 1 from commitment x where x.deal_id = d.id)
        and exists (select 1 from exclusivity_term x where x.deal_id = d.id)
        and exists (select 1 from statement x where x.deal_id = d.id)
        and (select count(*) from commitment x where x.deal_id = d.id) <= 20
        and (select count(*) from citation c where c.deal_id = d.id) <= 20)
    select slug from f order by n desc, id limit 1`);
  // The organization that holds the most exclusivity terms; the one that receives the most commitments.
  const holder = await one(`select o.slug from exclusivity_term t join organization o on o.id = t.holder_id
    group by o.id, o.slug order by count(*) desc, o.id limit 1`);
  const recipient = await one(`select o.slug from commitment c join organization o on o.id = c.recipient_id
    group by o.id, o.slug order by count(*) desc, o.id limit 1`);
  // 90% into the deals in their default order (earliest announcement, undated last, then id).
  const deepIndex = Math.max(0, Math.floor(count * 0.9) - 1);
  const deep = await one(`select id, coalesce(announced_earliest, announced_latest, 'infinity'::date)::text as sort
    from deal order by coalesce(announced_earliest, announced_latest, 'infinity'::date), id offset ${deepIndex} limit 1`);
  const oursDeepCursor = b64url(['v1', 'ANNOUNCED:ASC', deep.sort, String(deep.id)].join('\u001f'));
  const pgl = async (query, variables) => {
    const r = await fetch(postgraphileUrl, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }) });
    const j = await r.json();
    if (j.errors) throw new Error('PostGraphile: ' + JSON.stringify(j.errors));
    return j.data;
  };
  const pglNodeId = (await pgl('query($s: Slug!) { dealBySlug(slug: $s) { id } }', { s: node.slug })).dealBySlug.id;
  const pglDeepCursor = (await pgl(`query($o: Int!) { allDeals(orderBy: [ANNOUNCED_SORT_ASC, ROW_ID_ASC], offset: $o, first: 1) {
    edges { cursor } } }`, { o: deepIndex })).allDeals.edges[0].cursor;
  return {
    deals: count, nodeSlug: node.slug, oursNodeId: b64url('Deal:' + node.slug), pglNodeId,
    dealSlug: deal.slug, holderSlug: holder.slug, asOf: '2026-04-01', search: 'Trainium capacity',
    recipientSlug: recipient.slug, deepIndex, oursDeepCursor, pglDeepCursor,
    knownAsOf: (await one(`select to_char(max(loaded_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as t
      from release`)).t,
  };
}

function b64url(s) {
  return Buffer.from(s, 'utf8').toString('base64url');
}
