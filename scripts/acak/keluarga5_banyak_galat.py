# Family 5 (truth first): small tables each holding two or three errors of one kind — does any "most rows agree" rule
# fall silent? pengukuran (capaian, labels), budget (serapan, sisa, programme sums with words/codes/style), efisiensi.
import openpyxl, random, json, sys
from openpyxl.styles import Font, Alignment
B = Font(bold=True)
seed = int(sys.argv[1]); out = sys.argv[2]; N = int(sys.argv[3]); random.seed(seed)
POOL = [('Persentase penduduk miskin', '%', 9.5, 9.1, False), ('Indeks kepuasan masyarakat', 'Indeks', 80, 82.4, True),
        ('Persentase layanan selesai tepat waktu', '%', 90, 93.5, True), ('Jumlah dokumen perencanaan', 'Dokumen', 6, 6, True),
        ('Rata-rata lama waktu penyelesaian perizinan', 'Hari', 5, 4, False), ('Cakupan pelayanan kesehatan dasar', '%', 95, 91.2, True),
        ('Angka kematian ibu', 'per 100.000 KH', 90, 84, False), ('Persentase ASN kompeten', '%', 70, 74.8, True)]
SC = [('≥ 100', 'Sangat Baik', 100, 1e9), ('90 - < 100', 'Baik', 90, 99.9999), ('75 - < 90', 'Cukup', 75, 89.9999), ('< 75', 'Kurang', -1e9, 74.9999)]
band = lambda v: next(l for t, l, lo, hi in SC if lo <= v <= hi)
cap = lambda t, r, up, nf: round(r / t * 100, 2) if up else (round((2 - r / t) * 100, 2) if nf == '2-r/t' else round(t / r * 100, 2))
truth = {}
for k in range(N):
    wb = openpyxl.Workbook(); galat = []; nf = random.choice(['2-r/t', 't/r'])
    kinds = random.sample(['cap', 'label', 'ser', 'sisa', 'sum', 'ef'], 2)
    nerr = random.choice([2, 3])
    # pengukuran
    s = wb.active; s.title = 'Pengukuran'
    for j, h in enumerate(['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori']): s.cell(row=1, column=1 + j, value=h).font = B
    inds = random.sample(POOL, 5)
    capw = random.sample(range(5), nerr) if 'cap' in kinds else []
    labw = random.sample([i for i in range(5) if i not in capw], min(nerr, 5 - len(capw))) if 'label' in kinds else []
    for i, (n, u, t, r, up) in enumerate(inds):
        c = cap(t, r, up, nf); l = band(c)
        if i in capw: c = round(c + random.choice([-8.2, 6.6, 11.3]), 2); l = band(c); galat.append([f'Pengukuran!E{2+i}'])
        if i in labw:
            labs = [x[1] for x in SC]; l = labs[(labs.index(l) + 2) % 4]; galat.append([f'Pengukuran!F{2+i}'])
        for j, v in enumerate([i + 1, n, t, r, c, l]): s.cell(row=2 + i, column=1 + j, value=v)
    sk = wb.create_sheet('Skala')
    sk['A1'] = 'Rentang Capaian'; sk['B1'] = 'Kategori'
    for i, (t_, l, lo, hi) in enumerate(SC): sk.cell(row=2 + i, column=1, value=t_); sk.cell(row=2 + i, column=2, value=l)
    # budget
    a = wb.create_sheet('Anggaran'); style = random.choice(['codes', 'words', 'bold'])
    for j, h in enumerate(['No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Serapan (%)']): a.cell(row=1, column=1 + j, value=h).font = B
    rr = 2; rows = []
    for p in range(3):
        kegs = [(random.randrange(100, 900) * 1_000_000) for _ in range(2)]
        reals = [round(x * random.uniform(0.8, 0.99)) for x in kegs]
        rows.append(('P', p, None, sum(kegs), sum(reals)))
        for j in range(2): rows.append(('K', p, j, kegs[j], reals[j]))
    prog_rows = [i for i, r in enumerate(rows) if r[0] == 'P']; keg_rows = [i for i, r in enumerate(rows) if r[0] == 'K']
    serw = random.sample(keg_rows, nerr) if 'ser' in kinds else []
    sisw = random.sample([i for i in keg_rows if i not in serw], nerr) if 'sisa' in kinds else []
    sumw = random.sample(prog_rows, min(nerr, 3)) if 'sum' in kinds else []
    for i, (lv, p, j, pg, re_) in enumerate(rows):
        r = 2 + i
        pgs = pg + (40_000_000 if i in sumw else 0)
        if i in sumw: galat.append([f'Anggaran!C{r}'])
        sisa = pgs - re_; ser = round(re_ / pgs * 100, 2)
        if i in serw: ser = round(ser - 7.5, 2); galat.append([f'Anggaran!F{r}'])
        if i in sisw: sisa += 12_000_000; galat.append([f'Anggaran!E{r}'])
        if lv == 'P':
            no = str(p + 1) if style != 'words' else None
            name = f'Program {["Perencanaan Pembangunan", "Pelayanan Publik", "Pengawasan Internal"][p]}' if style != 'bold' else ['PERENCANAAN PEMBANGUNAN', 'PELAYANAN PUBLIK', 'PENGAWASAN INTERNAL'][p]
        else:
            no = f'{p+1}.{j+1}' if style == 'codes' else None
            name = (f'Kegiatan ' if style == 'words' else '') + ['Penyusunan Dokumen', 'Evaluasi Kinerja', 'Pelayanan Terpadu', 'Pengaduan Masyarakat', 'Audit Kinerja', 'Reviu Laporan'][p * 2 + j]
        for jj, v in enumerate([no, name, pgs, re_, sisa, ser]):
            c_ = a.cell(row=r, column=1 + jj, value=v)
            if lv == 'P': c_.font = B
            if lv == 'K' and jj == 1 and style == 'bold': c_.alignment = Alignment(indent=1)
    # efisiensi
    e = wb.create_sheet('Efisiensi')
    for j, h in enumerate(['No', 'Program', 'Capaian Kinerja (%)', 'Serapan (%)', 'Efisiensi (%)']): e.cell(row=1, column=1 + j, value=h).font = B
    efw = random.sample(range(4), nerr) if 'ef' in kinds else []
    for i in range(4):
        c = round(random.uniform(90, 112), 2); sp = round(random.uniform(82, 99), 2); ev = round(c - sp, 2)
        if i in efw: ev = round(ev + 3.1, 2); galat.append([f'Efisiensi!E{2+i}'])
        for j, v in enumerate([i + 1, f'Program {i+1} Urusan Pemerintahan', c, sp, ev]): e.cell(row=2 + i, column=1 + j, value=v)
    name = f'{out}/m{k:02d}.xlsx'; wb.save(name)
    truth[name] = {'galat': galat, 'meta': [nf, kinds, nerr, style]}
json.dump(truth, open(f'{out}/truth.json', 'w'), indent=1)
