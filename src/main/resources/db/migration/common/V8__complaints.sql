-- Complaints of torture, ill-treatment, unlawful detention and denial of a lawyer (module complaints).
-- History is append-only: complaint (the intake facts, never changed) and complaint_entry (the
-- timeline, one row per thing done, committed to the ledger). complaint_current is a projection of
-- the timeline for lists and search, rebuilt from the entries; it is not history.

create table complaint (
  id                 varchar(36)   primary key,
  reference          varchar(20)   not null unique,
  -- SHA-256 (hex) of the follow-up secret given to the complainant; the secret itself is not kept.
  secret_hash        varchar(64)   not null,
  source             varchar(16)   not null,
  complainant_role   varchar(16)   not null,
  complainant_name   varchar(200),
  victim_name        varchar(200),
  contact_preference varchar(16)   not null,
  contact            varchar(200),
  narrative          text          not null,
  place              varchar(500),
  facility_id        varchar(32),
  incident_date      date,
  against            varchar(500),
  injuries           varchar(2000),
  still_held         boolean       not null,
  custody_record_id  varchar(36),
  custody_seq        integer,
  lodged_at          timestamp with time zone not null,
  lodged_by          varchar(100)  not null,
  language           varchar(2)    not null,
  -- One complaint per custody event that raises one.
  constraint complaint_custody_event unique (custody_record_id, custody_seq)
);
create index complaint_lodged on complaint (lodged_at);

create table complaint_entry (
  complaint_id  varchar(36)   not null references complaint (id),
  seq           integer       not null,
  type          varchar(100)  not null,
  occurred_at   timestamp with time zone not null,
  recorded_at   timestamp with time zone not null,
  actor         varchar(100)  not null,
  -- The entry's details as JSON, exactly as committed to the ledger.
  details       text          not null,
  primary key (complaint_id, seq)
);

-- Documents (images re-encoded without metadata, PDFs) kept in the database: they land with their
-- entry in one transaction and are served only after an access check.
create table complaint_attachment (
  id            varchar(36)   primary key,
  complaint_id  varchar(36)   not null references complaint (id),
  seq           integer       not null,
  filename      varchar(200)  not null,
  media_type    varchar(50)   not null,
  size_bytes    bigint        not null,
  sha256        varchar(64)   not null,
  content       bytea         not null,
  added_at      timestamp with time zone not null,
  added_by      varchar(100)  not null
);
create index complaint_attachment_of on complaint_attachment (complaint_id);

-- The projection: the state folded from complaint_entry, for lists, filters and search.
create table complaint_current (
  complaint_id  varchar(36)   primary key references complaint (id),
  status        varchar(32)   not null,
  status_since  timestamp with time zone not null,
  category      varchar(32),
  urgent        boolean       not null,
  assignee      varchar(100),
  referred      boolean       not null,
  due_at        timestamp with time zone,
  last_seq      integer       not null,
  updated_at    timestamp with time zone not null,
  facility_id   varchar(32),
  region_code   varchar(32),
  -- Lower-cased text of the complaint for search (PostgreSQL indexes its tsvector).
  search_text   text          not null
);
create index complaint_current_status on complaint_current (status, due_at);
create index complaint_current_assignee on complaint_current (assignee);
