-- After the camp: which name a participant wants on their certificate of participation.
-- No row means the nickname, the name Campfair shows everywhere; a participant may choose
-- their legal name instead (e.g. for a job-support programme's record).
create table certificate_name_choice (
    participant_id bigint      primary key references participant (id) on delete cascade,
    legal_name     boolean     not null,
    chosen_at      timestamptz not null
);
