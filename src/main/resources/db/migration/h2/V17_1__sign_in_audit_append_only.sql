-- The sign-in audit is never changed or removed (H2 runs a Java trigger).
create trigger sign_in_attempt_no_update before update on sign_in_attempt for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger sign_in_attempt_no_delete before delete on sign_in_attempt for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger sign_in_alert_no_update before update on sign_in_alert for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger sign_in_alert_no_delete before delete on sign_in_alert for each row call 'org.habeas.system.AppendOnlyTrigger';
