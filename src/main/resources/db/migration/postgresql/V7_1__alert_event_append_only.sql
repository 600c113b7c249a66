-- An alert's history is never changed or removed (habeas_refuse_change comes from V2_1).
create trigger alert_event_append_only before update or delete
  on alert_event for each row execute function habeas_refuse_change();
create trigger alert_event_no_truncate before truncate on alert_event
  for each statement execute function habeas_refuse_change();
