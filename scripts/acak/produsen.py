# The books of a generator's folder as other producers write them, with the truth moved along: a check that lkjip reads
# what the figures say whoever wrote the file. Usage:
#   python3 scripts/acak/produsen.py MODE FOLDER OUT   then   python3 scripts/acak/skor.py OUT
# MODE:
#   xlsxwriter  written again by XlsxWriter (Debian python3-xlsxwriter): shared strings, formulas stored with the result
#               0 and the workbook flagged to recalculate on load, its own style table
#   tanpa-gaya  no bold and no indent anywhere (a program that keeps values and number formats only — web exports, many
#               libraries): a hierarchy shown only by style is then shown by nothing
#   tanpa-r     cells without their r="B4" (each cell the next column; blanks written as <c/>), as some writers do
#   prefiks     SpreadsheetML with a namespace prefix (<x:worksheet>, <x:c>), as .NET's Open XML SDK writes it
#   libreoffice opened and saved again as .xlsx by LibreOffice Calc (Debian libreoffice-calc, soffice --headless): its own
#               styles, shared formulas, merge and number-format conventions, every formula recalculated
#   ods, xls    saved by LibreOffice Calc as OpenDocument (.ods) or as Excel 97–2003 (.xls, BIFF8), the truth's file names
#               changed: score with LKJIP_SOFFICE=0 so that lkjip's own readers read them, as where LibreOffice is absent
import json, os, re, sys, zipfile

mode, src, dst = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(dst, exist_ok=True)
truth = json.load(open(os.path.join(src, 'truth.json')))
NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'


def col_no(letters):
    n = 0
    for ch in letters: n = n * 26 + ord(ch) - 64
    return n


def no_refs(xml):
    def row(m):
        out, nxt = [], 1
        for cm in re.finditer(r'<c\b[^>]*?(?:/>|>.*?</c>)', m.group(2), re.S):
            c = cm.group(0); r = re.search(r'\sr="([A-Z]+)\d+"', c)
            col = col_no(r.group(1))
            out.append('<c/>' * (col - nxt)); nxt = col + 1
            out.append(c.replace(r.group(0), '', 1))
        return m.group(1) + ''.join(out) + '</row>'
    return re.sub(r'(<row\b[^>]*>)(.*?)</row>', row, xml, flags=re.S)


def prefixed(xml):
    if f'xmlns="{NS}"' not in xml: return xml
    xml = xml.replace(f'xmlns="{NS}"', f'xmlns:x="{NS}"', 1)
    return re.sub(r'<(/?)([A-Za-z]\w*)(?=[\s>/])', lambda m: f'<{m.group(1)}x:{m.group(2)}', xml)


def no_style(name, xml):
    if name == 'xl/styles.xml':
        xml = re.sub(r'<b(\s+val="(1|true)")?\s*/>', '', xml)
        return re.sub(r'\s+indent="\d+"', '', xml)
    if name == 'xl/sharedStrings.xml': return re.sub(r'<b(\s+val="(1|true)")?\s*/>', '', xml)
    return xml


def transform(f, g):
    zin, zout = zipfile.ZipFile(f), zipfile.ZipFile(g, 'w', zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data, name = zin.read(item.filename), item.filename
        if name.startswith('xl/') and name.endswith('.xml') and '/_rels/' not in name:
            x = data.decode('utf8')
            if mode == 'tanpa-r' and name.startswith('xl/worksheets/'): x = no_refs(x)
            elif mode == 'prefiks': x = prefixed(x)
            elif mode == 'tanpa-gaya': x = no_style(name, x)
            data = x.encode('utf8')
        zout.writestr(item, data)
    zout.close()


def xlsxwriter_copy(f, g):
    import openpyxl, xlsxwriter
    wb, xw, fmts = openpyxl.load_workbook(f), xlsxwriter.Workbook(g), {}

    def fmt(c):
        key = (c.number_format, bool(c.font and c.font.b), int(c.alignment.indent or 0) if c.alignment else 0)
        if key not in fmts:
            d = {}
            if key[0] and key[0] != 'General': d['num_format'] = key[0]
            if key[1]: d['bold'] = True
            if key[2]: d['indent'] = key[2]
            fmts[key] = xw.add_format(d) if d else None
        return fmts[key]

    for ws in wb.worksheets:
        s = xw.add_worksheet(ws.title)
        if ws.sheet_state == 'hidden': s.hide()
        corners, inside = set(), set()
        for m in ws.merged_cells.ranges:
            corners.add((m.min_row, m.min_col))
            inside |= {(r, c) for r in range(m.min_row, m.max_row + 1) for c in range(m.min_col, m.max_col + 1)}
            cell = ws.cell(m.min_row, m.min_col); v = cell.value
            s.merge_range(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1, '' if v is None or (isinstance(v, str) and v.startswith('=')) else v, fmt(cell))
            # (a formula in a merged cell: written into its first cell after the merge, as XlsxWriter's docs say)
            if isinstance(v, str) and v.startswith('='): s.write_formula(m.min_row - 1, m.min_col - 1, v, fmt(cell))
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None or (c.row, c.column) in inside: continue
                if isinstance(v, str) and v.startswith('='): s.write_formula(c.row - 1, c.column - 1, v, fmt(c))
                elif isinstance(v, str): s.write_string(c.row - 1, c.column - 1, v, fmt(c))
                else: s.write(c.row - 1, c.column - 1, v, fmt(c))
        for r, d in ws.row_dimensions.items():
            if d.hidden: s.set_row(r - 1, None, None, {'hidden': True})
        for d in ws.column_dimensions.values():
            if d.hidden and d.min and d.max: s.set_column(d.min - 1, d.max - 1, None, None, {'hidden': True})
    xw.close()


FILTERS = {'xlsx': 'xlsx:Calc MS Excel 2007 XML', 'ods': 'ods:calc8', 'xls': 'xls:MS Excel 97'}


def libreoffice_copy(f, g, ext='xlsx'):
    import shutil, subprocess, tempfile
    # (a profile of its own: a soffice already running, or a first start's dialogs, never stand in the way)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(['soffice', f'-env:UserInstallation=file://{tmp}/profil', '--headless', '--calc', '--convert-to',
                        FILTERS[ext], '--outdir', tmp, f], check=True, capture_output=True, timeout=180)
        shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(f))[0] + '.' + ext), g)


out = {}
for f, t in truth.items():
    if mode in ('ods', 'xls'):
        g = os.path.join(dst, os.path.splitext(os.path.basename(f))[0] + '.' + mode); out[g] = t
        libreoffice_copy(f, g, mode)
        continue
    g = os.path.join(dst, os.path.basename(f)); out[g] = t
    {'xlsxwriter': xlsxwriter_copy, 'libreoffice': libreoffice_copy}.get(mode, transform)(f, g)
json.dump(out, open(os.path.join(dst, 'truth.json'), 'w'))
