-- An alert's history is never changed or removed (H2 runs a Java trigger).
create trigger alert_event_no_update before update on alert_event for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger alert_event_no_delete before delete on alert_event for each row call 'org.habeas.system.AppendOnlyTrigger';
