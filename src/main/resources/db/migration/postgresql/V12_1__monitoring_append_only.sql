-- Monitoring history is never changed or removed (habeas_refuse_change comes from V2_1).
create trigger mon_event_append_only before update or delete on mon_event
  for each row execute function habeas_refuse_change();
create trigger mon_event_no_truncate before truncate on mon_event
  for each statement execute function habeas_refuse_change();
create trigger mon_visit_append_only before update or delete on mon_visit
  for each row execute function habeas_refuse_change();
create trigger mon_visit_no_truncate before truncate on mon_visit
  for each statement execute function habeas_refuse_change();
create trigger mon_visit_member_append_only before update or delete on mon_visit_member
  for each row execute function habeas_refuse_change();
create trigger mon_visit_member_no_truncate before truncate on mon_visit_member
  for each statement execute function habeas_refuse_change();
create trigger mon_answer_append_only before update or delete on mon_answer
  for each row execute function habeas_refuse_change();
create trigger mon_answer_no_truncate before truncate on mon_answer
  for each statement execute function habeas_refuse_change();
create trigger mon_sample_append_only before update or delete on mon_sample
  for each row execute function habeas_refuse_change();
create trigger mon_sample_no_truncate before truncate on mon_sample
  for each statement execute function habeas_refuse_change();
create trigger mon_camera_append_only before update or delete on mon_camera
  for each row execute function habeas_refuse_change();
create trigger mon_camera_no_truncate before truncate on mon_camera
  for each statement execute function habeas_refuse_change();
create trigger mon_camera_check_append_only before update or delete on mon_camera_check
  for each row execute function habeas_refuse_change();
create trigger mon_camera_check_no_truncate before truncate on mon_camera_check
  for each statement execute function habeas_refuse_change();
create trigger mon_interview_append_only before update or delete on mon_interview
  for each row execute function habeas_refuse_change();
create trigger mon_interview_no_truncate before truncate on mon_interview
  for each statement execute function habeas_refuse_change();
create trigger mon_complaint_link_append_only before update or delete on mon_complaint_link
  for each row execute function habeas_refuse_change();
create trigger mon_complaint_link_no_truncate before truncate on mon_complaint_link
  for each statement execute function habeas_refuse_change();
create trigger mon_finding_append_only before update or delete on mon_finding
  for each row execute function habeas_refuse_change();
create trigger mon_finding_no_truncate before truncate on mon_finding
  for each statement execute function habeas_refuse_change();
create trigger mon_evidence_append_only before update or delete on mon_evidence
  for each row execute function habeas_refuse_change();
create trigger mon_evidence_no_truncate before truncate on mon_evidence
  for each statement execute function habeas_refuse_change();
create trigger mon_recommendation_append_only before update or delete on mon_recommendation
  for each row execute function habeas_refuse_change();
create trigger mon_recommendation_no_truncate before truncate on mon_recommendation
  for each statement execute function habeas_refuse_change();
create trigger mon_rec_status_append_only before update or delete on mon_rec_status
  for each row execute function habeas_refuse_change();
create trigger mon_rec_status_no_truncate before truncate on mon_rec_status
  for each statement execute function habeas_refuse_change();
create trigger mon_progress_append_only before update or delete on mon_progress
  for each row execute function habeas_refuse_change();
create trigger mon_progress_no_truncate before truncate on mon_progress
  for each statement execute function habeas_refuse_change();
create trigger mon_progress_review_append_only before update or delete on mon_progress_review
  for each row execute function habeas_refuse_change();
create trigger mon_progress_review_no_truncate before truncate on mon_progress_review
  for each statement execute function habeas_refuse_change();
create trigger mon_verification_append_only before update or delete on mon_verification
  for each row execute function habeas_refuse_change();
create trigger mon_verification_no_truncate before truncate on mon_verification
  for each statement execute function habeas_refuse_change();
create trigger mon_reminder_append_only before update or delete on mon_reminder
  for each row execute function habeas_refuse_change();
create trigger mon_reminder_no_truncate before truncate on mon_reminder
  for each statement execute function habeas_refuse_change();
