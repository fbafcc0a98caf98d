# Family 7 (truth first): pengukuran by quarter (Target | TW I–IV realisasi | Capaian: a count is the quarters' sum, a
# percentage its last quarter), a capaian stated over a target of 0 or "-", a year-on-year table repeating 2024's
# realisasi. Planted: a wrong capaian of a count, of a percentage, a capaian over zero, a 2024 realisasi differing.
import openpyxl, random, json, sys
from openpyxl.styles import Font
B = Font(bold=True)
seed = int(sys.argv[1]); out = sys.argv[2]; N = int(sys.argv[3]); random.seed(seed)
COUNTS = [('Jumlah pelaku usaha yang difasilitasi', 'Pelaku usaha', 40), ('Jumlah pelatihan kewirausahaan', 'Kali', 12), ('Jumlah desa wisata yang dibina', 'Desa', 8)]
PCTS = [('Persentase layanan perizinan tepat waktu', '%', 90), ('Persentase koperasi aktif', '%', 65), ('Tingkat hunian hotel', '%', 55)]
truth = {}
for k in range(N):
    wb = openpyxl.Workbook(); galat = []
    plant = random.sample(['count', 'pct', 'zero', 'yoy'], 2)
    s = wb.active; s.title = 'Pengukuran TW'
    s['A1'] = 'Tabel 3.5 Capaian Kinerja per Triwulan Tahun 2024'
    for j, h in enumerate(['No', 'Indikator Kinerja', 'Target 2024', 'Realisasi', None, None, None, 'Capaian (%)']): s.cell(row=2, column=1 + j, value=h).font = B
    for j, h in enumerate(['TW I', 'TW II', 'TW III', 'TW IV']): s.cell(row=3, column=4 + j, value=h).font = B
    s.merge_cells('D2:G2')
    for c in ('A', 'B', 'C', 'H'): s.merge_cells(f'{c}2:{c}3')
    rows = random.sample(COUNTS, 2) + random.sample(PCTS, 2)
    random.shuffle(rows)
    r2024 = {}
    for i, (n, u, t) in enumerate(rows):
        r = 4 + i
        if u == '%':
            q = sorted(round(t * random.uniform(0.8, 1.08), 2) for _ in range(4)); real = q[3]
        else:
            q = [random.randrange(1, max(2, t // 3)) for _ in range(4)]; real = sum(q)
        c = round(real / t * 100, 2)
        if 'count' in plant and u != '%' and not any(g[0].startswith('Pengukuran TW!H') for g in galat): c = round(c + 6.25, 2); galat.append([f'Pengukuran TW!H{r}'])
        elif 'pct' in plant and u == '%' and not any(g[0] == 'PCT' for g in galat): c = round(real * 0.97 / t * 100, 2) if False else round(sum(q) / 4 / t * 100, 2); galat.append([f'Pengukuran TW!H{r}']); galat[-1].append('PCT')
        r2024[n] = real
        for j, v in enumerate([i + 1, n, t] + q + [c]): s.cell(row=r, column=1 + j, value=v)
    # a fifth row: a new indikator with no target this year, its capaian written anyway (or rightly left "-")
    zt = random.choice([0, '-'])
    zc = 100 if 'zero' in plant else '-'
    if 'zero' in plant: galat.append(['Pengukuran TW!H8'])
    for j, v in enumerate([5, 'Jumlah inovasi pelayanan publik', zt, 0, 1, 0, 1, zc]): s.cell(row=8, column=1 + j, value=v)
    y = wb.create_sheet('Tahun ke Tahun')
    y['A1'] = 'Tabel 3.6 Perbandingan Realisasi Kinerja 2022-2024'
    for j, h in enumerate(['No', 'Indikator Kinerja', 'Realisasi 2022', 'Realisasi 2023', 'Realisasi 2024']): y.cell(row=2, column=1 + j, value=h).font = B
    for i, (n, u, t) in enumerate(rows):
        v24 = r2024[n]
        if 'yoy' in plant and i == 1:
            v24 = round(v24 + (3 if u != '%' else 2.5), 2); galat.append([f'Tahun ke Tahun!E{3+i}', f'Pengukuran TW!G{4+i}'])
        for j, v in enumerate([i + 1, n, round(v24 * random.uniform(0.8, 0.95), 2), round(v24 * random.uniform(0.9, 1.0), 2), v24]): y.cell(row=3 + i, column=1 + j, value=v)
    for g in galat:
        if g[-1] == 'PCT': g.pop()
    name = f'{out}/w{k:02d}.xlsx'; wb.save(name)
    truth[name] = {'galat': galat, 'meta': [plant, zt]}
json.dump(truth, open(f'{out}/truth.json', 'w'), indent=1)
