-- Calendar feeds for host villages, houses and organizers besides participants, stable
-- events across publications, reminders and email invites.

-- A token now says which feed it opens: kind + subject (participant, village, house or camp
-- id) within a camp. Participant tokens keep participant_id, so deleting a participant still
-- deletes their tokens.
alter table feed_token alter column participant_id drop not null;
alter table feed_token add column camp_id bigint references camp (id) on delete cascade;
alter table feed_token add column kind text not null default 'PARTICIPANT'
    check (kind in ('PARTICIPANT', 'VILLAGE', 'HOUSE', 'CAMP'));
alter table feed_token add column subject_id bigint;
update feed_token t set camp_id = p.camp_id, subject_id = t.participant_id
    from participant p where p.id = t.participant_id;
alter table feed_token alter column camp_id set not null;
alter table feed_token alter column subject_id set not null;
alter table feed_token alter column kind drop default;
alter table feed_token add constraint feed_token_participant_subject
    check ((kind = 'PARTICIPANT') = (participant_id is not null)
           and (participant_id is null or participant_id = subject_id));
-- One live token per feed; two organizers listing feeds at once could otherwise issue two.
update feed_token t set revoked_at = now()
    where revoked_at is null
      and exists (select 1 from feed_token n where n.kind = t.kind and n.camp_id = t.camp_id
                  and n.subject_id = t.subject_id and n.revoked_at is null and n.id > t.id);
create unique index feed_token_live on feed_token (kind, camp_id, subject_id) where revoked_at is null;

-- Every event any feed has shown, with the content it last showed. Feeds are served from
-- here, so a feed always shows exactly what its SEQUENCE numbers promise. A publication
-- bumps sequence and modified_at of each event whose content hash changed; an event that
-- disappears is marked cancelled (its row is never deleted, so if the uid returns it goes on
-- counting instead of starting at 0 again, which clients would ignore as stale).
-- Times are local to the camp's time zone, like shift and participant dates. A participant's
-- own events go when the participant is deleted (participant_id); nicknames in other feeds
-- go with the next publication.
create table calendar_event (
    camp_id       bigint           not null references camp (id) on delete cascade,
    feed_kind     text             not null check (feed_kind in ('PARTICIPANT', 'VILLAGE', 'HOUSE', 'CAMP')),
    subject_id    bigint           not null,
    participant_id bigint          references participant (id) on delete cascade,
    uid           text             not null,
    content_hash  bytea            not null,
    sequence      integer          not null check (sequence >= 0),
    modified_at   timestamptz      not null,
    cancelled_at  timestamptz,
    summary       text             not null,
    description   text             not null,
    location      text             not null,
    latitude      double precision,
    longitude     double precision,
    starts_at     timestamp        not null,
    ends_at       timestamp        not null,
    primary key (feed_kind, uid),
    constraint calendar_event_participant check ((feed_kind = 'PARTICIPANT') = (participant_id is not null)
                                                 and (participant_id is null or participant_id = subject_id))
);
create index calendar_event_feed on calendar_event (camp_id, feed_kind, subject_id);
create index calendar_event_participant on calendar_event (participant_id) where participant_id is not null;

-- Which publication the calendar events were last brought up to.
create table calendar_publication (
    publication_id  bigint      primary key references publication (id) on delete cascade,
    camp_id         bigint      not null references camp (id) on delete cascade,
    applied_at      timestamptz not null
);
create index calendar_publication_camp on calendar_publication (camp_id);

-- A participant's own reminder times; without a row: the evening before and an hour before.
create table participant_reminder (
    participant_id  bigint    primary key references participant (id) on delete cascade,
    evening_before  boolean   not null,
    minutes_before  integer[] not null default '{}'
        check (0 <= all (minutes_before) and 10080 >= all (minutes_before))
);

-- Invites and cancellations waiting for, or past, the mail server. One row per participant,
-- publication and method, so a message is never queued twice. The attachment is kept only
-- until the message is sent. A message whose send was interrupted (SENDING for too long) is
-- marked UNCERTAIN and never sent again: a missing invite is reported, a duplicate is not.
create table outgoing_mail (
    id               bigint generated always as identity primary key,
    camp_id          bigint      not null references camp (id) on delete cascade,
    publication_id   bigint      not null references publication (id) on delete cascade,
    participant_id   bigint      not null references participant (id) on delete cascade,
    method           text        not null check (method in ('REQUEST', 'CANCEL')),
    status           text        not null default 'PENDING'
        check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNCERTAIN')),
    calendar         text,
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    claimed_at       timestamptz,
    sent_at          timestamptz,
    last_error       text,
    created_at       timestamptz not null,
    unique (publication_id, participant_id, method)
);
create index outgoing_mail_due on outgoing_mail (next_attempt_at) where status = 'PENDING';
create index outgoing_mail_camp on outgoing_mail (camp_id);
