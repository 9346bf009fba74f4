-- Durable solve jobs. db-scheduler keeps its queue in scheduled_tasks (its official
-- PostgreSQL schema, including the later state column); solve_job is ours: one row per
-- solve request with what the organizer sees (attempts, interruptions, stop requests), and
-- solve_job_event an append-only trail of starts, resumes and finishes across instances.

create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    state                text,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

create table solve_job (
    id                bigint generated always as identity primary key,
    camp_id           bigint      not null references camp (id) on delete cascade,
    requested_at      timestamptz not null,
    time_limit_s      bigint,
    unimproved_s      bigint,
    frozen_before     timestamp,
    attempts          int         not null default 0,
    runner            text,
    started_at        timestamptz,
    interrupted_at    timestamptz,
    checkpoint_at     timestamptz,
    checkpoint_score  text,
    stop_requested    boolean     not null default false,
    finished_at       timestamptz,
    outcome           text
);
-- At most one unfinished solve per camp, whatever the instance that asked for it.
create unique index solve_job_one_open_per_camp on solve_job (camp_id) where finished_at is null;
create index solve_job_camp on solve_job (camp_id, id desc);

create table solve_job_event (
    id       bigint generated always as identity primary key,
    job_id   bigint      not null references solve_job (id) on delete cascade,
    kind     text        not null,
    runner   text        not null,
    at       timestamptz not null
);
create index solve_job_event_job on solve_job_event (job_id);
