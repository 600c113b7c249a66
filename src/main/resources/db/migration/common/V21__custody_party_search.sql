-- Issue 15: the custody board and Records find a person by name or national identity number (IIN)
-- through the access index custody_party, as keyed hashes (kinds 'person' and 'iin'), never in
-- clear. Records opened before have no such rows: they are listed to be indexed again from their
-- events (PartyRekey, in the background at start-up; it adds only the rows missing).
insert into custody_party_rekey (record_id)
  select r.id from custody_record r
  where not exists (select 1 from custody_party_rekey k where k.record_id = r.id)
    and not exists (select 1 from ledger_erasure e where e.record_id = r.id);
