-- Lawyers' and interrogators' names in the access index custody_party become keyed hashes
-- (HMAC-SHA256 under the instance's party key, kept outside the database: PartyKeys). SQL cannot
-- compute them without the key, so the clear rows are removed (V16_1) and the application derives
-- the hashed ones again from the records' events at start-up (PartyRekey), record by record, from
-- this list. An erased record's events cannot be read any more: it is left out, and its rows go.
create table custody_party_rekey (
  record_id  varchar(36) primary key
);
insert into custody_party_rekey (record_id)
  select distinct p.record_id from custody_party p
  where p.kind in ('lawyer', 'interrogator')
    and not exists (select 1 from ledger_erasure e where e.record_id = p.record_id);

-- Which party key the index was built with (a fingerprint that tells nothing of the key): with a
-- new key, every record is indexed again.
create table custody_party_key (
  id           int         primary key check (id = 1),
  fingerprint  varchar(64) not null
);
