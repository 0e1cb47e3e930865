-- Administrators also say which regional customs branch serves a province (AgencyAdministration):
-- that change is audited like the others, under the branch that takes the province.
alter table agency_change drop constraint agency_change_action_check;
alter table agency_change add constraint agency_change_action_check
    check (action in ('CREATED', 'RENAMED', 'MOVED', 'CLOSED', 'COVERAGE'));
