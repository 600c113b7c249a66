-- A pending raise is never changed or removed; it is settled by the complaint it promised.
create trigger complaint_raise_pending_no_update before update on complaint_raise_pending for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger complaint_raise_pending_no_delete before delete on complaint_raise_pending for each row call 'org.habeas.system.AppendOnlyTrigger';
