# Family 16 (truth first): a pengukuran as staff lay it out in Word and paste into Excel — indikator measured in words
# beside ones in figures (an audit opinion "WTP", a SAKIP grade "BB", "Tepat Waktu", "Tersedia"), with a capaian of
# 100, a number or "Tercapai"; realisasi not yet known ("-", "n/a", "Belum ada data") with no capaian; spacer columns
# between the columns; the indikator merged over two columns; the table anywhere on the sheet; sasaran as rows merged
# across the table or in a column merged down; blank rows between sasaran; footnote marks on figures ("92,6*)");
# headers broken over lines, a numbering row (1) (2) …; last year's realisasi and capaian before the year's; a closing
# "Rata-rata" row. Planted: one or two capaian of rows in figures, the Rata-rata.
import json, os, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from openpyxl.utils import get_column_letter as L
from umum import book_args

seed, out, n = book_args()
os.makedirs(out, exist_ok=True)
B = Font(bold=True)
WRAP = Alignment(wrap_text=True)
NUMERIC = [('Cakupan imunisasi dasar lengkap', '%', 95, 92.6, True), ('Angka kematian bayi', 'per 1.000 KH', 10, 9, False), ('Persentase jalan kondisi mantap', '%', 72, 70.15, True),
           ('Persentase desa tangguh bencana', '%', 30, 33, True), ('Rata-rata waktu penerbitan izin', 'Hari', 5, 4, False), ('Indeks kepuasan masyarakat', 'Indeks', 80, 82.4, True),
           ('Persentase sekolah terakreditasi A', '%', 40, 37.5, True), ('Tingkat pengangguran terbuka', '%', 5.2, 5.6, False), ('Jumlah wirausaha baru', 'Orang', 150, 171, True),
           ('Persentase penduduk miskin', '%', 9.8, 9.41, False), ('Cakupan layanan air minum', '%', 80, 76.25, True), ('Jumlah kasus DBD', 'Kasus', 120, 96, False)]
WORDS = [('Opini BPK atas laporan keuangan', 'Opini', 'WTP', 'WTP', 100), ('Nilai SAKIP perangkat daerah', 'Predikat', 'BB', 'B', 90), ('Nilai reformasi birokrasi', 'Kategori', 'A', 'BB', 90),
         ('Ketepatan waktu penyampaian LKjIP', 'Waktu', 'Tepat Waktu', 'Tepat Waktu', 100), ('Tersedianya dokumen Renstra', 'Dokumen', 'Tersedia', 'Tersedia', 100),
         ('Penetapan APBD tepat waktu', 'Bulan', 'Desember 2024', 'Desember 2024', 100), ('Status akreditasi RSUD', 'Status', 'Paripurna', 'Utama', 80)]
MISSING = ['-', 'n/a', 'Belum ada data', 'Data belum tersedia', 'N/A']
SASARAN = ['Meningkatnya kualitas pelayanan publik', 'Meningkatnya akuntabilitas kinerja', 'Meningkatnya derajat kesehatan masyarakat', 'Menurunnya angka kemiskinan']


def cap(t, r, up, form):
    return r / t * 100 if up else ((2 - r / t) * 100 if form == '2-r/t' else t / r * 100)


truth = {}
for b in range(n):
    form = random.choice(['2-r/t', 't/r'])
    c0 = random.randint(1, 3); r0 = random.randint(1, 4)
    spacer = random.random() < .35
    wide = random.random() < .4
    sasmode = random.choice(['baris', 'kolom', 'tidak'])
    blank = sasmode == 'baris' and random.random() < .5
    marks = random.random() < .4
    wrap = random.random() < .5
    numbering = random.random() < .35
    prev = random.random() < .35
    mean = random.random() < .4
    capword = random.random() < .5
    # the columns, left to right: (role, header)
    cols = [('no', 'No')]
    if sasmode == 'kolom': cols.append(('sasaran', 'Sasaran Strategis'))
    cols.append(('ind', 'Indikator Kinerja'))
    if wide: cols.append(('ind2', None))
    cols.append(('sat', 'Satuan'))
    if prev: cols += [('rprev', 'Realisasi\n2023' if wrap else 'Realisasi 2023'), ('cprev', 'Capaian\n2023 (%)' if wrap else 'Capaian 2023 (%)')]
    cols += [('t', 'Target\n2024' if wrap else 'Target 2024'), ('r', 'Realisasi\n2024' if wrap else 'Realisasi 2024'), ('c', 'Capaian\n(%)' if wrap else 'Capaian (%)')]
    if spacer:  # an empty narrow column somewhere between the figures (a Word table's gap)
        at = random.randint(cols.index(('sat', 'Satuan')) + 1, len(cols) - 1)
        cols.insert(at, ('gap', None))
    cols.append(('ket', 'Keterangan'))
    X = {role: c0 + j for j, (role, _) in enumerate(cols)}
    wb = Workbook(); ws = wb.active; ws.title = random.choice(['Pengukuran', 'Tabel 3.1', 'Capaian Kinerja'])
    if r0 > 1: ws.cell(row=r0 - 1, column=c0, value='Tabel 3.1 Pengukuran Kinerja Tahun 2024')
    for role, h in cols:
        if h: ws.cell(row=r0, column=X[role], value=h).font = B
        if wrap: ws.cell(row=r0, column=X[role]).alignment = WRAP
    if wide: ws.merge_cells(start_row=r0, start_column=X['ind'], end_row=r0, end_column=X['ind2'])
    r = r0 + 1
    if numbering:
        k = 1
        for role, h in cols:
            if role in ('gap', 'ind2'): continue
            ws.cell(row=r, column=X[role], value=f'({k})'); k += 1
        r += 1
    gal = []; caps = []; capcells = []
    inds = random.sample(NUMERIC, random.randint(3, 6)) + random.sample(WORDS, random.randint(1, 3))
    random.shuffle(inds)
    missing_at = random.randrange(len(inds)) if random.random() < .5 else -1
    groups = [inds[:len(inds) // 2], inds[len(inds) // 2:]]
    no = 0
    plant_rows = []
    for gI, grp in enumerate(groups):
        if sasmode == 'baris':
            ws.cell(row=r, column=c0, value=f'Sasaran {gI + 1}: {SASARAN[gI]}').font = B
            ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=X['ket']); r += 1
        top = r
        for ind in grp:
            no += 1
            ws.cell(row=r, column=X['no'], value=no)
            if not isinstance(ind[2], str):  # in figures
                nm, u, t, rv, up = ind
                if no - 1 == missing_at:
                    vals = {'ind': nm, 'sat': u, 't': t, 'r': random.choice(MISSING), 'c': random.choice(['-', None])}
                else:
                    c = round(cap(t, rv, up, form), 2)
                    shown_r = (f'{rv:g}'.replace('.', ',') + random.choice(['*)', ' *', '*'])) if marks and random.random() < .5 else rv
                    vals = {'ind': nm, 'sat': u, 't': t, 'r': shown_r, 'c': c}
                    caps.append(c); capcells.append(r); plant_rows.append(r)
            else:
                nm, u, t, rv, c = ind
                vals = {'ind': nm, 'sat': u, 't': t, 'r': rv, 'c': ('Tercapai' if t == rv else 'Belum tercapai') if capword else c}
                if not capword: caps.append(c); capcells.append(r)
            if prev:
                vals['rprev'] = None if isinstance(vals['t'], str) else round(vals['t'] * random.uniform(.85, 1.0), 2)
                vals['cprev'] = None if vals['rprev'] is None else round(random.uniform(85, 105), 2)
            for role, v in vals.items(): ws.cell(row=r, column=X[role], value=v)
            if wide: ws.merge_cells(start_row=r, start_column=X['ind'], end_row=r, end_column=X['ind2'])
            r += 1
        if sasmode == 'kolom':
            ws.cell(row=top, column=X['sasaran'], value=SASARAN[gI])
            if r - 1 > top: ws.merge_cells(start_row=top, start_column=X['sasaran'], end_row=r - 1, end_column=X['sasaran'])
        if blank and gI == 0: r += 1
    # planted capaian
    for pr in random.sample(plant_rows, min(len(plant_rows), random.randint(1, 2))):
        cell = ws.cell(row=pr, column=X['c']); v = round(cell.value + random.choice([-1, 1]) * random.choice([2.5, 4.35, 6.1, 9.8]), 2)
        caps[capcells.index(pr)] = v; cell.value = v; gal.append([f'{ws.title}!{L(X["c"])}{pr}'])
    last = r - 1
    if mean:
        m = round(sum(caps) / len(caps), 2)
        if random.random() < .5: m = round(m + 3.3, 2); gal.append([f'{ws.title}!{L(X["c"])}{r}'])
        ws.cell(row=r, column=X['ind'], value='Rata-rata Capaian').font = B
        ws.cell(row=r, column=X['c'], value=m).font = B
        last = r; r += 1
    ws.cell(row=r + 1, column=c0, value='Keterangan: *) angka sementara' if marks else 'Sumber: Laporan Kinerja 2024')
    f = os.path.join(out, f'k16_{seed}_{b:02d}.xlsx'); wb.save(f)
    truth[f] = {'galat': gal, 'tabel': [{'sheet': ws.title, 'range': f'{L(c0)}{r0}:{L(X["ket"])}{last}', 'kind': 'pengukuran-kinerja'}],
                'meta': f'form={form} at={L(c0)}{r0} spacer={spacer} wide={wide} sas={sasmode} blank={blank} marks={marks} wrap={wrap} numbering={numbering} prev={prev} mean={mean} capword={capword} missing={missing_at}'}
json.dump(truth, open(os.path.join(out, 'truth.json'), 'w'), indent=1)
