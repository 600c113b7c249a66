-- The sign-in audit is never changed or removed (habeas_refuse_change comes from V2_1).
create trigger sign_in_attempt_append_only before update or delete on sign_in_attempt
  for each row execute function habeas_refuse_change();
create trigger sign_in_attempt_no_truncate before truncate on sign_in_attempt
  for each statement execute function habeas_refuse_change();
create trigger sign_in_alert_append_only before update or delete on sign_in_alert
  for each row execute function habeas_refuse_change();
create trigger sign_in_alert_no_truncate before truncate on sign_in_alert
  for each statement execute function habeas_refuse_change();
