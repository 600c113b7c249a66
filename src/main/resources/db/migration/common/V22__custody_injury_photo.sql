-- Photographs of injuries recorded on the body map (issue 15). Each is kept once per record, by
-- the SHA-256 of its bytes (decoded and encoded again, without EXIF), which the InjuryRecorded
-- event names, so that the tamper-evident log commits to it. Append-only (V22_1).
create table custody_injury_photo (
  record_id   varchar(36)  not null references custody_record (id),
  sha256      char(64)     not null,
  seq         integer      not null,
  media_type  varchar(20)  not null check (media_type in ('image/jpeg', 'image/png')),
  size_bytes  integer      not null,
  content     bytea        not null,
  stored_at   timestamp with time zone not null,
  stored_by   varchar(100) not null,
  primary key (record_id, sha256)
);
