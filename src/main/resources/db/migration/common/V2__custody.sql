-- The custody record (module custody): an append-only event stream per record.
create table custody_record (
  id            varchar(36) primary key,
  jurisdiction  varchar(8)  not null,
  opened_at     timestamp with time zone not null,
  opened_by     varchar(64) not null
);

-- History. Never updated or deleted (triggers in the per-database migrations enforce it).
-- (record_id, seq) is the optimistic-concurrency guard: two appends of the same seq cannot both land.
create table custody_event (
  record_id    varchar(36) not null references custody_record (id),
  seq          int         not null,
  type         varchar(40) not null,
  occurred_at  timestamp with time zone not null,
  recorded_at  timestamp with time zone not null,
  recorded_by  varchar(64) not null,
  payload      text        not null,
  primary key (record_id, seq)
);

-- People named by events (lawyers, interrogators), for access decisions. Append-only.
create table custody_party (
  record_id  varchar(36)  not null references custody_record (id),
  seq        int          not null,
  kind       varchar(16)  not null,
  name_key   varchar(200) not null,
  primary key (record_id, seq, kind, name_key)
);
create index custody_party_name on custody_party (kind, name_key);

-- Read model for boards and lists, rebuilt from the events after each append (not history).
create table custody_record_view (
  record_id         varchar(36) primary key references custody_record (id),
  facility_id       varchar(32) not null references facility (id),
  region_code       varchar(32) not null references region (code),
  jurisdiction      varchar(8)  not null,
  status            varchar(8)  not null,
  apprehended_at    timestamp with time zone not null,
  closed_at         timestamp with time zone,
  limit_at          timestamp with time zone not null,
  juvenile          boolean     not null,
  foreign_national  boolean     not null,
  last_seq          int         not null,
  updated_at        timestamp with time zone not null
);
create index custody_record_view_board on custody_record_view (facility_id, status, apprehended_at);
create index custody_record_view_region on custody_record_view (region_code, status);
