#!/usr/bin/env python3
"""Writes the built-in DOCX templates of official documents.

    python3 scripts/document-templates.py            # rewrites src/main/resources/templates/documents/*.docx
    python3 scripts/document-templates.py --check    # fails when a committed file differs

The DOCX files are what PhoiHop ships and what an administrator may open in Word to make their
own (docs/documents.md); this script only keeps them reproducible. It writes the OOXML by hand
(Python's zipfile, fixed timestamps, so the same input gives the same bytes): A4, margins and type
sizes of Decree 30/2020/NĐ-CP, Times New Roman, placeholders {{name}} and repeated table rows
{{documents.key}} as vn.phoihop.document.DocxRenderer fills them. The XHTML templates for the PDF
(the .html files beside them) are written by hand and are not generated.
"""

import io
import math
import pathlib
import sys
import zipfile
from xml.sax.saxutils import escape

OUT = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/templates/documents"


def mm(value):
    """Millimetres to twentieths of a point (twips)."""
    return round(value * 1440 / 25.4)


# Page: A4; margins of Decree 30 (top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm).
PAGE_W, PAGE_H = 11906, 16838
# Rounded up, so that no margin falls below its bound (15 mm is 850.4 twips).
TOP, BOTTOM, LEFT, RIGHT = (math.ceil(value * 1440 / 25.4) for value in (20, 20, 30, 15))
TEXT_W = PAGE_W - LEFT - RIGHT  # 165 mm
# Header columns: the issuing agency left, the national name right. The right one holds
# "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" at 12 pt bold (88.3 mm in Liberation Serif Bold, which has
# Times New Roman's metrics), the left one "SỞ CÔNG THƯƠNG TỈNH TÂY NINH" at 12 pt (70.2 mm).
LEFT_COL = mm(73)
RIGHT_COL = TEXT_W - LEFT_COL
# The motto "Độc lập - Tự do - Hạnh phúc" at 13 pt bold is 56.1 mm long; the rule under it is as
# long as the line (Decree 30), drawn as the top border of a tiny paragraph between indents (the
# motto's own paragraph keeps the column's width, so that no font substitute makes it wrap).
MOTTO_INDENT = round((RIGHT_COL - mm(56.1)) / 2)
# The rule under the issuing agency: a third to a half of its line, centred.
AGENCY_RULE_INDENT = round((LEFT_COL - mm(24)) / 2)
FIRST_LINE = mm(10)  # body paragraphs: first line indented 1 cm to 1.27 cm

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def run(text, bold=False, italic=False, size=None, caps=False):
    props = ""
    if bold:
        props += "<w:b/><w:bCs/>"
    if italic:
        props += "<w:i/><w:iCs/>"
    if caps:
        props += "<w:caps/>"
    if size:
        props += f'<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(
    *runs,
    align=None,
    before=0,
    after=0,
    first_line=None,
    left=None,
    right=None,
    border_top=False,
    border_bottom=False,
    keep_next=False,
    size=None,
):
    ppr = ""
    if keep_next:
        ppr += "<w:keepNext/>"
    if border_top or border_bottom:
        ppr += "<w:pBdr>"
        if border_top:
            ppr += '<w:top w:val="single" w:sz="6" w:space="0" w:color="000000"/>'
        if border_bottom:
            ppr += '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/>'
        ppr += "</w:pBdr>"
    ppr += f'<w:spacing w:before="{before * 20}" w:after="{after * 20}" w:line="240" w:lineRule="auto"/>'
    if first_line is not None or left is not None or right is not None:
        ppr += "<w:ind"
        if left is not None:
            ppr += f' w:left="{left}"'
        if right is not None:
            ppr += f' w:right="{right}"'
        if first_line is not None:
            ppr += f' w:firstLine="{first_line}"'
        ppr += "/>"
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    if size:
        ppr += f'<w:rPr><w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/></w:rPr>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(runs)}</w:p>"


def body_para(*runs, before=0, after=6):
    return para(*runs, align="both", before=before, after=after, first_line=FIRST_LINE)


def labelled(label, placeholder, tail=""):
    """A body paragraph "<b>label</b> {{placeholder}}tail"."""
    return body_para(run(label, bold=True), run(placeholder + tail))


NO_BORDERS = (
    "<w:tblBorders>"
    + "".join(
        f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + "</w:tblBorders>"
)
SINGLE_BORDERS = (
    "<w:tblBorders>"
    + "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + "</w:tblBorders>"
)


def table(widths, rows, borders=NO_BORDERS, cell_margin=0):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    margins = (
        f'<w:tblCellMar><w:left w:w="{cell_margin}" w:type="dxa"/>'
        f'<w:right w:w="{cell_margin}" w:type="dxa"/></w:tblCellMar>'
    )
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
        f'{borders}<w:tblLayout w:type="fixed"/>{margins}'
        '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0"'
        ' w:noHBand="1" w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def row(widths, cells, header=False, cant_split=True):
    trpr = ""
    if cant_split:
        trpr += "<w:cantSplit/>"
    if header:
        trpr += "<w:tblHeader/>"
    tcs = "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{content}</w:tc>'
        for w, content in zip(widths, cells)
    )
    return f"<w:tr><w:trPr>{trpr}</w:trPr>{tcs}</w:tr>"


def header(extra_left=""):
    """The two-column header of Decree 30: agency, number (and V/v) | national name, motto, date."""
    left = (
        para(run("{{issuerParent}}", size=12, caps=True), align="center")
        + para(run("{{issuer}}", bold=True, size=12, caps=True), align="center")
        + para(left=AGENCY_RULE_INDENT, right=AGENCY_RULE_INDENT, border_top=True, size=2)
        + para(run("Số: {{number}}", size=13), align="center", before=5)
        + extra_left
    )
    right = (
        para(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12), align="center")
        + para(run("Độc lập - Tự do - Hạnh phúc", bold=True, size=13), align="center")
        + para(left=MOTTO_INDENT, right=MOTTO_INDENT, border_top=True, size=2)
        + para(run("{{placeAndDate}}", italic=True, size=13), align="center", before=8)
    )
    widths = [LEFT_COL, RIGHT_COL]
    return table(widths, [row(widths, [left, right])])


def title(kind, summary):
    return para(run(kind, bold=True, size=14), align="center", before=18, keep_next=True) + para(
        run(summary, bold=True, size=14), align="center", after=12, keep_next=True
    )


DOC_WIDTHS = [mm(12), mm(28), mm(43), mm(20)]
DOC_WIDTHS.append(TEXT_W - sum(DOC_WIDTHS))


def documents_table():
    def cell(text, bold=False, size=12, align="left"):
        return para(run(text, bold=bold, size=size), align=align)

    head = row(
        DOC_WIDTHS,
        [
            cell("STT", bold=True, align="center"),
            cell("Loại tài liệu", bold=True, align="center"),
            cell("Tên tệp", bold=True, align="center"),
            cell("Dung lượng", bold=True, align="center"),
            cell("Mã băm SHA-256", bold=True, align="center"),
        ],
        header=True,
    )
    entry = row(
        DOC_WIDTHS,
        [
            cell("{{documents.index}}", align="center"),
            cell("{{documents.kind}}"),
            cell("{{documents.fileName}}"),
            cell("{{documents.sizeText}}", align="right"),
            cell("{{documents.sha256}}", size=9),
        ],
    )
    return table(DOC_WIDTHS, [head, entry], borders=SINGLE_BORDERS, cell_margin=mm(1.5))


def signer(heading, title_field, name_field):
    return (
        (para(run(heading, bold=True, size=13), align="center", keep_next=True) if heading else "")
        + para(run(title_field, bold=True, size=13, caps=True), align="center", keep_next=True)
        + "".join(para(align="center", keep_next=True) for _ in range(4))
        + para(run(name_field, bold=True, size=13), align="center")
    )


def two_signers(left, right):
    half = TEXT_W // 2
    widths = [half, TEXT_W - half]
    return para(before=6) + table(widths, [row(widths, [left, right])])


def case_facts(first_number):
    n = first_number
    return [
        labelled(f"{n}. Tóm tắt vụ việc: ", "{{caseSummary}}"),
        labelled(f"{n + 1}. Đối tượng vi phạm: ", "{{offender}}"),
        labelled(f"{n + 2}. Hành vi vi phạm: ", "{{violation}}"),
        labelled(f"{n + 3}. Tang vật, hàng hóa: ", "{{goods}}; trị giá ước tính: {{estimatedValue}}"),
        labelled(f"{n + 4}. Thời gian, địa điểm phát hiện: ", "{{foundOn}}, tại {{foundPlace}}"),
    ]


def handover_record():
    return "".join(
        [
            header(),
            title("BIÊN BẢN", "Giao nhận hồ sơ vụ việc có dấu hiệu tội phạm"),
            body_para(run("Căn cứ {{legalBasis}};")),
            body_para(run("Hôm nay, {{handoverDate}}, chúng tôi gồm:")),
            labelled("Bên giao: ", "{{handingAgency}}"),
            labelled("Bên nhận: ", "{{receivingAgency}}"),
            body_para(
                run(
                    "Tiến hành giao nhận hồ sơ vụ việc có dấu hiệu tội phạm mã số {{referralCode}},"
                    " cụ thể như sau:"
                )
            ),
            *case_facts(1),
            labelled(
                "6. Tài liệu giao nhận: ",
                "{{documentCount}} tài liệu, mỗi tài liệu kèm mã băm SHA-256 để đối chiếu tính"
                " toàn vẹn:",
            ),
            documents_table(),
            body_para(
                run(
                    "Bên nhận đã kiểm tra, đối chiếu mã băm và nhận đủ các tài liệu nêu trên. Biên"
                    " bản được lập thành 02 bản có giá trị pháp lý như nhau, mỗi bên giữ 01 bản,"
                    " các bên thống nhất ký tên dưới đây."
                ),
                before=6,
            ),
            two_signers(
                signer("ĐẠI DIỆN BÊN GIAO", "{{handingSignerTitle}}", "{{handingSignerName}}"),
                signer("ĐẠI DIỆN BÊN NHẬN", "{{receivingSignerTitle}}", "{{receivingSignerName}}"),
            ),
        ]
    )


def return_record():
    return "".join(
        [
            header(),
            title("BIÊN BẢN", "Trả hồ sơ vụ việc có dấu hiệu tội phạm"),
            body_para(run("Căn cứ {{legalBasis}};")),
            body_para(
                run(
                    "Căn cứ Quyết định số {{decisionNumber}} ngày {{decisionDate}} của"
                    " {{returningAgency}} về việc không khởi tố vụ án hình sự;"
                )
            ),
            body_para(run("Hôm nay, {{returnDate}}, chúng tôi gồm:")),
            labelled("Bên giao (bên trả hồ sơ): ", "{{returningAgency}}"),
            labelled("Bên nhận: ", "{{receivingAgency}}"),
            body_para(
                run(
                    "Tiến hành trả lại hồ sơ vụ việc mã số {{referralCode}} để xử lý vi phạm hành"
                    " chính theo quy định của pháp luật, cụ thể như sau:"
                )
            ),
            *case_facts(1),
            labelled("6. Nội dung trả: ", "{{returnNote}}"),
            labelled("7. Danh mục tài liệu trả lại ", "(kèm mã băm SHA-256):"),
            documents_table(),
            body_para(
                run(
                    "Bên nhận đã kiểm tra và nhận đủ hồ sơ, tài liệu, tang vật nêu trên. Biên bản"
                    " được lập thành 02 bản có giá trị pháp lý như nhau, mỗi bên giữ 01 bản, các"
                    " bên thống nhất ký tên dưới đây."
                ),
                before=6,
            ),
            two_signers(
                signer("ĐẠI DIỆN BÊN GIAO", "{{returningSignerTitle}}", "{{returningSignerName}}"),
                signer("ĐẠI DIỆN BÊN NHẬN", "{{receivingSignerTitle}}", "{{receivingSignerName}}"),
            ),
        ]
    )


def transfer_letter():
    subject = para(run("V/v {{subject}}", size=12), align="center", before=4)
    left = para(run("Nơi nhận:", bold=True, italic=True, size=12), keep_next=True) + para(
        run("{{copiesTo}}", size=11)
    )
    right = signer(None, "{{signerTitle}}", "{{signerName}}")
    widths = [LEFT_COL, RIGHT_COL]
    return "".join(
        [
            header(extra_left=subject),
            para(run("Kính gửi: {{recipient}}", size=14), align="center", before=18, after=12),
            body_para(run("{{body}}")),
            para(before=6),
            table(widths, [row(widths, [left, right])]),
        ]
    )


def document_xml(body):
    sect = (
        f'<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>'
        f'<w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}"/>'
        f'<w:pgMar w:top="{TOP}" w:right="{RIGHT}" w:bottom="{BOTTOM}" w:left="{LEFT}"'
        f' w:header="{mm(10)}" w:footer="{mm(10)}" w:gutter="0"/>'
        "<w:titlePg/></w:sectPr>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}{sect}</w:body></w:document>'
    )


# Page numbers from the second page on, centred in the top margin (Decree 30); the first page
# has no header (w:titlePg without a first-page header).
HEADER_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:hdr xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
    '<w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    '<w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
    '<w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:t>2</w:t></w:r>'
    '<w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>'
)

STYLES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:styles xmlns:w="{W_NS}"><w:docDefaults><w:rPrDefault><w:rPr>'
    '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman"'
    ' w:cs="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/>'
    '<w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    "</w:pPrDefault></w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    '<w:qFormat/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0"'
    ' w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
    "</w:style></w:styles>"
)

SETTINGS_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:settings xmlns:w="{W_NS}"><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting'
    ' w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
    '</w:compat><w:themeFontLang w:val="vi-VN"/></w:settings>'
)

FONT_TABLE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:fonts xmlns:w="{W_NS}"><w:font w:name="Times New Roman"><w:panose1'
    ' w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/>'
    '<w:pitch w:val="variable"/></w:font></w:fonts>'
)

CONTENT_TYPES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/fontTable.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)

PACKAGE_RELS_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)

DOCUMENT_RELS_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/settings" Target="settings.xml"/>'
    '<Relationship Id="rIdFonts" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/fontTable" Target="fontTable.xml"/>'
    '<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/header" Target="header1.xml"/>'
    "</Relationships>"
)

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>PhoiHop</Application></Properties>"
)

TEMPLATES = {
    "referral-handover-record": handover_record,
    "referral-transfer-letter": transfer_letter,
    "referral-return-record": return_record,
}


def docx(body):
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES_XML),
        ("_rels/.rels", PACKAGE_RELS_XML),
        ("docProps/app.xml", APP_XML),
        ("word/document.xml", document_xml(body)),
        ("word/styles.xml", STYLES_XML),
        ("word/settings.xml", SETTINGS_XML),
        ("word/fontTable.xml", FONT_TABLE_XML),
        ("word/header1.xml", HEADER_XML),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS_XML),
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content.encode("utf-8"))
    return buffer.getvalue()


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    OUT.mkdir(parents=True, exist_ok=True)
    for name, build in TEMPLATES.items():
        path = OUT / f"{name}.docx"
        content = docx(build())
        if check:
            if not path.exists() or path.read_bytes() != content:
                stale.append(str(path))
        else:
            path.write_bytes(content)
            print(f"wrote {path}")
    if stale:
        print("out of date (run scripts/document-templates.py): " + ", ".join(stale))
        sys.exit(1)


if __name__ == "__main__":
    main()
