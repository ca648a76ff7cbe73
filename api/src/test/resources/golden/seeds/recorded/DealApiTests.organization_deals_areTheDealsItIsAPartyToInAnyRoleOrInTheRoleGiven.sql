-- organization
select (
  (
    select (
      select row_to_json(r1.*) from (
        select (
          select row_to_json(z2.*) from (
            select (
              select count(*) from deal q3 where exists (select 1 from deal_party p4 where p4.deal_id = q3.id and p4.organization_id = t5.id)
            ) as "totalCount", ('[' || coalesce(a6.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n7.cursor order by n7.ord) filter (where n7.ord <= ?)) as cursors, string_agg(n7.l0::text, ',' order by n7.ord) filter (where n7.ord <= ?) as l0 from (
                select row_number() over (order by t8.sort_0, t8.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t8.sort_0::text)]::text[], t8.id) as cursor, (
                  select row_to_json(r9.*) from (
                    select t8.slug as "slug"
                  ) r9
                ) as l0 from (
                  select q3.*, coalesce(q3.announced_earliest, q3.announced_latest, 'infinity'::date) as sort_0 from deal q3 where exists (select 1 from deal_party p4 where p4.deal_id = q3.id and p4.organization_id = t5.id) order by coalesce(q3.announced_earliest, q3.announced_latest, 'infinity'::date), q3.id limit ?
                ) t8
              ) n7
            ) a6
          ) z2
        ) as "all", (
          select row_to_json(z10.*) from (
            select (
              select count(*) from deal q11 where (exists (select 1 from deal_party p12 where p12.deal_id = q11.id and p12.organization_id = t5.id)) and (exists (select 1 from deal_party p13 where p13.deal_id = q11.id and p13.organization_id = t5.id and p13.role = ?))
            ) as "totalCount", ('[' || coalesce(a14.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n15.cursor order by n15.ord) filter (where n15.ord <= ?)) as cursors, string_agg(n15.l0::text, ',' order by n15.ord) filter (where n15.ord <= ?) as l0 from (
                select row_number() over (order by t16.sort_0, t16.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t16.sort_0::text)]::text[], t16.id) as cursor, (
                  select row_to_json(r17.*) from (
                    select t16.slug as "slug"
                  ) r17
                ) as l0 from (
                  select q11.*, coalesce(q11.announced_earliest, q11.announced_latest, 'infinity'::date) as sort_0 from deal q11 where (exists (select 1 from deal_party p12 where p12.deal_id = q11.id and p12.organization_id = t5.id)) and (exists (select 1 from deal_party p13 where p13.deal_id = q11.id and p13.organization_id = t5.id and p13.role = ?)) order by coalesce(q11.announced_earliest, q11.announced_latest, 'infinity'::date), q11.id limit ?
                ) t16
              ) n15
            ) a14
          ) z10
        ) as "coDeveloper", (
          select row_to_json(z18.*) from (
            select ('[' || coalesce(a19.l0, '') || ']')::json as "nodes" from (
              select count(*) as fetched, (array_agg(n20.cursor order by n20.ord) filter (where n20.ord <= ?)) as cursors, string_agg(n20.l0::text, ',' order by n20.ord) filter (where n20.ord <= ?) as l0 from (
                select row_number() over (order by t21.sort_0, t21.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t21.sort_0::text)]::text[], t21.id) as cursor, (
                  select row_to_json(r22.*) from (
                    select t21.slug as "slug"
                  ) r22
                ) as l0 from (
                  select q23.*, coalesce(q23.announced_earliest, q23.announced_latest, 'infinity'::date) as sort_0 from deal q23 where (exists (select 1 from deal_party p24 where p24.deal_id = q23.id and p24.organization_id = t5.id)) and (exists (select 1 from deal_party p25 where p25.deal_id = q23.id and p25.organization_id = t5.id and p25.role = ?)) order by coalesce(q23.announced_earliest, q23.announced_latest, 'infinity'::date), q23.id limit ?
                ) t21
              ) n20
            ) a19
          ) z18
        ) as "investor", (
          select row_to_json(z26.*) from (
            select (
              select count(*) from deal q27 where (exists (select 1 from deal_party p28 where p28.deal_id = q27.id and p28.organization_id = t5.id)) and (exists (select 1 from deal_party p29 where p29.deal_id = q27.id and p29.organization_id = t5.id and p29.role = ?))
            ) as "totalCount" from (
              select count(*) as fetched, (array_agg(n30.cursor order by n30.ord) filter (where n30.ord <= ?)) as cursors from (
                select row_number() over (order by t31.sort_0, t31.id) as ord, dg_cursor(cast(? as text), array[dg_cursor_value(t31.sort_0::text)]::text[], t31.id) as cursor from (
                  select q27.*, coalesce(q27.announced_earliest, q27.announced_latest, 'infinity'::date) as sort_0 from deal q27 where (exists (select 1 from deal_party p28 where p28.deal_id = q27.id and p28.organization_id = t5.id)) and (exists (select 1 from deal_party p29 where p29.deal_id = q27.id and p29.organization_id = t5.id and p29.role = ?)) order by coalesce(q27.announced_earliest, q27.announced_latest, 'infinity'::date), q27.id limit ?
                ) t31
              ) n30
            ) a32
          ) z26
        ) as "investee"
      ) r1
    ) from organization t5 where t5.slug = ? limit 1
  )
)::text
-- values: [20,20,"ANNOUNCED:ASC",21,"CO_DEVELOPER",20,20,"ANNOUNCED:ASC","CO_DEVELOPER",21,20,20,"ANNOUNCED:ASC","INVESTOR",21,"INVESTEE",20,"ANNOUNCED:ASC","INVESTEE",21,"amazon"]
