-- An organizer may invite a co-organizer to a camp with a one-time link, like participants and
-- hosts: such an invitation names the camp only.
alter table invitation drop constraint invitation_role_check;
alter table invitation add constraint invitation_role_check check (role in ('PARTICIPANT', 'HOST', 'ORGANIZER'));
alter table invitation drop constraint invitation_subject;
alter table invitation add constraint invitation_subject check (
    (role = 'PARTICIPANT' and participant_id is not null and village_id is null)
    or (role = 'HOST' and village_id is not null and participant_id is null)
    or (role = 'ORGANIZER' and participant_id is null and village_id is null));
