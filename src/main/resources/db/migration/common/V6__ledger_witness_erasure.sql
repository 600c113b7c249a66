-- The ledger's witnesses and lawful erasure (module ledger; ledger-research.md §7.6, §7.7).

-- Lawful erasures, one per record: the decision the erasure-notice leaf commits to, and the random
-- key of that commitment (ErasureDecision), so an inspector can check that this is the decision
-- that was logged. The record's key and openings are gone; this stays. Append-only (V6_1).
create table ledger_erasure (
  record_id     varchar(36)   primary key,
  reason        varchar(2000) not null,
  erased_by     varchar(64)   not null,
  erased_at     timestamp with time zone not null,
  decision_key  bytea         not null check (octet_length(decision_key) = 32)
);

-- Cosignatures that witnesses returned for this log's checkpoints (tlog-cosignature/v1 lines),
-- appended to the checkpoint when it is served. Append-only (V6_1).
create table ledger_cosignature (
  tree_size    bigint       not null references ledger_checkpoint (tree_size),
  witness      varchar(255) not null,
  key_id       int          not null,
  line         varchar(1000) not null,
  cosigned_at  timestamp with time zone not null,
  primary key (tree_size, witness, key_id)
);

-- Witness side (tlog-witness): for each log this instance witnesses, the latest checkpoint it
-- cosigned. Updated in place, but only by compare-and-set on tree_size, so that checking the old
-- size and storing the new checkpoint are one atomic step, as the spec requires.
create table ledger_witnessed_log (
  origin      varchar(255) primary key,
  tree_size   bigint       not null check (tree_size >= 0),
  root_hash   bytea        not null check (octet_length(root_hash) = 32),
  checkpoint  text         not null,
  updated_at  timestamp with time zone not null
);
