-- The clear names leave the access index (V16; PartyRekey adds them back as keyed hashes), and so
-- do erased records' rows. From now on the index refuses every UPDATE, and every DELETE except of
-- an erased record's rows (custody.PartyErasureTrigger), so that erasure reaches it.
drop trigger custody_party_no_delete;
delete from custody_party where kind in ('lawyer', 'interrogator');
delete from custody_party where record_id in (select record_id from ledger_erasure);
create trigger custody_party_no_delete before delete on custody_party for each row call 'org.habeas.custody.PartyErasureTrigger';
