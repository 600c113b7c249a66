-- Training history is never changed or removed (H2 runs a Java trigger).
create trigger training_enrolment_no_update before update on training_enrolment for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger training_enrolment_no_delete before delete on training_enrolment for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger training_import_no_update before update on training_import for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger training_import_no_delete before delete on training_import for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger training_completion_no_update before update on training_completion for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger training_completion_no_delete before delete on training_completion for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger training_certificate_no_update before update on training_certificate for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger training_certificate_no_delete before delete on training_certificate for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger training_joint_event_no_update before update on training_joint_event for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger training_joint_event_no_delete before delete on training_joint_event for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger training_joint_participant_no_update before update on training_joint_participant for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger training_joint_participant_no_delete before delete on training_joint_participant for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger training_follow_up_no_update before update on training_follow_up for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger training_follow_up_no_delete before delete on training_follow_up for each row call 'org.habeas.system.AppendOnlyTrigger';
