#!/usr/bin/env python3
"""Writes the import benchmark's inputs: N rows of a DIP sheet as CSV and as XLSX.

    gen-import.py N OUTDIR

OUTDIR/dip-N.csv and OUTDIR/dip-N.xlsx hold the same rows in the DIP's columns
(docs/language.md §9, import); OUTDIR/import-N.ppid declares the units and staff the rows
name and imports the CSV (OUTDIR/import-xlsx-N.ppid the XLSX); OUTDIR/sqlite-N.sql makes
the table sqlite3 imports the same CSV into. Deterministic: the values come from the row
number. The XLSX is written by hand (shared strings, as Excel writes them), so no Python
package is needed.
"""
import sys
import zipfile
from xml.sax.saxutils import escape

HEADERS = ["No", "Kode", "Judul Informasi", "Ringkasan Isi Informasi",
           "Pejabat/Unit/Satuan Kerja yang Menguasai Informasi",
           "Penanggung Jawab Pembuatan atau Penerbitan Informasi",
           "Waktu dan Tempat Pembuatan Informasi", "Bentuk Informasi yang Tersedia",
           "Jangka Waktu Penyimpanan atau Retensi Arsip", "Jenis Informasi"]
UNITS = [("kul", "Subbagian Keuangan, Umum dan Logistik"),
         ("tp", "Subbagian Teknis dan Hubungan Partisipasi Masyarakat"),
         ("hukum", "Subbagian Hukum dan SDM")]
STAFF = [("budi", "Budi Santoso"), ("sri", "Sri Wahyuni"), ("ani", "Ani Lestari")]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
CLASSES = ["Berkala", "Serta Merta", "Setiap Saat"]
RETENTION = ["10 tahun", "5 tahun", "permanen", "selama berlaku", "6 bulan"]


def rows(n):
    for i in range(1, n + 1):
        unit = UNITS[i % 3]
        yield [str(i), f"info_{i:06d}", f"Laporan Kegiatan Nomor {i}",
               f"Ringkasan laporan {i}, dengan \"kutipan\"" if i % 7 == 0 else f"Ringkasan laporan {i}",
               unit[1] if i % 2 else unit[0], STAFF[i % 3][1],
               f"{1 + i % 28} {MONTHS[i % 12]} 2024, Purwokerto",
               "softcopy, hardcopy" if i % 2 else "softcopy",
               RETENTION[i % 5], CLASSES[i % 3]]


def csv_field(s):
    return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n') else s


def write_xlsx(path, table):
    strings, index = [], {}
    def sst(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]
    def col(c):
        out = ""
        c += 1
        while c:
            c, r = divmod(c - 1, 26)
            out = chr(65 + r) + out
        return out
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(table, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if r > 1 and c == 0:
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="s"><v>{sst(v)}</v></c>')
        sheet.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    sheet.append("</sheetData></worksheet>")
    shared = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">']
    shared += [f"<si><t>{escape(s)}</t></si>" for s in strings]
    shared.append("</sst>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DIP" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", "".join(sheet))
        z.writestr("xl/sharedStrings.xml", "".join(shared))


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit():
        sys.exit(__doc__)
    n, out = int(sys.argv[1]), sys.argv[2]
    table = [HEADERS] + list(rows(n))
    with open(f"{out}/dip-{n}.csv", "w", encoding="utf-8", newline="") as f:
        for row in table:
            f.write(",".join(csv_field(v) for v in row) + "\r\n")
    write_xlsx(f"{out}/dip-{n}.xlsx", table)
    org = "".join(f'unit {u} "{t}"\n' for u, t in UNITS) + "".join(f'staff {s} "{f}" {{ unit kul }}\n' for s, f in STAFF)
    check = f"assert count(info) == {n}\nprint count(info where class == berkala)\n"
    with open(f"{out}/import-{n}.ppid", "w", encoding="utf-8") as f:
        f.write(org + f'import info from "dip-{n}.csv"\n' + check)
    with open(f"{out}/import-xlsx-{n}.ppid", "w", encoding="utf-8") as f:
        f.write(org + f'import info from "dip-{n}.xlsx"\n' + check)
    with open(f"{out}/sqlite-{n}.sql", "w", encoding="utf-8") as f:
        f.write(f".import --csv dip-{n}.csv dip\nSELECT count(*) FROM dip WHERE \"Jenis Informasi\" = 'Berkala';\n")


if __name__ == "__main__":
    main()
