# The books of a generator's folder retyped as staff type them, with the truth moved along (the cells stay where they
# were): a check that what lkjip finds does not hang on one way of writing a header or a figure. Usage:
#   python3 scripts/acak/varian.py MODE FOLDER OUT SEED   then   python3 scripts/acak/skor.py OUT
# MODE:
#   judul   header words in the variants staff use (Tgt, Real., Cap., %, Angg., Alokasi, DPA, Penyerapan, IKU, Sat. …),
#           each header text of a book changed or not at random, the same way wherever it stands
#   judul2  header words as some offices word them, the figures alone telling what a column is ("Yang Direncanakan",
#           "Hasil", "Kondisi Akhir", "Kinerja (%)", "Plafon", "Belanja (Rp)", "SP2D (Rp)", "Daya Serap", "Hasil
#           Penilaian" …), chosen as judul chooses
#   angka   figures typed as text in one convention per book — the Indonesian ("1.250.000", "Rp 1.250.000,-",
#           "98,29 %") or the English ("1,250,000.00", "98.29%"), spaces or no-break spaces grouping either — one
#           form per column, negatives in brackets or with a minus; years, percentages under a % format, columns
#           left as they were at random and the books holding formulas stay numbers
#   persen  percentages stored as fractions under a "0%", "0.0%" or "0.00%" format (as Excel stores "97,6%"), one
#           format per column, the column chosen at random (a column holding a planted cell under "0.00%": "0%" could round a small
#           planted error away)
#   kolom   two neighbouring columns of figures (or a figure's and its Satuan) change places, header and all, as offices
#           order them differently ("Realisasi | Target", "Target | Satuan", "HPS | Pagu"), never one worked out from
#           others (a %, Capaian, Serapan, Sisa, Jumlah, Kategori … keeps its place right of them): the same pairs on
#           every sheet, never a column of years or periods, a pair a merge cuts, a book of columns cut in two or pages without a header, a row's numbering of the columns ((1) (2) …,
#           left in place) or a book of formulas or of a header that computes by column numbers ("% (5/4)"); the truth's
#           cells move with them
#   gabung  every visible sheet's cells on one sheet, one under another with two or three blank rows between (a report
#           typed in Word and pasted whole), merges and hidden rows along; books of formulas or of a PDF's pages (one
#           sheet each) stay as they are; the truth's cells and tables move with them
#   sela    one blank row inside a table, as staff space a long table out: before its JUMLAH/TOTAL/Rata-rata row, and/or
#           before each of its groups (a programme, a sasaran, a row numbered I, II … or A, B …, a code of the fewest
#           parts) — never inside a merge, never beside another blank row, never in a book of formulas or of a PDF's
#           pages; the truth's cells and tables move with the rows
#   sembunyi a hidden column right of a budget column (its header "… Murni", the amounts of the budget before its revision:
#           each some percent off), as offices keep the old pagu beside the new; never inside a merge, never in a book of
#           formulas, of columns cut in two or of a PDF's pages; the truth's cells and tables move with the columns
#   lebar   a row's lone label (a heading with no figures, a sasaran over its indikator) merged across to the table's
#           right edge, as Word and typists lay headings out; never over another merge; the truth stays as it is
#   catatan one or two figures of a table marked for a note ("95,5*)", "1.250.000 *"), typed the Indonesian way, with the
#           note under the table ("*) Angka sementara, belum diaudit"), where the row below it is free; never a figure
#           under a % format or a formula's; the truth stays as it is
#   enter   long labels and headers broken over lines inside their cells (Alt+Enter at a space near the middle), as staff
#           fit a long name in a narrow column; the truth stays as it is
#   rp      "Rp" in a column of its own left of each amount of a budget column ("Rp | 12.488.750", an accountant's
#           layout), the header merged over both; never where the header is merged already, never in a book of formulas;
#           the truth's cells and tables move with the columns
#   kapital every text of a book in capitals (captions, headers, labels, Satuan, predikat), as some offices type whole
#           reports and finance systems print them; the truth stays as it is
#   spasi   a label's indent written as leading spaces instead (two, three or four per level, one count per book), as
#           exports and typists without the indent button write an outline; the truth stays as it is
#   celah   an empty column inside each table between two of its columns (where no merge or other table crosses), its
#           header merged over it and the next column or left blank, as a table converted from Word or a PDF keeps a
#           narrow spacer; never a book of formulas or of a PDF's pages; the truth's cells and tables move with the columns
#   geser   each sheet's cells moved down (2 to 30 rows) and right (1 to 6 columns) together, as a report pasted into a
#           template under its letterhead; never a book of formulas; the truth's cells and tables move with them
#   campur  as angka, the Indonesian way, but only some figures of a column typed as text and the rest left numbers, as
#           figures pasted into a column of numbers arrive ("number stored as text")
#   satuan  a target's and a realisasi's unit typed after the figure in its cell, as staff type them beside a Satuan
#           column or not ("12 Dokumen", "85 %", "8,5 per 1.000 KH", "Rp 1.250.000"), the figure the Indonesian way;
#           never a figure under a % format, a capaian, a budget's column or a book of formulas; the truth stays as it is
#   rumus   figures a row or a column already computes written as the formulas Excel keeps with their results, as a
#           book made in Excel arrives: a percentage or a difference of two figures left of it in its row, under a header
#           that names one (=ROUND(E7/D7*100,2), =D7-E7), a sum or mean of the run of figures right under it or, on a JUMLAH, TOTAL or
#           Rata-rata row, right above it (=SUM(D8:D11), =ROUND(AVERAGE(F5:F9),2)), an amount repeated from a later
#           sheet (='Realisasi Anggaran'!D9); each formula's stored result the figure that stood there, the planted
#           cells typed as they were; books holding formulas already stay as they are; the truth stays as it is
#   ttd     a signature block under the last rows of a sheet, one or two blank rows below them, as a PK and its
#           appendices are signed: place and date, "PIHAK PERTAMA," / "Mengetahui," / "Menyetujui,", the officials'
#           titles (Kepala Dinas …, Direktur RSUD …, Camat …, Inspektur …, Bupati …), a name with its degrees, a rank, a
#           NIP written as staff write it ("NIP. 19680512 199303 1 007", "NIP 196805121993031007"); the truth stays as it is
#   sheet   every sheet renamed as offices leave or name them — Excel's "Sheet1", "Sheet2" …, "Lampiran 1", "Lamp. 2",
#           "Tabel 3.1", "Form 3" …, one scheme per book, in the sheets' order; never a book of a PDF's pages or whose
#           formulas name a sheet; the truth's cells and tables move to the new names
# Needs openpyxl (Debian python3-openpyxl).
import json, os, random, re, sys
from copy import copy
from openpyxl import load_workbook
from openpyxl.styles import Font
from openpyxl.utils import column_index_from_string, get_column_letter
from umum import rp

mode, src, dst, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
rng = random.Random(seed)
os.makedirs(dst, exist_ok=True)
truth = json.load(open(os.path.join(src, 'truth.json')))

HEADERS = {
    'target': ['Tgt', 'Trgt', 'Target Kinerja', 'Tgt.'],
    'realisasi': ['Real.', 'Rea.', 'Realisasi Kinerja'],
    'capaian (%)': ['Cap.', '%', '% Capaian', 'Capaian Kinerja (%)', 'Persentase Capaian'],
    'capaian': ['Cap.', '% Capaian', 'Capaian Kinerja'],
    '% capaian': ['Cap. (%)', 'Capaian', 'Tingkat Capaian (%)'],
    'indikator kinerja': ['Indikator', 'Indikator Kinerja Utama', 'IKU', 'Indikator Kinerja Program'],
    'indikator': ['Indikator Kinerja', 'IKU'],
    'satuan': ['Sat.', 'Sat', 'Satuan Ukur'],
    'sasaran strategis': ['Sasaran', 'Sasaran Program'],
    'pagu': ['Pagu Anggaran', 'Alokasi', 'DPA', 'Pagu Perubahan', 'Angg.'],
    'pagu (rp)': ['Anggaran (Rp)', 'Pagu Anggaran (Rp)', 'Alokasi (Rp)'],
    'anggaran': ['Pagu', 'Alokasi Anggaran', 'Angg.'],
    'anggaran (rp)': ['Pagu (Rp)', 'Alokasi (Rp)', 'Nilai Anggaran (Rp)'],
    'realisasi (rp)': ['Real. (Rp)', 'Realisasi Anggaran (Rp)', 'Realisasi Keuangan (Rp)'],
    'serapan (%)': ['% Serapan', 'Penyerapan (%)', '% Penyerapan'],
    '% serapan': ['Serapan', 'Penyerapan (%)'],
}
# (words that name no role by themselves: lkjip reads the column from its figures and the columns around it)
RARE_HEADERS = {
    'target': ['Rencana', 'Yang Direncanakan', 'Target PK', 'Rencana Tingkat Capaian'],
    'realisasi': ['Hasil', 'Pencapaian', 'Yang Dicapai', 'Real'],
    'capaian (%)': ['Kinerja (%)', 'Tingkat Keberhasilan (%)', 'Prosentase', 'Persentase', 'Nilai Capaian'],
    'capaian': ['Kinerja', 'Tingkat Capaian', 'Prosentase'],
    '% capaian': ['Persentase', 'Keberhasilan (%)'],
    'pagu': ['Plafon', 'APBD Perubahan', 'Nilai DPA', 'Dana'],
    'pagu (rp)': ['Dana (Rp)', 'Plafon Anggaran (Rp)', 'APBD-P (Rp)'],
    'anggaran': ['Plafon', 'Dana', 'Nilai DPA'],
    'anggaran (rp)': ['Dana (Rp)', 'Jumlah Dana (Rp)'],
    'realisasi (rp)': ['Belanja (Rp)', 'SP2D (Rp)', 'Terserap (Rp)'],
    'serapan (%)': ['Daya Serap (%)', '% SP2D', 'Tingkat Serapan (%)', 'Prosentase'],
    '% serapan': ['Daya Serap', '% Keu'],
    'kategori': ['Hasil Penilaian', 'Interpretasi', 'Kriteria'],
}
MONEY_WORDS = ('rp', 'anggaran', 'pagu', 'belanja', 'keuangan', 'dana', 'biaya', 'alokasi', 'pendapatan')
PERCENT_WORDS = ('%', 'capaian', 'serapan', 'persen', 'persentase', 'prosentase')


def key(s):
    return re.sub(r'\s+', ' ', s.strip().lower())


def grouped(i, sep):
    return f'{i:,}'.replace(',', sep)


def header_above(ws, r, c):
    """The nearest text above a cell in its column (its header, in a table without a band over it)."""
    for k in range(r - 1, max(0, r - 8), -1):
        v = ws.cell(k, c).value
        if isinstance(v, str) and v.strip() and not re.match(r'^[\d.,\s%()-]+$', v): return key(v)
    return ''


def judul(ws, chosen, words=HEADERS):
    # (one variant per header text in a book: a header repeated on every page of a PDF is the same words each time)
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and key(cell.value) in words:
                k = key(cell.value)
                if k not in chosen: chosen[k] = rng.choice(words[k]) if rng.random() < 0.8 else cell.value
                cell.value = chosen[k]


def angka(ws, locale, share=1.0):
    forms = {}
    last = {}
    for row in ws.iter_rows():
        for cell in row:
            v = cell.value
            if isinstance(v, bool) or not isinstance(v, (int, float)) or '%' in (cell.number_format or ''): continue
            if isinstance(v, int) and 1990 <= v <= 2100: continue
            # (one form per column of each table: a column's header decides, so a Sisa under a sheet's first table's
            # "Capaian (%)" is never typed as a percentage)
            hdr = header_above(ws, cell.row, cell.column) or last.get(cell.column, '')
            last[cell.column] = hdr
            if (cell.column, hdr) not in forms:
                money = any(w in hdr for w in MONEY_WORDS)
                big = ['id', 'iddec', 'space', 'nbsp'] + (['rp', 'rpdash', 'rpdot'] if money else []) if locale == 'id' else ['en', 'endec', 'space', 'nbsp']
                forms[(cell.column, hdr)] = None if rng.random() < 0.3 else (rng.choice(big), rng.random() < 0.5 and any(w in hdr for w in PERCENT_WORDS))
            form = forms[(cell.column, hdr)]
            if form is None or (share < 1 and rng.random() >= share): continue
            big, percent = form
            a = abs(v)
            if a >= 1000 and float(a).is_integer():
                i = int(a)
                s = {'id': grouped(i, '.'), 'iddec': grouped(i, '.') + ',00', 'en': grouped(i, ','), 'endec': grouped(i, ',') + '.00',
                     'space': grouped(i, ' '), 'nbsp': grouped(i, '\u00a0'), 'rp': rp(i, 'rp'), 'rpdash': rp(i, 'rp-'),
                     'rpdot': 'Rp. ' + grouped(i, '.') + ',00'}[big]
            elif a < 1000:
                s = repr(round(a, 4))
                if s.endswith('.0'): s = s[:-2]
                if locale == 'id': s = s.replace('.', ',')
                # ("12.345" in English is twelve and a bit: typed so, it is ambiguous by nature, and left a number)
                elif re.match(r'^[1-9]\d{0,2}\.\d{3}$', s): continue
                if percent and a >= 10: s += rng.choice(['%', ' %'])
            else: continue
            cell.value = ('(' + s + ')' if rng.random() < 0.5 else '-' + s) if v < 0 else s


def persen(ws, planted=frozenset()):
    formats = {}
    # (a column a formula reads keeps its numbers: "=E4/D4*100" over a fraction would compute another figure, a real
    # inconsistency of its own and not what this variant asks)
    read = {column_index_from_string(m) for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith('=')
            for m in re.findall(r'\$?([A-Z]{1,3})\$?\d+', c.value)}
    for row in ws.iter_rows():
        # (a header's row of numerals, the columns' numbers or the plan's years 1 … 5 typed as numbers, is no figures)
        nums = [c.value for c in row if isinstance(c.value, (int, float)) and not isinstance(c.value, bool)]
        if len(nums) >= 3 and all(isinstance(v, int) and 1 <= v <= len(nums) + 1 for v in nums):
            continue
        for cell in row:
            v = cell.value
            if isinstance(v, bool) or not isinstance(v, (int, float)) or '%' in (cell.number_format or '') or not -400 <= v <= 400: continue
            if cell.column not in formats:
                hdr = header_above(ws, cell.row, cell.column)
                # (whole words: "Pencapaian" is what was reached, no capaian)
                takes = any(re.search(r'(^|\W)' + re.escape(w) + r'(\W|$)', hdr) for w in PERCENT_WORDS) and not any(w in hdr for w in ('efisiensi', 'target', 'realisasi', 'satuan'))
                takes = takes and cell.column not in read
                # (a column holding a planted cell shows its two decimals: "0%" could round a small planted error away,
                # 102,36 % and the true 102,24 % both showing as 102 %)
                shown = ['0.00%'] if any(x[0] == ws.title and x[1] == cell.column for x in planted) else ['0%', '0.0%', '0.00%']
                formats[cell.column] = rng.choice(shown) if takes and rng.random() < 0.7 else None
            if formats[cell.column]:
                cell.value = v / 100
                cell.number_format = formats[cell.column]


FIGURE_TEXT = re.compile(r'^\s*(rp\.?\s*)?[(-]?[\d.,\s\u00a0]+\)?\s*(%|,-)?\s*$', re.I)
SATUAN_TEXT = re.compile(r'^(%|persen|orang|jiwa|unit|dokumen|kali|kegiatan|paket|km|m2|ha|hari|jam|menit|indeks|nilai|poin|rasio|desa|sekolah|laporan|opd|rp)$', re.I)
DERIVED_HEADER = re.compile(r'%|\bcap\b|capaian|serapan|efisiensi|sisa|selisih|jumlah|total|kategori|predikat|kriteria|tertimbang|lebih|kurang|pertumbuhan|kenaikan|naik|turun|rasio|persen|prosentase|rata|cakupan|nilai')
PERIOD_TEXT = re.compile(r'^(s\.?d\.?\s*)?(tw|triwulan|trw|semester|smt|sem|q[1-4]|bulan|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|tahun ke)\b', re.I)
COLUMN_FORMULA = re.compile(r'\(\s*\d+\s*[/:x×-]\s*\d+\s*\)|\d\s*/\s*\d.*x\s*100')


def is_numbering(row):
    nums = []
    for c in row:
        v = c.value
        if v is None: continue
        m = re.match(r'^\(?(\d+)\)?$', str(v).strip())
        if not m: return False
        nums.append(int(m.group(1)))
    return len(nums) >= 3 and nums == list(range(nums[0], nums[0] + len(nums)))


def column_kinds(ws):
    """Per column: its figures, its Satuan words, its long texts and whether a year stands in it."""
    kinds = {}
    for row in ws.iter_rows():
        for c in row:
            v = c.value
            if v is None: continue
            k = kinds.setdefault(c.column, {'fig': 0, 'sat': 0, 'long': 0, 'year': False, 'text': False, 'derived': False})
            if isinstance(v, bool): continue
            # (a column worked out from others, its header says so — a share, a difference, a sum, a rating — keeps its
            # place right of them: "Capaian (%) | Terlayani" is no office's order)
            if k['fig'] == 0 and (isinstance(v, (int, float)) or (isinstance(v, str) and FIGURE_TEXT.match(v) and re.search(r'\d', v))):
                k['derived'] = bool(DERIVED_HEADER.search(header_above(ws, c.row, c.column)))
            if isinstance(v, (int, float)):
                if isinstance(v, int) and 1990 <= v <= 2100: k['year'] = True
                else: k['fig'] += 1
            elif isinstance(v, str):
                t = v.strip()
                if re.search(r'[^\W\d_]', t): k['text'] = True
                # (a year or a period heads a sequence of columns, never swapped: "TW II | TW I" is no office's order)
                if re.search(r'\b(19|20)\d\d\b', t) or PERIOD_TEXT.match(t): k['year'] = True
                if FIGURE_TEXT.match(t) and re.search(r'\d', t): k['fig'] += 1
                elif SATUAN_TEXT.match(t): k['sat'] += 1
                elif len(t) > 25: k['long'] += 1
    return kinds


def kolom(wb, swaps):
    """The pairs of columns (c, c + 1) that change places on each sheet, chosen once per book."""
    # (a column of figures under no words at all is the half of one a PDF converter cut in two, or a page that repeats no
    # header: its columns are known only by their places, so the book keeps every column where it is)
    if any(k['fig'] >= 3 and not k['text'] for ws in wb.worksheets for k in column_kinds(ws).values()): return
    for ws in wb.worksheets:
        if any(isinstance(c.value, str) and COLUMN_FORMULA.search(c.value) for row in ws.iter_rows(max_row=min(ws.max_row, 12)) for c in row):
            continue
        kinds = column_kinds(ws)
        merges = list(ws.merged_cells.ranges)
        def ok(c):
            a, b = kinds.get(c), kinds.get(c + 1)
            if not a or not b or a['year'] or b['year'] or a['derived'] or b['derived'] or a['long'] > 1 or b['long'] > 1: return False
            if not ((a['fig'] >= 3 and b['fig'] >= 3) or (a['fig'] >= 3 and b['sat'] >= 3) or (a['sat'] >= 3 and b['fig'] >= 3)): return False
            return all((m.min_col <= c <= m.max_col) == (m.min_col <= c + 1 <= m.max_col) for m in merges)
        done = set()
        for c in sorted(kinds):
            if c in done or c - 1 in done or not ok(c): continue
            if c not in swaps: swaps[c] = rng.random() < 0.5
            if not swaps[c]: continue
            done.add(c)
            spanned = {r for m in merges if m.min_col <= c and m.max_col >= c + 1 for r in range(m.min_row, m.max_row + 1)}
            # (by blocks of rows between blank rows — a table each: one that fills only one of them, a scale's "Batas
            # Atas | | Kriteria" under the pengukuran, keeps its columns)
            blocks, block = [], []
            for r in range(1, ws.max_row + 2):
                if r <= ws.max_row and any(x.value is not None for x in ws[r]): block.append(r)
                elif block: blocks.append(block); block = []
            rows = [r for b in blocks if sum(ws.cell(r, c).value is not None and ws.cell(r, c + 1).value is not None for r in b) >= 2 for r in b]
            for r in rows:
                if r in spanned or is_numbering(ws[r]): continue
                x, y = ws.cell(r, c), ws.cell(r, c + 1)
                x.value, y.value = y.value, x.value
                x._style, y._style = y._style, x._style
            la, lb = get_column_letter(c), get_column_letter(c + 1)
            da, db = ws.column_dimensions[la], ws.column_dimensions[lb]
            (da.width, da.hidden), (db.width, db.hidden) = (db.width, db.hidden), (da.width, da.hidden)
            yield ws.title, c


def moved(ref, where):
    """A truth's cell ("Sheet!E6", "'Page 2'!D4:D6") after its sheet's columns changed places."""
    def swapped(pairs, c, r):
        for p in pairs:
            if c == p: c = p + 1
            elif c == p + 1: c = p
        return c, r
    return remapped(ref, where, swapped)


def gabung(wb):
    """Every visible sheet's cells on one sheet "LKjIP", one under another with two or three blank rows between (a
    report typed in Word and pasted whole): the row each sheet starts at, by its name."""
    visible = [ws for ws in wb.worksheets if ws.sheet_state == 'visible']
    # (a PDF's pages, one sheet each — "Page 1", "Halaman 2", "Table 3", "Sheet4" — are one table's parts: on one sheet
    # they are the generators' own one-sheet layouts)
    pages = [ws for ws in visible if re.match(r'^(page|halaman|table|tabel|sheet)\s*\d+$', ws.title, re.I)]
    if len(visible) < 2 or len(pages) >= 2: return {}
    one = wb.create_sheet('LKjIP', 0)
    starts, row = {}, 1
    for ws in visible:
        starts[ws.title] = row - 1
        for r in ws.iter_rows():
            for c in r:
                if c.value is None and not c.has_style: continue
                d = one.cell(c.row + row - 1, c.column)
                d.value = c.value
                d._style = c._style
        for m in ws.merged_cells.ranges:
            one.merge_cells(start_row=m.min_row + row - 1, start_column=m.min_col, end_row=m.max_row + row - 1, end_column=m.max_col)
        for k, dim in ws.row_dimensions.items():
            if dim.hidden: one.row_dimensions[k + row - 1].hidden = True
        for k, dim in ws.column_dimensions.items():
            if dim.hidden: one.column_dimensions[k].hidden = True
            if dim.width and (one.column_dimensions[k].width or 0) < dim.width: one.column_dimensions[k].width = dim.width
        row += ws.max_row + rng.choice([2, 3])
    for ws in visible: wb.remove(ws)
    return starts


def shifted(ref, starts):
    """A truth's cell or range on a sheet gabung moved, on "LKjIP"."""
    sheet, _, cells = ref.rpartition('!')
    name = sheet[1:-1].replace("''", "'") if sheet.startswith("'") else sheet
    if name not in starts: return ref
    def one(a1):
        m = re.match(r'^([A-Z]+)(\d+)$', a1)
        return f'{m.group(1)}{int(m.group(2)) + starts[name]}'
    return 'LKjIP!' + ':'.join(one(a) for a in cells.split(':'))


TOTAL_WORDS = re.compile(r'^\s*(jumlah|total|sub ?total|rata-?rata|grand total)\b', re.I)
GROUP_WORDS = re.compile(r'^\s*(\d+[.)]?\s+)?(program|sasaran|tujuan)\b', re.I)
OUTLINE_MARK = re.compile(r'^\s*([IVX]+|[A-H])[.)]?\s*$')
CODE = re.compile(r'^\s*\d+(\.\d+)*\.?\s*$')


def remapped(ref, where, cell):
    """A truth's cell or range ("Sheet!E6", "'Page 2'!D4:D6") with each cell moved by cell(where[sheet], column, row)."""
    sheet, _, cells = ref.rpartition('!')
    name = sheet[1:-1].replace("''", "'") if sheet.startswith("'") else sheet
    if name not in where: return ref
    def one(a1):
        m = re.match(r'^([A-Z]+)(\d+)$', a1)
        c, r = cell(where[name], column_index_from_string(m.group(1)), int(m.group(2)))
        return f'{get_column_letter(c)}{r}'
    return f'{sheet}!' + ':'.join(one(a) for a in cells.split(':'))


def rebuilt(wb, ws, row_of=lambda r: r, col_of=lambda c: c):
    """The sheet written again with its cells, merges and row and column looks moved (row_of, col_of), in its place and
    under its name; the new sheet."""
    new = wb.create_sheet(ws.title + '~', wb.worksheets.index(ws))
    for row in ws.iter_rows():
        for c in row:
            if c.value is None and not c.has_style: continue
            d = new.cell(row_of(c.row), col_of(c.column))
            d.value = c.value
            d._style = c._style
    for m in ws.merged_cells.ranges:
        new.merge_cells(start_row=row_of(m.min_row), start_column=col_of(m.min_col), end_row=row_of(m.max_row), end_column=col_of(m.max_col))
    for k, dim in ws.row_dimensions.items():
        if dim.hidden: new.row_dimensions[row_of(k)].hidden = True
        if dim.height: new.row_dimensions[row_of(k)].height = dim.height
    for k, dim in ws.column_dimensions.items():
        letter = get_column_letter(col_of(column_index_from_string(k)))
        new.column_dimensions[letter].width = dim.width
        new.column_dimensions[letter].hidden = dim.hidden
    new.sheet_state = ws.sheet_state
    title = ws.title
    wb.remove(ws)
    new.title = title
    return new


def a1_rows(rng_text):
    m = re.match(r'^([A-Z]+)(\d+):([A-Z]+)(\d+)$', rng_text)
    return column_index_from_string(m.group(1)), int(m.group(2)), column_index_from_string(m.group(3)), int(m.group(4))


def sela_points(ws, left, top, right, bottom, total, groups):
    """The rows of one table before which a blank row goes."""
    def vals(r):
        return [ws.cell(r, c).value for c in range(left, right + 1)]
    def numeric(v):
        return isinstance(v, (int, float)) and not isinstance(v, bool) and not (isinstance(v, int) and 1990 <= v <= 2100)
    body = next((r for r in range(top, bottom + 1) if any(numeric(v) for v in vals(r)) and not is_numbering(ws[r][left - 1:right])), None)
    if body is None: return []
    points = []
    if total:
        texts = [v for v in vals(bottom) if isinstance(v, str) and v.strip()]
        if bottom > body + 1 and texts and TOTAL_WORDS.match(texts[0]): points.append(bottom)
    if groups:
        codes = {}
        for r in range(body, bottom + 1):
            v = ws.cell(r, left).value
            if isinstance(v, str) and CODE.match(v) and '.' in v.strip().rstrip('.'): codes[r] = v.strip().rstrip('.').count('.')
        fewest = min(codes.values()) if len(set(codes.values())) >= 2 else None
        for r in range(body + 1, bottom + 1):
            row = vals(r)
            texts = [v for v in row if isinstance(v, str) and v.strip()]
            first = next((v for v in row if v is not None and str(v).strip()), None)
            group = (texts and GROUP_WORDS.match(texts[0]) and not TOTAL_WORDS.match(texts[0])) or \
                (isinstance(first, str) and OUTLINE_MARK.match(first)) or (fewest is not None and codes.get(r) == fewest)
            if group: points.append(r)
    merges = list(ws.merged_cells.ranges)
    def blank(r):
        return all(c.value is None or (isinstance(c.value, str) and not c.value.strip()) for c in ws[r]) if r <= ws.max_row else True
    # (never inside a merge, never beside a blank row: a gap of two rows ends a table, one is the staff's spacing)
    return sorted({r for r in points if not blank(r - 1) and not any(m.min_row < r <= m.max_row for m in merges)})


def sela(wb, tables):
    """A blank row before some rows of each table (sela_points): the rows inserted before, by sheet."""
    pages = [ws for ws in wb.worksheets if re.match(r'^(page|halaman|table|tabel|sheet)\s*\d+$', ws.title, re.I)]
    if len(pages) >= 2: return {}
    total, groups = rng.random() < 0.7, rng.random() < 0.6
    if not total and not groups: total = True
    where = {}
    for ws in list(wb.worksheets):
        points = set()
        for x in tables:
            if x['sheet'] != ws.title: continue
            left, top, right, bottom = a1_rows(x['range'])
            points |= set(sela_points(ws, left, top, right, bottom, total, groups))
        if not points: continue
        points = sorted(points)
        rebuilt(wb, ws, row_of=lambda r: r + sum(1 for p in points if p <= r))
        where[ws.title] = points
    return where


def spaced(ref, where):
    """A truth's cell or range after blank rows went in before some rows of its sheet."""
    return remapped(ref, where, lambda points, c, r: (c, r + sum(1 for p in points if p <= r)))


MONEY_HEADER = re.compile(r'^(pagu|anggaran|alokasi|dpa)\b(?!.*(murni|perubahan|realisasi|sisa|%))', re.I)


def sembunyi(wb):
    """A hidden column of the pagu before its revision right of a budget column, per sheet: the column it follows."""
    # (a PDF's pages, one sheet each, have no hidden column: a converter writes what the page shows)
    if pdf_pages(wb): return {}
    if any(k['fig'] >= 3 and not k['text'] for ws in wb.worksheets for k in column_kinds(ws).values()): return {}
    where = {}
    for ws in list(wb.worksheets):
        spot = None
        for row in ws.iter_rows(max_row=min(ws.max_row, 15)):
            for c in row:
                if isinstance(c.value, str) and MONEY_HEADER.match(c.value.strip()):
                    below = [ws.cell(r, c.column).value for r in range(c.row + 1, min(ws.max_row, c.row + 6) + 1)]
                    if sum(isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 1000 for v in below) >= 2:
                        spot = (c.row, c.column)
                        break
            if spot: break
        if not spot: continue
        hr, ins = spot
        if any(m.min_col <= ins < m.max_col for m in ws.merged_cells.ranges): continue
        new = rebuilt(wb, ws, col_of=lambda col: col + 1 if col > ins else col)
        # (the header again wherever a page repeats it)
        label = ws.cell(hr, ins).value
        for r in range(hr, ws.max_row + 1):
            if ws.cell(r, ins).value == label:
                head = new.cell(r, ins + 1)
                head.value = f'{label.strip()} Murni'
                head._style = ws.cell(r, ins)._style
        for r in range(hr + 1, ws.max_row + 1):
            v = ws.cell(r, ins).value
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                d = new.cell(r, ins + 1)
                d.value = round(v * rng.uniform(0.85, 1.15) / 1000) * 1000 if v >= 1000 else v
                d._style = ws.cell(r, ins)._style
        new.column_dimensions[get_column_letter(ins + 1)].hidden = True
        where[new.title] = ins
    return where


def widened(ref, where):
    """A truth's cell or range after a column went in right of column where[sheet]."""
    return remapped(ref, where, lambda ins, c, r: (c + 1 if c > ins else c, r))


def indonesian(v):
    """A stored number typed the Indonesian way: dots between thousands, a comma before its decimals."""
    whole = int(abs(v))
    frac = f'{abs(v):.6f}'.split('.')[1].rstrip('0') if isinstance(v, float) else ''
    text = grouped(whole, '.') + (f',{frac}' if frac else '')
    return f'-{text}' if v < 0 else text


def catatan(wb, tables):
    """One or two figures of each table marked for a note, the note below the table."""
    for x in tables:
        if x['sheet'] not in wb.sheetnames: continue
        ws = wb[x['sheet']]
        left, top, right, bottom = a1_rows(x['range'])
        free = all(ws.cell(r, c).value is None for r in (bottom + 1, bottom + 2) for c in range(left, right + 1))
        if not free or any(m.min_row <= bottom + 2 and m.max_row > bottom for m in ws.merged_cells.ranges): continue
        # (the body's rows: none of the header's, nor the row numbering its columns (1) (2) …)
        rows = [r for r in range(top + 1, bottom + 1) if not is_numbering(ws[r][left - 1:right])]
        body = next((r for r in rows if any(isinstance(ws.cell(r, c).value, (int, float)) and not isinstance(ws.cell(r, c).value, bool) for c in range(left, right + 1))), None)
        cells = [ws.cell(r, c) for r in rows if body is not None and r >= body for c in range(left, right + 1)]
        # (a figure: no year, no small whole number — a row's number, a period's index "Tahun ke- 1 2 3" —, nothing
        # under a No or Kode header)
        figures = [c for c in cells if isinstance(c.value, (int, float)) and not isinstance(c.value, bool)
                   and '%' not in (c.number_format or '') and not (isinstance(c.value, int) and (1990 <= c.value <= 2100 or c.value < 10))
                   and not re.match(r'^(no\.?|nomor|kode)$', str(header_above(ws, c.row, c.column)).strip(), re.I)]
        if not figures: continue
        mark = rng.choice(['*)', '*', ' *)', ' **)'])
        for c in rng.sample(figures, min(len(figures), rng.choice([1, 2]))):
            c.value = f'{indonesian(c.value)}{mark}'
        ws.cell(bottom + 2, left).value = f"{mark.strip()} {rng.choice(['Angka sementara, belum diaudit', 'Data per 31 Desember', 'Sumber: laporan triwulan IV'])}"


MONEY_WORDS_RE = re.compile(r'pagu|anggaran|realisasi|\brp\b|dana|belanja|sisa|dpa|alokasi', re.I)


def pdf_pages(wb):
    """Whether a book is a PDF's pages, one sheet each ("Page 1", "Table 2" …): one table's parts, the truth naming the first."""
    return len([ws for ws in wb.worksheets if re.match(r'^(page|halaman|table|tabel|sheet)\s*\d+$', ws.title, re.I)]) >= 2


def header_over_pair(ws, new, c, at, top, body, bottom):
    """The header of column c (and again wherever a page repeats it) written at `at` of the new sheet, merged over it and
    the column after."""
    labels = {ws.cell(r, c).value for r in range(top, body)} - {None}
    for r in list(range(top, body)) + [r for r in range(body, bottom + 1) if ws.cell(r, c).value in labels]:
        if ws.cell(r, c).value is not None and not any(m.min_row <= r <= m.max_row and m.min_col <= c <= m.max_col for m in ws.merged_cells.ranges):
            new.cell(r, at).value = ws.cell(r, c).value
            new.cell(r, at)._style = ws.cell(r, c)._style
            new.cell(r, at + 1).value = None
            new.merge_cells(start_row=r, start_column=at, end_row=r, end_column=at + 1)


def rp_columns(wb, tables):
    """A column "Rp" left of each budget column of a table, its header merged over both: the columns it went before."""
    # (a PDF's pages, one sheet each, are one table's parts: the truth names the first page's table alone)
    if pdf_pages(wb): return {}
    where = {}
    for ws in list(wb.worksheets):
        spots = set()
        heads = {}
        # (a column that goes in through another table of the sheet would stand empty inside it: none there)
        spans = [a1_rows(x['range']) for x in tables if x['sheet'] == ws.title]
        for x in tables:
            if x['sheet'] != ws.title: continue
            left, top, right, bottom = a1_rows(x['range'])
            body = next((r for r in range(top, bottom + 1) if any(isinstance(ws.cell(r, c).value, (int, float)) and not isinstance(ws.cell(r, c).value, bool) and ws.cell(r, c).value >= 100000 for c in range(left, right + 1))), None)
            if body is None or body == top: continue
            for c in range(left, right + 1):
                words = ' '.join(str(ws.cell(r, c).value) for r in range(top, body) if ws.cell(r, c).value is not None)
                amounts = [ws.cell(r, c).value for r in range(body, bottom + 1)]
                numbers = [v for v in amounts if isinstance(v, (int, float)) and not isinstance(v, bool)]
                if not MONEY_WORDS_RE.search(words) or '%' in words or len(numbers) < 2 or sorted(numbers)[len(numbers) // 2] < 100000: continue
                if any(m.min_col <= c <= m.max_col and m.max_row >= top and m.min_row < body for m in ws.merged_cells.ranges): continue
                if any(l < c <= rr and (t2, b2) != (top, bottom) for l, t2, rr, b2 in spans): continue
                spots.add(c)
                heads[c] = (top, body, bottom)
        if not spots: continue
        points = sorted(spots)
        new = rebuilt(wb, ws, col_of=lambda col: col + sum(1 for p in points if p <= col))
        for c in points:
            at = c + sum(1 for p in points if p < c)
            top, body, bottom = heads[c]
            header_over_pair(ws, new, c, at, top, body, bottom)
            for r in range(body, bottom + 1):
                if isinstance(ws.cell(r, c).value, (int, float)) and not isinstance(ws.cell(r, c).value, bool):
                    new.cell(r, at).value = 'Rp'
                    new.cell(r, at)._style = ws.cell(r, c)._style
        where[new.title] = points
    return where


def celah(wb, tables):
    """An empty column put inside each table, between two of its columns, its header merged over it and the next or left
    blank, as a table converted from Word or a PDF keeps a narrow spacer: the columns it went before."""
    if pdf_pages(wb): return {}
    where = {}
    for ws in list(wb.worksheets):
        spots, heads = set(), {}
        spans = [a1_rows(x['range']) for x in tables if x['sheet'] == ws.title]
        for x in tables:
            if x['sheet'] != ws.title: continue
            left, top, right, bottom = a1_rows(x['range'])
            body = next((r for r in range(top, bottom + 1) if any(type(ws.cell(r, c).value) in (int, float) for c in range(left, right + 1))), None)
            if body is None or body == top or right - left < 2: continue
            free = [c for c in range(left + 1, right + 1)
                    if not any(m.min_col < c <= m.max_col and m.max_row >= top and m.min_row <= bottom for m in ws.merged_cells.ranges)
                    and not any(l < c <= rr and (t2, b2) != (top, bottom) for l, t2, rr, b2 in spans)]
            if not free: continue
            c = rng.choice(free)
            spots.add(c)
            # (the header merged over the spacer where it is one row: a band over several would have to cover it too)
            heads[c] = (top, body, bottom, body == top + 1 and rng.random() < 0.5)
        if not spots: continue
        points = sorted(spots)
        new = rebuilt(wb, ws, col_of=lambda col: col + sum(1 for p in points if p <= col))
        for c in points:
            at = c + sum(1 for p in points if p < c)
            top, body, bottom, merged = heads[c]
            if merged: header_over_pair(ws, new, c, at, top, body, bottom)
        where[new.title] = points
    return where


def lebar(wb, tables):
    """Each lone label of a table's body merged across to the table's right edge."""
    for x in tables:
        if x['sheet'] not in wb.sheetnames: continue
        ws = wb[x['sheet']]
        left, top, right, bottom = a1_rows(x['range'])
        merges = list(ws.merged_cells.ranges)
        body = next((r for r in range(top, bottom + 1) if any(isinstance(ws.cell(r, c).value, (int, float)) and not isinstance(ws.cell(r, c).value, bool) for c in range(left, right + 1))), None)
        if body is None: continue
        for r in range(body, bottom + 1):
            filled = [c for c in range(left, right + 1) if ws.cell(r, c).value is not None and str(ws.cell(r, c).value).strip()]
            if len(filled) != 1: continue
            c = filled[0]
            v = ws.cell(r, c).value
            if not isinstance(v, str) or not re.search(r'[A-Za-z]', v) or c >= right: continue
            if any(m.min_row <= r <= m.max_row and m.max_col >= c and m.min_col <= right for m in merges): continue
            ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=right)


def satuan(ws):
    """Each target's and realisasi's unit, read off the row's Satuan, typed after the figure in its cell."""
    spots = [(c.row, c.column) for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and key(c.value).rstrip('.') in ('satuan', 'sat', 'satuan ukur')]
    for r0, sc in spots:
        cols = []
        for c in range(1, ws.max_column + 1):
            if c == sc: continue
            words = ' '.join(key(v) for v in (ws.cell(k, c).value for k in range(max(1, r0 - 1), r0 + 3)) if isinstance(v, str))
            if re.search(r'target|realisasi|\btgt|\breal\b|rencana', words) and not re.search(r'capaian|%|rp|anggaran|pagu|serapan|keuangan|dana|cap\.', words):
                cols.append(c)
        blank = 0
        for r in range(r0 + 1, ws.max_row + 1):
            unit = ws.cell(r, sc).value
            if not any(ws.cell(r, c).value is not None for c in range(1, ws.max_column + 1)):
                blank += 1
                if blank >= 3: break
                continue
            blank = 0
            if not isinstance(unit, str) or not unit.strip() or unit.strip().lower() in ('satuan', 'sat.', 'sat'): continue
            unit = unit.strip()
            for c in cols:
                cell = ws.cell(r, c)
                v = cell.value
                if type(v) not in (int, float) or '%' in (cell.number_format or ''): continue
                if unit == '%': cell.value = indonesian(v) + rng.choice(['%', ' %'])
                elif unit.lower().startswith('rp'): cell.value = 'Rp ' + indonesian(v)
                else: cell.value = f'{indonesian(v)} {unit}'


def geser(wb):
    """Each sheet's cells moved down and right together, as a report pasted into a template under its letterhead."""
    where = {}
    for ws in list(wb.worksheets):
        dr, dc = rng.choice([0, 2, 5, 12, 30]), rng.choice([0, 1, 3, 6])
        if dr == 0 and dc == 0: continue
        rebuilt(wb, ws, lambda r: r + dr, lambda c: c + dc)
        where[ws.title] = (dr, dc)
    return where


def decimals_of(v):
    s = repr(float(v))
    if 'e' in s: return None
    return len(s.split('.')[1].rstrip('0')) if '.' in s else 0


def xround(x, d):
    """ROUND(x, d) as Excel computes it: half away from zero, on the figure as shown (Python's round(1.25, 1) is 1.2,
    Excel's 1.3)."""
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(repr(float(x))).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP))


def same(x, y):
    return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))


def cell_refs(refs):
    """Every cell a truth's list names ("Sheet!E6", "'Page 2'!D4:D6"), as (sheet, column, row)."""
    out = set()
    for ref in refs:
        if '!' not in ref: continue
        sheet, _, cells = ref.rpartition('!')
        name = sheet[1:-1].replace("''", "'") if sheet.startswith("'") else sheet
        a, _, b = cells.partition(':')
        (c1, r1), (c2, r2) = [re.match(r'([A-Z]+)(\d+)$', x).groups() for x in (a, b or a)]
        for c in range(column_index_from_string(c1), column_index_from_string(c2) + 1):
            for r in range(int(r1), int(r2) + 1): out.add((name, c, r))
    return out


def rumus(wb, planted):
    """The formulas to write, {sheet index: {"D7": "SUM(D8:D11)"}}: each evaluates to the figure standing in its cell."""
    quoted = lambda title: "'" + title.replace("'", "''") + "'" if re.search(r'[^A-Za-z0-9_]', title) else title
    sheets = []
    for ws in wb.worksheets:
        nums, label = {}, {}
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if type(v) in (int, float) and (ws.title, c.column, c.row) not in planted: nums[(c.row, c.column)] = v
                elif isinstance(v, str) and re.search(r'[A-Za-z]', v) and c.row not in label: label[c.row] = (c.column, v)
        sheets.append((ws, nums, label))
    out = {}
    for i, (ws, nums, label) in enumerate(sheets):
        f = out.setdefault(i, {})
        A = lambda r, c: f'{get_column_letter(c)}{r}'
        # sums and means of the run right under a figure
        for (r, c), v in nums.items():
            if v == 0 or decimals_of(v) is None: continue
            run, total = [], 0.0
            k = r + 1
            while (k, c) in nums and len(run) < 60:
                run.append(nums[(k, c)]); total += nums[(k, c)]
                if len(run) >= 2 and same(total, v):
                    f[A(r, c)] = f'SUM({A(r + 1, c)}:{A(k, c)})'
                    break
                k += 1
        # on a JUMLAH / TOTAL / Rata-rata row: the run right above it, of figures no formula computes
        for (r, c), v in nums.items():
            if A(r, c) in f or v == 0 or not re.search(r'jumlah|total|rata', label.get(r, (0, ''))[1], re.I): continue
            d = decimals_of(v)
            if d is None: continue
            run, total, k = [], 0.0, r - 1
            while (k, c) in nums and A(k, c) not in f and len(run) < 60:
                run.append(nums[(k, c)]); total += nums[(k, c)]
                if len(run) >= 2 and same(total, v) and not re.search(r'rata', label[r][1], re.I):
                    f[A(r, c)] = f'SUM({A(k, c)}:{A(r - 1, c)})'
                    break
                if len(run) >= 2 and re.search(r'rata', label[r][1], re.I) and same(xround(total / len(run), d), v):
                    f[A(r, c)] = f'ROUND(AVERAGE({A(k, c)}:{A(r - 1, c)}),{d})'
                    break
                k -= 1
        # a percentage or a difference of two figures left of it, right of the row's label (never its numbering)
        for (r, c), v in nums.items():
            if A(r, c) in f: continue
            d = decimals_of(v)
            if d is None or d > 4: continue
            first = label.get(r, (10 ** 6, ''))[0]
            left = sorted((cc for (rr, cc) in nums if rr == r and first < cc < c), reverse=True)
            pct = '%' in (ws.cell(r, c).number_format or '')
            # (only where the header says what is worked out: a percentage, or a difference — never a figure that a ratio of
            # two others happens to round to)
            head = header_above(ws, r, c)
            ratio = pct or any(w in head for w in PERCENT_WORDS) or 'efisiensi' in head
            difference = re.search(r'sisa|selisih|efisiensi|lebih|kurang|deviasi|perubahan|naik|turun', head) is not None
            found = None
            for ca in left:
                for cb in left:
                    a, b = nums[(r, ca)], nums[(r, cb)]
                    if ca == cb or b == 0 or a == 0: continue
                    q = a / b * (1 if pct else 100)
                    times = '' if pct else '*100'
                    if ratio and same(q, v): found = f'{A(r, ca)}/{A(r, cb)}{times}'
                    elif ratio and same(xround(q, d), v) and d <= (4 if pct else 2): found = f'ROUND({A(r, ca)}/{A(r, cb)}{times},{d})'
                    elif difference and not pct and v != 0 and same(a - b, v) and abs(v) < abs(a): found = f'{A(r, ca)}-{A(r, cb)}'
                    if found: break
                if found: break
            if found: f[A(r, c)] = found
        # an amount repeated from a later sheet, where it stands once
        for (r, c), v in nums.items():
            if A(r, c) in f or abs(v) < 10 ** 6: continue
            there = [(j, rr, cc) for j in range(i + 1, len(sheets)) for (rr, cc), w in sheets[j][1].items() if w == v]
            if len(there) == 1 and sum(1 for w in nums.values() if w == v) == 1:
                j, rr, cc = there[0]
                f[A(r, c)] = f"{quoted(sheets[j][0].title)}!{A(rr, cc)}"
    return out


PLACES = ['Ambon', 'Sungguminasa', 'Metro', 'Ruteng', 'Palu', 'Mataram', 'Kupang', 'Sleman', 'Banjarbaru', 'Tondano']
MONTHS = ['Januari', 'Februari', 'Maret']
LEFT_HEADS = ['PIHAK KEDUA,', 'Mengetahui,', 'Menyetujui,', 'Diketahui oleh,', 'Pihak Kedua']
RIGHT_HEADS = ['PIHAK PERTAMA,', 'Pihak Pertama', 'Yang membuat pernyataan,', '']
LEFT_TITLES = ['BUPATI {p}', 'Walikota {p}', 'Sekretaris Daerah', 'Gubernur Maluku', 'a.n. Bupati {p}']
RIGHT_TITLES = ['KEPALA DINAS KESEHATAN', 'Direktur RSUD {p}', 'Camat {p} Utara', 'Inspektur Kabupaten {p}',
                'Kepala Puskesmas {p}', 'Kepala Badan Perencanaan Pembangunan Daerah', 'Plt. Kepala Dinas Sosial']
NAMES = ['dr. H. ANDI SAPUTRA, M.Kes', 'Ir. Budi Santoso, M.T.', 'Drs. LA ODE HASAN, M.Si', 'Hj. Siti Rahmawati, S.Sos., M.AP',
         'YOHANES DA SILVA, S.H.', 'Dr. Maria Goreti Nggala, S.Pd., M.Pd.']
RANKS = ['Pembina Utama Muda', 'Pembina Tk. I (IV/b)', 'Pangkat : Pembina', 'Penata Tk. I', 'Pembina Utama Madya (IV/d)']


def nip():
    y, m, d = rng.randint(1965, 1985), rng.randint(1, 12), rng.randint(1, 28)
    ty, tm = y + rng.randint(22, 30), rng.randint(1, 12)
    parts = (f'{y}{m:02d}{d:02d}', f'{ty}{tm:02d}', str(rng.randint(1, 2)), f'{rng.randint(1, 20):03d}')
    form = rng.choice(['NIP. {a} {b} {c} {d}', 'NIP {a}{b}{c}{d}', 'NIP : {a} {b} {c} {d}', 'NIP.{a}{b}{c}{d}', 'NIP. {a}.{b}.{c}.{d}'])
    return form.format(a=parts[0], b=parts[1], c=parts[2], d=parts[3])


def ttd(wb):
    """A signature block under each visible sheet's last row (at random), one or two blank rows below it."""
    if pdf_pages(wb): return
    for ws in wb.worksheets:
        if ws.sheet_state != 'visible' or ws.max_row < 3 or rng.random() < 0.3: continue
        cols = [c.column for row in ws.iter_rows() for c in row if c.value is not None]
        left, right = min(cols), max(cols)
        if right - left < 2: continue
        lc, rc = left + (1 if right - left >= 4 else 0), max(left + 2, right - 1)
        p = rng.choice(PLACES)
        r = ws.max_row + rng.choice([2, 3])
        ws.cell(r, rc).value = rng.choice([f'{p}, {rng.randint(2, 28)} {rng.choice(MONTHS)} 2024', f'{p},      Januari 2024', 'Ditetapkan di ' + p])
        r += 1
        two = rng.random() < 0.7
        if two: ws.cell(r, lc).value = rng.choice(LEFT_HEADS)
        head = rng.choice(RIGHT_HEADS)
        if head: ws.cell(r, rc).value = head
        r += 1
        if two: ws.cell(r, lc).value = rng.choice(LEFT_TITLES).format(p=p.upper() if rng.random() < 0.5 else p)
        ws.cell(r, rc).value = rng.choice(RIGHT_TITLES).format(p=p)
        r += rng.choice([3, 4])
        if rng.random() < 0.3: ws.cell(r - 2, rc).value = 'ttd'
        for c in ([lc] if two else []) + [rc]:
            ws.cell(r, c).value = rng.choice(NAMES)
            ws.cell(r, c).font = Font(bold=True, underline='single')
            if c == rc or rng.random() < 0.5:
                ws.cell(r + 1, c).value = rng.choice(RANKS)
                ws.cell(r + 2, c).value = nip()


SHEET_SCHEMES = [lambda i: f'Sheet{i}', lambda i: f'Lampiran {i}', lambda i: f'Lamp. {i}', lambda i: f'Tabel 3.{i}',
                 lambda i: f'Form {i}', lambda i: f'LAMPIRAN {["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][i - 1] if i <= 10 else i}']


def sheet_names(wb):
    """Every sheet renamed by one scheme in the sheets' order: the new name of each old one."""
    if pdf_pages(wb): return {}
    if any(isinstance(c.value, str) and c.value.startswith('=') and '!' in c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row):
        return {}
    scheme = rng.choice(SHEET_SCHEMES)
    names = {ws.title: scheme(i + 1) for i, ws in enumerate(wb.worksheets)}
    for ws in wb.worksheets: ws.title = ws.title + '~~'
    for ws in wb.worksheets: ws.title = names[ws.title[:-2]]
    return names


def planted_columns(t):
    """The (sheet, column) of each cell the truth names."""
    out = set()
    for refs in t['galat']:
        for ref in refs:
            sheet, _, cells = ref.rpartition('!')
            sheet = sheet[1:-1].replace("''", "'") if sheet.startswith("'") else sheet
            for a1 in cells.split(':'):
                m = re.match(r'^([A-Z]+)\d+$', a1)
                if m: out.add((sheet, column_index_from_string(m.group(1))))
    return frozenset(out)


def renamed(ref, names):
    sheet, _, cells = ref.rpartition('!')
    name = sheet[1:-1].replace("''", "'") if sheet.startswith("'") else sheet
    if name not in names: return ref
    return names[name] + '!' + cells


def with_formulas(path, formulas):
    """The saved book with each formula written into its cell before the result openpyxl stored there."""
    import zipfile
    from xml.sax.saxutils import escape
    tmp = path + '.tmp'
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            m = re.match(r'xl/worksheets/sheet(\d+)\.xml$', item.filename)
            if m and formulas.get(int(m.group(1)) - 1):
                fs = formulas[int(m.group(1)) - 1]
                text = data.decode('utf-8')
                text = re.sub(r'(<c r="([A-Z]+\d+)"[^>]*>)(<v>)', lambda x: x.group(1) + (f'<f>{escape(fs[x.group(2)])}</f>' if x.group(2) in fs else '') + x.group(3), text)
                data = text.encode('utf-8')
            zout.writestr(item, data)
    os.replace(tmp, path)


def moved_truth(t, move):
    """A copy of a book's truth with every planted cell and every table's range moved by move("Sheet!A1:B2")."""
    t = json.loads(json.dumps(t))
    t['galat'] = [[move(ref) for ref in refs] for refs in t['galat']]
    for x in t.get('tabel', []):
        x['range'] = move(f"{x['sheet']}!{x['range']}").split('!', 1)[1]
    return t


out = {}
for f, t in truth.items():
    wb = load_workbook(f)
    locale = rng.choice(['id', 'id', 'en'])
    chosen = {}
    # (a book of formulas keeps its figures numbers: a SUM over figures typed as text counts none of them, a real
    # inconsistency of its own and not what this variant asks)
    formulas = any(isinstance(c.value, str) and c.value.startswith('=') for ws in wb.worksheets for row in ws.iter_rows() for c in row)
    if mode == 'kolom':
        where = {}
        if not formulas:
            for name, c in kolom(wb, {}):
                where.setdefault(name, []).append(c)
        t = json.loads(json.dumps(t))
        t['galat'] = [[moved(ref, where) for ref in refs] for refs in t['galat']]
    if mode == 'gabung':
        starts = {} if formulas else gabung(wb)
        t = json.loads(json.dumps(t))
        t['galat'] = [[shifted(ref, starts) for ref in refs] for refs in t['galat']]
        for x in t.get('tabel', []):
            if x['sheet'] in starts:
                x['range'] = shifted(f"{x['sheet']}!{x['range']}", starts).split('!', 1)[1]
                x['sheet'] = 'LKjIP'
    if mode == 'sembunyi':
        where = {} if formulas else sembunyi(wb)
        t = moved_truth(t, lambda ref: widened(ref, where))
    if mode in ('rp', 'celah'):
        where = {} if formulas else (rp_columns if mode == 'rp' else celah)(wb, t.get('tabel', []))
        before = lambda points, c, r: (c + sum(1 for p in points if p <= c), r)
        t = moved_truth(t, lambda ref: remapped(ref, where, before))
    if mode == 'catatan' and not formulas:
        catatan(wb, t.get('tabel', []))
    if mode == 'lebar':
        lebar(wb, t.get('tabel', []))
    if mode == 'sela':
        where = {} if formulas else sela(wb, t.get('tabel', []))
        t = moved_truth(t, lambda ref: spaced(ref, where))
    if mode == 'geser':
        where = {} if formulas else geser(wb)
        by = lambda w, c, r: (c + w[1], r + w[0])
        t = moved_truth(t, lambda ref: remapped(ref, where, by))
    if mode == 'ttd':
        ttd(wb)
    if mode == 'sheet':
        t = json.loads(json.dumps(t))
        names = sheet_names(wb)
        t['galat'] = [[renamed(ref, names) for ref in refs] for refs in t['galat']]
        for x in t.get('tabel', []):
            x['sheet'] = names.get(x['sheet'], x['sheet'])
    written = rumus(wb, cell_refs(r for refs in t['galat'] for r in refs)) if mode == 'rumus' and not formulas else {}
    for ws in wb.worksheets if mode not in ('kolom', 'gabung', 'sela', 'sembunyi', 'lebar', 'catatan', 'rp', 'rumus', 'geser', 'celah', 'ttd', 'sheet') else []:
        if mode == 'judul': judul(ws, chosen)
        elif mode == 'judul2': judul(ws, chosen, RARE_HEADERS)
        elif mode == 'angka':
            if not formulas: angka(ws, locale)
        elif mode == 'persen': persen(ws, planted_columns(t))
        elif mode == 'campur':
            if not formulas: angka(ws, 'id', 0.35)
        elif mode == 'satuan':
            if not formulas: satuan(ws)
        elif mode == 'spasi':
            per = chosen.setdefault('spasi', rng.choice([2, 3, 4]))
            for row in ws.iter_rows():
                for c in row:
                    level = int(c.alignment.indent or 0) if c.has_style else 0
                    if isinstance(c.value, str) and level > 0 and not c.value.startswith('='):
                        c.value = ' ' * (per * level) + c.value
                        al = copy(c.alignment)
                        al.indent = 0
                        c.alignment = al
        elif mode == 'enter':
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if not isinstance(v, str) or v.startswith('=') or len(v) < 24 or '\n' in v or rng.random() < 0.4: continue
                    spaces = [i for i, ch in enumerate(v) if ch == ' ' and 6 <= i <= len(v) - 6]
                    if spaces:
                        k = min(spaces, key=lambda i: abs(i - len(v) / 2))
                        c.value = v[:k] + '\n' + v[k + 1:]
        elif mode == 'kapital':
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and not c.value.startswith('='): c.value = c.value.upper()
        else: sys.exit(f'mode tidak dikenal: {mode}')
    g = os.path.join(dst, os.path.basename(f))
    wb.save(g)
    if written: with_formulas(g, written)
    out[g] = t
json.dump(out, open(os.path.join(dst, 'truth.json'), 'w'), indent=1)
print(f'{len(out)} buku ditulis ke {dst}')
