-- The audit of administrators' actions is never changed or removed (habeas_refuse_change comes
-- from V2_1), nor truncated (see V14_1).
create trigger admin_action_append_only before update or delete on admin_action
  for each row execute function habeas_refuse_change();
create trigger admin_action_no_truncate before truncate on admin_action
  for each statement execute function habeas_refuse_change();
revoke truncate on table admin_action from current_user, public;
