-- Enquiries and facility contacts are never changed or removed (H2 runs a Java trigger), nor
-- truncated (the guard tables of V14_1 / V19_1).
create trigger detention_lookup_no_update before update on detention_lookup for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger detention_lookup_no_delete before delete on detention_lookup for each row call 'org.habeas.system.AppendOnlyTrigger';
create table detention_lookup_truncate_guard (id varchar(36) references detention_lookup (id));
create trigger detention_lookup_truncate_guard_empty before insert, update on detention_lookup_truncate_guard for each row call 'org.habeas.system.TruncateGuard';
create trigger facility_public_contact_no_update before update on facility_public_contact for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger facility_public_contact_no_delete before delete on facility_public_contact for each row call 'org.habeas.system.AppendOnlyTrigger';
create table facility_public_contact_truncate_guard (facility_id varchar(32), recorded_at timestamp with time zone, foreign key (facility_id, recorded_at) references facility_public_contact);
create trigger facility_public_contact_truncate_guard_empty before insert, update on facility_public_contact_truncate_guard for each row call 'org.habeas.system.TruncateGuard';
