-- One numbering mechanism for every yearly code (vn.phoihop.code.YearlyCodes): QC-2026-0001,
-- KH-2026-0001, CHS-2026-0007. Replaces agreement_code_counter (agreements) and
-- case_referral_sequence (referrals); their last numbers carry over, so no code is issued twice.
-- Portable SQL (H2 2.3, PostgreSQL 14-17).

-- One row per prefix: the lock every numbering with that prefix queues on. Prefixes are added
-- here, by migrations, never at run time.
create table code_series (
    prefix      varchar(10) not null primary key
);
insert into code_series (prefix) values ('QC'), ('KH'), ('CHS');

-- Last number handed out per prefix and year, e.g. (QC, 2026) -> 42 (QC-2026-0042).
create table code_counter (
    prefix      varchar(10) not null references code_series (prefix),
    code_year   integer     not null,
    last_value  integer     not null,
    constraint code_counter_pk primary key (prefix, code_year)
);

-- agreement_code_counter.prefix is '<prefix>-<year>' (QC-2026, KH-2027).
insert into code_counter (prefix, code_year, last_value)
select substring(prefix from 1 for position('-' in prefix) - 1),
       cast(substring(prefix from position('-' in prefix) + 1) as integer),
       last_value
from agreement_code_counter;

insert into code_counter (prefix, code_year, last_value)
select 'CHS', code_year, last_number
from case_referral_sequence;

drop table agreement_code_counter;
drop table case_referral_sequence;
