# Family 18 (truth first): a budget realisation as the financial statements lay it out (Laporan Realisasi Anggaran of a
# Dinas, or a BLUD's Pendapatan and Belanja: a hospital, a puskesmas) — accounts nested by their Kepmendagri codes
# (in a Kode Rekening column, leading the label, or none: bold and capitals, A / B lettering), Anggaran | Realisasi |
# Lebih/(Kurang) | %, last year's realisasi beside them or not, closing with SURPLUS/(DEFISIT) and, where there is
# financing, Pembiayaan Netto and SiLPA — next to a pengukuran of health rates typed as staff type them (a number under
# a Satuan "per 100.000 KH", "98/100.000 KH", "12 per 1.000 KH", "25 ‰"), lower-is-better ones by either formula.
# Planted: a line's realisasi (its group no longer adds up), a line's %, a line's Lebih/(Kurang), a group's anggaran
# (its own % and Lebih/(Kurang) kept consistent), a capaian of a rate typed as text.
import json, os, random
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter as L
from umum import book_args

seed, out, n = book_args()
os.makedirs(out, exist_ok=True)
B = Font(bold=True)

REVENUE = [('4.1.02.01', 'Retribusi Jasa Umum'), ('4.1.04.16', 'Pendapatan BLUD'), ('4.1.04.05', 'Jasa Giro'), ('4.1.02.02', 'Retribusi Jasa Usaha')]
BLUD_REVENUE = ['Pendapatan Jasa Layanan', 'Pendapatan Hasil Kerja Sama', 'Pendapatan Hibah', 'Pendapatan Lain-lain BLUD yang Sah']
OPERASI = [('5.1.01', 'Belanja Pegawai'), ('5.1.02', 'Belanja Barang dan Jasa'), ('5.1.05', 'Belanja Hibah'), ('5.1.06', 'Belanja Bantuan Sosial')]
MODAL = [('5.2.02', 'Belanja Modal Peralatan dan Mesin'), ('5.2.03', 'Belanja Modal Gedung dan Bangunan'), ('5.2.04', 'Belanja Modal Jalan, Irigasi dan Jaringan'), ('5.2.05', 'Belanja Modal Aset Tetap Lainnya')]
OFFICES = ['RSUD', 'Dinas Kesehatan', 'Puskesmas', 'Dinas Pendidikan', 'Dinas PUPR', 'BPKAD', 'Dinas Perhubungan']
# (name, unit as the Satuan says it, how its figure may be typed in the cell, target, realisasi, higher is better)
RATES = [
    ('Angka Kematian Ibu', 'per 100.000 KH', ['{}/100.000 KH', '{} per 100.000 KH', '{} per 100.000 kelahiran hidup'], 110, 96, False),
    ('Angka Kematian Bayi', 'per 1.000 KH', ['{}/1.000 KH', '{} per 1.000 KH', '{} per 1000 KH'], 12, 10.5, False),
    ('Angka Kematian Balita', 'per 1.000 KH', ['{}/1.000 KH', '{} per 1.000 KH'], 15, 13.2, False),
    ('Gross Death Rate (GDR)', '‰', ['{} ‰', '{} per 1.000', '{}/1.000 pasien keluar'], 45, 40, False),
    ('Net Death Rate (NDR)', '‰', ['{} ‰', '{} per 1.000', '{}/1.000 pasien keluar'], 25, 21.5, False),
    ('Insidensi Tuberkulosis', 'per 100.000 penduduk', ['{} per 100.000 penduduk', '{}/100.000 penduduk'], 190, 176, False),
    ('Angka Kesakitan DBD', 'per 100.000 penduduk', ['{} per 100.000 penduduk', '{}/100.000 penduduk'], 49, 52.3, False),
    ('Cakupan Pelayanan Kesehatan Ibu Hamil', '%', ['{} %', '{}%'], 95, 92.6, True),
    ('Persentase Balita Gizi Buruk yang Ditangani', '%', ['{} %', '{}%'], 100, 100, True),
    ('Rasio Dokter per Penduduk', 'per 100.000 penduduk', ['{} per 100.000 penduduk'], 45, 41.8, True),
]


def idn(v):
    """A figure as Indonesian text: a decimal comma, thousands with dots."""
    s = f'{v:,.2f}'.rstrip('0').rstrip('.') if v != int(v) else f'{int(v):,}'
    return s.replace(',', '#').replace('.', ',').replace('#', '.')


truth = {}
for b in range(n):
    office = random.choice(OFFICES)
    blud = office in ('RSUD', 'Puskesmas') and random.random() < .7
    codes = 'none' if blud else random.choice(['column', 'label', 'none'])
    prev = random.random() < .4
    indent = random.random() < .5
    diffcol = random.random() < .7
    financing = not blud and random.random() < .35
    plant = random.sample(['leafreal', 'leafpct', 'leafdiff', 'groupang', 'ratecap'], 3)
    if not diffcol and 'leafdiff' in plant: plant.remove('leafdiff')
    gal = []; tabs = []
    wb = Workbook()
    # --- the lines, each (code, name, depth, anggaran, realisasi, prev) with groups summed from their lines ---
    def line(lo, hi):
        a = random.randrange(lo, hi) * 1_000_000
        return a, round(a * random.uniform(.82, 1.06 if a < 5e9 else .99)), round(a * random.uniform(.75, .98))

    tree = []  # (code, name, depth, [children]) with figures for leaves
    if blud:
        rev = [(None, nm, 1, line(200, 30000)) for nm in random.sample(BLUD_REVENUE, random.randint(2, 4))]
        spend = [(None, nm, 1, line(500, 25000)) for _, nm in random.sample(OPERASI[:2] + MODAL[:2], random.randint(3, 4))]
        groups = [('A', 'PENDAPATAN', rev), ('B', 'BELANJA', spend)]
    else:
        groups = []
        if random.random() < .6 or office == 'BPKAD':
            rv = [(c, nm, 3, line(50, 3000)) for c, nm in random.sample(REVENUE, random.randint(2, 3))]
            groups.append(('4', 'PENDAPATAN DAERAH', [('4.1', 'PENDAPATAN ASLI DAERAH', rv)]))
        op = [(c, nm, 3, line(300, 60000)) for c, nm in sorted(random.sample(OPERASI, random.randint(2, 4)))]
        mo = [(c, nm, 3, line(200, 15000)) for c, nm in sorted(random.sample(MODAL, random.randint(1, 3)))]
        groups.append(('5', 'BELANJA DAERAH', [('5.1', 'BELANJA OPERASI', op), ('5.2', 'BELANJA MODAL', mo)]))

    def total(node):
        """(anggaran, realisasi, prev) of a node: its own figures, or its children's summed."""
        code, nm, kids = node[0], node[1], node[-1]
        if isinstance(kids, tuple): return kids
        t = [total(k) for k in kids]
        return tuple(sum(x[i] for x in t) for i in range(3))

    sheet = wb.active; sheet.title = random.choice(['LRA', 'Realisasi Anggaran', 'Lap. Realisasi Anggaran'])
    sheet['A1'] = ('LAPORAN REALISASI PENDAPATAN DAN BELANJA BLUD ' if blud else 'LAPORAN REALISASI ANGGARAN ') + office.upper()
    sheet['A2'] = 'UNTUK TAHUN YANG BERAKHIR SAMPAI DENGAN 31 DESEMBER 2024'
    head = (['Kode Rekening'] if codes == 'column' else ['No'] if blud else []) + ['Uraian', random.choice(['Anggaran 2024', 'Anggaran Setelah Perubahan', 'Target/Anggaran']), 'Realisasi 2024']
    head += ([random.choice(['Lebih/(Kurang)', 'Selisih', 'Bertambah/(Berkurang)'])] if diffcol else []) + [random.choice(['%', '(%)', 'Persentase'])]
    head += ['Realisasi 2023'] if prev else []
    hr = 4
    for j, h in enumerate(head): sheet.cell(row=hr, column=1 + j, value=h).font = B
    lc = 2 if codes == 'column' or blud else 1  # label column
    ac = lc + 1; rc = lc + 2; dc = lc + 3 if diffcol else None; pc = lc + 3 + (1 if diffcol else 0); yc = pc + 1 if prev else None
    r = hr + 1
    rows = []  # (row, node, depth, parent row)

    def put(node, depth, parent):
        global r
        code, nm, kids = node[0], node[1], node[-1]
        me = r
        rows.append((me, node, depth, parent))
        label = nm if codes != 'label' or not code else f'{code} {nm}'
        if codes == 'column': sheet.cell(row=r, column=1, value=code)
        if blud: sheet.cell(row=r, column=1, value=code if code else None)
        sheet.cell(row=r, column=lc, value=label)
        # (the depth shown by an indent where no code says it, as an LRA typed in Excel does; elsewhere now and then)
        if depth and (codes == 'none' and not blud or indent): sheet.cell(row=r, column=lc).alignment = Alignment(indent=depth)
        r += 1
        if not isinstance(kids, tuple):
            for i, k in enumerate(kids):
                if blud: k = (str(i + 1),) + k[1:]
                put(k, depth + 1, me)

    for g in groups: put(g, 0, None)
    # the figures: leaves first, then each group as the sum of what is shown below it
    shown = {}
    for me, node, depth, parent in reversed(rows):
        kids = node[-1]
        if isinstance(kids, tuple): shown[me] = list(kids)
        else:
            ch = [x for x in rows if x[3] == me]
            shown[me] = [sum(shown[c[0]][i] for c in ch) for i in range(3)]
    leaves = [x for x in rows if isinstance(x[1][-1], tuple)]
    groups_rows = [x for x in rows if not isinstance(x[1][-1], tuple) and x[3] is not None]
    leaf = random.choice(leaves)
    if 'leafreal' in plant:
        # a typo in a line's realisasi: its group (and the groups above) no longer add up; its own % and difference
        # are of the right figure
        real = shown[leaf[0]][1]
        chain = [f'{sheet.title}!{L(rc)}{leaf[0]}']
        p = leaf[3]
        while p is not None: chain.append(f'{sheet.title}!{L(rc)}{p}'); p = next(x for x in rows if x[0] == p)[3]
        gal.append(chain)
    grp = random.choice(groups_rows) if groups_rows else None
    for me, node, depth, parent in rows:
        a, re_, pv = shown[me]
        shown_re = re_
        if 'leafreal' in plant and me == leaf[0]: shown_re = re_ + random.choice([-1, 1]) * random.randrange(11, 90) * 1_000_000
        shown_a = a
        if 'groupang' in plant and grp and me == grp[0]:
            shown_a = a + random.randrange(20, 400) * 1_000_000
            gal.append([f'{sheet.title}!{L(ac)}{me}'] + ([f'{sheet.title}!{L(ac)}{grp[3]}'] if grp[3] is not None else []))
        pct = round(shown_re / shown_a * 100, 2) if 'leafreal' not in plant or me != leaf[0] else round(re_ / a * 100, 2)
        diff = (shown_re if me != leaf[0] or 'leafreal' not in plant else re_) - shown_a
        if 'leafpct' in plant and me == leaf[0] and 'leafreal' not in plant:
            pct = round(pct + random.choice([-1, 1]) * random.uniform(1.5, 6), 2); gal.append([f'{sheet.title}!{L(pc)}{me}'])
        if 'leafdiff' in plant and me == leaf[0] and 'leafreal' not in plant and 'leafpct' not in plant:
            diff += random.choice([-1, 1]) * random.randrange(5, 60) * 1_000_000; gal.append([f'{sheet.title}!{L(dc)}{me}'])
        sheet.cell(row=me, column=ac, value=shown_a); sheet.cell(row=me, column=rc, value=shown_re)
        if diffcol: sheet.cell(row=me, column=dc, value=diff)
        sheet.cell(row=me, column=pc, value=pct)
        if prev: sheet.cell(row=me, column=yc, value=pv)
        if depth <= (0 if blud else 1):
            for c in range(1, len(head) + 1): sheet.cell(row=me, column=c).font = B
    # leafpct / leafdiff drawn with leafreal: planted on another line instead
    for k in ('leafpct', 'leafdiff'):
        if k in plant and 'leafreal' in plant:
            other = next(x for x in leaves if x[0] != leaf[0]) if len(leaves) > 1 else None
            if other is None: continue
            me = other[0]
            if k == 'leafpct':
                v = sheet.cell(row=me, column=pc).value; sheet.cell(row=me, column=pc, value=round(v + 3.7, 2)); gal.append([f'{sheet.title}!{L(pc)}{me}'])
            else:
                v = sheet.cell(row=me, column=dc).value; sheet.cell(row=me, column=dc, value=v + 25_000_000); gal.append([f'{sheet.title}!{L(dc)}{me}'])
            leaves = [x for x in leaves if x[0] != me]
    # the differences closing the statement: no line of the group above
    tops = [x for x in rows if x[3] is None]
    last = r - 1
    if len(tops) == 2:
        sa = shown[tops[0][0]][0] - shown[tops[1][0]][0]; sr = shown[tops[0][0]][1] - shown[tops[1][0]][1]
        sheet.cell(row=r, column=lc, value=random.choice(['SURPLUS/(DEFISIT)', 'Surplus / (Defisit)', 'SURPLUS (DEFISIT)'])).font = B
        sheet.cell(row=r, column=ac, value=sa); sheet.cell(row=r, column=rc, value=sr)
        if diffcol: sheet.cell(row=r, column=dc, value=sr - sa)
        last = r; r += 1
        if financing:
            silpa = random.randrange(100, 2000) * 1_000_000
            sheet.cell(row=r, column=lc, value='PEMBIAYAAN').font = B; r += 1
            sheet.cell(row=r, column=lc, value='Penerimaan Pembiayaan'); sheet.cell(row=r, column=ac, value=silpa); sheet.cell(row=r, column=rc, value=silpa); r += 1
            sheet.cell(row=r, column=lc, value='Pembiayaan Netto').font = B; sheet.cell(row=r, column=ac, value=silpa); sheet.cell(row=r, column=rc, value=silpa); r += 1
            sheet.cell(row=r, column=lc, value='Sisa Lebih Pembiayaan Anggaran (SiLPA)').font = B
            sheet.cell(row=r, column=ac, value=sa + silpa); sheet.cell(row=r, column=rc, value=sr + silpa)
            last = r; r += 1
    tabs.append({'sheet': sheet.title, 'range': f'A{hr}:{L(len(head))}{last}', 'kind': 'realisasi-anggaran'})
    # --- the pengukuran of rates ---
    pg = wb.create_sheet(random.choice(['Pengukuran', 'Capaian IKU', 'Kinerja']), 0)
    pg['A1'] = f'Tabel 3.1 Pengukuran Kinerja {office} Tahun 2024'
    satuan = random.random() < .6
    form = random.choice(['2-r/t', 't/r'])
    h = ['No', 'Indikator Kinerja'] + (['Satuan'] if satuan else []) + ['Target', 'Realisasi', random.choice(['Capaian (%)', '% Capaian', 'Capaian'])]
    for j, x in enumerate(h): pg.cell(row=3, column=1 + j, value=x).font = B
    tc = 3 + satuan
    picks = random.sample(RATES, 5)
    typed_rows = []
    for i, (nm, unit, forms, t, rv, up) in enumerate(picks):
        rr = 4 + i
        c = rv / t * 100 if up else ((2 - rv / t) * 100 if form == '2-r/t' else t / rv * 100)
        typed = random.random() < .6
        tv, rvv = t, rv
        if typed:
            f = random.choice(forms)
            tv, rvv = f.format(idn(t)), f.format(idn(rv))
            typed_rows.append(rr)
        vals = [i + 1, nm] + ([unit] if satuan else []) + [tv, rvv, round(c, 2)]
        for j, v in enumerate(vals): pg.cell(row=rr, column=1 + j, value=v)
    if 'ratecap' in plant:
        rr = random.choice(typed_rows) if typed_rows else 4
        cc = pg.cell(row=rr, column=tc + 2)
        cc.value = round(cc.value + random.choice([-1, 1]) * random.uniform(3, 9), 2); gal.append([f'{pg.title}!{L(tc + 2)}{rr}'])
    tabs.append({'sheet': pg.title, 'range': f'A3:{L(len(h))}{3 + len(picks)}', 'kind': 'pengukuran-kinerja'})
    f = os.path.join(out, f'k18_{seed}_{b:02d}.xlsx'); wb.save(f)
    truth[f] = {'galat': gal, 'tabel': tabs, 'meta': f'{office} blud={blud} codes={codes} prev={prev} indent={indent} diff={diffcol} fin={financing} sat={satuan} form={form} plant={plant}'}
json.dump(truth, open(os.path.join(out, 'truth.json'), 'w'), indent=1)
