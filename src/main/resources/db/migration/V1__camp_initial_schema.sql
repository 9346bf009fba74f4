-- Campfair's first full schema. Every table an organizer edits carries a version column
-- for optimistic locking: an UPDATE names the version it read and bumps it.
-- Local dates and times are in the camp's own time zone (camp.time_zone).

create table camp (
    id          bigint generated always as identity primary key,
    name        text        not null,
    starts_on   date        not null,
    ends_on     date        not null,
    time_zone   text        not null,
    language    text        not null default 'ja',
    status      text        not null default 'DRAFT' check (status in ('DRAFT', 'PLANNING', 'PUBLISHED')),
    version     integer     not null default 0,
    created_at  timestamptz not null default now(),
    constraint camp_dates check (ends_on >= starts_on)
);

create table host_village (
    id        bigint generated always as identity primary key,
    name      text    not null unique,
    version   integer not null default 0
);

create table camp_host_village (
    camp_id    bigint not null references camp (id) on delete cascade,
    village_id bigint not null references host_village (id),
    primary key (camp_id, village_id)
);

create table site (
    id          bigint generated always as identity primary key,
    village_id  bigint           not null references host_village (id) on delete cascade,
    name        text             not null,
    address     text             not null default '',
    latitude    double precision not null,
    longitude   double precision not null,
    version     integer          not null default 0,
    unique (village_id, name)
);

create table house (
    id         bigint generated always as identity primary key,
    camp_id    bigint           not null references camp (id) on delete cascade,
    name       text             not null,
    address    text             not null default '',
    latitude   double precision not null,
    longitude  double precision not null,
    version    integer          not null default 0,
    unique (camp_id, name)
);

create table room (
    id         bigint generated always as identity primary key,
    house_id   bigint  not null references house (id) on delete cascade,
    name       text    not null,
    private    boolean not null default false,
    step_free  boolean not null default false,
    quiet      boolean not null default false,
    rule       text    check (rule in ('WOMEN_ONLY', 'MEN_ONLY')),
    version    integer not null default 0,
    unique (house_id, name)
);

create table bed (
    id       bigint generated always as identity primary key,
    room_id  bigint  not null references room (id) on delete cascade,
    label    text    not null,
    version  integer not null default 0,
    unique (room_id, label)
);

create table task (
    id              bigint generated always as identity primary key,
    camp_id         bigint  not null references camp (id) on delete cascade,
    site_id         bigint  not null references site (id),
    name            text    not null,
    description     text    not null default '',
    required_skills text[]  not null default '{}',
    intensity       text    not null check (intensity in ('LIGHT', 'MODERATE', 'HEAVY')),
    indoor          boolean not null default false,
    what_to_bring   text    not null default '',
    version         integer not null default 0,
    unique (camp_id, name)
);

create table shift (
    id             bigint generated always as identity primary key,
    task_id        bigint  not null references task (id) on delete cascade,
    day            date    not null,
    start_time     time    not null,
    end_time       time    not null,
    min_headcount  integer not null check (min_headcount >= 0),
    max_headcount  integer not null,
    needs_lead     boolean not null default false,
    version        integer not null default 0,
    constraint shift_times check (end_time > start_time),
    constraint shift_headcount check (max_headcount >= min_headcount and max_headcount >= 1)
);
create index shift_task_day on shift (task_id, day);

create table participant (
    id                   bigint generated always as identity primary key,
    camp_id              bigint   not null references camp (id) on delete cascade,
    nickname             text     not null,
    legal_name           text     not null default '',
    email                text     not null default '',
    language             text     not null default 'ja',
    gender               text     check (gender in ('FEMALE', 'MALE', 'OTHER')),
    arrives_on           date     not null,
    departs_on           date     not null,
    skills               text[]   not null default '{}',
    is_returning         boolean  not null default false,
    max_hours_per_day    integer  not null default 6 check (max_hours_per_day between 0 and 12),
    intensity_comfort    text     not null default 'MODERATE' check (intensity_comfort in ('LIGHT', 'MODERATE', 'HEAVY')),
    needs_private_room   boolean  not null default false,
    needs_step_free      boolean  not null default false,
    version              integer  not null default 0,
    unique (camp_id, nickname),
    constraint participant_stay check (departs_on >= arrives_on)
);

create table participant_unavailability (
    id              bigint generated always as identity primary key,
    participant_id  bigint    not null references participant (id) on delete cascade,
    starts_at       timestamp not null,
    ends_at         timestamp not null,
    constraint unavailability_period check (ends_at > starts_at)
);

create table task_preference (
    participant_id  bigint not null references participant (id) on delete cascade,
    task_id         bigint not null references task (id) on delete cascade,
    preference      text   not null check (preference in ('LIKE', 'DISLIKE')),
    primary key (participant_id, task_id)
);

create table participant_request (
    participant_id  bigint not null references participant (id) on delete cascade,
    other_id        bigint not null references participant (id) on delete cascade,
    kind            text   not null check (kind in ('BUDDY', 'AVOID')),
    primary key (participant_id, other_id, kind),
    constraint request_not_self check (participant_id <> other_id)
);

-- The working roster: one row per seat of a shift, empty while unfilled.
create table seat_assignment (
    id              bigint generated always as identity primary key,
    shift_id        bigint  not null references shift (id) on delete cascade,
    seat            integer not null check (seat >= 0),
    participant_id  bigint  references participant (id) on delete set null,
    pinned          boolean not null default false,
    version         integer not null default 0,
    unique (shift_id, seat)
);
create index seat_assignment_participant on seat_assignment (participant_id);

-- The bed a participant sleeps in for their whole stay.
create table bed_assignment (
    id              bigint generated always as identity primary key,
    participant_id  bigint  not null unique references participant (id) on delete cascade,
    bed_id          bigint  references bed (id) on delete set null,
    pinned          boolean not null default false,
    version         integer not null default 0
);

-- What the last solve reached, per camp.
create table roster_result (
    camp_id     bigint primary key references camp (id) on delete cascade,
    score       text        not null,
    feasible    boolean     not null,
    solved_at   timestamptz not null
);

-- A published roster is a frozen copy: feeds and invites read it, re-solving never touches it.
create table publication (
    id            bigint generated always as identity primary key,
    camp_id       bigint      not null references camp (id) on delete cascade,
    score         text        not null,
    published_at  timestamptz not null default now()
);
create index publication_camp on publication (camp_id, published_at desc);

create table published_seat (
    publication_id  bigint  not null references publication (id) on delete cascade,
    shift_id        bigint  not null references shift (id) on delete cascade,
    seat            integer not null,
    participant_id  bigint  not null references participant (id) on delete cascade,
    primary key (publication_id, shift_id, seat)
);
create index published_seat_participant on published_seat (participant_id);

create table published_bed (
    publication_id  bigint not null references publication (id) on delete cascade,
    participant_id  bigint not null references participant (id) on delete cascade,
    bed_id          bigint not null references bed (id) on delete cascade,
    primary key (publication_id, participant_id)
);

-- Calendar feed tokens. A token is an HMAC of a random nonce under a server-side key that
-- never enters the database; the database keeps the nonce (so an organizer can be shown the
-- URL again) and a SHA-256 hash of the token for look-up. A database dump alone reveals no
-- feed URL. Revoking sets revoked_at; a new token can then be issued.
create table feed_token (
    id              bigint generated always as identity primary key,
    participant_id  bigint      not null references participant (id) on delete cascade,
    nonce           bytea       not null,
    token_hash      bytea       not null unique,
    created_at      timestamptz not null default now(),
    revoked_at      timestamptz
);
create index feed_token_participant on feed_token (participant_id);

-- Application accounts. The demo profile creates organizer, host and participant.
create table app_user (
    id              bigint generated always as identity primary key,
    username        text    not null unique,
    password_hash   text    not null,
    role            text    not null check (role in ('ORGANIZER', 'HOST', 'PARTICIPANT')),
    participant_id  bigint  references participant (id) on delete set null,
    village_id      bigint  references host_village (id) on delete set null,
    enabled         boolean not null default true,
    version         integer not null default 0
);
