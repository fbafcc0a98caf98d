# Family 12 (truth first): the office's own rating scale in any notation, and a pengukuran whose label column follows
# it. Scales of 3–6 bands with thresholds drawn at random, written closed ("76 - 90", "≤ 50"), half-open ("75 ≤ x < 90",
# "x < 65"), "85 - < 100", "s.d." / "sampai dengan" / "s/d", with % signs, "> 89", or a mix; their labels words or letter
# grades; headed "Capaian (%) | Kategori", "Rentang | Peringkat", "Nilai | Predikat", "Interval | Kriteria" …, with a No
# column or not, in descending or ascending order, as bounds in two columns ("Batas Bawah | Batas Atas", the ends open
# as "-"), or as one note under the table ("Keterangan: >= 91 = AA; …"); on a sheet of its own, under the pengukuran,
# or beside it past two blank columns. Capaian are kept off the bands' edges (a closed notation leaves 90–91 unlabelled).
# Planted: one or two labels of a neighbouring band. Truth: the wrong cells and the tables (sheet, range, kind).
import json, os, random, sys
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter as L
from umum import book_args

seed, out, n = book_args()
os.makedirs(out, exist_ok=True)
B = Font(bold=True)
LABELS = [['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'], ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'],
          ['Sangat Baik', 'Baik', 'Cukup', 'Kurang', 'Sangat Kurang'], ['Sangat Berhasil', 'Berhasil', 'Cukup Berhasil', 'Kurang Berhasil', 'Tidak Berhasil'],
          ['Sangat Memuaskan', 'Memuaskan', 'Cukup Memuaskan', 'Kurang Memuaskan', 'Tidak Memuaskan'], ['Istimewa', 'Sangat Baik', 'Baik', 'Cukup', 'Kurang']]
HEADS = [('Capaian (%)', 'Kategori'), ('Rentang', 'Peringkat'), ('Nilai', 'Predikat'), ('Interval', 'Kriteria'), ('Rentang Capaian', 'Kategori'), ('Interval Nilai Capaian', 'Predikat Kinerja'), ('Skala Nilai', 'Kategori Capaian')]
INDS = ['Persentase pelayanan tepat waktu', 'Indeks Kepuasan Masyarakat', 'Cakupan imunisasi dasar lengkap', 'Persentase jalan mantap', 'Angka Partisipasi Murni', 'Persentase temuan ditindaklanjuti', 'Persentase dokumen perencanaan tepat waktu', 'Cakupan akta kelahiran', 'Persentase desa mandiri', 'Persentase UMKM naik kelas', 'Tingkat kunjungan wisata', 'Persentase arsip tertata']
truth = {}
for b in range(n):
    labels = random.choice(LABELS)
    k = random.randint(3, min(6, len(labels)))
    labs = [labels[0]] + sorted(random.sample(labels[1:-1], k - 2), key=labels.index) + [labels[-1]]
    top = random.choice([100, 91, 90, 85, 110, 95])
    ts = [top]
    for _ in range(k - 2): ts.append(ts[-1] - random.choice([10, 15, 5, 20, 25]))
    # bands: labs[0] >= ts[0]; labs[i] in [ts[i], ts[i-1]); labs[-1] < ts[-1]
    style = random.choice(['closed', 'halfopen', 'dashlt', 'sd', 'pct', 'gt', 'mixed'])
    def fmt(i, st):
        pc = '%' if st == 'pct' else ''
        if i == 0:
            if st == 'gt': return f'> {ts[0] - 1}'  # integers: > 90 means >= 91 for integer figures ... (avoid values in (90,91))
            return random.choice([f'≥ {ts[0]}{pc}', f'>= {ts[0]}{pc}', f'x ≥ {ts[0]}']) if st != 'pct' else f'≥ {ts[0]}%'
        if i == k - 1:
            lo = ts[-1]
            if st in ('closed', 'pct', 'gt', 'sd'): return random.choice([f'≤ {lo - 1}{pc}', f'< {lo}{pc}'])
            if st == 'halfopen': return f'x < {lo}'
            return f'< {lo}{pc}'
        lo, hi = ts[i], ts[i - 1]
        if st in ('closed', 'gt'): return f'{lo} {random.choice(["-", "–"])} {hi - 1}'
        if st == 'pct': return f'{lo}% - {hi - 1}%'
        if st == 'halfopen': return f'{lo} ≤ x < {hi}'
        if st == 'dashlt': return f'{lo} - < {hi}'
        if st == 'sd': return random.choice([f'{lo} s.d. {hi - 1}', f'{lo} sampai dengan {hi - 1}', f'{lo} s/d {hi - 1}'])
    texts = [fmt(i, random.choice(['closed', 'halfopen', 'dashlt', 'sd']) if style == 'mixed' else style) for i in range(k)]
    def band(v):
        for i in range(k):
            lo = ts[i] if i < k - 1 else -1e9
            hi = ts[i - 1] if i > 0 else 1e9
            if lo <= v < hi: return labs[i]
    def safe(v):  # away from every boundary: integer-closed notations leave (t-1, t) unlabelled
        return all(abs(v - t) >= 1.2 and not (t - 1 <= v <= t) for t in ts)
    wb = Workbook(); ws = wb.active; ws.title = random.choice(['Pengukuran', 'Capaian Kinerja', 'Lampiran'])
    sh, lh = random.choice(HEADS)
    lab_head = random.choice([lh, 'Kategori', 'Predikat', 'Keterangan'])
    hdr = ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', lab_head]
    r0 = 1
    if random.random() < .6: ws['A1'] = 'Tabel 3.1 Pengukuran Kinerja Tahun 2024'; r0 = 3
    for j, h in enumerate(hdr): ws.cell(row=r0, column=1 + j, value=h).font = B
    inds = random.sample(INDS, random.randint(6, 10))
    rows = []
    for i, name in enumerate(inds):
        while True:
            T = random.choice([100, 90, 85, 80, 75, 95, 60, 50])
            R = round(T * random.uniform(.4, 1.3), 2)
            cap = round(R / T * 100, 2)
            if safe(cap): break
        r = r0 + 1 + i
        ws.cell(row=r, column=1, value=i + 1); ws.cell(row=r, column=2, value=name)
        ws.cell(row=r, column=3, value=T); ws.cell(row=r, column=4, value=R); ws.cell(row=r, column=5, value=cap)
        ws.cell(row=r, column=6, value=band(cap))
        rows.append((r, cap))
    last = r0 + len(inds)
    gal = []
    for (r, cap) in random.sample(rows, random.randint(1, 2)):
        i = labs.index(band(cap)); j = i + 1 if i + 1 < k and (i == 0 or random.random() < .5) else i - 1
        ws.cell(row=r, column=6, value=labs[j]); gal.append([f'{ws.title}!F{r}'])
    place = random.choice(['sheet', 'below', 'right'])
    withno = random.random() < .4
    if place == 'sheet':
        sk = wb.create_sheet(random.choice(['Skala', 'Skala Penilaian', 'Kriteria'])); sr, sc = 3, 1
        sk['A1'] = random.choice(['Skala Nilai Peringkat Kinerja', 'Kriteria Penilaian Capaian Kinerja', 'Tabel 2.1 Skala Pengukuran'])
    elif place == 'below':
        sk = ws; sr, sc = last + 4, 1
        sk.cell(row=sr - 1, column=1, value='Skala penilaian capaian kinerja:')
    else:
        sk = ws; sr, sc = r0, 9
    form = random.choice(['table', 'table', 'asc', 'bounds', 'note']) if place != 'right' else random.choice(['table', 'asc'])
    order = list(range(k))[::-1] if form == 'asc' else list(range(k))
    if form == 'note':
        sk = ws; sr = last + 2
        sk.cell(row=sr, column=1, value='Keterangan: ' + '; '.join(f'{texts[i]} = {labs[i]}' for i in range(k)))
        scale_truth = None
    elif form == 'bounds':
        heads = (['No'] if withno else []) + ['Batas Bawah', 'Batas Atas', lh]
        for j, h in enumerate(heads): sk.cell(row=sr, column=sc + j, value=h).font = B
        for n_, i in enumerate(order):
            lo = ts[i] if i < k - 1 else 0
            hi = ts[i - 1] - 0.01 if i > 0 else None
            vals = ([n_ + 1] if withno else []) + [lo, hi if hi is not None else '-', labs[i]]
            for j, v in enumerate(vals): sk.cell(row=sr + 1 + n_, column=sc + j, value=v)
        scale_truth = {'sheet': sk.title, 'range': f'{L(sc)}{sr}:{L(sc + len(heads) - 1)}{sr + k}', 'kind': 'skala-penilaian'}
    else:
        heads = (['No'] if withno else []) + [sh, lh]
        for j, h in enumerate(heads): sk.cell(row=sr, column=sc + j, value=h).font = B
        for n_, i in enumerate(order):
            vals = ([n_ + 1] if withno else []) + [texts[i], labs[i]]
            for j, v in enumerate(vals): sk.cell(row=sr + 1 + n_, column=sc + j, value=v)
        scale_truth = {'sheet': sk.title, 'range': f'{L(sc)}{sr}:{L(sc + len(heads) - 1)}{sr + k}', 'kind': 'skala-penilaian'}
    f = os.path.join(out, f'k12_{seed}_{b}.xlsx'); wb.save(f)
    truth[f] = {'galat': gal, 'tabel': [{'sheet': ws.title, 'range': f'A{r0}:F{last}', 'kind': 'pengukuran-kinerja'}] + ([scale_truth] if scale_truth else []),
                'meta': f'{style} {form} k={k} {place} no={withno} {texts} {labs} head={sh}/{lh} lab={lab_head}'}
json.dump(truth, open(os.path.join(out, 'truth.json'), 'w'), indent=1)
