-- Reports of a detention (issue 16, module detentionreports): anyone who knows that a person is held
-- can say "held by X since T"; if no custody record for that person is opened within the profile's
-- registration limit, an urgent alert and a complaint of unlawful detention follow.
--
-- detention_report: one row per report, written once. Nothing personal in clear: the person, the
-- place in words, what the reporter knows and the reporter's contact are one sealed JSON (AES-GCM
-- under the report's own ledger key, RecordPayloads), so erasing that key erases them. The reference
-- the reporter follows the report with is kept only as its SHA-256 (it is the only secret).
create table detention_report (
  id              varchar(36)  primary key,
  reference_hash  varchar(64)  not null unique,
  reported_at     timestamp with time zone not null,
  since_at        timestamp with time zone not null,
  facility_id     varchar(32)  references facility (id),
  region_code     varchar(32)  not null,
  jurisdiction    varchar(8),
  -- the registration limit counted from since_at (lateness is measured against it), and when the
  -- sweep alerts: the limit, or the report itself when it came after the limit had passed; both
  -- null where the profile sets no registration limit
  limit_at        timestamp with time zone,
  due_at          timestamp with time zone,
  limit_basis     varchar(500),
  sealed          text         not null
);
create index detention_report_region on detention_report (region_code, reported_at);

-- What happened to each report, append-only and committed to the ledger like complaints and
-- monitoring (the verifier reads this table too): Reported, RecordMatched, Alerted,
-- ComplaintRaised. The (stream_id, seq) key makes each step happen once, whoever sweeps.
create table detention_report_event (
  stream_id    varchar(36)  not null references detention_report (id),
  seq          int          not null,
  type         varchar(60)  not null,
  occurred_at  timestamp with time zone not null,
  recorded_by  varchar(64)  not null,
  -- the event as committed to the ledger (JSON, nothing personal)
  payload      text         not null,
  -- RecordMatched: the custody record that acknowledged the detention (its page shows the report)
  record_id    varchar(36),
  primary key (stream_id, seq)
);
create index detention_report_event_record on detention_report_event (record_id);
