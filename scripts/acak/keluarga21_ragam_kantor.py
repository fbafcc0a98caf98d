# Family 21 (truth first): what one office's workbook holds beside the usual tables, in the words its staff use.
# A pengukuran whose headers are abbreviated or are the capaian's formula ("Trg", "C = R/T x 100%", "% (5/4)" under a
# numbering row, "(R/T) x 100%"), lower-is-better indikator named by what was not done ("sampah yang tidak terangkut",
# "kendaraan tidak laik jalan") by one formula per book (2 − R/T or T/R), a Kategori by the office's scale; the scale on
# a sheet where the office's SAKIP score by year ("Tahun | Nilai | Predikat") may stand above it; an efisiensi per
# sasaran whose anggaran, realisasi and serapan are written once and merged down over the sasaran's indikator rows (or
# written on every row); a budget split by source of funds (DAU | DAK | PAD | Jumlah) or with its Pagu Murni and Pagu
# Perubahan both shown (the serapan of the Perubahan). Planted: a capaian, a Kategori, an efisiensi under a merge, a
# Jumlah of the sources or a serapan.
import json, os, random
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter as L
from umum import SCALES, band, book_args

seed, out, n = book_args()
os.makedirs(out, exist_ok=True)
B = Font(bold=True)
UP = [('Cakupan layanan air minum', '%', 80, 83.5), ('Persentase jalan kondisi mantap', '%', 72, 70.15), ('Indeks kepuasan masyarakat', 'Indeks', 80, 82.4),
      ('Jumlah wirausaha baru', 'Orang', 150, 171), ('Persentase desa tangguh bencana', '%', 30, 33), ('Persentase sekolah terakreditasi', '%', 60, 57.5),
      ('Cakupan persalinan di fasilitas kesehatan', '%', 95, 97.2)]
DOWN = [('Persentase sampah yang tidak terangkut', '%', 12, 10.5), ('Persentase kendaraan tidak laik jalan', '%', 8, 9.2), ('Angka kematian bayi', 'per 1.000 KH', 10, 9),
        ('Persentase pengaduan yang tidak tertangani', '%', 5, 4.4), ('Jumlah bangunan gedung yang belum laik fungsi', 'Unit', 40, 34), ('Tingkat pengangguran terbuka', '%', 5.2, 5.6)]
SASARAN = ['Meningkatnya kualitas lingkungan hidup', 'Meningkatnya keselamatan transportasi', 'Meningkatnya kualitas pelayanan publik']
PROGRAMS = ['Program Pengelolaan Persampahan', 'Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan', 'Program Penunjang Urusan Pemerintahan Daerah',
            'Program Pengendalian Pencemaran Lingkungan Hidup', 'Program Penataan Bangunan Gedung']
KEGIATAN = ['Penyediaan Sarana Pengangkutan Sampah', 'Pengujian Berkala Kendaraan Bermotor', 'Administrasi Keuangan Perangkat Daerah', 'Pemantauan Kualitas Air',
            'Penyelenggaraan Bangunan Gedung', 'Administrasi Umum Perangkat Daerah', 'Pengelolaan Sampah', 'Penyediaan Perlengkapan Jalan']


def capaian(t, r, up, form):
    return r / t * 100 if up else ((2 - r / t) * 100 if form == '2-r/t' else t / r * 100)


truth = {}
for b in range(n):
    wb = Workbook(); del wb['Sheet']
    gal = []; tables = []
    form = random.choice(['2-r/t', 't/r'])
    scale = random.choice(SCALES)
    # --- pengukuran: the headers as the office writes them
    heads = random.choice([('Target', 'Realisasi', 'C = R/T x 100%'), ('Trg', 'Real', '%'), ('Target (T)', 'Realisasi (R)', '(R/T) x 100%'),
                           ('Trg.', 'Rea.', '% (5/4)'), ('Target', 'Realisasi', '(%) (6) = (5)/(4)')])
    numbering = '(' in heads[2] and any(ch.isdigit() for ch in heads[2]) or random.random() < .3
    ws = wb.create_sheet('Pengukuran'); ws['A1'] = 'Tabel 3.1 Pengukuran Kinerja Tahun 2024'
    hdr = ['No', 'Indikator Kinerja', 'Satuan', heads[0], heads[1], heads[2], scale[1]]
    for j, h in enumerate(hdr): ws.cell(row=3, column=1 + j, value=h).font = B
    r = 4
    if numbering:
        for j in range(len(hdr)): ws.cell(row=r, column=1 + j, value=f'({j + 1})')
        r += 1
    inds = [(x, True) for x in random.sample(UP, random.randint(2, 4))] + [(x, False) for x in random.sample(DOWN, random.randint(2, 3))]
    random.shuffle(inds)
    top = r; rows = []
    for k, ((nm, u, t, rv), up) in enumerate(inds):
        c = round(capaian(t, rv, up, form), 2)
        ws.append([k + 1, nm, u, t, rv, c, band(scale, c)]); rows.append((r, c)); r += 1
    last = r - 1
    # planted: one capaian (its Kategori kept right for the wrong figure's band: the capaian alone is wrong) and one Kategori
    pr, pc = random.choice(rows)
    wrong = round(pc + random.choice([-1, 1]) * random.choice([3.3, 5.45, 8.1]), 2)
    ws.cell(row=pr, column=6, value=wrong); ws.cell(row=pr, column=7, value=band(scale, pc)); gal.append([f'Pengukuran!F{pr}'])
    others = [(x, c) for x, c in rows if x != pr]
    kr, kc = random.choice(others)
    labels = [lab for _, lab, _, _ in scale[2]]
    ws.cell(row=kr, column=7, value=random.choice([lab for lab in labels if lab != band(scale, kc)])); gal.append([f'Pengukuran!G{kr}'])
    if random.random() < .5: ws.cell(row=last + 2, column=1, value=f'Catatan: capaian indikator yang makin kecil makin baik dihitung dengan rumus {"(2 - R/T) x 100%" if form == "2-r/t" else "T/R x 100%"}.')
    tables.append({'sheet': 'Pengukuran', 'range': f'A3:G{last}', 'kind': 'pengukuran-kinerja'})
    # --- the scale, with the office's SAKIP score by year above it (or not)
    sk = wb.create_sheet('Skala'); sr = 1
    if random.random() < .6:
        sk.cell(row=sr, column=1, value='Tabel 1.3 Hasil Evaluasi AKIP'); sr += 2
        for j, h in enumerate(['Tahun', 'Nilai', 'Predikat']): sk.cell(row=sr, column=1 + j, value=h).font = B
        hist_top = sr
        grades = random.choice([['B', 'B', 'BB'], ['CC', 'B', 'B'], ['B', 'BB', 'BB'], ['BB', 'BB', 'A']])
        for y, g in zip([2021, 2022, 2023], grades):
            sr += 1; sk.cell(row=sr, column=1, value=y); sk.cell(row=sr, column=2, value=round(random.uniform(60, 80), 2)); sk.cell(row=sr, column=3, value=g)
        tables.append({'sheet': 'Skala', 'range': f'A{hist_top}:C{sr}', 'kind': 'lainnya'})
        sr += 3
    sk.cell(row=sr, column=1, value='Tabel 3.0 Skala Nilai Peringkat Kinerja'); sr += 2
    sk.cell(row=sr, column=1, value=scale[0]).font = B; sk.cell(row=sr, column=2, value=scale[1]).font = B
    scale_top = sr
    for txt, lab, _, _ in scale[2]: sr += 1; sk.cell(row=sr, column=1, value=txt); sk.cell(row=sr, column=2, value=lab)
    tables.append({'sheet': 'Skala', 'range': f'A{scale_top}:B{sr}', 'kind': 'skala-penilaian'})
    # --- efisiensi per sasaran: the budget written once over its indikator (merged) or on every row
    ef = wb.create_sheet('Efisiensi'); merged = random.random() < .7
    for j, h in enumerate(['No', 'Sasaran', 'Indikator', 'Capaian Kinerja (%)', 'Anggaran (Rp)', 'Realisasi Anggaran (Rp)', 'Serapan Anggaran (%)', 'Efisiensi (%)']):
        ef.cell(row=1, column=1 + j, value=h).font = B
    r = 2; planted_ef = None
    groups = [inds[:len(inds) // 2], inds[len(inds) // 2:]]
    cap_of = {nm: round(capaian(t, rv, up, form), 2) for (nm, u, t, rv), up in inds}
    for g, grp in enumerate(groups):
        ag = random.randrange(800, 6000) * 1000000; ra = round(ag * random.uniform(.85, .99)); ser = round(ra / ag * 100, 2)
        gtop = r
        for k, ((nm, u, t, rv), up) in enumerate(grp):
            first = k == 0
            row = [g + 1 if first else None, SASARAN[g] if first else None, nm, cap_of[nm], ag if first or not merged else None,
                   ra if first or not merged else None, ser if first or not merged else None, round(cap_of[nm] - ser, 2)]
            for j, v in enumerate(row): ef.cell(row=r, column=1 + j, value=v)
            if not first and planted_ef is None and (g == 1 or random.random() < .5): planted_ef = r
            r += 1
        if merged and r - 1 > gtop:
            for col in 'ABEFG': ef.merge_cells(f'{col}{gtop}:{col}{r - 1}')
    if planted_ef is None: planted_ef = 3
    cell = ef.cell(row=planted_ef, column=8); cell.value = round(cell.value + random.choice([-1, 1]) * random.choice([4.2, 7.5, 11.3]), 2)
    gal.append([f'Efisiensi!H{planted_ef}'])
    tables.append({'sheet': 'Efisiensi', 'range': f'A1:H{r - 1}', 'kind': 'efisiensi'})
    # --- the budget: by source of funds, or Pagu Murni beside Pagu Perubahan
    an = wb.create_sheet('Anggaran'); an['A1'] = 'Tabel 3.9 Realisasi Anggaran Tahun 2024'
    progs = random.sample(PROGRAMS, 2); kegs = random.sample(KEGIATAN, 4)
    if random.random() < .5:
        mode = 'sumber'
        an.append([]); an.append(['No', 'Program / Kegiatan', 'Pagu Anggaran (Rp)', None, None, None, 'Realisasi (Rp)', 'Serapan (%)'])
        an.append([None, None, 'DAU', 'DAK', 'PAD', 'Jumlah', None, None])
        for m in ['A3:A4', 'B3:B4', 'C3:F3', 'G3:G4', 'H3:H4']: an.merge_cells(m)
        for c in an[3] + an[4]: c.font = B
        hdr_top = 3
    else:
        mode = 'murni'
        an.append([]); an.append(['No', 'Uraian', 'Pagu Murni (Rp)', 'Pagu Perubahan (Rp)', 'Realisasi (Rp)', '% Realisasi'])
        for c in an[3]: c.font = B
        hdr_top = 3
    lines = {}
    for p in range(2):
        for k in range(2):
            parts = [random.randrange(50, 900) * 1000000, random.choice([0, random.randrange(50, 600) * 1000000]), random.randrange(5, 90) * 1000000]
            murni = random.randrange(100, 2000) * 1000000; perubahan = murni + random.choice([-1, 1]) * random.randrange(5, 80) * 1000000
            pagu = sum(parts) if mode == 'sumber' else perubahan
            lines[(p, k)] = (parts, murni, perubahan, pagu, round(pagu * random.uniform(.82, .99)))
    body = []
    for p in range(2):
        kids = [lines[(p, k)] for k in range(2)]
        agg = ([sum(x[0][i] for x in kids) for i in range(3)], sum(x[1] for x in kids), sum(x[2] for x in kids), sum(x[3] for x in kids), sum(x[4] for x in kids))
        body.append((str(p + 1), progs[p], agg, True))
        for k in range(2): body.append((f'{p + 1}.{k + 1}', kegs[2 * p + k], lines[(p, k)], False))
    tot = ([sum(x[2][0][i] for x in body if x[3]) for i in range(3)], sum(x[2][1] for x in body if x[3]), sum(x[2][2] for x in body if x[3]),
           sum(x[2][3] for x in body if x[3]), sum(x[2][4] for x in body if x[3]))
    body.append((None, 'JUMLAH', tot, True))
    for no, nm, (parts, murni, perubahan, pagu, real), bold in body:
        row = [no, nm, *parts, pagu, real, round(real / pagu * 100, 2)] if mode == 'sumber' else [no, nm, murni, perubahan, real, round(real / perubahan * 100, 2)]
        an.append(row)
        if bold:
            for c in an[an.max_row]: c.font = B
    bottom = an.max_row
    leaf_rows = [hdr_top + (2 if mode == 'sumber' else 1) + i for i, x in enumerate(body) if not x[3]]
    pr = random.choice(leaf_rows)
    if mode == 'sumber':
        cell = an.cell(row=pr, column=6); cell.value += random.choice([-1, 1]) * random.choice([1000000, 12500000, 40000000]); gal.append([f'Anggaran!F{pr}'])
    else:
        cell = an.cell(row=pr, column=6); cell.value = round(an.cell(row=pr, column=5).value / an.cell(row=pr, column=3).value * 100, 2)
        if abs(cell.value - round(an.cell(row=pr, column=5).value / an.cell(row=pr, column=4).value * 100, 2)) < .5: cell.value = round(cell.value + 3.7, 2)
        gal.append([f'Anggaran!F{pr}'])
    tables.append({'sheet': 'Anggaran', 'range': f'A{hdr_top}:{L(8 if mode == "sumber" else 6)}{bottom}', 'kind': 'realisasi-anggaran'})
    f = os.path.join(out, f'k21_{seed}_{b:02d}.xlsx'); wb.save(f)
    truth[f] = {'galat': gal, 'tabel': tables, 'meta': f'form={form} heads={heads} numbering={numbering} scale={scale[1]} merged={merged} budget={mode}'}
json.dump(truth, open(os.path.join(out, 'truth.json'), 'w'), indent=1)
