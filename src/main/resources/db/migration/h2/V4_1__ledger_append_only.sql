-- The log refuses UPDATE and DELETE (H2 runs a Java trigger). The outbox and the private side refuse
-- UPDATE only: the integrator empties the outbox, and erasure deletes keys and openings.
create trigger ledger_commitment_no_update before update on ledger_commitment for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger ledger_commitment_no_delete before delete on ledger_commitment for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger ledger_leaf_no_update before update on ledger_leaf for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger ledger_leaf_no_delete before delete on ledger_leaf for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger ledger_tile_no_update before update on ledger_tile for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger ledger_tile_no_delete before delete on ledger_tile for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger ledger_tree_no_update before update on ledger_tree for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger ledger_tree_no_delete before delete on ledger_tree for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger ledger_checkpoint_no_update before update on ledger_checkpoint for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger ledger_checkpoint_no_delete before delete on ledger_checkpoint for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger ledger_pending_no_update before update on ledger_pending for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger ledger_record_key_no_update before update on ledger_record_key for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger ledger_opening_no_update before update on ledger_opening for each row call 'org.habeas.system.AppendOnlyTrigger';
