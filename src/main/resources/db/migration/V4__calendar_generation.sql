-- A counter per camp that every calendar change of the camp counts up in the transaction
-- that makes it: a publication applied to the calendar events, a feed token revoked, a
-- participant's reminders chosen. Each app instance keeps rendered feeds and token look-ups
-- in memory and reads these few rows at most once a second, so a change made through any
-- instance reaches every instance's feeds within about a second (at once on the instance
-- that made it). A counter rather than a timestamp: the row lock orders concurrent changes,
-- and the new value becomes visible exactly when the change commits.
create table calendar_generation (
    camp_id     bigint primary key references camp (id) on delete cascade,
    generation  bigint not null
);
