-- Field registration by the arresting officer (issue 19, module field): a phone signs the capture of
-- an apprehension with a per-device ECDSA P-256 key that an administrator approved; the server keeps
-- the signed capture time and its own receipt time, and the custody officer of the destination
-- facility opens the record from it.
--
-- field_device_key: one row per enrolled key, written once (its status is field_device_key_status).
-- The id is the first 8 bytes of SHA-256 of the key's SPKI DER, in hex.
create table field_device_key (
  id           varchar(16)  primary key,
  public_key   varchar(400) not null unique,
  owner        varchar(64)  not null,
  owner_role   varchar(32)  not null,
  facility_id  varchar(32)  references facility (id),
  region_code  varchar(32),
  label        varchar(200) not null,
  enrolled_at  timestamp with time zone not null
);

-- A key's status, append-only: pending on enrolment, then active (an administrator approved it) or
-- revoked. The latest row is the status; (key_id, seq) makes each change happen once.
create table field_device_key_status (
  key_id      varchar(16)  not null references field_device_key (id),
  seq         int          not null,
  status      varchar(16)  not null,
  changed_at  timestamp with time zone not null,
  changed_by  varchar(64)  not null,
  primary key (key_id, seq)
);

-- field_registration: one row per signed capture, written once. Nothing personal in clear: the
-- person, the place, the grounds, the unit and the officers are one sealed JSON (AES-GCM under the
-- registration's own ledger key, RecordPayloads), so erasing that key erases them. capture_id (the
-- phone's UUID) makes a resent capture idempotent; message_hash is the SHA-256 of the signed bytes.
create table field_registration (
  id              varchar(36)  primary key,
  capture_id      varchar(36)  not null unique,
  device_key_id   varchar(16)  not null references field_device_key (id),
  message_hash    varchar(64)  not null,
  signature       varchar(100) not null,
  captured_at     timestamp with time zone not null,
  apprehended_at  timestamp with time zone not null,
  received_at     timestamp with time zone not null,
  to_facility_id  varchar(32)  not null references facility (id),
  region_code     varchar(32)  not null,
  jurisdiction    varchar(8),
  -- the registration limit counted from the apprehension, and when the sweep alerts (the limit, or
  -- the receipt when it came after the limit); null where the profile sets no registration limit
  limit_at        timestamp with time zone,
  due_at          timestamp with time zone,
  limit_basis     varchar(500),
  sealed          text         not null
);
create index field_registration_facility on field_registration (to_facility_id, received_at);

-- What happened to each registration, append-only and committed to the ledger (the verifier reads
-- this table too): Registered, RecordOpened (record_id: the custody record it became), Alerted.
create table field_registration_event (
  stream_id    varchar(36)  not null references field_registration (id),
  seq          int          not null,
  type         varchar(60)  not null,
  occurred_at  timestamp with time zone not null,
  recorded_by  varchar(64)  not null,
  payload      text         not null,
  record_id    varchar(36),
  primary key (stream_id, seq)
);
create index field_registration_event_record on field_registration_event (record_id);
