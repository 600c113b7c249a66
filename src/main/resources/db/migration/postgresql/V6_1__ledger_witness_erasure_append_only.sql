-- Erasure decisions and cosignatures are history: no UPDATE, DELETE or TRUNCATE, even from the
-- application's own database user. The witness state may only be updated (compare-and-set).
create trigger ledger_erasure_append_only before update or delete on ledger_erasure
  for each row execute function habeas_refuse_change();
create trigger ledger_cosignature_append_only before update or delete on ledger_cosignature
  for each row execute function habeas_refuse_change();
create trigger ledger_witnessed_log_no_delete before delete on ledger_witnessed_log
  for each row execute function habeas_refuse_change();

create trigger ledger_erasure_no_truncate before truncate on ledger_erasure
  for each statement execute function habeas_refuse_change();
create trigger ledger_cosignature_no_truncate before truncate on ledger_cosignature
  for each statement execute function habeas_refuse_change();
create trigger ledger_witnessed_log_no_truncate before truncate on ledger_witnessed_log
  for each statement execute function habeas_refuse_change();
