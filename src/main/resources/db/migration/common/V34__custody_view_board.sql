-- Issue 17, item 5: the custody board and the records list read one row per record from the read
-- model, with no history loaded, no replay and no engine. What a line shows and what decides who
-- may see it are kept here, written with the rest of the row after each stored event:
--   board_name         the person's name sealed under the record's key (AES-GCM, as the stored
--                      events are): unreadable once the record is erased, and the row itself is
--                      deleted with the erasure (forgetView);
--   board_cell         the cell the person is in, where the record says;
--   board_flags        the risks to watch (Board.RiskFlag names, comma-separated);
--   seen_facilities    every facility the record took the person to (ids, comma-separated);
--   seen_interrogators the keyed hashes (PartyKeys) of the interrogators' names, comma-separated;
--   seen_lawyers       the keyed hashes of the lawyers' names, comma-separated.
-- The last three are the facts CustodyAccess decides visibility from. Null on a row written before
-- this migration: such rows are listed to be indexed again (PartyRekey, in the background at
-- start-up, which now writes these columns too); until then the board replays that record alone.
alter table custody_record_view add column board_name text;
alter table custody_record_view add column board_cell varchar(40);
alter table custody_record_view add column board_flags varchar(200);
alter table custody_record_view add column seen_facilities text;
alter table custody_record_view add column seen_interrogators text;
alter table custody_record_view add column seen_lawyers text;
insert into custody_party_rekey (record_id)
  select v.record_id from custody_record_view v
  where not exists (select 1 from custody_party_rekey k where k.record_id = v.record_id)
    and not exists (select 1 from ledger_erasure e where e.record_id = v.record_id);
