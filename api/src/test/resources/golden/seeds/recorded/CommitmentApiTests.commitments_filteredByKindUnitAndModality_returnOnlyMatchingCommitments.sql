-- investments
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug", t4.kind as "kind"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date) as sort_0 from commitment q6 where q6.kind = ? order by coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"DATE:ASC","INVESTMENT",21]
-- gigawatts
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where q2.unit = ?
      ) as "totalCount", ('[' || coalesce(a3.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n4.cursor order by n4.ord) filter (where n4.ord <= ?)) as cursors, string_agg(n4.l0::text, ',' order by n4.ord) filter (where n4.ord <= ?) as l0 from (
          select row_number() over (order by t5.sort_0, t5.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t5.sort_0::text)]::text[], t5.id) as cursor, (
            select row_to_json(r6.*) from (
              select t5.slug as "slug", (case when t5.amount is null then null else (
                select row_to_json(r7.*) from (
                  select coalesce(to_json(t5.unit), '{"$error":0}'::json) as "unit"
                ) r7
              ) end) as "quantity"
            ) r6
          ) as l0 from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where q2.unit = ? order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t5
        ) n4
      ) a3
    ) z1
  )
)::text
-- values: ["GW",20,20,"DATE:ASC","GW",21]
-- dollars
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where q2.unit = ?
      ) as "totalCount" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where q2.unit = ? order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t4
        ) n3
      ) a5
    ) z1
  )
)::text
-- values: ["USD",20,"DATE:ASC","USD",21]
-- agreed
select (
  (
    select row_to_json(z1.*) from (
      select ('[' || coalesce(a2.l0, '') || ']')::json as "nodes" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors, string_agg(n3.l0::text, ',' order by n3.ord) filter (where n3.ord <= ?) as l0 from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor, (
            select row_to_json(r5.*) from (
              select t4.slug as "slug", t4.modality as "modality"
            ) r5
          ) as l0 from (
            select q6.*, coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date) as sort_0 from commitment q6 where q6.modality = ? order by coalesce(q6.date_earliest, q6.date_latest, 'infinity'::date), q6.id limit ?
          ) t4
        ) n3
      ) a2
    ) z1
  )
)::text
-- values: [20,20,"DATE:ASC","AGREED",21]
-- plannedInfrastructure
select (
  (
    select row_to_json(z1.*) from (
      select (
        select count(*) from commitment q2 where (q2.kind = ?) and (q2.unit = ?) and (q2.modality = ?)
      ) as "totalCount" from (
        select count(*) as fetched, (array_agg(n3.cursor order by n3.ord) filter (where n3.ord <= ?)) as cursors from (
          select row_number() over (order by t4.sort_0, t4.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t4.sort_0::text)]::text[], t4.id) as cursor from (
            select q2.*, coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date) as sort_0 from commitment q2 where (q2.kind = ?) and (q2.unit = ?) and (q2.modality = ?) order by coalesce(q2.date_earliest, q2.date_latest, 'infinity'::date), q2.id limit ?
          ) t4
        ) n3
      ) a5
    ) z1
  )
)::text
-- values: ["INFRASTRUCTURE","USD","PLANNED",20,"DATE:ASC","INFRASTRUCTURE","USD","PLANNED",21]
