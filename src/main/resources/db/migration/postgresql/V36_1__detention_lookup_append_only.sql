-- Enquiries and facility contacts are never changed, removed or truncated (habeas_refuse_change
-- comes from V2_1; the TRUNCATE right is taken as in V14_1 / V19_1).
create trigger detention_lookup_append_only before update or delete
  on detention_lookup for each row execute function habeas_refuse_change();
create trigger detention_lookup_no_truncate before truncate on detention_lookup
  for each statement execute function habeas_refuse_change();
create trigger facility_public_contact_append_only before update or delete
  on facility_public_contact for each row execute function habeas_refuse_change();
create trigger facility_public_contact_no_truncate before truncate on facility_public_contact
  for each statement execute function habeas_refuse_change();
revoke truncate on table detention_lookup, facility_public_contact from current_user, public;
