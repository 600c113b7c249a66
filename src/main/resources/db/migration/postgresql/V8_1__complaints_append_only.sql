-- A complaint's intake, timeline and documents are never changed or removed (habeas_refuse_change
-- comes from V2_1).
create trigger complaint_append_only before update or delete
  on complaint for each row execute function habeas_refuse_change();
create trigger complaint_no_truncate before truncate on complaint
  for each statement execute function habeas_refuse_change();
create trigger complaint_entry_append_only before update or delete
  on complaint_entry for each row execute function habeas_refuse_change();
create trigger complaint_entry_no_truncate before truncate on complaint_entry
  for each statement execute function habeas_refuse_change();
create trigger complaint_attachment_append_only before update or delete
  on complaint_attachment for each row execute function habeas_refuse_change();
create trigger complaint_attachment_no_truncate before truncate on complaint_attachment
  for each statement execute function habeas_refuse_change();

-- Full-text search over complaints ('simple': no stemming, works the same for kk, ru and en).
create index complaint_current_search on complaint_current
  using gin (to_tsvector('simple', search_text));
