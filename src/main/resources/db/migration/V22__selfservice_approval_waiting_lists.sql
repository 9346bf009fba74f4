-- Per camp: whether accepted give-aways and swaps wait for an organizer's approval (off: they
-- apply at once, as before), whether participants may join waiting lists, and how long a seat
-- freed for the first person on a waiting list stays held for them (never past the shift's start).
alter table self_service_setting add column approval boolean not null default false;
alter table self_service_setting add column waiting_lists boolean not null default true;
alter table self_service_setting add column waiting_offer_minutes integer not null default 720
    check (waiting_offer_minutes between 15 and 10080);

-- An accepted offer waiting for approval: still open (closed_at null), with the taker in
-- taken_by, for a swap the seat they give in returned_shift_id, and when they asked. An
-- organizer approves (GIVEN or SWAPPED) or declines (DECLINED, nothing changes).
alter table seat_offer add column requested_at timestamptz;
alter table seat_offer add constraint seat_offer_requested check ((requested_at is null) = (taken_by is null)
    or closed_at is not null);
alter table seat_offer drop constraint seat_offer_outcome_check;
alter table seat_offer add constraint seat_offer_outcome_check
    check (outcome in ('GIVEN', 'SWAPPED', 'WITHDRAWN', 'EXPIRED', 'DECLINED'));
create index seat_offer_pending on seat_offer (camp_id) where closed_at is null and taken_by is not null;

-- Waiting lists: participants who want a seat of a task whose seats are all taken, first come
-- first served. Goes with the participant when their data is deleted.
create table waiting_list_entry (
    id              bigint generated always as identity primary key,
    camp_id         bigint      not null references camp (id) on delete cascade,
    task_id         bigint      not null references task (id) on delete cascade,
    participant_id  bigint      not null references participant (id) on delete cascade,
    joined_at       timestamptz not null,
    unique (task_id, participant_id)
);
create index waiting_list_entry_camp on waiting_list_entry (camp_id);
create index waiting_list_entry_participant on waiting_list_entry (participant_id);

-- A freed seat of a shift held for one person on the task's waiting list until expires_at; then
-- the next person. A person is offered a shift once (unique), so the list moves on.
create table waiting_seat_offer (
    id              bigint generated always as identity primary key,
    camp_id         bigint      not null references camp (id) on delete cascade,
    task_id         bigint      not null references task (id) on delete cascade,
    shift_id        bigint      not null references shift (id) on delete cascade,
    participant_id  bigint      not null references participant (id) on delete cascade,
    offered_at      timestamptz not null,
    expires_at      timestamptz not null,
    closed_at       timestamptz,
    outcome         text        check (outcome in ('TAKEN', 'DECLINED', 'EXPIRED', 'GONE')),
    constraint waiting_seat_offer_closed check ((closed_at is null) = (outcome is null)),
    unique (shift_id, participant_id)
);
create index waiting_seat_offer_open on waiting_seat_offer (camp_id, shift_id) where closed_at is null;
create index waiting_seat_offer_participant on waiting_seat_offer (participant_id);
