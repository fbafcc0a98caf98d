# Family 22 (truth first): the change between two figures of a row, as offices write it beside their figures. A trend
# of indikator over three to five years (the years under a merged "Realisasi" band or each in its own header) with a
# change column of the last two years — "Kenaikan/ Penurunan 2023-2024", "Kenaikan/Penurunan", "Naik/Turun",
# "Perubahan thd 2023", "+/(-)" — written signed, or as a size only under "Perubahan"; a growth "Pertumbuhan (%)" or a
# "Trend" in words beside it; a table of counts by kecamatan (last year, this year, Naik/Turun, Pertumbuhan (%), a
# Jumlah row); a revenue table (Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Pertumbuhan (%)).
# A pengukuran whose Keterangan states each lower-is-better indikator's polarity in words ("Indikator negatif",
# "semakin kecil semakin baik"). Planted: a change or a growth typed wrong (one per table at most; some tables have
# none); a lower-is-better capaian computed as realisasi ÷ target against its remark. A rate by kecamatan or commodity
# (AKB per 1.000 KH, produktivitas Ton/Ha, kepadatan jiwa/km²), one of them typed wrong.
import json, os, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from openpyxl.utils import get_column_letter as L
from umum import book_args

seed, out, n = book_args()
os.makedirs(out, exist_ok=True)
B = Font(bold=True)
INDIKATOR = [
    ('Angka Kematian Bayi', 'per 1.000 KH', 10.5, -0.6), ('Prevalensi stunting', '%', 24.0, -2.5), ('Cakupan imunisasi dasar lengkap', '%', 84.0, 2.2),
    ('Angka Partisipasi Murni SD', '%', 95.1, 0.4), ('Rata-rata lama sekolah', 'Tahun', 7.9, 0.12), ('Persentase penduduk miskin', '%', 9.8, -0.35),
    ('Indeks Kepuasan Masyarakat', 'Indeks', 78.2, 1.1), ('Jumlah wisatawan', 'Orang', 152000, 9000), ('Persentase jalan kondisi mantap', '%', 68.0, 1.8),
    ('Tingkat pengangguran terbuka', '%', 6.1, -0.3), ('Persentase desa mandiri', '%', 12.0, 3.0), ('Cakupan kepemilikan akta kelahiran', '%', 88.0, 2.6),
]
KECAMATAN = ['Kota', 'Utara', 'Selatan', 'Timur', 'Barat', 'Tengah', 'Pesisir', 'Pegunungan']
WHAT = [('Jumlah Murid SD', 3000, 150), ('Jumlah Kunjungan Puskesmas', 24000, 1800), ('Jumlah Akta Kelahiran Terbit', 2100, 260), ('Jumlah UMKM Terdaftar', 850, 90)]
PAD = [('Pajak Hotel', 1_250_000_000), ('Pajak Restoran', 3_400_000_000), ('Pajak Hiburan', 450_000_000), ('Pajak Reklame', 800_000_000),
       ('Pajak Penerangan Jalan', 6_500_000_000), ('PBB-P2', 4_100_000_000), ('BPHTB', 2_900_000_000), ('Retribusi Pasar', 620_000_000)]

# indikator whose polarity only the Keterangan beside them states (their words say nothing of it)
UP_REMARK = [('Indeks Pembangunan Gender', 'Indeks', 91.5, 92.1), ('Indeks Pemberdayaan Gender', 'Indeks', 70, 68.4), ('Persentase desa ramah anak', '%', 40, 43),
             ('Jumlah koperasi aktif', 'Unit', 120, 131)]
DOWN_REMARK = [('Rasio kekerasan terhadap perempuan', 'per 10.000', 3.2, 2.9), ('Rasio pernikahan usia anak', '%', 8.5, 9.1),
               ('Persentase ASN yang dijatuhi hukuman disiplin', '%', 2.0, 1.6), ('Jumlah pelanggaran peraturan daerah', 'Kasus', 45, 52),
               ('Rasio ketergantungan fiskal', '%', 78, 75.5)]


def r2(x):
    return round(x + 0.0, 2)


def off(v, dec):
    """A wrong figure near the right one: a digit slipped or a sign lost."""
    step = 10 ** -dec if dec else 1
    d = random.choice([1, -1]) * random.choice([1, 2, 3, 5, 10]) * max(step, abs(v) * random.choice([0.1, 0.25, 0.5]) if abs(v) > step * 20 else step * random.choice([3, 7, 10]))
    w = round(v + d, dec)
    w = w if w != v and w != -v else round(v + 11 * step, dec)
    # (a whole number is read to its last shown digit: 0 for 0,52 % is no certain error, so a wrong figure keeps decimals)
    return round(w + 0.13, dec) if dec and w == int(w) else w


truth = {}
for b in range(n):
    wb = Workbook(); del wb['Sheet']
    gal = []; tables = []
    # --- a trend table
    ws = wb.create_sheet('Tren'); ws['A1'] = 'Tabel 3.4 Perkembangan Realisasi Kinerja'
    years = list(range(2024 - random.randint(2, 4), 2025))
    y1, y2 = years[-2], years[-1]
    banded = random.random() < .6
    change = random.choice([f'Kenaikan/ Penurunan {y1}-{y2}', 'Kenaikan/Penurunan', 'Naik/Turun', f'Perubahan thd {y1}', '+/(-)', 'Perubahan'])
    size_only = change == 'Perubahan' and random.random() < .5
    extra = random.choice(['pertumbuhan', 'trend', None])
    hdr = ['No', 'Indikator Kinerja', 'Satuan'] + (['Realisasi'] + [None] * (len(years) - 1) if banded else [f'Realisasi {y}' for y in years]) + [change]
    if extra == 'pertumbuhan': hdr.append('Pertumbuhan (%)')
    if extra == 'trend': hdr.append('Trend')
    top = 3
    for j, h in enumerate(hdr): ws.cell(row=top, column=1 + j, value=h).font = B
    r = top + 1
    if banded:
        for j, y in enumerate(years): ws.cell(row=r, column=4 + j, value=y).font = B
        ws.merge_cells(start_row=top, start_column=4, end_row=top, end_column=3 + len(years))
        for j in [1, 2, 3, 4 + len(years)] + ([5 + len(years)] if extra else []): ws.merge_cells(start_row=top, start_column=j, end_row=top + 1, end_column=j)
        r += 1
    inds = random.sample(INDIKATOR, random.randint(4, 8))
    rows = []
    for k, (nm, sat, base, step) in enumerate(inds):
        dec = 0 if base > 1000 else 2
        vals = [round(base + step * i * random.uniform(0.6, 1.4), dec) for i in range(len(years))]
        d = round(vals[-1] - vals[-2], dec)
        if size_only: d = abs(d)
        row = [k + 1, nm, sat] + vals + [d]
        g = r2((vals[-1] - vals[-2]) / vals[-2] * 100)
        if extra == 'pertumbuhan': row.append(g)
        if extra == 'trend': row.append('Naik' if vals[-1] > vals[-2] else 'Turun' if vals[-1] < vals[-2] else 'Tetap')
        ws.append(row); rows.append((r, d, g, dec)); r += 1
    last = r - 1
    cc = 4 + len(years)
    plant = random.choice(['change', 'growth', None]) if extra == 'pertumbuhan' else random.choice(['change', 'change', None])
    # (a change header with no years needs three rows that follow it beside the wrong one)
    if plant:
        pr, d, g, dec = random.choice(rows)
        if plant == 'change':
            ws.cell(row=pr, column=cc, value=off(d, dec)); gal.append([f'Tren!{L(cc)}{pr}'])
        else:
            ws.cell(row=pr, column=cc + 1, value=off(g, 2)); gal.append([f'Tren!{L(cc + 1)}{pr}'])
    tables.append({'sheet': 'Tren', 'range': f'A{top}:{L(len(hdr))}{last}', 'kind': 'pengukuran-kinerja'})
    # --- counts by kecamatan
    what, base, step = random.choice(WHAT)
    ws = wb.create_sheet('Data'); ws['A1'] = f'Tabel 2.3 {what} per Kecamatan'
    head = random.choice([('Tahun Lalu', 'Tahun Ini'), (str(y1), str(y2)), (f'Tahun {y1}', f'Tahun {y2}')])
    growth_header = random.choice(['Pertumbuhan (%)', 'Kenaikan (%)', f'Pertumbuhan {y1}-{y2} (%)'])
    ws.append([]); hdr = ['No', 'Kecamatan', f'{what} {head[0]}', f'{what} {head[1]}', 'Naik/Turun', growth_header]
    ws.append(hdr)
    for c in ws[3]: c.font = B; c.alignment = Alignment(wrap_text=True)
    kec = random.sample(KECAMATAN, random.randint(4, 7))
    r = 4; rows = []; s1 = s2 = 0
    for k, nm in enumerate(kec):
        a = int(base * random.uniform(0.5, 1.5)); bb = a + int(step * random.uniform(-1, 1.6))
        s1 += a; s2 += bb
        ws.append([k + 1, nm, a, bb, bb - a, r2((bb - a) / a * 100)]); rows.append((r, bb - a, r2((bb - a) / a * 100))); r += 1
    ws.append([None, 'Jumlah', s1, s2, s2 - s1, r2((s2 - s1) / s1 * 100)]); last = r
    for c in ws[last][:2]: c.font = B
    plant = random.choice(['change', 'growth', None])
    if plant:
        pr, d, g = random.choice(rows)
        if plant == 'change':
            ws.cell(row=pr, column=5, value=off(d, 0)); gal.append([f'Data!E{pr}'])
        else:
            ws.cell(row=pr, column=6, value=off(g, 2)); gal.append([f'Data!F{pr}'])
    tables.append({'sheet': 'Data', 'range': f'A3:F{last}', 'kind': 'lainnya'})
    # --- revenue: last year's realisasi, this year's target and realisasi, capaian and growth
    if random.random() < .6:
        ws = wb.create_sheet('Pendapatan'); ws['A1'] = f'Tabel 3.7 Realisasi Pendapatan Asli Daerah Tahun {y2}'
        ws.append([]); ws.append(['No', 'Jenis Pendapatan', f'Realisasi {y1} (Rp)', f'Target {y2} (Rp)', f'Realisasi {y2} (Rp)', 'Capaian (%)', 'Pertumbuhan (%)'])
        for c in ws[3]: c.font = B
        r = 4; rows = []
        for k, (nm, t) in enumerate(random.sample(PAD, random.randint(4, 7))):
            last_year = int(t * random.uniform(0.8, 1.0) / 1000) * 1000; real = int(t * random.uniform(0.85, 1.12) / 1000) * 1000
            g = r2((real - last_year) / last_year * 100)
            ws.append([k + 1, nm, last_year, t, real, r2(real / t * 100), g]); rows.append((r, g)); r += 1
        for row in ws.iter_rows(min_row=4, max_row=r - 1, min_col=3, max_col=5):
            for c in row: c.number_format = '#,##0'
        if random.random() < .7:
            pr, g = random.choice(rows); ws.cell(row=pr, column=7, value=off(g, 2)); gal.append([f'Pendapatan!G{pr}'])
    # --- a pengukuran whose Keterangan states each lower-is-better indikator's polarity in words (drawn from a sequence of
    # its own: the tables above are the ones the seed made before it)
    rnd = random.Random(seed * 1000 + b)
    if rnd.random() < .6:
        ws = wb.create_sheet('Pengukuran'); ws['A1'] = f'Tabel 3.1 Pengukuran Kinerja Tahun {y2}'
        ws.append([]); ws.append(['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Keterangan'])
        for c in ws[3]: c.font = B
        inds = [(x, True) for x in rnd.sample(UP_REMARK, rnd.randint(2, 3))] + [(x, False) for x in rnd.sample(DOWN_REMARK, rnd.randint(2, 3))]
        rnd.shuffle(inds)
        r = 4; downs = []
        for k, ((nm, sat, t, rv), up) in enumerate(inds):
            cap = r2(rv / t * 100 if up else (2 - rv / t) * 100)
            remark = rnd.choice(['Tercapai' if cap >= 100 else 'Belum tercapai', 'Semakin tinggi semakin baik', None]) if up else rnd.choice(
                ['Indikator negatif', 'Polaritas negatif', 'Semakin kecil semakin baik', 'Indikator negatif (semakin rendah semakin baik)'])
            ws.append([k + 1, nm, sat, t, rv, cap, remark])
            if not up: downs.append((r, t, rv))
            r += 1
        if rnd.random() < .7:
            pr, t, rv = rnd.choice(downs)
            ws.cell(row=pr, column=6, value=r2(rv / t * 100)); gal.append([f'Pengukuran!F{pr}'])
        tables.append({'sheet': 'Pengukuran', 'range': f'A3:G{r - 1}', 'kind': 'pengukuran-kinerja'})
    # --- a rate by kecamatan or commodity (its own sequence too): deaths per 1.000 live births, production per hectare,
    # people per km², with a Jumlah row (its sums' rate) or none
    rr = random.Random(seed * 7919 + b)
    if rr.random() < .6:
        kind = rr.choice(['akb', 'panen', 'padat'])
        ws = wb.create_sheet('Rasio')
        if kind == 'akb':
            ws['A1'] = 'Tabel 2.6 Angka Kematian Bayi per Kecamatan'
            hdr = ['No', 'Kecamatan', 'Jumlah Lahir Hidup', 'Jumlah Kematian Bayi', rr.choice(['AKB (per 1.000 KH)', 'Angka Kematian Bayi per 1.000 Kelahiran Hidup'])]
            items = [(k, rr.randint(600, 1600), None) for k in rr.sample(KECAMATAN, rr.randint(4, 7))]
            items = [(k, a, rr.randint(3, 15)) for k, a, _ in items]
            times, dec = 1000, 2
        elif kind == 'panen':
            ws['A1'] = 'Tabel 2.7 Luas Panen, Produksi dan Produktivitas'
            hdr = ['No', 'Komoditas', 'Luas Panen (Ha)', 'Produksi (Ton)', rr.choice(['Produktivitas (Ton/Ha)', 'Produktivitas (ton/ha)'])]
            items = [(k, rr.randint(300, 15000), None) for k in rr.sample(['Padi sawah', 'Padi ladang', 'Jagung', 'Kedelai', 'Kacang tanah', 'Ubi kayu', 'Ubi jalar'], rr.randint(4, 6))]
            items = [(k, a, int(a * rr.uniform(1.2, 7))) for k, a, _ in items]
            times, dec = 1, 2
        else:
            ws['A1'] = 'Tabel 2.1 Luas Wilayah dan Kepadatan Penduduk'
            hdr = ['No', 'Kecamatan', 'Luas (km²)', 'Jumlah Penduduk (jiwa)', 'Kepadatan (jiwa/km²)']
            items = [(k, round(rr.uniform(8, 120), 2), None) for k in rr.sample(KECAMATAN, rr.randint(4, 7))]
            items = [(k, a, int(a * rr.uniform(150, 4000))) for k, a, _ in items]
            times, dec = 1, 2
        ws.append([]); ws.append(hdr)
        for c in ws[3]: c.font = B
        r = 4; rows = []
        for k, (nm, a, x) in enumerate(items):
            v = round(x / a * times, dec)
            ws.append([k + 1, nm, a, x, v]); rows.append((r, v)); r += 1
        total = rr.random() < .5
        if total:
            A = round(sum(a for _, a, _ in items), 2); X = sum(x for _, _, x in items)
            ws.append([None, 'Jumlah', A, X, round(X / A * times, dec)]); r += 1
        if rr.random() < .7:
            pr, v = rr.choice(rows)
            w = round(v + rr.choice([-1, 1]) * rr.choice([0.1, 0.5, 1, 2]) * max(1, abs(v) * 0.1), dec)
            ws.cell(row=pr, column=5, value=w); gal.append([f'Rasio!E{pr}'])
        tables.append({'sheet': 'Rasio', 'range': f'A3:E{r - 1}', 'kind': 'lainnya'})
    f = os.path.join(out, f'k22_{seed}_{b:02d}.xlsx'); wb.save(f)
    truth[f] = {'galat': gal, 'tabel': tables, 'meta': f'years={years} banded={banded} change={change} size_only={size_only} extra={extra}'}
json.dump(truth, open(os.path.join(out, 'truth.json'), 'w'), indent=1)
