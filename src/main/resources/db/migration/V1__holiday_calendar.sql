-- Working-day calendar: public holidays, compensatory days, bridge days off and the weekend days
-- worked in exchange. Seeded for 2025-2027; administrators maintain it through /api/v1/holidays.
create table holiday (
    holiday_date date         not null primary key,
    kind         varchar(20)  not null,
    name         varchar(200) not null,
    provisional  boolean      not null default false,
    updated_by   varchar(100),
    updated_at   timestamp with time zone,
    constraint holiday_kind_check check (kind in ('HOLIDAY', 'COMPENSATORY', 'BRIDGE', 'SWAP_WORKDAY'))
);

-- 2025
insert into holiday (holiday_date, kind, name) values
  ('2025-01-01', 'HOLIDAY', 'Tết Dương lịch'),
  ('2025-01-27', 'BRIDGE', 'Nghỉ hoán đổi Tết Nguyên đán (làm bù thứ Bảy 08/02/2025)'),
  ('2025-01-28', 'HOLIDAY', 'Tết Nguyên đán'),
  ('2025-01-29', 'HOLIDAY', 'Tết Nguyên đán'),
  ('2025-01-30', 'HOLIDAY', 'Tết Nguyên đán'),
  ('2025-01-31', 'HOLIDAY', 'Tết Nguyên đán'),
  ('2025-02-08', 'SWAP_WORKDAY', 'Làm bù cho ngày nghỉ hoán đổi 27/01/2025'),
  ('2025-04-07', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
  ('2025-04-30', 'HOLIDAY', 'Ngày Chiến thắng'),
  ('2025-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động'),
  ('2025-05-02', 'BRIDGE', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)'),
  ('2025-04-26', 'SWAP_WORKDAY', 'Làm bù cho ngày nghỉ hoán đổi 02/05/2025'),
  ('2025-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)'),
  ('2025-09-02', 'HOLIDAY', 'Quốc khánh');

-- 2026 (Tết Bính Ngọ: off Saturday 14 to Sunday 22 February)
insert into holiday (holiday_date, kind, name) values
  ('2026-01-01', 'HOLIDAY', 'Tết Dương lịch'),
  ('2026-02-16', 'HOLIDAY', 'Tết Nguyên đán'),
  ('2026-02-17', 'HOLIDAY', 'Tết Nguyên đán'),
  ('2026-02-18', 'HOLIDAY', 'Tết Nguyên đán'),
  ('2026-02-19', 'HOLIDAY', 'Tết Nguyên đán'),
  ('2026-02-20', 'HOLIDAY', 'Tết Nguyên đán'),
  ('2026-04-27', 'COMPENSATORY', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/04/2026 là Chủ nhật)'),
  ('2026-04-30', 'HOLIDAY', 'Ngày Chiến thắng'),
  ('2026-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động'),
  ('2026-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)'),
  ('2026-09-02', 'HOLIDAY', 'Quốc khánh');
insert into holiday (holiday_date, kind, name) values
  ('2026-04-26', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)');

-- 2027: provisional until the government announces the year's schedule.
insert into holiday (holiday_date, kind, name, provisional) values
  ('2027-01-01', 'HOLIDAY', 'Tết Dương lịch', true),
  ('2027-02-04', 'HOLIDAY', 'Tết Nguyên đán', true),
  ('2027-02-05', 'HOLIDAY', 'Tết Nguyên đán', true),
  ('2027-02-08', 'HOLIDAY', 'Tết Nguyên đán', true),
  ('2027-02-09', 'HOLIDAY', 'Tết Nguyên đán', true),
  ('2027-02-10', 'HOLIDAY', 'Tết Nguyên đán', true),
  ('2027-04-16', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', true),
  ('2027-04-30', 'HOLIDAY', 'Ngày Chiến thắng', true),
  ('2027-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động', true),
  ('2027-05-03', 'COMPENSATORY', 'Nghỉ bù Ngày Quốc tế lao động (01/05/2027 là thứ Bảy)', true),
  ('2027-09-02', 'HOLIDAY', 'Quốc khánh', true),
  ('2027-09-03', 'HOLIDAY', 'Quốc khánh (ngày liền kề)', true);
