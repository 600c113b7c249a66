-- The family's question (issue 19, module detentionreports): "is my relative held, and where?",
-- asked by anyone (or by lawyers only, per the jurisdiction's profile) with the person's full name
-- and date of birth, and the IIN where the profile requires it.
--
-- detention_lookup: every enquiry, written once, committed to the ledger as its own one-event
-- stream (id, seq 1; the verifier reads this table too). Never the name, the birth date or the
-- national id asked with, in clear or hashed; the client's address only as a keyed hash (HMAC under
-- a key kept outside the database), which links the enquiries of one address and names no one.
create table detention_lookup (
  id            varchar(36)  primary key,
  type          varchar(60)  not null,
  asked_at      timestamp with time zone not null,
  -- 'public', or the signed-in lawyer's username
  recorded_by   varchar(64)  not null,
  -- found (told), withheld (a record matched, the policy tells this enquirer nothing), not-found
  outcome       varchar(16)  not null,
  -- the record found or withheld: its page lists who asked about the person
  record_id     varchar(36),
  jurisdiction  varchar(8),
  -- public, lawyer
  enquirer      varchar(16)  not null,
  bar_number    varchar(40),
  client_hash   varchar(64)  not null,
  -- the event as committed to the ledger (JSON, nothing personal)
  payload       text         not null
);
create index detention_lookup_record on detention_lookup (record_id, asked_at);

-- What the lookup tells of a facility besides its name: its public address and phone, as the
-- administrator last set them (append-only: the latest row is in force, the earlier ones are its
-- history).
create table facility_public_contact (
  facility_id   varchar(32)  not null references facility (id),
  recorded_at   timestamp with time zone not null,
  recorded_by   varchar(64)  not null,
  address       varchar(300) not null,
  phone         varchar(40)  not null,
  primary key (facility_id, recorded_at)
);
