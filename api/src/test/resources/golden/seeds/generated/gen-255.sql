-- statements
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from statement q2 where (q2.deal_id = (
          select s3.id from deal s3 where s3.slug = ?
        )) and (exists (select 1 from (
          select ss4.statement_id, ss4.organization_id from statement_speaker ss4 where ss4.organization_id is not null union select ss4.statement_id, sp5.organization_id from statement_speaker ss4 join person sp5 on sp5.id = ss4.person_id where sp5.organization_id is not null
        ) so6 where so6.statement_id = q2.id and so6.organization_id = (
          select s7.id from organization s7 where s7.slug = ?
        ))) and (q2.date_precision is not null and coalesce(q2.date_latest, 'infinity'::date) >= cast(? as date))
      ) as "totalCount", (
        select row_to_json(r8.*) from (
          select false as "hasPreviousPage", a9.cursors[1] as "startCursor", a9.fetched > ? as "hasNextPage"
        ) r8
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n10.cursor order by n10.ord) filter (where n10.ord <= ?)) as cursors from (
          select row_number() over (order by t11.sort_0 desc, t11.id desc) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t11.sort_0::text)]::text[], t11.id) as cursor from (
            select q2.*, coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) as sort_0 from statement q2 where (q2.deal_id = (
              select s3.id from deal s3 where s3.slug = ?
            )) and (exists (select 1 from (
              select ss4.statement_id, ss4.organization_id from statement_speaker ss4 where ss4.organization_id is not null union select ss4.statement_id, sp5.organization_id from statement_speaker ss4 join person sp5 on sp5.id = ss4.person_id where sp5.organization_id is not null
            ) so6 where so6.statement_id = q2.id and so6.organization_id = (
              select s7.id from organization s7 where s7.slug = ?
            ))) and (q2.date_precision is not null and coalesce(q2.date_latest, 'infinity'::date) >= cast(? as date)) order by coalesce(q2.date_latest, q2.date_earliest, '-infinity'::date) desc, q2.id desc limit ?
          ) t11
        ) n10
      ) a9
    ) z1
  )
)::text
-- values: ["amazon-openai-custom-models","openai","2026-01-02",20,20,"DATE:DESC","amazon-openai-custom-models","openai","2026-01-02",21]
-- conflicts
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from (
          select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.currency, c2.count_of, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
        ) q5 where true
      ) as "totalCount", (
        select row_to_json(r6.*) from (
          select a7.cursors[1] as "startCursor", a7.cursors[array_length(a7.cursors, 1)] as "endCursor"
        ) r6
      ) as "pageInfo" from (
        select count(*) as fetched, (array_agg(n8.cursor order by n8.ord) filter (where n8.ord <= ?)) as cursors from (
          select row_number() over (order by t9.sort_0, t9.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t9.sort_0::text)]::text[], t9.id) as cursor from (
            select q5.*, (q5.claim_group) collate "C" as sort_0 from (
              select min(c2.id) as id, c2.claim_group from commitment c2 where c2.claim_group is not null group by c2.claim_group having count(distinct (c2.amount, c2.unit, c2.currency, c2.count_of, c2.qualifier, c2.modality, c2.committer_id, c2.recipient_id)) > 1 or exists (select 1 from commitment ca3 join commitment cb4 on cb4.claim_group = ca3.claim_group where ca3.claim_group = c2.claim_group and ca3.date_latest < cb4.date_earliest)
            ) q5 where true order by (q5.claim_group) collate "C", q5.id limit ?
          ) t9
        ) n8
      ) a7
    ) z1
  )
)::text
-- values: [20,"CLAIM_GROUP:ASC",21]
