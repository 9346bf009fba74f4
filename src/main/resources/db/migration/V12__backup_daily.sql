-- One row per day whose daily backup an instance has taken on: several instances on one
-- database each look at the same time of day, and only the one whose insert succeeds backs up.
create table daily_backup (
    day         date        primary key,
    runner      text        not null,
    started_at  timestamptz not null
);
