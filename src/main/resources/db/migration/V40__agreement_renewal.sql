-- Renewal (tái ký) at the end of an agreement's term: the new agreement points to the one it
-- renews, and the old one to its successor.
alter table agreement add column renewed_from_id bigint;
alter table agreement add column renewed_by_id bigint;
alter table agreement add constraint agreement_renewed_from_fk foreign key (renewed_from_id) references agreement (id);
alter table agreement add constraint agreement_renewed_by_fk foreign key (renewed_by_id) references agreement (id);
