-- Host villages belong to organizers. Before, a village was shared by name across all camps:
-- an organizer who imported a camp whose village had the same name as another organizer's
-- was attached to that village and could invite a host who then saw the other camp's work.
-- Now an organizer finds and links only villages they own; staff (all_camps) own them all.
create table village_organizer (
    village_id  bigint not null references host_village (id) on delete cascade,
    user_id     bigint not null references app_user (id) on delete cascade,
    primary key (village_id, user_id)
);
create index village_organizer_user on village_organizer (user_id);

-- Existing villages are owned through the camps that use them: every organizer granted one
-- of those camps keeps what they could do before.
insert into village_organizer (village_id, user_id)
select distinct h.village_id, g.user_id from camp_host_village h join camp_organizer g on g.camp_id = h.camp_id;

-- One rule, kept by the database so that no path that links or grants forgets it: whoever
-- organizes a camp owns the villages the camp hosts. Links themselves are made only to
-- villages the organizer already owns (checked in the application), so this never spreads a
-- village to someone its owners did not let in.
create function own_villages_of_camp_organizer() returns trigger language plpgsql as $$
begin
    insert into village_organizer (village_id, user_id)
    select h.village_id, new.user_id from camp_host_village h where h.camp_id = new.camp_id
    on conflict do nothing;
    return new;
end $$;
create trigger camp_organizer_owns_villages after insert on camp_organizer
    for each row execute function own_villages_of_camp_organizer();

create function own_linked_village() returns trigger language plpgsql as $$
begin
    insert into village_organizer (village_id, user_id)
    select new.village_id, g.user_id from camp_organizer g where g.camp_id = new.camp_id
    on conflict do nothing;
    return new;
end $$;
create trigger camp_host_village_owned after insert on camp_host_village
    for each row execute function own_linked_village();

-- Two organizers may each have a village called "Yuzuhara"; a camp still hosts one village
-- of a name (checked when linking), and an organizer's own villages are matched by name.
alter table host_village drop constraint host_village_name_key;
create index host_village_name on host_village (name);

-- A new invitation for a participant or a host village cancels the earlier unused ones, so
-- an old link forwarded or found later no longer opens.
alter table invitation add column cancelled_at timestamptz;
