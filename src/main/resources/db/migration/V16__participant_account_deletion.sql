-- A participant who deletes their account stays on the camps they are part of until those
-- camps are over (organizers still plan with them); then their personal data is erased and
-- only anonymous rows for counts and hours remain. account_deleted_at marks who asked;
-- erased_at marks who has been erased, so the erasure runs once.
alter table participant add column account_deleted_at timestamptz;
alter table participant add column erased_at timestamptz;
create index participant_erase_due on participant (camp_id) where account_deleted_at is not null and erased_at is null;
