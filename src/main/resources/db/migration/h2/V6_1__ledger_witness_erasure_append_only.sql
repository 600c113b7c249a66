-- Erasure decisions and cosignatures are history: no UPDATE, no DELETE (H2 runs a Java trigger).
-- The witness state may only be updated (compare-and-set), never deleted.
create trigger ledger_erasure_no_update before update on ledger_erasure for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger ledger_erasure_no_delete before delete on ledger_erasure for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger ledger_cosignature_no_update before update on ledger_cosignature for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger ledger_cosignature_no_delete before delete on ledger_cosignature for each row call 'org.habeas.system.AppendOnlyTrigger';
create trigger ledger_witnessed_log_no_delete before delete on ledger_witnessed_log for each row call 'org.habeas.system.AppendOnlyTrigger';
