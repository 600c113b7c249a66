-- Reports of a detention and their history are never changed or removed (H2 runs a Java trigger),
-- nor truncated (the guard tables of V14_1 / V19_1).
create trigger detention_report_no_update before update on detention_report for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger detention_report_no_delete before delete on detention_report for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger detention_report_event_no_update before update on detention_report_event for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger detention_report_event_no_delete before delete on detention_report_event for each row call 'org.habeas.system.AppendOnlyTrigger';
create table detention_report_event_truncate_guard (stream_id varchar(36), seq int, foreign key (stream_id, seq) references detention_report_event);
create trigger detention_report_event_truncate_guard_empty before insert, update on detention_report_event_truncate_guard for each row call 'org.habeas.system.TruncateGuard';
