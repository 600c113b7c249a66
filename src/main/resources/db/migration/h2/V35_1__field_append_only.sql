-- Device keys, their statuses, field registrations and their history are never changed or removed
-- (H2 runs a Java trigger), nor truncated (a table another refers to cannot be; the others get an
-- empty guard table, as in V14_1 / V19_1).
create trigger field_device_key_no_update before update on field_device_key for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger field_device_key_no_delete before delete on field_device_key for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger field_device_key_status_no_update before update on field_device_key_status for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger field_device_key_status_no_delete before delete on field_device_key_status for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger field_registration_no_update before update on field_registration for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger field_registration_no_delete before delete on field_registration for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger field_registration_event_no_update before update on field_registration_event for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger field_registration_event_no_delete before delete on field_registration_event for each row call 'org.habeas.system.AppendOnlyTrigger';
create table field_device_key_status_truncate_guard (key_id varchar(16), seq int, foreign key (key_id, seq) references field_device_key_status);
create trigger field_device_key_status_truncate_guard_empty before insert, update on field_device_key_status_truncate_guard for each row call 'org.habeas.system.TruncateGuard';
create table field_registration_event_truncate_guard (stream_id varchar(36), seq int, foreign key (stream_id, seq) references field_registration_event);
create trigger field_registration_event_truncate_guard_empty before insert, update on field_registration_event_truncate_guard for each row call 'org.habeas.system.TruncateGuard';
