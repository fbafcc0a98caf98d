# Family 17 (truth first): one indikator set seen by year on several sheets — a PK ("Target 2024", or "Target" under a
# caption naming the year), a pengukuran whose header may name no year (the caption or the sheet does), a comparison
# of the realisasi over three years (2022 | 2023 | 2024 under a band, in each header, or alone with the caption naming
# the measure, a Rata-rata after them or not), the Renstra's achievement (Kondisi Awal,
# Target Akhir Renstra 2026, Realisasi 2024, Capaian terhadap Target Akhir Renstra), and the Renstra's targets by year
# (2022 … 2026). Lower-is-better indikator by one formula per book. Planted: a capaian, a PK target against the
# pengukuran, the comparison's 2024 realisasi against the pengukuran, a capaian against the Renstra's end target.
import json, os, random
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter as L
from umum import book_args

seed, out, n = book_args()
os.makedirs(out, exist_ok=True)
B = Font(bold=True)
POOL = [('Cakupan imunisasi dasar lengkap', '%', 95, 92.6, True), ('Angka kematian bayi per 1.000 KH', 'per 1.000 KH', 10, 9, False), ('Persentase jalan kondisi mantap', '%', 72, 70.15, True),
        ('Indeks kepuasan masyarakat', 'Indeks', 80, 82.4, True), ('Tingkat pengangguran terbuka', '%', 5.2, 5.6, False), ('Persentase desa mandiri', '%', 20, 23.5, True),
        ('Prevalensi stunting', '%', 18, 16.4, False), ('Rata-rata lama sekolah', 'Tahun', 8.5, 8.61, True), ('Persentase penduduk miskin', '%', 9.8, 9.41, False),
        ('Jumlah wirausaha baru', 'Orang', 150, 171, True), ('Nilai SAKIP', 'Nilai', 70, 72.5, True)]


def cap(t, r, up, form):
    return r / t * 100 if up else ((2 - r / t) * 100 if form == '2-r/t' else t / r * 100)


def heads(ws, row, names, col=1):
    for j, h in enumerate(names): ws.cell(row=row, column=col + j, value=h).font = B


truth = {}
for b in range(n):
    form = random.choice(['2-r/t', 't/r'])
    inds = random.sample(POOL, random.randint(3, 6))
    yearly = {}  # indikator -> realisasi by year, target by year
    for nm, u, t, r, up in inds:
        step = (t * .03 if t > 1 else .01) * (1 if up else -1)
        yearly[nm] = {'real': {2022: round(r - 2 * step, 2), 2023: round(r - step, 2), 2024: r}, 'target': {y: round(t + (y - 2024) * step, 2) for y in range(2022, 2027)}}
    plant = random.sample(['cap', 'pktarget', 'tren', 'renstra'], 2)
    pk_year_in_header = random.random() < .5
    pg_year_in_header = random.random() < .4
    trend = random.choice(['band', 'kolom', 'tahun', 'tahun-rata'])
    gal = []; tabs = []
    wb = Workbook()
    # --- PK ---
    pk = wb.active; pk.title = 'PK'
    pk['A1'] = 'PERJANJIAN KINERJA TAHUN 2024'
    heads(pk, 3, ['No', 'Indikator Kinerja', 'Satuan', 'Target 2024' if pk_year_in_header else 'Target'])
    for i, (nm, u, t, r, up) in enumerate(inds):
        tt = t
        if 'pktarget' in plant and i == 0: tt = round(t * 1.1, 2); gal.append([f'PK!D{4 + i}', f'Pengukuran!D{4 + i}'])
        for j, v in enumerate([i + 1, nm, u, tt]): pk.cell(row=4 + i, column=1 + j, value=v)
    tabs.append({'sheet': 'PK', 'range': f'A3:D{3 + len(inds)}', 'kind': 'perjanjian-kinerja'})
    # --- pengukuran ---
    pg = wb.create_sheet('Pengukuran')
    pg['A1'] = 'Tabel 3.1 Pengukuran Kinerja Tahun 2024'
    heads(pg, 3, ['No', 'Indikator Kinerja', 'Satuan'] + (['Target 2024', 'Realisasi 2024', 'Capaian 2024 (%)'] if pg_year_in_header else ['Target', 'Realisasi', 'Capaian (%)']))
    for i, (nm, u, t, r, up) in enumerate(inds):
        c = round(cap(t, r, up, form), 2)
        if 'cap' in plant and i == len(inds) - 1: c = round(c + 5.15, 2); gal.append([f'Pengukuran!F{4 + i}'])
        for j, v in enumerate([i + 1, nm, u, t, r, c]): pg.cell(row=4 + i, column=1 + j, value=v)
    tabs.append({'sheet': 'Pengukuran', 'range': f'A3:F{3 + len(inds)}', 'kind': 'pengukuran-kinerja'})
    # --- realisasi over three years ---
    tr = wb.create_sheet('Perbandingan')
    tr['A1'] = 'Tabel 3.2 Perbandingan Realisasi Kinerja Tahun 2022 - 2024'
    c0 = 1  # the No column, or the indikator where the header is years alone (no No column then)
    if trend == 'band':
        heads(tr, 3, ['No', 'Indikator Kinerja', 'Realisasi']); tr.merge_cells('C3:E3'); tr.merge_cells('A3:A4'); tr.merge_cells('B3:B4')
        heads(tr, 4, [2022, 2023, 2024], col=3); top, first = 3, 5
    elif trend == 'kolom':
        heads(tr, 3, ['No', 'Indikator Kinerja', 'Realisasi 2022', 'Realisasi 2023', 'Realisasi 2024']); top, first = 3, 4
    else:  # years alone over the figures, the caption saying they are realisasi; a mean after them or not
        c0 = 2; heads(tr, 3, [2022, 2023, 2024] + (['Rata-rata'] if trend == 'tahun-rata' else []), col=3); top, first = 3, 4
    for i, (nm, u, t, r, up) in enumerate(inds):
        re = yearly[nm]['real']; r24 = re[2024]
        if 'tren' in plant and i == 1: r24 = round(r24 + (1.5 if r > 5 else .3), 2); gal.append([f'Perbandingan!E{first + i}', f'Pengukuran!E{4 + i}'])
        vals = ([i + 1] if c0 == 1 else []) + [nm, re[2022], re[2023], r24] + ([round((re[2022] + re[2023] + r24) / 3, 2)] if trend == 'tahun-rata' else [])
        for j, v in enumerate(vals): tr.cell(row=first + i, column=c0 + j, value=v)
    tabs.append({'sheet': 'Perbandingan', 'range': f'{L(c0)}{top}:{"F" if trend == "tahun-rata" else "E"}{first + len(inds) - 1}', 'kind': 'pengukuran-kinerja'})
    # --- Renstra achievement ---
    rs = wb.create_sheet('Renstra')
    rs['A1'] = 'Tabel 3.3 Capaian Kinerja terhadap Target Akhir Renstra 2021-2026'
    heads(rs, 3, ['No', 'Indikator Kinerja', 'Kondisi Awal (2021)', 'Target Akhir Renstra (2026)', 'Realisasi 2024', 'Capaian terhadap Target Akhir Renstra (%)'])
    for i, (nm, u, t, r, up) in enumerate(inds):
        end = yearly[nm]['target'][2026]
        c = round(cap(end, r, up, form), 2)
        if 'renstra' in plant and i == 0: c = round(c - 4.4, 2); gal.append([f'Renstra!F{4 + i}'])
        for j, v in enumerate([i + 1, nm, yearly[nm]['real'][2022], end, r, c]): rs.cell(row=4 + i, column=1 + j, value=v)
    tabs.append({'sheet': 'Renstra', 'range': f'A3:F{3 + len(inds)}', 'kind': 'pengukuran-kinerja'})
    # --- the Renstra's targets by year (a plan: no kind of its own to check) ---
    tp = wb.create_sheet('Target Renstra')
    tp['A1'] = 'Target Kinerja Renstra 2022 - 2026'
    heads(tp, 3, ['No', 'Indikator Kinerja', 'Satuan', 'Target']); tp.merge_cells('D3:H3'); tp.merge_cells('A3:A4'); tp.merge_cells('B3:B4'); tp.merge_cells('C3:C4')
    heads(tp, 4, list(range(2022, 2027)), col=4)
    for i, (nm, u, t, r, up) in enumerate(inds):
        for j, v in enumerate([i + 1, nm, u] + [yearly[nm]['target'][y] if y != 2024 else t for y in range(2022, 2027)]): tp.cell(row=5 + i, column=1 + j, value=v)
    f = os.path.join(out, f'k17_{seed}_{b:02d}.xlsx'); wb.save(f)
    truth[f] = {'galat': gal, 'tabel': tabs, 'meta': f'form={form} pk_year={pk_year_in_header} pg_year={pg_year_in_header} trend={trend} plant={plant}'}
json.dump(truth, open(os.path.join(out, 'truth.json'), 'w'), indent=1)
