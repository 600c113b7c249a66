-- Training history is never changed or removed (habeas_refuse_change comes from V2_1).
create trigger training_enrolment_append_only before update or delete
  on training_enrolment for each row execute function habeas_refuse_change();
create trigger training_enrolment_no_truncate before truncate on training_enrolment
  for each statement execute function habeas_refuse_change();
create trigger training_import_append_only before update or delete
  on training_import for each row execute function habeas_refuse_change();
create trigger training_import_no_truncate before truncate on training_import
  for each statement execute function habeas_refuse_change();
create trigger training_completion_append_only before update or delete
  on training_completion for each row execute function habeas_refuse_change();
create trigger training_completion_no_truncate before truncate on training_completion
  for each statement execute function habeas_refuse_change();
create trigger training_certificate_append_only before update or delete
  on training_certificate for each row execute function habeas_refuse_change();
create trigger training_certificate_no_truncate before truncate on training_certificate
  for each statement execute function habeas_refuse_change();
create trigger training_joint_event_append_only before update or delete
  on training_joint_event for each row execute function habeas_refuse_change();
create trigger training_joint_event_no_truncate before truncate on training_joint_event
  for each statement execute function habeas_refuse_change();
create trigger training_joint_participant_append_only before update or delete
  on training_joint_participant for each row execute function habeas_refuse_change();
create trigger training_joint_participant_no_truncate before truncate on training_joint_participant
  for each statement execute function habeas_refuse_change();
create trigger training_follow_up_append_only before update or delete
  on training_follow_up for each row execute function habeas_refuse_change();
create trigger training_follow_up_no_truncate before truncate on training_follow_up
  for each statement execute function habeas_refuse_change();
