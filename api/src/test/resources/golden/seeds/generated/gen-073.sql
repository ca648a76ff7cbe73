-- activity
select (
  (
    select row_to_json(r1.*) from (
      select coalesce(to_json((count(distinct q2.id) filter (where (case when q2.date_earliest is not null and q2.date_latest is not null and date_trunc('month', q2.date_earliest) = date_trunc('month', q2.date_latest) then to_char(q2.date_earliest, 'YYYY-MM') end) is null))::int), '{"$error":0}'::json) as "a0", (
        select ('[' || coalesce(string_agg((
          select row_to_json(r3.*) from (
            select g4.month as "month"
          ) r3
        )::text, ',' order by g4.month, g4.n desc, g4.key), '') || ']')::json from (
          select g4.* from (
            select case when q5.date_earliest is not null and q5.date_latest is not null and date_trunc('month', q5.date_earliest) = date_trunc('month', q5.date_latest) then to_char(q5.date_earliest, 'YYYY-MM') end as key, case when q5.date_earliest is not null and q5.date_latest is not null and date_trunc('month', q5.date_earliest) = date_trunc('month', q5.date_latest) then to_char(q5.date_earliest, 'YYYY-MM') end as month, null::bigint as organization_id, count(distinct q5.id)::int as n from (
              select i6.*, l7.organization_id from (
                select d8.id, d8.announced_earliest as date_earliest, d8.announced_latest as date_latest, d8.announced_precision as date_precision from deal d8
              ) i6 left join (
                select distinct deal_id as id, organization_id from deal_party
              ) l7 on l7.id = i6.id
            ) q5 where true group by 1 having case when q5.date_earliest is not null and q5.date_latest is not null and date_trunc('month', q5.date_earliest) = date_trunc('month', q5.date_latest) then to_char(q5.date_earliest, 'YYYY-MM') end is not null
          ) g4 where true order by g4.month, g4.n desc, g4.key limit ?
        ) g4 where true
      ) as "buckets" from (
        select i9.*, l10.organization_id from (
          select d11.id, d11.announced_earliest as date_earliest, d11.announced_latest as date_latest, d11.announced_precision as date_precision from deal d11
        ) i9 left join (
          select distinct deal_id as id, organization_id from deal_party
        ) l10 on l10.id = i9.id
      ) q2 where true group by ()
    ) r1
  )
)::text
-- values: [100]
-- search
select (
  (
    select row_to_json(z1.*) from (
      select (
        select row_to_json(r2.*) from (
          select a3.fetched > ? as "a0", a3.cursors[array_length(a3.cursors, 1)] as "endCursor", exists (
            select 1 from (
              select d4.*, w5 as tsq, ts_rank_cd(d4.tsv, w5) as score from search_document d4, websearch_to_tsquery('english', ?) w5 where d4.tsv @@ w5
            ) q6 where (q6.kind = any(cast(? as text[]))) and (not (q6.score, q6.id) < (cast(? as real), ?))
          ) as "hasPreviousPage"
        ) r2
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors from (
          select row_number() over (order by t8.sort_0 desc, t8.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor from (
            select q6.*, q6.score as sort_0 from (
              select d4.*, w5 as tsq, ts_rank_cd(d4.tsv, w5) as score from search_document d4, websearch_to_tsquery('english', ?) w5 where d4.tsv @@ w5
            ) q6 where (q6.kind = any(cast(? as text[]))) and ((q6.score, q6.id) < (cast(? as real), ?)) order by q6.score desc, q6.id desc limit ?
          ) t8
        ) n7
      ) a3
    ) z1
  )
)::text
-- values: [4,"compute",["SOURCE"],"1.4",2199023255557,4,"SCORE:DESC","compute",["SOURCE"],"1.4",2199023255557,5]
