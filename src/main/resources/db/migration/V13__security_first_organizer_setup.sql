-- One-time links for creating the first organizer of a new installation: a start with no
-- organizer account prints one in the log. Only the SHA-256 of a link's token is kept; a link
-- works once and for 24 hours, and none works once an organizer exists.
create table organizer_setup (
    id          bigint generated always as identity primary key,
    token_hash  bytea       not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
