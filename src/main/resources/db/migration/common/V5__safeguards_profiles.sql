-- Safeguards profiles (module safeguards): every version of every jurisdiction's profile, kept for
-- good. A new version is a new row; a record is judged under the version in force at its
-- apprehension, so no row is ever changed or removed (append-only triggers are per database, V5_1).
create table safeguards_profile_version (
  profile_id      varchar(32)  not null,
  version         int          not null check (version >= 1),
  document        text         not null,
  -- From this instant on, records apprehended are judged under this version (until the next one).
  in_force_from   timestamp with time zone not null,
  uploaded_by     varchar(100) not null,
  uploaded_at     timestamp with time zone not null,
  primary key (profile_id, version)
);
