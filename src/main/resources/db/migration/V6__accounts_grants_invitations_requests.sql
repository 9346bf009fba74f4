-- Accounts per camp, invitations and participants' change requests.

-- The language an account's pages are shown in (participants also keep theirs on their row).
alter table app_user add column language text not null default 'en';

-- Organizers who organize every camp (the association's own staff); others need a grant.
alter table app_user add column all_camps boolean not null default false;

-- Which camps an organizer account may see and change: organizers see only their own camps.
create table camp_organizer (
    camp_id  bigint not null references camp (id) on delete cascade,
    user_id  bigint not null references app_user (id) on delete cascade,
    primary key (camp_id, user_id)
);

-- One-time invitation links. Only a SHA-256 hash of the 256-bit token is kept, so a database
-- dump reveals no usable link. An invitation links the new account to one participant or one
-- host village; used_at makes it single-use.
create table invitation (
    id              bigint generated always as identity primary key,
    camp_id         bigint      not null references camp (id) on delete cascade,
    role            text        not null check (role in ('PARTICIPANT', 'HOST')),
    participant_id  bigint      references participant (id) on delete cascade,
    village_id      bigint      references host_village (id) on delete cascade,
    token_hash      bytea       not null unique,
    expires_at      timestamptz not null,
    used_at         timestamptz,
    created_at      timestamptz not null default now(),
    constraint invitation_subject check (
        (role = 'PARTICIPANT' and participant_id is not null and village_id is null)
        or (role = 'HOST' and village_id is not null and participant_id is null))
);

-- After publication a participant's new preferences wait here for an organizer's decision.
-- The wanted preferences are kept whole as JSON, exactly as the participant sent them.
create table preference_change_request (
    id              bigint generated always as identity primary key,
    participant_id  bigint      not null references participant (id) on delete cascade,
    preferences     jsonb       not null,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    requested_at    timestamptz not null default now(),
    decided_at      timestamptz,
    version         integer     not null default 0
);
create index preference_change_request_participant on preference_change_request (participant_id, requested_at desc);
