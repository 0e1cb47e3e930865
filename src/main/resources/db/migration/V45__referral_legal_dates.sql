-- Case referrals run on the law's events (issue 12): every step the law counts from carries the
-- legal date the user records (receipt, decision, return, receipt of the returned dossier), next to
-- the time it was recorded; the decision clock counts from the last legal (re)start; a referral can
-- be refused, forwarded to another competent body, suspended and resumed, and a prosecuted case is
-- followed until its outcome. Portable SQL (H2 2.3, PostgreSQL 14-17).

alter table case_referral add column handed_over_on date;
alter table case_referral add column received_on date;
alter table case_referral add column clock_started_on date;
alter table case_referral add column decided_on date;
alter table case_referral add column returned_on date;
alter table case_referral add column return_received_on date;
alter table case_referral add column return_received_at timestamp with time zone;
alter table case_referral add column return_received_by varchar(100);
alter table case_referral add column exhibits_complete boolean;
alter table case_referral add column verification_needed boolean;
alter table case_referral add column refusal_reason varchar;
alter table case_referral add column suspension_reason varchar;
alter table case_referral add column resumed_on date;
alter table case_referral add column prosecution_result varchar;
alter table case_referral add column concluded_on date;
alter table case_referral add column handover_count integer not null default 0;
-- the unit that forwarded the case to the current receiving agency (null: QLTT transferred it)
alter table case_referral add column forwarded_by varchar(40);

-- Referrals recorded before legal dates existed: their legal dates are the days their steps were
-- recorded (Vietnam time), which is what their clocks counted from.
update case_referral set handed_over_on = cast(transferred_at at time zone 'Asia/Ho_Chi_Minh' as date),
                         handover_count = 1
 where transferred_at is not null;
update case_referral set received_on = cast(received_at at time zone 'Asia/Ho_Chi_Minh' as date),
                         clock_started_on = cast(received_at at time zone 'Asia/Ho_Chi_Minh' as date)
 where received_at is not null;
update case_referral set decided_on = cast(outcome_at at time zone 'Asia/Ho_Chi_Minh' as date)
 where outcome_at is not null;
update case_referral set returned_on = cast(returned_at at time zone 'Asia/Ho_Chi_Minh' as date),
                         return_received_on = cast(returned_at at time zone 'Asia/Ho_Chi_Minh' as date)
 where returned_at is not null;

alter table case_referral drop constraint case_referral_status_check;
alter table case_referral add constraint case_referral_status_check check (status in (
    'DRAFT', 'UNDER_REVIEW', 'AWAITING_TRANSFER_DECISION', 'TRANSFERRED', 'REFUSED',
    'AWAITING_DECISION', 'PROSECUTED', 'CASE_CONCLUDED', 'SUSPENDED', 'NOT_PROSECUTED', 'RETURNED',
    'ADMINISTRATIVE_HANDLING', 'SANCTIONED', 'WITHDRAWN'));

-- The legal date an event stands for, when it has one (the recording time is occurred_at).
alter table case_referral_event add column legal_date date;

create index case_referral_handed_over_idx on case_referral (handed_over_on);
