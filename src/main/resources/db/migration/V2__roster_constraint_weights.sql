-- A camp's own weights for the roster's soft constraints. A camp without a row for a
-- constraint uses its default weight (RosterWeights in the code). constraint_name is the
-- constraint's stable key there (FAIR_WORKLOAD, GENTLE_START, ...), not its display text,
-- so rewording a rule keeps the weights. Hard and medium rules have no weight here: a camp
-- cannot trade safety or an empty seat for comfort. Weight 0 switches a rule off.
create table camp_constraint_weight (
    camp_id          bigint  not null references camp (id) on delete cascade,
    constraint_name  text    not null,
    weight           bigint  not null check (weight >= 0),
    version          integer not null default 0,
    primary key (camp_id, constraint_name)
);
