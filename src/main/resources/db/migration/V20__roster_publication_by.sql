-- Who published each roster, for the roster page's "Published on ... by ...". The account
-- may be deleted later: the publication stays, without a name.
alter table publication add column published_by bigint references app_user (id) on delete set null;
