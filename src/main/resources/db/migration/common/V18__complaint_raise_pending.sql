-- An allegation or injury recorded in custody whose complaint could not be raised in the custody
-- write's own transaction (CustodyComplaints). The 'promised' row is written in that same
-- transaction, so a custody event is never acknowledged without either its complaint or this durable
-- promise of one; the retry raises the complaint later (once per event: complaint_custody_event).
-- Append-only: a promise is kept when complaint holds (custody_record_id, custody_seq), and is void
-- when a 'void' row follows (the record was lawfully erased: nothing is left to raise); nothing here
-- is updated or deleted. Nothing personal: the record, the event and the kind of failure only.
create table complaint_raise_pending (
  record_id    varchar(36)   not null,
  seq          integer       not null,
  state        varchar(16)   not null,
  type         varchar(100)  not null,
  occurred_at  timestamp with time zone not null,
  failed_at    timestamp with time zone not null,
  failure      varchar(200)  not null,
  primary key (record_id, seq, state)
);
