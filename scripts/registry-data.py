#!/usr/bin/env python3
"""Writes the migration that fills the agency registry for the whole country.

    python3 scripts/registry-data.py            # rewrites src/main/resources/db/migration/V48__registry_whole_country.sql
    python3 scripts/registry-data.py --check    # exits 1 when the committed file differs

The registry's data is versioned in Flyway migrations (V2 seeded the demo provinces). V48 adds the
rest of the country: every current province's bodies, the national bodies, the 20 regional customs
branches with the province each one serves, and the former bodies (63 provinces before 1 July 2025)
with their succession. Writing 600-odd rows by hand would be error-prone, so this script derives
them from a few tables below and from what the earlier migrations already hold (it reads their
inserts, so it never inserts a code twice, and checks that the earlier data is what it expects).

What is not confirmed is stated in each row's `unconfirmed` column (Vietnamese, shown to users);
docs/registry-data.md lists it all. The output is plain SQL for H2 2.3 and PostgreSQL 15; the same
input always gives the same bytes.
"""

import datetime
import pathlib
import re
import sys
import textwrap

ROOT = pathlib.Path(__file__).resolve().parent.parent
MIGRATIONS = ROOT / "src/main/resources/db/migration"
OUT = MIGRATIONS / "V48__registry_whole_country.sql"
VERSION = 48

# ------------------------------------------------------------------------------------- the facts

# Centrally-run cities among the 34 current provinces: "thành phố X"; the others are "tỉnh X".
# Thành phố Hồ Chí Minh carries the prefix in its name (V2) and is written as is.
CITIES = {"HNI", "HUE", "HPG", "DNG", "HCM", "CTO"}
# Before 2025 Huế was the province of Thừa Thiên Huế (a city from 1 January 2025), so the former
# bodies' names use these five.
OLD_CITIES = {"HNI", "HPG", "DNG", "HCM", "CTO"}
# Current provinces without a land border or a coastline (no Border Guard command).
NO_BORDER = {"HNI", "PTO", "BNH", "TNN"}
# The 11 provinces the 2025 reform left unchanged (nothing merged into them).
UNCHANGED = {"HNI", "HUE", "LCU", "DBN", "SLA", "LSN", "CBG", "QNH", "THA", "NAN", "HTH"}

# Names REFERENCE.md confirms (section "Agencies"); the other Chi cục and teams follow the pattern.
CONFIRMED_SUB_DEPARTMENTS = {"QLTT-TNI", "QLTT-VLG"}
CONFIRMED_TEAMS = {"QLTT-VLG-D5"}
# The border posts V2 seeded and whether V2's comment calls their name confirmed.
BORDER_POSTS = {"BP-MOCBAI": True, "BP-COCHIEN": True, "BP-BOY": False, "BP-LETHANH": False,
                "BP-DINHBA": False}

EARLY = "2000-01-01"
CQLTT_FROM, CQLTT_TO = "2018-12-01", "2025-02-28"
MARCH_2025, JUNE_2025, JULY_2025 = "2025-03-01", "2025-06-30", "2025-07-01"

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
         "XV", "XVI", "XVII", "XVIII", "XIX", "XX"]

# Regional customs branches, from the appendix of Decision 382/QĐ-BTC (in force 1 March 2025): the
# former provinces each served. XIV, XVI, XVII and XX are missing from the sources found, and so
# is the list by the new provinces (Decision 2019/QĐ-BTC of 11 June 2025).
MARCH_LIST = {
    1: ["HNI", "VPC", "PTO", "HBH", "YBI"],
    2: ["HCM"],
    3: ["HPG", "TBH"],
    4: ["HYN", "HDG", "HNM", "NDH"],
    5: ["BNH", "BGG", "TQG", "TNN", "BKN"],
    6: ["LSN", "CBG"],
    7: ["HGG", "LCI", "DBN", "LCU", "SLA"],
    8: ["QNH"],
    9: ["QBH", "QTR", "HUE"],
    10: ["THA", "NBH"],
    11: ["NAN", "HTH"],
    12: ["DNG", "QNM", "QNG"],
    13: ["KHA", "NTN", "BDH", "PYN"],
    15: ["BTN", "BRV"],
    18: ["DNI"],
    19: ["CTO", "CMU", "HAG", "VLG", "TVH", "STG", "BLU"],
}
# Seat of each branch as a current province code (IX's seat in Quảng Bình is now in Quảng Trị),
# with True where a source gives it.
SEATS = {
    1: ("HNI", True), 2: ("HCM", True), 3: ("HPG", True), 4: ("HYN", True), 5: ("BNH", True),
    6: ("LSN", True), 7: ("LCI", True), 8: ("QNH", True), 9: ("QTR", True), 10: ("THA", True),
    11: ("HTH", True), 12: ("DNG", True), 13: ("KHA", True), 14: ("GLA", False),
    15: ("HCM", True), 16: ("HCM", False), 17: ("TNI", False), 18: ("DNI", True),
    19: ("CTO", False), 20: ("AGG", False),
}
# The current provinces whose name-giving former province is in no source: assumed branch, why.
ASSUMED_BRANCH = {
    "GLA": (14, "địa bàn của khu vực này chưa tìm được, giả định là Tây Nguyên"),
    "DLK": (14, "địa bàn của khu vực này chưa tìm được, giả định là Tây Nguyên"),
    "LDG": (15, "Bình Thuận, nay thuộc Lâm Đồng, thuộc khu vực XV; nhưng từ 11/06/2025 khu vực XV "
                "đặt trụ sở tại Thành phố Hồ Chí Minh, phụ trách sân bay Tân Sơn Nhất, Long Thành "
                "và chuyển phát nhanh, nên gán này rất cần xác nhận"),
    "TNI": (17, "chi cục này đã có trong dữ liệu mẫu dưới tỉnh Tây Ninh"),
    "DTP": (20, "địa bàn của khu vực này chưa tìm được, giả định là các tỉnh Tây Nam ngoài khu vực "
                "XIX; Thời báo Tài chính Việt Nam (24/12/2025) đưa tin Hải quan khu vực XX làm "
                "việc với sự chấp thuận của UBND tỉnh Đồng Tháp"),
    "AGG": (20, "địa bàn của khu vực này chưa tìm được, giả định là các tỉnh Tây Nam ngoài khu vực "
                "XIX"),
}

# What is in doubt, as the rows say it (agency.unconfirmed, customs_coverage.unconfirmed).
U_EARLY = ("Ngày thành lập chưa xác nhận; ghi 01/01/2000 để đơn vị có hiệu lực trong mọi "
           "dữ liệu.")
U_NAME = "Tên theo mẫu chung, chưa xác nhận với đơn vị."
U_CQLTT = ("Ngày 01/12/2018 và 28/02/2025 là ngày gần đúng (các Cục QLTT tỉnh được thành lập "
           "cuối năm 2018 và chuyển giao về Sở Công Thương từ tháng 3/2025); ngày chính xác của "
           "từng tỉnh chưa xác nhận.")
U_HANDOVER = ("Ngày 01/03/2025 là ngày gần đúng: Cục QLTT tỉnh được chuyển giao về Sở Công "
              "Thương trong năm 2025 (trước 01/06/2025 theo Nghị định 40/2025/NĐ-CP); ngày của "
              "từng tỉnh chưa xác nhận.")
U_HUE = "Trước 01/01/2025 là tỉnh Thừa Thiên Huế; tên cũ không ghi riêng."
U_HUE_CQLTT = ("Tỉnh Thừa Thiên Huế trở thành thành phố Huế từ 01/01/2025; tên của Cục trong "
               "hai tháng cuối chưa xác nhận.")
U_POST = "Tên đồn theo nguồn công khai, chưa xác nhận với đối tác."
U_CONSUMER = ("Ngày 01/03/2025 theo đợt tổ chức lại Bộ Công Thương năm 2025; chưa đối chiếu văn "
              "bản thành lập.")
U_VPTT = "Ngày 01/03/2025 lấy theo Ban Chỉ đạo 389 quốc gia trong sổ đăng ký; chưa xác nhận."
U_NO_JULY_LIST = "danh sách theo các tỉnh mới (Quyết định 2019/QĐ-BTC) chưa tìm được."


def u_branch(number):
    seat, confirmed = SEATS[number]
    if number == 15:
        return ("Trụ sở tại Thành phố Hồ Chí Minh theo Quyết định 2019/QĐ-BTC (11/06/2025); trụ "
                "sở trước đó chưa xác nhận.")
    if number == 16:
        return ("Trụ sở (Thành phố Hồ Chí Minh) và địa bàn chưa tìm được nguồn; theo cách phân "
                "địa bàn suy ra, chi cục này không phụ trách tỉnh nào (có thể chỉ làm nhiệm vụ "
                "chuyên trách).")
    if number == 19:
        return "Nguồn tìm được không ghi trụ sở; ghi Cần Thơ, chưa xác nhận."
    if not confirmed:
        return f"Trụ sở ({PROVINCE_NAMES[seat]}) và địa bàn chưa tìm được nguồn."
    return None


# ------------------------------------------------------------------ what earlier migrations hold

TOKEN = re.compile(r"""\s+|--[^\n]*|'(?:[^']|'')*'|"[^"]*"|[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?|\S""")


def tokens(sql):
    position = 0
    while position < len(sql):
        match = TOKEN.match(sql, position)
        if not match:
            raise SystemExit(f"cannot read SQL at: {sql[position:position + 40]!r}")
        position = match.end()
        text = match.group()
        if text.isspace() or text.startswith("--"):
            continue
        yield text


def value(token):
    if token.startswith("'"):
        return token[1:-1].replace("''", "'")
    lowered = token.lower()
    if lowered == "null":
        return None
    if lowered in ("true", "false"):
        return lowered == "true"
    return token


def statements(sql):
    current = []
    for token in tokens(sql):
        if token == ";":
            if current:
                yield current
            current = []
        else:
            current.append(token)
    if current:
        yield current


def read_inserts(statement, tables):
    """(table, [row dict]) of an `insert into t (cols) values (...), ...` into one of tables."""
    words = [t.lower() for t in statement[:3]]
    if words[:2] != ["insert", "into"] or words[2] not in tables:
        return None, []
    table = words[2]
    i = 4  # after "("
    columns = []
    while statement[i] != ")":
        if statement[i] != ",":
            columns.append(statement[i].lower())
        i += 1
    assert statement[i + 1].lower() == "values", statement[:8]
    rows, i = [], i + 2
    while i < len(statement):
        if statement[i] == ",":
            i += 1
            continue
        assert statement[i] == "(", statement[i]
        values, i = [], i + 1
        while statement[i] != ")":
            if statement[i] != ",":
                values.append(value(statement[i]))
            i += 1
        rows.append(dict(zip(columns, values, strict=True)))
        i += 1
    return table, rows


def earlier_data():
    tables = {"province": [], "agency": [], "agency_succession": []}
    files = []
    for path in MIGRATIONS.glob("V*__*.sql"):
        version = int(re.match(r"V(\d+)__", path.name).group(1))
        if version < VERSION:
            files.append((version, path))
    for _, path in sorted(files):
        for statement in statements(path.read_text(encoding="utf-8")):
            head = [t.lower() for t in statement[:3]]
            changed = head[1] if head[0] == "update" else head[2] if head[:2] == ["delete", "from"] else None
            if changed in tables:
                raise SystemExit(f"{path.name} changes rows of {changed}: teach this script about it")
            name, rows = read_inserts(statement, tables)
            if name in tables:
                tables[name].extend(rows)
    return tables


EARLIER = earlier_data()
PROVINCES = EARLIER["province"]
CURRENT = [p["code"] for p in PROVINCES if p.get("merged_into") is None]
FORMER = [p["code"] for p in PROVINCES if p.get("merged_into") is not None]
PROVINCE_NAMES = {p["code"]: p["name"] for p in PROVINCES}
MERGED_INTO = {p["code"]: p.get("merged_into") for p in PROVINCES}
EXISTING = {a["code"]: a for a in EARLIER["agency"]}
EXISTING_SUCCESSIONS = {s["predecessor_code"]: s for s in EARLIER["agency_succession"]}

assert len(CURRENT) == 34 and len(FORMER) == 29, (len(CURRENT), len(FORMER))
MERGED = [c for c in CURRENT if c in set(MERGED_INTO.values())]
assert set(CURRENT) - set(MERGED) == UNCHANGED and len(MERGED) == 23, MERGED
# The 52 former provinces that merged: each merged province's own former self and those merged in.
OLD_MERGED = [old for new in MERGED for old in [new] + [f for f in FORMER if MERGED_INTO[f] == new]]
assert len(OLD_MERGED) == 52
NEW_OF = {old: (MERGED_INTO[old] or old) for old in OLD_MERGED}
ALL_OLD = [c for c in CURRENT if c in UNCHANGED] + OLD_MERGED
assert len(ALL_OLD) == 63 and len(set(ALL_OLD)) == 63
assert {c for row in MARCH_LIST.values() for c in row} <= set(PROVINCE_NAMES)


# ------------------------------------------------------------------------------------ the rows

def full(code):
    """The province with its prefix: tỉnh Tây Ninh, thành phố Huế, Thành phố Hồ Chí Minh."""
    name = PROVINCE_NAMES[code]
    if name.startswith("Thành phố"):
        return name
    return ("thành phố " if code in CITIES else "tỉnh ") + name


def full_old(code):
    """A province before 1 July 2025 (Huế as it was named until 2024)."""
    if code == "HUE":
        return "tỉnh Thừa Thiên Huế"
    name = PROVINCE_NAMES[code]
    if name.startswith("Thành phố"):
        return name
    return ("thành phố " if code in OLD_CITIES else "tỉnh ") + name


def short_old(code):
    return "Thừa Thiên Huế" if code == "HUE" else PROVINCE_NAMES[code]


def note(*parts):
    text = " ".join(p for p in parts if p)
    assert len(text) <= 500, text
    return text or None


def agency(code, name, short_name, agency_type, province=None, parent=None, valid_from=EARLY,
           valid_to=None, border_area=False, team_list_partial=False, unconfirmed=None):
    assert code == code.upper() and re.fullmatch(r"[A-Z0-9-]+", code) and len(code) <= 40, code
    assert len(name) <= 300 and len(short_name) <= 100, name
    return {"code": code, "name": name, "short_name": short_name, "agency_type": agency_type,
            "province_code": province, "parent_code": parent, "valid_from": valid_from,
            "valid_to": valid_to, "border_area": border_area,
            "team_list_partial": team_list_partial, "unconfirmed": unconfirmed}


def former_code(prefix, old):
    """SCT-LAN, or SCT-TNI-CU where the old code is also a current province's code."""
    return f"{prefix}-{old}-CU" if old in CURRENT else f"{prefix}-{old}"


def since(code):
    return EARLY if code in UNCHANGED else JULY_2025


def early_note(code):
    """The note of a body of a current province in force since the early date or since July."""
    if code not in UNCHANGED:
        return None
    return note(U_EARLY, U_HUE if code == "HUE" else None)


def national():
    return [
        agency("BCT", "Bộ Công Thương", "Bộ Công Thương", "MINISTRY_AGENCY", unconfirmed=U_EARLY),
        agency("BCT-CTBVNTD", "Cục Cạnh tranh và Bảo vệ người tiêu dùng (Bộ Công Thương)",
               "Cục Cạnh tranh và BVNTD", "MINISTRY_AGENCY", parent="BCT", valid_from=MARCH_2025,
               unconfirmed=U_CONSUMER),
        agency("BCD389-QG-VPTT", "Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia",
               "Văn phòng Thường trực BCĐ 389", "STEERING_COMMITTEE_389", parent="BCD389-QG",
               valid_from=MARCH_2025, unconfirmed=U_VPTT),
        agency("BCA-C03", "Cục Cảnh sát kinh tế (Bộ Công an)", "Cục Cảnh sát kinh tế (C03)",
               "MINISTRY_AGENCY", unconfirmed=U_EARLY),
        agency("TCHQ", "Tổng cục Hải quan", "Tổng cục Hải quan", "MINISTRY_AGENCY",
               valid_to="2025-02-28", unconfirmed=U_EARLY),
        agency("CHQ", "Cục Hải quan (Bộ Tài chính)", "Cục Hải quan", "MINISTRY_AGENCY",
               valid_from=MARCH_2025),
        agency("BTL-BDBP", "Bộ Tư lệnh Bộ đội Biên phòng", "Bộ Tư lệnh BĐBP", "MINISTRY_AGENCY",
               unconfirmed=U_EARLY),
    ]


def branch_code(number):
    return f"HQ-KV{number}"


def customs_branches():
    rows = []
    for number, roman in enumerate(ROMAN, start=1):
        rows.append(agency(branch_code(number), f"Chi cục Hải quan khu vực {roman}",
                           f"Hải quan khu vực {roman}", "CUSTOMS_BRANCH",
                           province=SEATS[number][0], parent="CHQ", valid_from=MARCH_2025,
                           unconfirmed=u_branch(number)))
    return rows


def march_branch_of(old):
    found = [n for n, olds in MARCH_LIST.items() if old in olds]
    assert len(found) <= 1, old
    return found[0] if found else None


def coverage():
    """(province, branch code, note) for each current province."""
    rows = []
    for code in CURRENT:
        parts = [f for f in FORMER if MERGED_INTO[f] == code]
        others = []
        for part in parts:
            number = march_branch_of(part)
            where = f"khu vực {ROMAN[number - 1]}" if number else "không có trong nguồn"
            others.append(f"{PROVINCE_NAMES[part]} ({where})")
        rest = f" Các tỉnh đã nhập vào: {', '.join(others)}." if others else ""
        number = march_branch_of(code)
        if number:
            assert code not in ASSUMED_BRANCH, code
            text = (f"Suy ra từ danh sách tháng 3/2025 (Quyết định 382/QĐ-BTC, theo các tỉnh "
                    f"trước 01/07/2025): {short_old(code)} thuộc khu vực {ROMAN[number - 1]}; "
                    f"{U_NO_JULY_LIST}{rest}")
        else:
            number, why = ASSUMED_BRANCH[code]
            text = (f"Giả định: danh sách tháng 3/2025 (Quyết định 382/QĐ-BTC) không ghi "
                    f"{PROVINCE_NAMES[code]}; gán khu vực {ROMAN[number - 1]}: {why}; "
                    f"{U_NO_JULY_LIST}{rest}")
        rows.append((code, branch_code(number), note(text)))
    return rows


def former_bodies():
    """The 63 former Cục QLTT, and the March–June 2025 bodies of the 52 merged provinces."""
    cqltt, sct, police, ccqltt = [], [], [], []
    for old in ALL_OLD:
        cqltt.append(agency(f"CQLTT-{old}", f"Cục Quản lý thị trường {full_old(old)}",
                            f"Cục QLTT {short_old(old)}", "QLTT_SUB_DEPARTMENT", province=old,
                            parent="TCQLTT", valid_from=CQLTT_FROM, valid_to=CQLTT_TO,
                            unconfirmed=note(U_CQLTT, U_HUE_CQLTT if old == "HUE" else None)))
    for old in OLD_MERGED:
        name = PROVINCE_NAMES[old]
        sct.append(agency(former_code("SCT", old), f"Sở Công Thương {full_old(old)}",
                          f"Sở Công Thương {name} (cũ)", "INDUSTRY_TRADE_DEPARTMENT",
                          province=old, valid_to=JUNE_2025, unconfirmed=U_EARLY))
        police.append(agency(former_code("CA", old), f"Công an {full_old(old)}",
                             f"Công an {name} (cũ)", "PROVINCIAL_POLICE", province=old,
                             valid_to=JUNE_2025, unconfirmed=U_EARLY))
        ccqltt.append(agency(f"CCQLTT-{old}", f"Chi cục Quản lý thị trường {full_old(old)}",
                             f"Chi cục QLTT {name} (cũ)", "QLTT_SUB_DEPARTMENT", province=old,
                             parent=former_code("SCT", old), valid_from=MARCH_2025,
                             valid_to=JUNE_2025, unconfirmed=note(U_NAME, U_HANDOVER)))
    return cqltt, sct, police, ccqltt


def current_bodies():
    """By type, parents first: Sở, Chi cục, teams, police, UBND, BCĐ 389, Border Guard."""
    groups = {key: [] for key in ("sct", "qltt", "teams", "police", "ubnd", "bcd", "bdbp")}
    for code in CURRENT:
        name, whole, start = PROVINCE_NAMES[code], full(code), since(code)
        groups["sct"].append(agency(f"SCT-{code}", f"Sở Công Thương {whole}",
                                    f"Sở Công Thương {name}", "INDUSTRY_TRADE_DEPARTMENT",
                                    province=code, valid_from=start,
                                    unconfirmed=early_note(code)))
        qltt = f"QLTT-{code}"
        groups["qltt"].append(agency(
            qltt, f"Chi cục Quản lý thị trường {whole}", f"Chi cục QLTT {name}",
            "QLTT_SUB_DEPARTMENT", province=code, parent=f"SCT-{code}",
            valid_from=MARCH_2025 if code in UNCHANGED else JULY_2025, team_list_partial=True,
            unconfirmed=note(None if qltt in CONFIRMED_SUB_DEPARTMENTS else U_NAME,
                             U_HANDOVER if code in UNCHANGED else None)))
        for number in (1, 2):
            groups["teams"].append(agency(
                f"{qltt}-D{number}", f"Đội Quản lý thị trường số {number} (Chi cục QLTT {name})",
                f"Đội QLTT số {number} ({name})", "QLTT_TEAM", province=code, parent=qltt,
                valid_from=MARCH_2025 if code in UNCHANGED else JULY_2025, unconfirmed=U_NAME))
        groups["police"].append(agency(f"CA-{code}", f"Công an {whole}", f"Công an {name}",
                                       "PROVINCIAL_POLICE", province=code, valid_from=start,
                                       unconfirmed=early_note(code)))
        groups["ubnd"].append(agency(f"UBND-{code}", f"Ủy ban nhân dân {whole}",
                                     f"UBND {whole}", "PEOPLES_COMMITTEE", province=code,
                                     valid_from=start, unconfirmed=early_note(code)))
        groups["bcd"].append(agency(f"BCD389-{code}", f"Ban Chỉ đạo 389 {whole}",
                                    f"BCĐ 389 {name}", "STEERING_COMMITTEE_389", province=code,
                                    parent="BCD389-QG", valid_from=start,
                                    unconfirmed=early_note(code)))
        if code not in NO_BORDER:
            groups["bdbp"].append(agency(f"BDBP-{code}", f"Bộ Chỉ huy Bộ đội Biên phòng {whole}",
                                         f"Bộ Chỉ huy BĐBP {name}", "BORDER_GUARD", province=code,
                                         parent="BTL-BDBP", valid_from=start, border_area=True,
                                         unconfirmed=early_note(code)))
    return groups


def successions():
    """(predecessor, successor, effective date) of every former body V48 adds or re-links."""
    links = [("TCHQ", "CHQ", MARCH_2025)]
    for old in ALL_OLD:
        if old in UNCHANGED:
            links.append((f"CQLTT-{old}", f"QLTT-{old}", MARCH_2025))
        else:
            links.append((f"CQLTT-{old}", f"CCQLTT-{old}", MARCH_2025))
            links.append((f"CCQLTT-{old}", f"QLTT-{NEW_OF[old]}", JULY_2025))
            links.append((former_code("SCT", old), f"SCT-{NEW_OF[old]}", JULY_2025))
            links.append((former_code("CA", old), f"CA-{NEW_OF[old]}", JULY_2025))
    return links


# ------------------------------------------------------------------------------------- the SQL

COLUMNS = ["code", "name", "short_name", "agency_type", "province_code", "parent_code",
           "valid_from", "valid_to", "border_area", "team_list_partial", "unconfirmed"]


def literal(item):
    if item is None:
        return "null"
    if isinstance(item, bool):
        return "true" if item else "false"
    return "'" + str(item).replace("'", "''") + "'"


# Rows V2 has under a code this script generates, whose V2 name differs from the pattern: kept.
V2_OWN_NAMES = {"QLTT-QNG-D2"}


def insert_agencies(rows):
    for row in rows:
        kept = EXISTING.get(row["code"])
        if kept and row["code"] not in V2_OWN_NAMES:
            for column in ("name", "short_name", "agency_type", "province_code"):
                assert kept[column] == row[column], (row["code"], column, kept[column])
    new = [r for r in rows if r["code"] not in EXISTING]
    if not new:
        return ""
    lines = [f"insert into agency ({', '.join(COLUMNS)}) values"]
    lines.append(",\n".join(
        "  (" + ", ".join(literal(r[c]) for c in COLUMNS) + ")" for r in new) + ";")
    return "\n".join(lines) + "\n"


def in_list(codes):
    return "(" + ", ".join(literal(c) for c in codes) + ")"


def comment(text):
    lines = []
    for line in text.strip().split("\n"):
        lines.extend(textwrap.wrap(line, 97) or [""])
    return "\n".join("-- " + line if line else "--" for line in lines) + "\n"


def section(title):
    rule = "-- " + "-" * 93 + "\n"
    return "\n" + rule + comment(title) + rule


class Model:
    """The registry as V2..V48 leave it, to check what the SQL promises before writing it."""

    def __init__(self):
        self.agencies = {code: dict(row) for code, row in EXISTING.items()}
        for row in self.agencies.values():
            row.setdefault("valid_to", None)
            row.setdefault("unconfirmed", None)
            row.setdefault("team_list_partial", False)
        self.successions = {p: (s["successor_code"], s["effective_date"])
                            for p, s in EXISTING_SUCCESSIONS.items()}
        self.coverage = {}

    def insert(self, rows):
        for row in rows:
            if row["code"] not in EXISTING:
                assert row["code"] not in self.agencies, row["code"]
                parent = row["parent_code"]
                assert parent is None or parent in self.agencies, (row["code"], parent)
                self.agencies[row["code"]] = dict(row)

    def update(self, codes, **changes):
        for code in codes:
            assert code in EXISTING, code
            self.agencies[code].update(changes)


def active(row, day):
    return row["valid_from"] <= day and (row["valid_to"] is None or day <= row["valid_to"])


def day_after(day):
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=1)).isoformat()


def verify(model):
    agencies = model.agencies
    on = "2026-12-01"
    for code in CURRENT:
        for kind in ("QLTT_SUB_DEPARTMENT", "INDUSTRY_TRADE_DEPARTMENT", "PROVINCIAL_POLICE"):
            found = [a for a in agencies.values() if a["agency_type"] == kind
                     and a["province_code"] == code and active(a, on)]
            assert len(found) == 1, (code, kind, found)
        guards = [a for a in agencies.values() if a["agency_type"] == "BORDER_GUARD"
                  and a["province_code"] == code and a["parent_code"] == "BTL-BDBP"]
        assert len(guards) == (0 if code in NO_BORDER else 1), (code, guards)
    assert sorted(model.coverage) == sorted(CURRENT)
    assert sum(a["agency_type"] == "CUSTOMS_BRANCH" for a in agencies.values()) == 20
    for code, row in agencies.items():
        assert row["parent_code"] is None or row["parent_code"] in agencies, code
        if row["valid_to"] is not None:
            successor, effective = model.successions[code]
            assert effective == day_after(row["valid_to"]), (code, effective)
            assert active(agencies[successor], effective), (code, successor)
    for predecessor, (successor, _) in model.successions.items():
        assert predecessor in agencies and successor in agencies, predecessor


def migration():
    model = Model()
    out = [comment(f"""
GENERATED by scripts/registry-data.py — do not edit. Change the script and run
`python3 scripts/registry-data.py` (CI runs it with --check). What is unconfirmed and why:
docs/registry-data.md and each row's `unconfirmed` column.

The agency registry for the whole country: the national bodies, every current province's bodies,
the 20 regional customs branches and the province each serves, and the former bodies with their
succession (Cục QLTT tỉnh until February 2025; the Chi cục QLTT, Sở Công Thương and police of the
provinces merged on 1 July 2025). Rows V2 inserted are kept and only updated. Portable SQL: runs
on H2 2.3 and PostgreSQL 15; parents are inserted before their children.""")]

    border = [c for c in CURRENT if c not in NO_BORDER]
    out.append(section("Provinces with a land border or a coastline (the four without: Hà Nội, "
                       "Phú Thọ, Bắc Ninh, Thái Nguyên).\nFormer provinces stay false."))
    out.append(f"update province set border = true where code in {in_list(border)};\n")

    rows = national()
    model.insert(rows)
    model.update(["BCT-TTTN"], parent_code="BCT")
    model.successions["TCHQ"] = ("CHQ", MARCH_2025)
    out.append(section("National bodies. valid_from 2000-01-01 stands for \"long before any "
                       "data\" (unconfirmed in the row)."))
    out.append(insert_agencies(rows))
    out.append("update agency set parent_code = 'BCT' where code = 'BCT-TTTN';\n")

    rows = customs_branches()
    model.insert(rows)
    kv17 = [r for r in rows if r["code"] == "HQ-KV17"][0]
    model.update(["HQ-KV17"], valid_from=MARCH_2025, parent_code="CHQ",
                 unconfirmed=kv17["unconfirmed"])
    out.append(section("""
Regional customs branches (Decision 382/QĐ-BTC, in force 1 March 2025). province_code is the
seat, as a current province. HQ-KV17 came with V2."""))
    out.append(insert_agencies(rows))
    out.append(f"update agency set valid_from = '{MARCH_2025}', parent_code = 'CHQ', unconfirmed = "
               f"{literal(kv17['unconfirmed'])} where code = 'HQ-KV17';\n")

    cqltt, sct, police, ccqltt = former_bodies()
    for group in (cqltt, sct, police, ccqltt):
        model.insert(group)
    v2_cqltt = sorted(r["code"] for r in cqltt if r["code"] in EXISTING)
    assert len(v2_cqltt) == 11 and all(EXISTING[c]["valid_to"] == JUNE_2025 for c in v2_cqltt)
    assert all("HUE" not in c for c in v2_cqltt)
    model.update(v2_cqltt, valid_to=CQLTT_TO, unconfirmed=U_CQLTT)
    out.append(section("""
Former provincial market surveillance departments (Cục QLTT tỉnh), one per province before 2025,
under the Tổng cục until 28 February 2025. V2's eleven ended on 30 June: they end in February too,
when the March-June stage takes over."""))
    out.append(insert_agencies(cqltt))
    out.append(f"update agency set valid_to = '{CQLTT_TO}', unconfirmed = {literal(U_CQLTT)} "
               f"where code in {in_list(v2_cqltt)};\n")
    out.append(section("""
The Sở Công Thương and the police of the 52 provinces merged on 1 July 2025, until 30 June 2025
(code -CU where the province's code lives on in the merged province)."""))
    out.append(insert_agencies(sct))
    out.append(insert_agencies(police))
    out.append(section("""
March-June 2025: each merged province's Cục QLTT became a Chi cục under its own Sở Công Thương,
before the merger joined them. (The 11 unchanged provinces' Chi cục is their current one.)"""))
    out.append(insert_agencies(ccqltt))

    groups = current_bodies()
    for group in groups.values():
        model.insert(group)
    out.append(section("""
The current provinces' bodies (from 1 July 2025 in the 23 merged provinces; in the 11 unchanged
ones from the early date, the Chi cục QLTT from March 2025). V2's rows of the demo provinces are
kept; teams: two per Chi cục besides V2's, the list is partial."""))
    for key in ("sct", "qltt", "teams", "police", "ubnd", "bcd", "bdbp"):
        out.append(insert_agencies(groups[key]))

    v2_qltt = sorted(r["code"] for r in groups["qltt"] if r["code"] in EXISTING)
    v2_qltt_doubt = [c for c in v2_qltt if c not in CONFIRMED_SUB_DEPARTMENTS]
    v2_teams = sorted(c for c, a in EXISTING.items() if a["agency_type"] == "QLTT_TEAM"
                      and c not in CONFIRMED_TEAMS)
    model.update(v2_qltt, team_list_partial=True)
    model.update(v2_qltt_doubt, unconfirmed=U_NAME)
    model.update(v2_teams, unconfirmed=U_NAME)
    out.append(section("V2's Chi cục and teams: the team lists are partial; names by pattern are "
                       "marked."))
    out.append(f"update agency set team_list_partial = true where code in {in_list(v2_qltt)};\n")
    out.append(f"update agency set unconfirmed = {literal(U_NAME)} where code in "
               f"{in_list(v2_qltt_doubt + v2_teams)};\n")

    posts = sorted(c for c, a in EXISTING.items() if a["agency_type"] == "BORDER_GUARD")
    assert posts == sorted(BORDER_POSTS), posts
    out.append(section("V2's border posts under their province's Border Guard command."))
    for post in posts:
        province = EXISTING[post]["province_code"]
        doubt = None if BORDER_POSTS[post] else U_POST
        model.update([post], parent_code=f"BDBP-{province}", unconfirmed=doubt)
        out.append(f"update agency set parent_code = 'BDBP-{province}', unconfirmed = "
                   f"{literal(doubt)} where code = '{post}';\n")

    links = successions()
    relinked, added = [], []
    for predecessor, successor, effective in links:
        if predecessor in EXISTING_SUCCESSIONS:
            relinked.append((predecessor, successor, effective))
        else:
            added.append((predecessor, successor, effective))
        model.successions[predecessor] = (successor, effective)
    assert sorted(p for p, _, _ in relinked) == sorted(p for p in EXISTING_SUCCESSIONS
                                                       if p != "TCQLTT")
    out.append(section("""
Succession. Cục QLTT tỉnh -> the March-June Chi cục (or, in the 11 unchanged provinces, the current
Chi cục) on 1 March 2025; the March-June Chi cục, the Sở and the police of the merged provinces ->
the merged province's on 1 July 2025. V2 linked its eleven Cục straight to July's Chi cục."""))
    for predecessor, successor, effective in sorted(relinked):
        out.append(f"update agency_succession set successor_code = '{successor}', effective_date = "
                   f"'{effective}' where predecessor_code = '{predecessor}';\n")
    out.append("insert into agency_succession (predecessor_code, successor_code, effective_date) "
               "values\n" + ",\n".join(f"  ('{p}', '{s}', '{e}')" for p, s, e in added) + ";\n")

    cover = coverage()
    for province, branch, _ in cover:
        model.coverage[province] = branch
    served = {branch for _, branch, _ in cover}
    assert served == {branch_code(n) for n in range(1, 21)} - {branch_code(16)}, served
    out.append(section("""
Which branch serves which current province: derived from the March 2025 list (the branch of the
former province whose name the province bears) or assumed; none is confirmed (see each note)."""))
    out.append("insert into customs_coverage (province_code, branch_code, unconfirmed) values\n"
               + ",\n".join(f"  ('{p}', '{b}', {literal(n)})" for p, b, n in cover) + ";\n")

    verify(model)
    return "".join(out), model


def main():
    check = "--check" in sys.argv[1:]
    content, _ = migration()
    if check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != content:
            print(f"out of date (run scripts/registry-data.py): {OUT}")
            sys.exit(1)
        return
    OUT.write_text(content, encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
