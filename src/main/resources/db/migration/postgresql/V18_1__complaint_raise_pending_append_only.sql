-- A pending raise is never changed or removed; it is settled by the complaint it promised
-- (habeas_refuse_change comes from V2_1).
create trigger complaint_raise_pending_append_only before update or delete
  on complaint_raise_pending for each row execute function habeas_refuse_change();
create trigger complaint_raise_pending_no_truncate before truncate on complaint_raise_pending
  for each statement execute function habeas_refuse_change();
