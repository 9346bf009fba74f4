-- A participant has at most one pending change request: a newer wish replaces the waiting one.
-- Each request holds the whole wanted preferences, so of several pending ones only the newest counts.
delete from preference_change_request r
where r.status = 'PENDING'
  and exists (select 1 from preference_change_request newer
              where newer.participant_id = r.participant_id and newer.status = 'PENDING'
                and (newer.requested_at, newer.id) > (r.requested_at, r.id));
create unique index preference_change_request_one_pending
    on preference_change_request (participant_id) where status = 'PENDING';

-- Reminders: at most 3 distinct lead times of 5 minutes to a week (Reminders.check). Stored
-- choices are brought inside: shorter ones become 5 minutes, repeats go, and of more than
-- three the three shortest stay.
update participant_reminder r
set minutes_before = coalesce((select array_agg(m order by m)
                               from (select distinct greatest(m, 5) as m from unnest(r.minutes_before) m
                                     order by 1 limit 3) kept), '{}')
where cardinality(minutes_before) > 3 or 5 > any (minutes_before)
   or cardinality(minutes_before) > (select count(distinct m) from unnest(r.minutes_before) m);
alter table participant_reminder drop constraint participant_reminder_minutes_before_check;
alter table participant_reminder add constraint participant_reminder_minutes_before_check
    check (cardinality(minutes_before) <= 3 and 5 <= all (minutes_before) and 10080 >= all (minutes_before));
