-- The custody write path asks whether a record already names a party (lawyer, interrogator,
-- facility) before remembering it: this index answers that by the record, where the one on
-- (kind, name_key) grew with every record naming the same lawyer.
create index custody_party_record on custody_party (record_id, kind, name_key);
