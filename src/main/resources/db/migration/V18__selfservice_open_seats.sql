-- Participants' own changes to a published roster. Per camp: whether they may take open seats
-- themselves, the day from which only organizers change the roster, and how far above the
-- camp's fair share (hours per day at camp, the mean of everyone's) a seat they take may put
-- them. A camp without a row has the defaults.
create table self_service_setting (
    camp_id                    bigint  primary key references camp (id) on delete cascade,
    open_seats                 boolean not null default true,
    give_aways                 boolean not null default true,
    frozen_from                date,
    max_extra_minutes_per_day  integer not null default 60
        check (max_extra_minutes_per_day between 0 and 720),
    version                    integer not null default 0
);

-- Every change participants made themselves, for the organizers' activity list and the
-- participant's own page. Goes with the participant when their data is deleted.
create table self_service_change (
    id                    bigint generated always as identity primary key,
    camp_id               bigint           not null references camp (id) on delete cascade,
    participant_id        bigint           not null references participant (id) on delete cascade,
    kind                  text             not null check (kind in ('TOOK_SEAT', 'TOOK_GIVEN_SEAT')),
    -- Who gave the seat away, for TOOK_GIVEN_SEAT.
    given_by              bigint           references participant (id) on delete set null,
    shift_id              bigint           not null references shift (id) on delete cascade,
    seat                  integer          not null check (seat >= 0),
    publication_id        bigint           not null references publication (id) on delete cascade,
    hours_per_day_before  double precision not null,
    hours_per_day_after   double precision not null,
    made_at               timestamptz      not null
);
create index self_service_change_camp on self_service_change (camp_id, made_at desc);
create index self_service_change_participant on self_service_change (participant_id);

-- Published seats their holders give away. At most one open offer per seat; an offer closes
-- when taken (GIVEN), withdrawn or found expired. Expiry: 24 hours, never after the shift starts.
create table seat_offer (
    id          bigint generated always as identity primary key,
    camp_id     bigint      not null references camp (id) on delete cascade,
    shift_id    bigint      not null references shift (id) on delete cascade,
    seat        integer     not null check (seat >= 0),
    offered_by  bigint      not null references participant (id) on delete cascade,
    offered_at  timestamptz not null,
    expires_at  timestamptz not null,
    closed_at   timestamptz,
    outcome     text        check (outcome in ('GIVEN', 'WITHDRAWN', 'EXPIRED')),
    taken_by    bigint      references participant (id) on delete set null,
    constraint seat_offer_closed check ((closed_at is null) = (outcome is null))
);
create unique index seat_offer_open on seat_offer (shift_id, seat) where closed_at is null;
create index seat_offer_camp on seat_offer (camp_id) where closed_at is null;
create index seat_offer_participant on seat_offer (offered_by);
