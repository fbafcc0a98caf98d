# Family 6 (truth first): figures shown rounded — serapan stored as a fraction formatted "0%" or "0.0%", money in
# millions with two decimals, English-formatted text ("1,250,000,000.00") on a whole sheet, a "% Sisa" column, a
# pengukuran with a Rata-rata row of its capaian. Planted: a wrong mean, a wrong serapan, a wrong sum, a wrong % sisa.
import openpyxl, random, json, sys
from openpyxl.styles import Font
B = Font(bold=True)
seed = int(sys.argv[1]); out = sys.argv[2]; N = int(sys.argv[3]); random.seed(seed)
POOL = [('Persentase desa mandiri', '%', 30, 33.5, True), ('Indeks pembangunan desa', 'Indeks', 0.65, 0.671, True),
        ('Persentase BUMDes aktif', '%', 60, 57.2, True), ('Jumlah desa tertinggal', 'Desa', 12, 10, False),
        ('Persentase aparatur desa terlatih', '%', 75, 81.4, True), ('Persentase APBDes tepat waktu', '%', 100, 96.3, True)]
cap = lambda t, r, up: round(r / t * 100, 2) if up else round((2 - r / t) * 100, 2)
truth = {}
for k in range(N):
    wb = openpyxl.Workbook(); galat = []
    plant = random.sample(['mean', 'ser', 'sum', 'psisa'], 2)
    fmt = random.choice(['0%', '0.0%', '0.00%'])
    money = random.choice(['juta', 'en', 'rp'])
    s = wb.active; s.title = 'Pengukuran'
    for j, h in enumerate(['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)']): s.cell(row=1, column=1 + j, value=h).font = B
    inds = random.sample(POOL, 5); cs = []
    for i, (n, u, t, r, up) in enumerate(inds):
        c = cap(t, r, up); cs.append(c)
        for j, v in enumerate([i + 1, n, t, r, c]): s.cell(row=2 + i, column=1 + j, value=v)
    m = round(sum(cs) / 5, 2)
    if 'mean' in plant: m = round(m + 2.35, 2); galat.append(['Pengukuran!E7'])
    s.cell(row=7, column=2, value='Rata-rata Capaian').font = B; s.cell(row=7, column=5, value=m).font = B
    a = wb.create_sheet('Anggaran')
    a['A1'] = 'Tabel 3.7 Realisasi Anggaran s.d. Triwulan III' + (' (dalam jutaan rupiah)' if money == 'juta' else '')
    for j, h in enumerate(['No', 'Program / Kegiatan', 'Pagu', 'Realisasi s.d. TW III', 'Sisa', '% Sisa', 'Serapan (%)']): a.cell(row=2, column=1 + j, value=h).font = B
    def show(v):
        if money == 'juta': return round(v / 1e6, 2)
        if money == 'en': return f'{v:,.2f}'
        return 'Rp ' + f'{v:,.0f}'.replace(',', '.')
    rr = 3; P = R = 0
    for p in range(2):
        kegs = [random.randrange(100_000, 900_000) * 1000 + random.randrange(0, 999) * 1000 for _ in range(3)]
        reals = [round(x * random.uniform(0.55, 0.8) / 1000) * 1000 for x in kegs]
        ps, rs = sum(kegs), sum(reals); P += ps; R += rs
        prow = rr; rr += 1
        for j2, (kp, kr) in enumerate(zip(kegs, reals)):
            ser = kr / kp; psisa = round((kp - kr) / kp * 100, 2)
            if 'ser' in plant and p == 1 and j2 == 2: ser = ser - 0.03; galat.append([f'Anggaran!G{rr}'])
            if 'psisa' in plant and p == 0 and j2 == 1: psisa = round(psisa + 4.4, 2); galat.append([f'Anggaran!F{rr}'])
            for jj, v in enumerate([f'{p+1}.{j2+1}', f'Kegiatan {["Fasilitasi", "Pembinaan", "Pengembangan"][j2]} Desa {p+1}', show(kp), show(kr), show(kp - kr), psisa, ser]): a.cell(row=rr, column=1 + jj, value=v)
            a.cell(row=rr, column=7).number_format = fmt
            rr += 1
        shown_p = ps + (7_000_000 if ('sum' in plant and p == 0) else 0)
        if 'sum' in plant and p == 0: galat.append([f'Anggaran!C{prow}'])
        for jj, v in enumerate([str(p + 1), ['Program Pemberdayaan Masyarakat Desa', 'Program Administrasi Pemerintahan Desa'][p], show(shown_p), show(rs), show(shown_p - rs), round((shown_p - rs) / shown_p * 100, 2), rs / shown_p]):
            a.cell(row=prow, column=1 + jj, value=v).font = B
        a.cell(row=prow, column=7).number_format = fmt
    for jj, v in enumerate([None, 'JUMLAH', show(P), show(R), show(P - R), round((P - R) / P * 100, 2), R / P]): a.cell(row=rr, column=1 + jj, value=v).font = B
    a.cell(row=rr, column=7).number_format = fmt
    name = f'{out}/r{k:02d}.xlsx'; wb.save(name)
    truth[name] = {'galat': galat, 'meta': [fmt, money, plant]}
json.dump(truth, open(f'{out}/truth.json', 'w'), indent=1)
