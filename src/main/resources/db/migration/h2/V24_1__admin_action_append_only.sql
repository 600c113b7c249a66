-- The audit of administrators' actions is never changed or removed (H2 runs a Java trigger), and
-- refuses TRUNCATE through an empty guard table (see V14_1).
create trigger admin_action_no_update before update on admin_action for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger admin_action_no_delete before delete on admin_action for each row call 'org.habeas.system.AppendOnlyTrigger';
create table admin_action_truncate_guard (id bigint, foreign key (id) references admin_action);
create trigger admin_action_truncate_guard_empty before insert, update on admin_action_truncate_guard for each row call 'org.habeas.system.TruncateGuard';
