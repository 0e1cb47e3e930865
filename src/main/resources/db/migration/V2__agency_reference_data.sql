-- Reference data: provinces, agencies and their succession, coordination fields, violation
-- categories. This file is the versioned data source: a change to the data is a new migration
-- (V3..), never an edit here. Portable SQL: runs on H2 2.3 and PostgreSQL 14-17.
--
-- Old bodies are never renamed or deleted: they get a valid_to and a succession link, so that an
-- agreement signed by "Cục Quản lý thị trường tỉnh Long An" stays readable under that name.

-- ---------------------------------------------------------------------------------------------
-- Provinces. The 34 provincial-level units since 1 July 2025 (Resolution 202/2025/QH15), plus the
-- 29 former provinces with the code of the province they merged into. Names without the
-- "tỉnh"/"thành phố" prefix, except Thành phố Hồ Chí Minh, which is never written without it.
-- ---------------------------------------------------------------------------------------------
create table province (
    code         varchar(3)   not null primary key,
    name         varchar(100) not null,
    merged_into  varchar(3),
    constraint province_code_check check (char_length(code) = 3 and code = upper(code)),
    constraint province_merged_into_fk foreign key (merged_into) references province (code)
);

insert into province (code, name) values
  ('HNI', 'Hà Nội'),
  ('HUE', 'Huế'),
  ('HPG', 'Hải Phòng'),
  ('DNG', 'Đà Nẵng'),
  ('HCM', 'Thành phố Hồ Chí Minh'),
  ('CTO', 'Cần Thơ'),
  ('LCU', 'Lai Châu'),
  ('DBN', 'Điện Biên'),
  ('SLA', 'Sơn La'),
  ('LSN', 'Lạng Sơn'),
  ('CBG', 'Cao Bằng'),
  ('QNH', 'Quảng Ninh'),
  ('THA', 'Thanh Hóa'),
  ('NAN', 'Nghệ An'),
  ('HTH', 'Hà Tĩnh'),
  ('TQG', 'Tuyên Quang'),
  ('LCI', 'Lào Cai'),
  ('TNN', 'Thái Nguyên'),
  ('PTO', 'Phú Thọ'),
  ('BNH', 'Bắc Ninh'),
  ('HYN', 'Hưng Yên'),
  ('NBH', 'Ninh Bình'),
  ('QTR', 'Quảng Trị'),
  ('QNG', 'Quảng Ngãi'),
  ('GLA', 'Gia Lai'),
  ('KHA', 'Khánh Hòa'),
  ('LDG', 'Lâm Đồng'),
  ('DLK', 'Đắk Lắk'),
  ('DNI', 'Đồng Nai'),
  ('TNI', 'Tây Ninh'),
  ('VLG', 'Vĩnh Long'),
  ('DTP', 'Đồng Tháp'),
  ('CMU', 'Cà Mau'),
  ('AGG', 'An Giang');

insert into province (code, name, merged_into) values
  ('HGG', 'Hà Giang', 'TQG'),
  ('YBI', 'Yên Bái', 'LCI'),
  ('BKN', 'Bắc Kạn', 'TNN'),
  ('VPC', 'Vĩnh Phúc', 'PTO'),
  ('HBH', 'Hòa Bình', 'PTO'),
  ('BGG', 'Bắc Giang', 'BNH'),
  ('TBH', 'Thái Bình', 'HYN'),
  ('HDG', 'Hải Dương', 'HPG'),
  ('HNM', 'Hà Nam', 'NBH'),
  ('NDH', 'Nam Định', 'NBH'),
  ('QBH', 'Quảng Bình', 'QTR'),
  ('QNM', 'Quảng Nam', 'DNG'),
  ('KTM', 'Kon Tum', 'QNG'),
  ('BDH', 'Bình Định', 'GLA'),
  ('NTN', 'Ninh Thuận', 'KHA'),
  ('DNO', 'Đắk Nông', 'LDG'),
  ('BTN', 'Bình Thuận', 'LDG'),
  ('PYN', 'Phú Yên', 'DLK'),
  ('BDG', 'Bình Dương', 'HCM'),
  ('BRV', 'Bà Rịa – Vũng Tàu', 'HCM'),
  ('BPC', 'Bình Phước', 'DNI'),
  ('LAN', 'Long An', 'TNI'),
  ('STG', 'Sóc Trăng', 'CTO'),
  ('HAG', 'Hậu Giang', 'CTO'),
  ('BTE', 'Bến Tre', 'VLG'),
  ('TVH', 'Trà Vinh', 'VLG'),
  ('TGG', 'Tiền Giang', 'DTP'),
  ('BLU', 'Bạc Liêu', 'CMU'),
  ('KGG', 'Kiên Giang', 'AGG');

-- ---------------------------------------------------------------------------------------------
-- Agencies. The code is also the agency's Camunda group id (docs/demo-identities.md).
-- province_code is null for central bodies. valid_to is the last day in force (inclusive).
-- ---------------------------------------------------------------------------------------------
create table agency (
    code           varchar(40)  not null primary key,
    name           varchar(300) not null,
    short_name     varchar(100) not null,
    agency_type    varchar(40)  not null,
    province_code  varchar(3),
    parent_code    varchar(40),
    valid_from     date         not null,
    valid_to       date,
    border_area    boolean      not null default false,
    email          varchar(200),
    constraint agency_code_check check (code = upper(code)),
    constraint agency_type_check check (agency_type in (
        'QLTT_SUB_DEPARTMENT', 'QLTT_TEAM', 'INDUSTRY_TRADE_DEPARTMENT', 'MINISTRY_AGENCY',
        'PROVINCIAL_POLICE', 'CUSTOMS_BRANCH', 'BORDER_GUARD', 'PROCURACY', 'PEOPLES_COMMITTEE',
        'STEERING_COMMITTEE_389')),
    constraint agency_validity_check check (valid_to is null or valid_to >= valid_from),
    constraint agency_province_fk foreign key (province_code) references province (code),
    constraint agency_parent_fk foreign key (parent_code) references agency (code)
);

create index agency_type_province_idx on agency (agency_type, province_code);

-- An agency has at most one successor; a merger gives a successor several predecessors.
create table agency_succession (
    predecessor_code  varchar(40) not null primary key,
    successor_code    varchar(40) not null,
    effective_date    date        not null,
    constraint agency_succession_distinct_check check (predecessor_code <> successor_code),
    constraint agency_succession_predecessor_fk foreign key (predecessor_code) references agency (code),
    constraint agency_succession_successor_fk foreign key (successor_code) references agency (code)
);

-- Central bodies. The Tổng cục's dates are approximate (Decision 34/2018/QĐ-TTg).
insert into agency (code, name, short_name, agency_type, province_code, parent_code, valid_from, valid_to) values
  ('TCQLTT', 'Tổng cục Quản lý thị trường', 'Tổng cục QLTT', 'MINISTRY_AGENCY', null, null, '2018-08-10', '2025-02-28'),
  ('BCT-TTTN', 'Cục Quản lý và Phát triển thị trường trong nước (Bộ Công Thương)', 'Cục QL&PT thị trường trong nước', 'MINISTRY_AGENCY', null, null, '2025-03-01', null),
  ('BCD389-QG', 'Ban Chỉ đạo 389 quốc gia', 'BCĐ 389 quốc gia', 'STEERING_COMMITTEE_389', null, null, '2025-03-01', null);

-- Former provincial QLTT departments (under the Tổng cục until 2025), succeeded on 1 July 2025 by
-- the Chi cục QLTT of the merged province. valid_from is approximate: the provincial Cục were
-- formed in late 2018; the exact date per province is unconfirmed.
insert into agency (code, name, short_name, agency_type, province_code, parent_code, valid_from, valid_to) values
  ('CQLTT-TNI', 'Cục Quản lý thị trường tỉnh Tây Ninh', 'Cục QLTT Tây Ninh', 'QLTT_SUB_DEPARTMENT', 'TNI', 'TCQLTT', '2018-12-01', '2025-06-30'),
  ('CQLTT-LAN', 'Cục Quản lý thị trường tỉnh Long An', 'Cục QLTT Long An', 'QLTT_SUB_DEPARTMENT', 'LAN', 'TCQLTT', '2018-12-01', '2025-06-30'),
  ('CQLTT-DTP', 'Cục Quản lý thị trường tỉnh Đồng Tháp', 'Cục QLTT Đồng Tháp', 'QLTT_SUB_DEPARTMENT', 'DTP', 'TCQLTT', '2018-12-01', '2025-06-30'),
  ('CQLTT-TGG', 'Cục Quản lý thị trường tỉnh Tiền Giang', 'Cục QLTT Tiền Giang', 'QLTT_SUB_DEPARTMENT', 'TGG', 'TCQLTT', '2018-12-01', '2025-06-30'),
  ('CQLTT-QNG', 'Cục Quản lý thị trường tỉnh Quảng Ngãi', 'Cục QLTT Quảng Ngãi', 'QLTT_SUB_DEPARTMENT', 'QNG', 'TCQLTT', '2018-12-01', '2025-06-30'),
  ('CQLTT-KTM', 'Cục Quản lý thị trường tỉnh Kon Tum', 'Cục QLTT Kon Tum', 'QLTT_SUB_DEPARTMENT', 'KTM', 'TCQLTT', '2018-12-01', '2025-06-30'),
  ('CQLTT-GLA', 'Cục Quản lý thị trường tỉnh Gia Lai', 'Cục QLTT Gia Lai', 'QLTT_SUB_DEPARTMENT', 'GLA', 'TCQLTT', '2018-12-01', '2025-06-30'),
  ('CQLTT-BDH', 'Cục Quản lý thị trường tỉnh Bình Định', 'Cục QLTT Bình Định', 'QLTT_SUB_DEPARTMENT', 'BDH', 'TCQLTT', '2018-12-01', '2025-06-30'),
  ('CQLTT-VLG', 'Cục Quản lý thị trường tỉnh Vĩnh Long', 'Cục QLTT Vĩnh Long', 'QLTT_SUB_DEPARTMENT', 'VLG', 'TCQLTT', '2018-12-01', '2025-06-30'),
  ('CQLTT-BTE', 'Cục Quản lý thị trường tỉnh Bến Tre', 'Cục QLTT Bến Tre', 'QLTT_SUB_DEPARTMENT', 'BTE', 'TCQLTT', '2018-12-01', '2025-06-30'),
  ('CQLTT-TVH', 'Cục Quản lý thị trường tỉnh Trà Vinh', 'Cục QLTT Trà Vinh', 'QLTT_SUB_DEPARTMENT', 'TVH', 'TCQLTT', '2018-12-01', '2025-06-30');

-- Provincial bodies in force since 1 July 2025. Parents first (foreign key on parent_code).
-- The Chi cục QLTT is a unit of the provincial Sở Công Thương; its teams are units of the Chi cục.
-- The Đồng Tháp, Quảng Ngãi and Gia Lai Chi cục names follow the pattern of the confirmed ones.
insert into agency (code, name, short_name, agency_type, province_code, parent_code, valid_from, border_area) values
  ('SCT-TNI', 'Sở Công Thương tỉnh Tây Ninh', 'Sở Công Thương Tây Ninh', 'INDUSTRY_TRADE_DEPARTMENT', 'TNI', null, '2025-07-01', false),
  ('SCT-VLG', 'Sở Công Thương tỉnh Vĩnh Long', 'Sở Công Thương Vĩnh Long', 'INDUSTRY_TRADE_DEPARTMENT', 'VLG', null, '2025-07-01', false),
  ('SCT-QNG', 'Sở Công Thương tỉnh Quảng Ngãi', 'Sở Công Thương Quảng Ngãi', 'INDUSTRY_TRADE_DEPARTMENT', 'QNG', null, '2025-07-01', false),
  ('SCT-GLA', 'Sở Công Thương tỉnh Gia Lai', 'Sở Công Thương Gia Lai', 'INDUSTRY_TRADE_DEPARTMENT', 'GLA', null, '2025-07-01', false),
  ('SCT-DTP', 'Sở Công Thương tỉnh Đồng Tháp', 'Sở Công Thương Đồng Tháp', 'INDUSTRY_TRADE_DEPARTMENT', 'DTP', null, '2025-07-01', false),

  ('QLTT-TNI', 'Chi cục Quản lý thị trường tỉnh Tây Ninh', 'Chi cục QLTT Tây Ninh', 'QLTT_SUB_DEPARTMENT', 'TNI', 'SCT-TNI', '2025-07-01', false),
  ('QLTT-VLG', 'Chi cục Quản lý thị trường tỉnh Vĩnh Long', 'Chi cục QLTT Vĩnh Long', 'QLTT_SUB_DEPARTMENT', 'VLG', 'SCT-VLG', '2025-07-01', false),
  ('QLTT-QNG', 'Chi cục Quản lý thị trường tỉnh Quảng Ngãi', 'Chi cục QLTT Quảng Ngãi', 'QLTT_SUB_DEPARTMENT', 'QNG', 'SCT-QNG', '2025-07-01', false),
  ('QLTT-GLA', 'Chi cục Quản lý thị trường tỉnh Gia Lai', 'Chi cục QLTT Gia Lai', 'QLTT_SUB_DEPARTMENT', 'GLA', 'SCT-GLA', '2025-07-01', false),
  ('QLTT-DTP', 'Chi cục Quản lý thị trường tỉnh Đồng Tháp', 'Chi cục QLTT Đồng Tháp', 'QLTT_SUB_DEPARTMENT', 'DTP', 'SCT-DTP', '2025-07-01', false),

  ('QLTT-TNI-D1', 'Đội Quản lý thị trường số 1 (Chi cục QLTT Tây Ninh)', 'Đội QLTT số 1 (Tây Ninh)', 'QLTT_TEAM', 'TNI', 'QLTT-TNI', '2025-07-01', false),
  ('QLTT-VLG-D5', 'Đội Quản lý thị trường số 5', 'Đội QLTT số 5 (Vĩnh Long)', 'QLTT_TEAM', 'VLG', 'QLTT-VLG', '2025-07-01', false),
  ('QLTT-QNG-D2', 'Đội Quản lý thị trường số 2 (biên giới)', 'Đội QLTT số 2 (Quảng Ngãi)', 'QLTT_TEAM', 'QNG', 'QLTT-QNG', '2025-07-01', true),
  ('QLTT-GLA-D4', 'Đội Quản lý thị trường số 4 (biên giới)', 'Đội QLTT số 4 (Gia Lai)', 'QLTT_TEAM', 'GLA', 'QLTT-GLA', '2025-07-01', true),

  ('CA-TNI', 'Công an tỉnh Tây Ninh', 'Công an Tây Ninh', 'PROVINCIAL_POLICE', 'TNI', null, '2025-07-01', false),
  ('CA-VLG', 'Công an tỉnh Vĩnh Long', 'Công an Vĩnh Long', 'PROVINCIAL_POLICE', 'VLG', null, '2025-07-01', false),
  ('CA-QNG', 'Công an tỉnh Quảng Ngãi', 'Công an Quảng Ngãi', 'PROVINCIAL_POLICE', 'QNG', null, '2025-07-01', false),
  ('CA-GLA', 'Công an tỉnh Gia Lai', 'Công an Gia Lai', 'PROVINCIAL_POLICE', 'GLA', null, '2025-07-01', false),
  ('CA-DTP', 'Công an tỉnh Đồng Tháp', 'Công an Đồng Tháp', 'PROVINCIAL_POLICE', 'DTP', null, '2025-07-01', false),

  ('VKS-TNI', 'Viện kiểm sát nhân dân tỉnh Tây Ninh', 'VKSND Tây Ninh', 'PROCURACY', 'TNI', null, '2025-07-01', false),
  ('UBND-TNI', 'Ủy ban nhân dân tỉnh Tây Ninh', 'UBND tỉnh Tây Ninh', 'PEOPLES_COMMITTEE', 'TNI', null, '2025-07-01', false),
  ('BCD389-TNI', 'Ban Chỉ đạo 389 tỉnh Tây Ninh', 'BCĐ 389 Tây Ninh', 'STEERING_COMMITTEE_389', 'TNI', 'BCD389-QG', '2025-07-01', false);

-- Customs: the 20 regional branches (Chi cục Hải quan khu vực I-XX) each cover several
-- provinces. Which branch serves which province is UNCONFIRMED: only the demo's branch is seeded,
-- under the province of its seat; add the others (and correct this one) with a later migration.
insert into agency (code, name, short_name, agency_type, province_code, parent_code, valid_from, border_area) values
  ('HQ-KV17', 'Chi cục Hải quan khu vực XVII', 'Hải quan khu vực XVII', 'CUSTOMS_BRANCH', 'TNI', null, '2025-07-01', false);

-- Border Guard posts. Mộc Bài and Cổ Chiên are confirmed; Bờ Y (Quảng Ngãi, formerly Kon Tum),
-- Lệ Thanh (Gia Lai) and Dinh Bà (Đồng Tháp) are the international border-gate posts of the
-- demo provinces, named from public sources (unconfirmed with the partners).
insert into agency (code, name, short_name, agency_type, province_code, parent_code, valid_from, border_area) values
  ('BP-MOCBAI', 'Đồn Biên phòng cửa khẩu quốc tế Mộc Bài', 'Đồn Biên phòng Mộc Bài', 'BORDER_GUARD', 'TNI', null, '2025-07-01', true),
  ('BP-COCHIEN', 'Đồn Biên phòng Cổ Chiên', 'Đồn Biên phòng Cổ Chiên', 'BORDER_GUARD', 'VLG', null, '2025-07-01', true),
  ('BP-BOY', 'Đồn Biên phòng cửa khẩu quốc tế Bờ Y', 'Đồn Biên phòng Bờ Y', 'BORDER_GUARD', 'QNG', null, '2025-07-01', true),
  ('BP-LETHANH', 'Đồn Biên phòng cửa khẩu quốc tế Lệ Thanh', 'Đồn Biên phòng Lệ Thanh', 'BORDER_GUARD', 'GLA', null, '2025-07-01', true),
  ('BP-DINHBA', 'Đồn Biên phòng cửa khẩu quốc tế Dinh Bà', 'Đồn Biên phòng Dinh Bà', 'BORDER_GUARD', 'DTP', null, '2025-07-01', true);

-- Simplification: in 2025 the provincial Cục QLTT first became Chi cục under the old province's
-- Sở Công Thương (March) and only then merged (July); the intermediate bodies are not modelled.
insert into agency_succession (predecessor_code, successor_code, effective_date) values
  ('TCQLTT', 'BCT-TTTN', '2025-03-01'),
  ('CQLTT-TNI', 'QLTT-TNI', '2025-07-01'),
  ('CQLTT-LAN', 'QLTT-TNI', '2025-07-01'),
  ('CQLTT-DTP', 'QLTT-DTP', '2025-07-01'),
  ('CQLTT-TGG', 'QLTT-DTP', '2025-07-01'),
  ('CQLTT-QNG', 'QLTT-QNG', '2025-07-01'),
  ('CQLTT-KTM', 'QLTT-QNG', '2025-07-01'),
  ('CQLTT-GLA', 'QLTT-GLA', '2025-07-01'),
  ('CQLTT-BDH', 'QLTT-GLA', '2025-07-01'),
  ('CQLTT-VLG', 'QLTT-VLG', '2025-07-01'),
  ('CQLTT-BTE', 'QLTT-VLG', '2025-07-01'),
  ('CQLTT-TVH', 'QLTT-VLG', '2025-07-01');

-- ---------------------------------------------------------------------------------------------
-- Coordination fields (lĩnh vực phối hợp) of an agreement, in REFERENCE.md order.
-- ---------------------------------------------------------------------------------------------
create table coordination_field (
    code        varchar(40)  not null primary key,
    name        varchar(200) not null,
    sort_order  integer      not null
);

insert into coordination_field (code, name, sort_order) values
  ('PETROLEUM', 'Xăng dầu', 1),
  ('LPG', 'Khí dầu mỏ hóa lỏng (LPG)', 2),
  ('FOOD_SAFETY', 'An toàn thực phẩm', 3),
  ('E_COMMERCE', 'Thương mại điện tử', 4),
  ('CHEMICALS', 'Hóa chất', 5),
  ('ENERGY_LABELLING', 'Dán nhãn năng lượng', 6),
  ('INTELLECTUAL_PROPERTY', 'Sở hữu trí tuệ', 7),
  ('MULTI_LEVEL_MARKETING', 'Bán hàng đa cấp', 8),
  ('FERTILISER_PESTICIDES', 'Phân bón và thuốc bảo vệ thực vật', 9),
  ('TOBACCO', 'Thuốc lá (kể cả thuốc lá điện tử)', 10),
  ('COSMETICS', 'Mỹ phẩm', 11),
  ('CONSUMER_PROTECTION', 'Bảo vệ quyền lợi người tiêu dùng', 12),
  ('LAW_DISSEMINATION', 'Tuyên truyền, phổ biến pháp luật', 13),
  ('INFORMATION_EXCHANGE', 'Trao đổi thông tin', 14),
  ('JOINT_INSPECTION', 'Kiểm tra liên ngành', 15);

-- ---------------------------------------------------------------------------------------------
-- Violation categories of a case, in REFERENCE.md order. criminal_code_article: the Criminal Code
-- article(s) most referred to when the case shows signs of crime; only where REFERENCE.md gives
-- it (192-195 for counterfeits is unconfirmed in detail).
-- ---------------------------------------------------------------------------------------------
create table violation_category (
    code                   varchar(40)  not null primary key,
    name                   varchar(200) not null,
    criminal_code_article  varchar(40),
    sort_order             integer      not null
);

insert into violation_category (code, name, criminal_code_article, sort_order) values
  ('SMUGGLED_GOODS', 'Hàng nhập lậu', '188, 189', 1),
  ('COUNTERFEIT_GOODS', 'Hàng giả', '192–195', 2),
  ('PROHIBITED_GOODS', 'Hàng cấm', '190', 3),
  ('UNKNOWN_ORIGIN', 'Hàng không rõ nguồn gốc xuất xứ', null, 4),
  ('INTELLECTUAL_PROPERTY', 'Vi phạm sở hữu trí tuệ', null, 5),
  ('QUALITY', 'Vi phạm về chất lượng', null, 6),
  ('MEASUREMENT', 'Vi phạm về đo lường', null, 7),
  ('PRICE', 'Vi phạm về giá', null, 8),
  ('FOOD_SAFETY', 'Vi phạm về an toàn thực phẩm', null, 9),
  ('CONSUMER_PROTECTION', 'Vi phạm về bảo vệ quyền lợi người tiêu dùng', null, 10),
  ('COMMERCIAL_FRAUD', 'Gian lận thương mại', null, 11);
