-- Case-file history is never changed or removed (habeas_refuse_change comes from V2_1).
create trigger casefile_act_append_only before update or delete on casefile_act
  for each row execute function habeas_refuse_change();
create trigger casefile_act_no_truncate before truncate on casefile_act
  for each statement execute function habeas_refuse_change();
create trigger casefile_victim_append_only before update or delete on casefile_victim
  for each row execute function habeas_refuse_change();
create trigger casefile_victim_no_truncate before truncate on casefile_victim
  for each statement execute function habeas_refuse_change();
create trigger casefile_perpetrator_append_only before update or delete on casefile_perpetrator
  for each row execute function habeas_refuse_change();
create trigger casefile_perpetrator_no_truncate before truncate on casefile_perpetrator
  for each statement execute function habeas_refuse_change();
create trigger casefile_involvement_append_only before update or delete on casefile_involvement
  for each row execute function habeas_refuse_change();
create trigger casefile_involvement_no_truncate before truncate on casefile_involvement
  for each statement execute function habeas_refuse_change();
create trigger casefile_source_append_only before update or delete on casefile_source
  for each row execute function habeas_refuse_change();
create trigger casefile_source_no_truncate before truncate on casefile_source
  for each statement execute function habeas_refuse_change();
create trigger casefile_link_append_only before update or delete on casefile_link
  for each row execute function habeas_refuse_change();
create trigger casefile_link_no_truncate before truncate on casefile_link
  for each statement execute function habeas_refuse_change();
create trigger ip_examination_append_only before update or delete on ip_examination
  for each row execute function habeas_refuse_change();
create trigger ip_examination_no_truncate before truncate on ip_examination
  for each statement execute function habeas_refuse_change();
create trigger ip_conditions_append_only before update or delete on ip_conditions
  for each row execute function habeas_refuse_change();
create trigger ip_conditions_no_truncate before truncate on ip_conditions
  for each statement execute function habeas_refuse_change();
create trigger ip_interview_append_only before update or delete on ip_interview
  for each row execute function habeas_refuse_change();
create trigger ip_interview_no_truncate before truncate on ip_interview
  for each statement execute function habeas_refuse_change();
create trigger ip_finding_append_only before update or delete on ip_finding
  for each row execute function habeas_refuse_change();
create trigger ip_finding_no_truncate before truncate on ip_finding
  for each statement execute function habeas_refuse_change();
create trigger ip_interpretation_append_only before update or delete on ip_interpretation
  for each row execute function habeas_refuse_change();
create trigger ip_interpretation_no_truncate before truncate on ip_interpretation
  for each statement execute function habeas_refuse_change();
