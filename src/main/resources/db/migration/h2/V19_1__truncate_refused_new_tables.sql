-- The history tables added after V14_1 refuse TRUNCATE too (H2: an empty guard table whose foreign
-- key names the table's primary key; see V14_1).
create table sign_in_attempt_truncate_guard (id bigint, foreign key (id) references sign_in_attempt);
create trigger sign_in_attempt_truncate_guard_empty before insert, update on sign_in_attempt_truncate_guard for each row call 'org.habeas.system.TruncateGuard';
create table sign_in_alert_truncate_guard (id bigint, foreign key (id) references sign_in_alert);
create trigger sign_in_alert_truncate_guard_empty before insert, update on sign_in_alert_truncate_guard for each row call 'org.habeas.system.TruncateGuard';
create table complaint_raise_pending_truncate_guard (record_id varchar(36), seq integer, state varchar(16), foreign key (record_id, seq, state) references complaint_raise_pending);
create trigger complaint_raise_pending_truncate_guard_empty before insert, update on complaint_raise_pending_truncate_guard for each row call 'org.habeas.system.TruncateGuard';
