-- Profile versions are never changed or removed (H2 runs a Java trigger).
create trigger safeguards_profile_version_no_update before update on safeguards_profile_version for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger safeguards_profile_version_no_delete before delete on safeguards_profile_version for each row call 'org.habeas.system.AppendOnlyTrigger';
