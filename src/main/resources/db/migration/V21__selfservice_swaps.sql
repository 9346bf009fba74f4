-- Swaps: a participant offers one of their seats for one of the taker's. Per camp switch
-- beside give-aways; a swap applies at once (no organizer approval step).
alter table self_service_setting add column swaps boolean not null default true;

-- What kind of offer, and for a swap taken, the seat the taker gave in return.
alter table seat_offer add column kind text not null default 'GIVE' check (kind in ('GIVE', 'SWAP'));
alter table seat_offer add column returned_shift_id bigint references shift (id) on delete set null;
alter table seat_offer add column returned_seat integer check (returned_seat >= 0);
alter table seat_offer drop constraint seat_offer_outcome_check;
alter table seat_offer add constraint seat_offer_outcome_check
    check (outcome in ('GIVEN', 'SWAPPED', 'WITHDRAWN', 'EXPIRED'));

-- A swap writes one row per person: each took the other's seat (given_by names the other).
alter table self_service_change drop constraint self_service_change_kind_check;
alter table self_service_change add constraint self_service_change_kind_check
    check (kind in ('TOOK_SEAT', 'TOOK_GIVEN_SEAT', 'SWAPPED_SEAT'));
