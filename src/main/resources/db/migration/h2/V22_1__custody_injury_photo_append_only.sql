-- A photograph of an injury is never changed or removed (see V2_1, V14_1 and V19_1).
create trigger custody_injury_photo_no_update before update on custody_injury_photo for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger custody_injury_photo_no_delete before delete on custody_injury_photo for each row call 'org.habeas.system.AppendOnlyTrigger';
create table custody_injury_photo_truncate_guard (record_id varchar(36), sha256 char(64), foreign key (record_id, sha256) references custody_injury_photo);
create trigger custody_injury_photo_truncate_guard_empty before insert, update on custody_injury_photo_truncate_guard for each row call 'org.habeas.system.TruncateGuard';
