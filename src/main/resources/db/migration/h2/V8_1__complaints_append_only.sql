-- A complaint's intake, timeline and documents are never changed or removed (H2 runs a Java trigger).
create trigger complaint_no_update before update on complaint for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger complaint_no_delete before delete on complaint for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger complaint_entry_no_update before update on complaint_entry for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger complaint_entry_no_delete before delete on complaint_entry for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger complaint_attachment_no_update before update on complaint_attachment for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger complaint_attachment_no_delete before delete on complaint_attachment for each row call 'org.habeas.system.AppendOnlyTrigger';
