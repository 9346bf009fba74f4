-- Personal API tokens: each account creates and revokes its own. Only a SHA-256 hash of the
-- 256-bit secret is kept (a dump reveals no usable token); revoking deletes the row, so a
-- revoked token is simply unknown. last_used_at is written at most once a minute per token.
create table api_token (
    id            bigint generated always as identity primary key,
    user_id       bigint      not null references app_user (id) on delete cascade,
    name          text        not null check (length(name) between 1 and 60),
    token_hash    bytea       not null unique,
    created_at    timestamptz not null,
    last_used_at  timestamptz,
    expires_at    timestamptz
);
create index api_token_user on api_token (user_id);
