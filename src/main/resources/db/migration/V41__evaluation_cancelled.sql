-- A period whose evaluation was cancelled because the agreement left its in-force wait (an amendment
-- or a termination arrived while the period was under way).
alter table evaluation drop constraint evaluation_status_check;
alter table evaluation add constraint evaluation_status_check
    check (status in ('REPORTING', 'RATED', 'CONFERENCE_SCHEDULED', 'CONFERENCE_HELD', 'CONCLUDED', 'CANCELLED'));
