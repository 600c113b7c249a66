-- No history table may be emptied with TRUNCATE, which fires no row trigger (habeas_refuse_change
-- comes from V2_1). The tables V2_1 and V4_1 left without a statement trigger get one here: the
-- custody records, the parties they name, the audit of personal-data reads, and the ledger's
-- private side, outbox and lock (their rows may be deleted one by one, by erasure or integration,
-- but never all at once unseen). The integrator's lock row is never changed or removed either.
create trigger custody_record_no_truncate before truncate on custody_record
  for each statement execute function habeas_refuse_change();
create trigger custody_party_no_truncate before truncate on custody_party
  for each statement execute function habeas_refuse_change();
create trigger personal_data_read_no_truncate before truncate on personal_data_read
  for each statement execute function habeas_refuse_change();
create trigger ledger_pending_no_truncate before truncate on ledger_pending
  for each statement execute function habeas_refuse_change();
create trigger ledger_record_key_no_truncate before truncate on ledger_record_key
  for each statement execute function habeas_refuse_change();
create trigger ledger_opening_no_truncate before truncate on ledger_opening
  for each statement execute function habeas_refuse_change();
create trigger ledger_lock_append_only before update or delete on ledger_lock
  for each row execute function habeas_refuse_change();
create trigger ledger_lock_no_truncate before truncate on ledger_lock
  for each statement execute function habeas_refuse_change();

-- Belt and braces: the role that owns the tables (the one migrating, which the application uses
-- unless told otherwise) loses its TRUNCATE privilege on every one of them. A table's owner can
-- grant it back, and a superuser ignores privileges, so the triggers above are what holds; in
-- production the application should connect as a role that owns nothing (see docs/ledger.md).
revoke truncate on table
  custody_record, custody_event, custody_party, personal_data_read,
  ledger_record_key, ledger_opening, ledger_commitment, ledger_pending, ledger_leaf, ledger_tile,
  ledger_tree, ledger_checkpoint, ledger_lock, ledger_erasure, ledger_cosignature,
  ledger_witnessed_log,
  safeguards_profile_version, alert_event,
  complaint, complaint_entry, complaint_attachment,
  casefile_act, casefile_victim, casefile_perpetrator, casefile_involvement, casefile_source,
  casefile_link, ip_examination, ip_conditions, ip_interview, ip_finding, ip_interpretation,
  training_enrolment, training_import, training_completion, training_certificate,
  training_joint_event, training_joint_participant, training_follow_up,
  mon_event, mon_visit, mon_visit_member, mon_answer, mon_sample, mon_camera, mon_camera_check,
  mon_interview, mon_complaint_link, mon_finding, mon_evidence, mon_recommendation,
  mon_rec_status, mon_progress, mon_progress_review, mon_verification, mon_reminder
  from current_user, public;
