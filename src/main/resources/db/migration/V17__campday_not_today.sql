-- Camp days: "not today". A participant (or an organizer for them) says they cannot come on
-- one day of their stay; they keep their stay and bed. The note is for organizers only.
-- away_from/away_until is the unavailability this added (empty when the day was already
-- away), so that taking it back removes exactly that and never a day-away preference.
create table not_today (
    participant_id    bigint      not null references participant (id) on delete cascade,
    day               date        not null,
    note              text        check (char_length(note) <= 500),
    said_at           timestamptz not null,
    said_by_organizer boolean     not null,
    away_from         timestamp,
    away_until        timestamp,
    primary key (participant_id, day),
    constraint not_today_away check (away_until is null or away_until > away_from)
);

-- The re-plans a "not today" started, so that the end of one can be published by itself
-- when the camp allows it and nobody else's day changed.
create table absence_replan (
    job_id          bigint primary key references solve_job (id) on delete cascade,
    participant_id  bigint not null references participant (id) on delete cascade
);

-- Per camp: may a same-day absence re-plan that changes no other person's day be published
-- without an organizer? Off unless an organizer turns it on.
create table camp_day_setting (
    camp_id                  bigint  primary key references camp (id) on delete cascade,
    publish_absences_alone   boolean not null default false
);

-- A re-plan of a window: seats of shifts starting at or after frozen_after stay as they are,
-- as those starting before frozen_before do.
alter table solve_job add column frozen_after timestamp;
