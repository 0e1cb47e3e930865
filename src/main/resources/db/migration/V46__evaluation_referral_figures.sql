-- Referral figures feed the evaluation KPIs (issue 12): a party's report task opens with the figures
-- of the referrals the party transferred in the period (counted from case_referral), which the party
-- confirms or corrects with a reason. The report keeps the figures it was offered beside those it
-- filed, and four referral KPIs join the twelve. Reports filed before keep null in every new column.
-- Portable SQL (H2 2.3, PostgreSQL 14-17).

alter table evaluation_report add column referrals_acknowledged_in_time bigint;
alter table evaluation_report add column referral_decisions_due bigint;
alter table evaluation_report add column cases_returned bigint;
alter table evaluation_report add column cases_sanctioned bigint;

-- What PhoiHop pre-filled when the report task opened, and when it counted it.
alter table evaluation_report add column prefilled_cases_transferred bigint;
alter table evaluation_report add column prefilled_acknowledged_in_time bigint;
alter table evaluation_report add column prefilled_decisions_due bigint;
alter table evaluation_report add column prefilled_answered_in_time bigint;
alter table evaluation_report add column prefilled_cases_prosecuted bigint;
alter table evaluation_report add column prefilled_cases_returned bigint;
alter table evaluation_report add column prefilled_cases_sanctioned bigint;
alter table evaluation_report add column referral_figures_at timestamp with time zone;

-- The party's reason when the referral figures it filed differ from the pre-filled ones.
alter table evaluation_report add column referral_figures_correction varchar;
