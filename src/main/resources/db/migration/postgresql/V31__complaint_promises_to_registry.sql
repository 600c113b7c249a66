-- Issue 17: complaints raised from custody run after the custody write commits, through Spring
-- Modulith's event publication registry (CustodyComplaints, listener complaints.raise-from-custody).
-- A promise of complaint_raise_pending not yet kept (raising failed before this version) becomes an
-- incomplete publication of that listener, resubmitted at start-up like any other: one mechanism
-- only. complaint_raise_pending is no longer written; it stays, append-only, as the history it is.
-- The serialized event is CustodyEventRecorded's identifying fields only, as Jackson writes them.
insert into event_publication
  (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts,
   last_resubmission_date)
select gen_random_uuid(), 'complaints.raise-from-custody', 'org.habeas.custody.CustodyEventRecorded',
  json_build_object('recordId', p.record_id, 'seq', p.seq, 'type', p.type,
    'occurredAt', to_char(p.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text,
  p.failed_at, 'FAILED', 1, p.failed_at
from complaint_raise_pending p
where p.state = 'promised'
  and not exists (select 1 from complaint c
    where c.custody_record_id = p.record_id and c.custody_seq = p.seq)
  and not exists (select 1 from complaint_raise_pending v
    where v.record_id = p.record_id and v.seq = p.seq and v.state = 'void');
