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
#           format per column, the column chosen at random
# Needs openpyxl (Debian python3-openpyxl).
import json, os, random, re, sys
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string
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


def angka(ws, locale):
    forms = {}
    for row in ws.iter_rows():
        for cell in row:
            v = cell.value
            if isinstance(v, bool) or not isinstance(v, (int, float)) or '%' in (cell.number_format or ''): continue
            if isinstance(v, int) and 1990 <= v <= 2100: continue
            if cell.column not in forms:
                hdr = header_above(ws, cell.row, cell.column)
                money = any(w in hdr for w in MONEY_WORDS)
                big = ['id', 'iddec', 'space', 'nbsp'] + (['rp', 'rpdash', 'rpdot'] if money else []) if locale == 'id' else ['en', 'endec', 'space', 'nbsp']
                forms[cell.column] = None if rng.random() < 0.3 else (rng.choice(big), rng.random() < 0.5 and any(w in hdr for w in PERCENT_WORDS))
            form = forms[cell.column]
            if form is None: continue
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


def persen(ws):
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
                formats[cell.column] = rng.choice(['0%', '0.0%', '0.00%']) if takes and rng.random() < 0.7 else None
            if formats[cell.column]:
                cell.value = v / 100
                cell.number_format = formats[cell.column]


out = {}
for f, t in truth.items():
    wb = load_workbook(f)
    locale = rng.choice(['id', 'id', 'en'])
    chosen = {}
    # (a book of formulas keeps its figures numbers: a SUM over figures typed as text counts none of them, a real
    # inconsistency of its own and not what this variant asks)
    formulas = any(isinstance(c.value, str) and c.value.startswith('=') for ws in wb.worksheets for row in ws.iter_rows() for c in row)
    for ws in wb.worksheets:
        if mode == 'judul': judul(ws, chosen)
        elif mode == 'judul2': judul(ws, chosen, RARE_HEADERS)
        elif mode == 'angka':
            if not formulas: angka(ws, locale)
        elif mode == 'persen': persen(ws)
        else: sys.exit(f'mode tidak dikenal: {mode}')
    g = os.path.join(dst, os.path.basename(f))
    wb.save(g)
    out[g] = t
json.dump(out, open(os.path.join(dst, 'truth.json'), 'w'), indent=1)
print(f'{len(out)} buku ditulis ke {dst}')
