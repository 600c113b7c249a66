-- The clear names leave the access index (V16; PartyRekey adds them back as keyed hashes), and so
-- do erased records' rows. From now on the index refuses every UPDATE, and every DELETE except of
-- an erased record's rows, so that erasure reaches it.
drop trigger custody_party_append_only on custody_party;
delete from custody_party where kind in ('lawyer', 'interrogator');
delete from custody_party where record_id in (select record_id from ledger_erasure);

create function custody_party_refuse_change() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' and exists (select 1 from ledger_erasure e where e.record_id = old.record_id) then
    return old;
  end if;
  raise exception 'append-only table %: % is not allowed', tg_table_name, tg_op
    using errcode = 'P0001';
end $$;

create trigger custody_party_append_only before update or delete on custody_party
  for each row execute function custody_party_refuse_change();
