-- History tables refuse UPDATE and DELETE, even from the application's own database user.
create function habeas_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'append-only table %: % is not allowed', tg_table_name, tg_op
    using errcode = 'P0001';
end $$;

create trigger custody_event_append_only before update or delete on custody_event
  for each row execute function habeas_refuse_change();
create trigger custody_record_append_only before update or delete on custody_record
  for each row execute function habeas_refuse_change();
create trigger custody_party_append_only before update or delete on custody_party
  for each row execute function habeas_refuse_change();
create trigger personal_data_read_append_only before update or delete on personal_data_read
  for each row execute function habeas_refuse_change();
create trigger custody_event_no_truncate before truncate on custody_event
  for each statement execute function habeas_refuse_change();
