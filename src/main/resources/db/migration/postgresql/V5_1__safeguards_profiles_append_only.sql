-- Profile versions are never changed or removed, even by the application's own database user
-- (habeas_refuse_change comes from V2_1).
create trigger safeguards_profile_version_append_only before update or delete
  on safeguards_profile_version for each row execute function habeas_refuse_change();
create trigger safeguards_profile_version_no_truncate before truncate on safeguards_profile_version
  for each statement execute function habeas_refuse_change();
