-- The log refuses UPDATE, DELETE and TRUNCATE, even from the application's own database user
-- (habeas_refuse_change comes from V2_1). The outbox and the private side refuse UPDATE only: the
-- integrator empties the outbox, and erasure deletes keys and openings.
create trigger ledger_commitment_append_only before update or delete on ledger_commitment
  for each row execute function habeas_refuse_change();
create trigger ledger_leaf_append_only before update or delete on ledger_leaf
  for each row execute function habeas_refuse_change();
create trigger ledger_tile_append_only before update or delete on ledger_tile
  for each row execute function habeas_refuse_change();
create trigger ledger_tree_append_only before update or delete on ledger_tree
  for each row execute function habeas_refuse_change();
create trigger ledger_checkpoint_append_only before update or delete on ledger_checkpoint
  for each row execute function habeas_refuse_change();
create trigger ledger_pending_no_update before update on ledger_pending
  for each row execute function habeas_refuse_change();
create trigger ledger_record_key_no_update before update on ledger_record_key
  for each row execute function habeas_refuse_change();
create trigger ledger_opening_no_update before update on ledger_opening
  for each row execute function habeas_refuse_change();

create trigger ledger_commitment_no_truncate before truncate on ledger_commitment
  for each statement execute function habeas_refuse_change();
create trigger ledger_leaf_no_truncate before truncate on ledger_leaf
  for each statement execute function habeas_refuse_change();
create trigger ledger_tile_no_truncate before truncate on ledger_tile
  for each statement execute function habeas_refuse_change();
create trigger ledger_tree_no_truncate before truncate on ledger_tree
  for each statement execute function habeas_refuse_change();
create trigger ledger_checkpoint_no_truncate before truncate on ledger_checkpoint
  for each statement execute function habeas_refuse_change();
