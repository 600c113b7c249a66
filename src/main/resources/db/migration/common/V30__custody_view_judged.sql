-- Issue 17: custody never runs the safeguards engine itself. The safeguards module judges a record
-- once per stored event (and again when its sweep re-judges one as time passes) and publishes
-- custody.RecordJudged inside the same transaction; custody keeps what the board and the detention
-- clock show in its read model: limit_at becomes the legal limit so judged (the interim limit until
-- a record is first judged), and judged holds the rest of RecordJudged as JSON (the next cell
-- check, review or court deadline and next deadline with their rule titles in kk/ru/en, and how many
-- obligations stood breached). Nothing personal: rule ids, titles and instants.
alter table custody_record_view add column judged varchar(4000);
