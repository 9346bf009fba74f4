-- Camp days: who came to each published seat, and for how long. One row per seat once
-- someone marked it; version guards against two people marking the same seat at once.
create table seat_check_in (
    shift_id          bigint      not null references shift (id) on delete cascade,
    seat              integer     not null check (seat >= 0),
    participant_id    bigint      not null references participant (id) on delete cascade,
    state             text        not null check (state in ('CAME', 'CAME_LATE', 'LEFT_EARLY', 'DID_NOT_COME')),
    confirmed_minutes integer     not null check (confirmed_minutes between 0 and 1440),
    marked_by         bigint      references app_user (id) on delete set null,
    marked_at         timestamptz not null,
    version           integer     not null check (version >= 1),
    primary key (shift_id, seat),
    constraint check_in_minutes check (state <> 'DID_NOT_COME' or confirmed_minutes = 0)
);
create index seat_check_in_participant on seat_check_in (participant_id);

-- The secret behind a camp's check-in QR codes (HMAC of the shift id); a new secret voids
-- every code printed before.
create table camp_check_in_key (
    camp_id     bigint      primary key references camp (id) on delete cascade,
    secret      bytea       not null check (length(secret) = 32),
    created_at  timestamptz not null
);
