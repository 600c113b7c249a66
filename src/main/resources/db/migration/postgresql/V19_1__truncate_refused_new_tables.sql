-- The history tables added after V14_1 have their BEFORE TRUNCATE triggers (V17_1, V18_1); the
-- application's role loses the TRUNCATE right on them as on the others (see V14_1).
revoke truncate on table sign_in_attempt, sign_in_alert, complaint_raise_pending from current_user, public;
