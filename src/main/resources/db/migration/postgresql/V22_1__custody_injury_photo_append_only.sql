-- A photograph of an injury is never changed or removed (habeas_refuse_change comes from V2_1).
create trigger custody_injury_photo_append_only before update or delete
  on custody_injury_photo for each row execute function habeas_refuse_change();
create trigger custody_injury_photo_no_truncate before truncate on custody_injury_photo
  for each statement execute function habeas_refuse_change();
revoke truncate on table custody_injury_photo from current_user, public;
