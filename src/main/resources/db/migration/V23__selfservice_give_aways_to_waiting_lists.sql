-- A give-away nobody took before it expired goes to the task's waiting list: the seat, still the
-- giver's, is held for the first eligible person on the list (then the next), and taking it hands
-- it over from the giver. The hold names the give-away it came from; the give-away is closed as
-- passed to the waiting list until someone takes it (GIVEN) or nobody on the list can (EXPIRED).
alter table waiting_seat_offer add column seat_offer_id bigint references seat_offer (id) on delete cascade;
create index waiting_seat_offer_give_away on waiting_seat_offer (seat_offer_id) where seat_offer_id is not null;

alter table seat_offer drop constraint seat_offer_outcome_check;
alter table seat_offer add constraint seat_offer_outcome_check
    check (outcome in ('GIVEN', 'SWAPPED', 'WITHDRAWN', 'EXPIRED', 'DECLINED', 'WAITING_LIST'));
