-- A seat a participant takes or hands over themselves makes a new publication, which used to
-- copy every seat of the latest one (about 10,000 rows on a large camp) under the publish lock,
-- once per take, for one changed seat. Such a publication now keeps only its seat changes on top
-- of the full publication it follows (base_publication_id), and published_seat becomes a view
-- that shows every publication whole, so that everything reading it (calendars, the Changes
-- tab, today's board, open seats) reads each publication as before.
alter table published_seat rename to publication_seat;

alter table publication add column base_publication_id bigint references publication (id) on delete cascade;

-- A seat of a change publication that differs from its base: held by participant_id, or empty
-- (null; also when that participant is deleted, as a deleted participant's seats are).
create table publication_seat_change (
    publication_id  bigint  not null references publication (id) on delete cascade,
    shift_id        bigint  not null references shift (id) on delete cascade,
    seat            integer not null,
    participant_id  bigint  references participant (id) on delete set null,
    primary key (publication_id, shift_id, seat)
);
create index publication_seat_change_participant on publication_seat_change (participant_id);

create view published_seat as
select p.id as publication_id, s.shift_id, s.seat, s.participant_id
from publication p
join publication_seat s on s.publication_id = coalesce(p.base_publication_id, p.id)
where not exists (select 1 from publication_seat_change c
                  where c.publication_id = p.id and c.shift_id = s.shift_id and c.seat = s.seat)
union all
select c.publication_id, c.shift_id, c.seat, c.participant_id
from publication_seat_change c
where c.participant_id is not null;

-- Seats written as before (a full publication's) go to its own rows.
create function published_seat_insert() returns trigger language plpgsql as $$
begin
    insert into publication_seat (publication_id, shift_id, seat, participant_id)
    values (new.publication_id, new.shift_id, new.seat, new.participant_id);
    return new;
end
$$;

create trigger published_seat_insert instead of insert on published_seat
    for each row execute function published_seat_insert();
