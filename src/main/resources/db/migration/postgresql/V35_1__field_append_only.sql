-- Device keys, their statuses, field registrations and their history are never changed, removed or
-- truncated (habeas_refuse_change comes from V2_1; the TRUNCATE right is taken as in V14_1 / V19_1).
create trigger field_device_key_append_only before update or delete
  on field_device_key for each row execute function habeas_refuse_change();
create trigger field_device_key_no_truncate before truncate on field_device_key
  for each statement execute function habeas_refuse_change();
create trigger field_device_key_status_append_only before update or delete
  on field_device_key_status for each row execute function habeas_refuse_change();
create trigger field_device_key_status_no_truncate before truncate on field_device_key_status
  for each statement execute function habeas_refuse_change();
create trigger field_registration_append_only before update or delete
  on field_registration for each row execute function habeas_refuse_change();
create trigger field_registration_no_truncate before truncate on field_registration
  for each statement execute function habeas_refuse_change();
create trigger field_registration_event_append_only before update or delete
  on field_registration_event for each row execute function habeas_refuse_change();
create trigger field_registration_event_no_truncate before truncate on field_registration_event
  for each statement execute function habeas_refuse_change();
revoke truncate on table field_device_key, field_device_key_status, field_registration,
  field_registration_event from current_user, public;
