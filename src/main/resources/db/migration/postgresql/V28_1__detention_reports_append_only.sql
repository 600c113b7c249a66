-- Reports of a detention and their history are never changed, removed or truncated
-- (habeas_refuse_change comes from V2_1; the TRUNCATE right is taken as in V14_1 / V19_1).
create trigger detention_report_append_only before update or delete
  on detention_report for each row execute function habeas_refuse_change();
create trigger detention_report_no_truncate before truncate on detention_report
  for each statement execute function habeas_refuse_change();
create trigger detention_report_event_append_only before update or delete
  on detention_report_event for each row execute function habeas_refuse_change();
create trigger detention_report_event_no_truncate before truncate on detention_report_event
  for each statement execute function habeas_refuse_change();
revoke truncate on table detention_report, detention_report_event from current_user, public;
