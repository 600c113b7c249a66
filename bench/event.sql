-- pgbench baseline for custody ingest: one row of the custody_event shape per transaction,
-- autocommit, as the application's append commits once per event. Run by bench/run.sh.
\set seq random(1, 2000000000)
insert into bench_event (record_id, seq, type, occurred_at, recorded_at, recorded_by, payload)
values (md5(random()::text)::uuid::text, :seq, 'CellVisited', now(), clock_timestamp(), 'officer',
        'v1.' || encode(sha512(random()::text::bytea), 'base64') || encode(sha512(random()::text::bytea), 'base64')
        || encode(sha512(random()::text::bytea), 'base64'));
