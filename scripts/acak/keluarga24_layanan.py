# Family 24 (truth first): the service and coverage tables offices outside the seeds' kind add to their reports, and the
# output tables of a Renja. A Standar Pelayanan Minimal table (Jenis Layanan Dasar | Sasaran (orang) | Target (%) |
# Terlayani (orang) | Capaian (%), its rows numbered 1, 2 … or a, b …, a mean row of the SPM or not); a coverage by
# puskesmas or kecamatan (Sasaran Bayi | Diimunisasi | Cakupan (%) | Target (%), a Jumlah row); a Renja output table
# (Program › Kegiatan › Sub Kegiatan, each sub kegiatan with one to three indikator on rows of their own, its name and
# money on the first); a comparison with the national standard (Realisasi | Standar Nasional | Capaian thd Standar,
# the office's own target beside it or not, lower-is-better indikator by (2 − R/S)); a procurement's savings (Pagu | HPS
# | Nilai Kontrak | Efisiensi (Rp) | Efisiensi (%) of the HPS, a JUMLAH); the population by sex (Laki-laki | Perempuan |
# Jumlah | Rasio Jenis Kelamin per 100, a JUMLAH); IKU coded in the No column with a note naming the lower-is-better
# ones by code ("IKU 3 dan IKU 5 merupakan indikator negatif"), their capaian as target ÷ realisasi. Planted: a
# capaian, a coverage, a count of the Jumlah row, a kegiatan's realisasi, an indikator's capaian under a sub kegiatan,
# a capaian against the standard, a saving in rupiah or in percent, a row's Jumlah of the sexes or its ratio.
import json, os, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from openpyxl.utils import get_column_letter as L
from umum import book_args

seed, out, n = book_args()
os.makedirs(out, exist_ok=True)
B = Font(bold=True)

SPM = ['Pelayanan kesehatan ibu hamil', 'Pelayanan kesehatan ibu bersalin', 'Pelayanan kesehatan bayi baru lahir', 'Pelayanan kesehatan balita',
       'Pelayanan kesehatan pada usia pendidikan dasar', 'Pelayanan kesehatan pada usia produktif', 'Pelayanan kesehatan pada usia lanjut',
       'Pelayanan kesehatan penderita hipertensi', 'Pelayanan kesehatan penderita diabetes melitus', 'Pelayanan kesehatan orang dengan gangguan jiwa berat',
       'Pelayanan kesehatan orang terduga tuberkulosis', 'Pelayanan kesehatan orang dengan risiko terinfeksi HIV']
PLACES = ['Kota Barat', 'Kota Timur', 'Sipatana', 'Dungingi', 'Kota Selatan', 'Hulonthalangi', 'Kota Utara', 'Dumbo Raya', 'Kota Tengah']
DESA = ['Tanjungsari', 'Sindangjaya', 'Mekarwangi', 'Cikadu', 'Sukarame', 'Babakan', 'Pasirbuluh', 'Sukamaju', 'Karangsari']
PAKET = ['Pembangunan Gedung Puskesmas', 'Rehabilitasi Jalan Lingkar', 'Pengadaan Alat Kesehatan RSUD', 'Pembangunan Drainase Perkotaan',
         'Pengadaan Kendaraan Operasional', 'Konsultansi Pengawasan Gedung', 'Pembangunan Jembatan Desa', 'Pengadaan Komputer Sekolah']
STANDAR = [('Cakupan persalinan di fasilitas kesehatan', '%', 95, 93.4, False), ('Angka kematian bayi', 'per 1.000 KH', 16, 11.2, True),
           ('Cakupan imunisasi dasar lengkap', '%', 90, 88.7, False), ('Prevalensi stunting', '%', 14, 17.3, True),
           ('Angka partisipasi murni SD', '%', 97, 96.4, False), ('Tingkat pengangguran terbuka', '%', 5.3, 4.9, True),
           ('Persentase rumah tangga dengan akses air minum layak', '%', 100, 91.2, False)]
IKU = [('Nilai SAKIP Perangkat Daerah', 'nilai', 75, 77.2, False), ('Persentase laporan kinerja yang disampaikan melewati batas waktu', '%', 10, 8, True),
       ('Indeks Kepuasan Layanan Internal', 'indeks', 3.2, 3.05, False), ('Rata-rata hari proses penataan kelembagaan', 'hari', 30, 24, True),
       ('Persentase perangkat daerah dengan predikat RB minimal B', '%', 60, 66.7, False), ('Jumlah inovasi pelayanan publik', 'inovasi', 12, 14, False)]
RENJA = [('Program Pelayanan Penanaman Modal', [('Penyediaan Pelayanan Terpadu Perizinan dan Non Perizinan',
          [('Pelayanan Perizinan dan Non Perizinan secara Terpadu Satu Pintu', [('Jumlah izin yang diterbitkan', 'izin', 2400), ('Persentase izin terbit tepat waktu', '%', 95)]),
           ('Pemantauan Pemenuhan Persyaratan Perizinan', [('Jumlah laporan pemantauan', 'laporan', 12)])]),
         ('Pembinaan dan Pengawasan Penanaman Modal', [('Pengawasan Pelaksanaan Penanaman Modal', [('Jumlah perusahaan yang diawasi', 'perusahaan', 60),
           ('Persentase LKPM yang disampaikan tepat waktu', '%', 80), ('Jumlah temuan yang ditindaklanjuti', 'temuan', 20)])])]),
         ('Program Promosi Penanaman Modal', [('Penyelenggaraan Promosi Penanaman Modal', [('Pelaksanaan Kegiatan Promosi Penanaman Modal',
          [('Jumlah kegiatan promosi', 'kegiatan', 4), ('Jumlah calon investor yang difasilitasi', 'investor', 30)])])])]


def pct(a, b, nd=2):
    return round(a / b * 100 + 1e-9, nd)


def off(v):
    """A figure typed wrong: one to six units of its last place either way, never the right one."""
    return round(v + random.choice([-1, 1]) * random.choice([1.2, 2.5, 3.1, 4.4, 5.7]), 2)


def head(ws, r, cols):
    for j, h in enumerate(cols):
        c = ws.cell(row=r, column=1 + j, value=h)
        c.font = B
        c.alignment = Alignment(wrap_text=True)


def percent():
    """How a table stores its percentages: a number, text with a comma, or a fraction under a % format."""
    return random.choice(['num', 'num', 'text', 'frac'])


def put_pct(ws, r, c, v, how):
    if how == 'text':
        ws.cell(row=r, column=c, value=f"{v:.2f}".replace('.', ',') + ' %')
    elif how == 'frac':
        ws.cell(row=r, column=c, value=round(v / 100, 6)).number_format = '0.00%'
    else:
        ws.cell(row=r, column=c, value=v).number_format = '0.00'


def ref(ws, r, c):
    return f"{ws.title}!{L(c)}{r}"


def spm(wb, gal, tables):
    ws = wb.create_sheet('SPM')
    ws['A1'] = 'Capaian Standar Pelayanan Minimal Bidang Kesehatan Tahun 2024'
    lettered = random.random() < 0.5
    cap_head = random.choice(['Capaian (%)', 'Capaian SPM (%)', '% Capaian'])
    sasaran = random.choice(['Sasaran (orang)', 'Jumlah Sasaran', 'Sasaran'])
    terlayani = random.choice(['Realisasi (orang)', 'Terlayani (orang)', 'Jumlah Terlayani'])
    head(ws, 3, ['No', 'Jenis Layanan Dasar', sasaran, 'Target (%)', terlayani, cap_head])
    rows = random.sample(SPM, random.randint(6, 10))
    how = percent()
    mean = random.random() < 0.4
    r0 = 5 if mean else 4
    caps = []
    bad = random.randrange(len(rows))
    for i, name in enumerate(rows):
        s = random.randint(500, 40000)
        x = int(s * random.uniform(0.6, 0.995))
        c = pct(x, s)
        caps.append(c)
        shown = off(c) if i == bad else c
        r = r0 + i
        ws.cell(row=r, column=1, value='abcdefghijkl'[i] if lettered else i + 1)
        ws.cell(row=r, column=2, value=name)
        ws.cell(row=r, column=3, value=s).number_format = '#,##0'
        ws.cell(row=r, column=4, value=100)
        ws.cell(row=r, column=5, value=x).number_format = '#,##0'
        put_pct(ws, r, 6, shown, how)
        if i == bad: gal.append([ref(ws, r, 6)])
    if mean:
        ws.cell(row=4, column=2, value='Capaian SPM Bidang Kesehatan (rata-rata)').font = B
        ws.cell(row=4, column=4, value=100)
        put_pct(ws, 4, 6, round(sum(caps) / len(caps), 2), how)
    return 'spm'


def coverage(wb, gal, tables):
    ws = wb.create_sheet('Cakupan')
    what = random.choice([('Sasaran Bayi', 'Bayi Diimunisasi Lengkap', 'Cakupan IDL (%)'), ('Sasaran Ibu Hamil', 'Ibu Hamil K6', 'Cakupan K6 (%)'),
                          ('Jumlah Balita', 'Balita Ditimbang', 'Cakupan D/S (%)')])
    ws['A1'] = f'{what[2][:-4]} per Puskesmas Tahun 2024'
    head(ws, 3, ['No', random.choice(['Puskesmas', 'Kecamatan', 'Wilayah Kerja']), what[0], what[1], what[2], 'Target (%)'])
    places = random.sample(PLACES, random.randint(5, 8))
    target = random.choice([90, 95, 100])
    how = percent()
    S = X = 0
    plant = random.choice(['row', 'jumlah'])
    bad = random.randrange(len(places))
    for i, p in enumerate(places):
        s = random.randint(300, 1500)
        x = int(s * random.uniform(0.8, 0.99))
        S += s; X += x
        c = pct(x, s)
        r = 4 + i
        for j, v in enumerate([i + 1, p, s, x]): ws.cell(row=r, column=1 + j, value=v)
        put_pct(ws, r, 5, off(c) if plant == 'row' and i == bad else c, how)
        ws.cell(row=r, column=6, value=target)
        if plant == 'row' and i == bad: gal.append([ref(ws, r, 5)])
    r = 4 + len(places)
    extra = random.choice([30, 50, 100]) if plant == 'jumlah' else 0
    for j, v in enumerate([None, 'Jumlah', S, X + extra]):
        if v is not None: ws.cell(row=r, column=1 + j, value=v).font = B
    put_pct(ws, r, 5, pct(X + extra, S), how)
    ws.cell(row=r, column=6, value=target)
    if plant == 'jumlah': gal.append([ref(ws, r, 4)])
    return 'cakupan'


def renja(wb, gal, tables):
    ws = wb.create_sheet('Kinerja Anggaran')
    head(ws, 1, ['Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian Kinerja (%)', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'])
    words = random.random() < 0.6
    plant = random.choice(['kegiatan', 'capaian'])
    r = 2
    # the figures first, then the rows written top down (parents' money are their sub kegiatan's sums)
    progs = []
    for pn, kegs in RENJA:
        pk = []
        for kn, subs in kegs:
            ks = []
            for sn, inds in subs:
                p = random.randint(40, 400) * 1_000_000
                x = int(p * random.uniform(0.82, 0.99)) // 1000 * 1000
                ks.append((sn, inds, p, x))
            pk.append((kn, ks))
        progs.append((pn, pk))
    bad_keg = random.randrange(sum(len(k) for _, k in progs))
    ind_rows = []
    k_i = 0
    for pn, pk in progs:
        pp = sum(s[2] for _, ks in pk for s in ks); px = sum(s[3] for _, ks in pk for s in ks)
        c = ws.cell(row=r, column=1, value=pn if words else pn.replace('Program ', '').upper()); c.font = B
        ws.cell(row=r, column=7, value=pp).number_format = '#,##0'; ws.cell(row=r, column=8, value=px).number_format = '#,##0'
        ws.cell(row=r, column=9, value=pct(px, pp))
        r += 1
        for kn, ks in pk:
            kp = sum(s[2] for s in ks); kx = sum(s[3] for s in ks)
            wrong = plant == 'kegiatan' and k_i == bad_keg
            kxs = kx - random.choice([5, 10, 25]) * 1_000_000 if wrong else kx
            c = ws.cell(row=r, column=1, value=('Kegiatan ' if words else '') + kn); c.font = B; c.alignment = Alignment(indent=1)
            ws.cell(row=r, column=7, value=kp).number_format = '#,##0'; ws.cell(row=r, column=8, value=kxs).number_format = '#,##0'
            ws.cell(row=r, column=9, value=pct(kxs, kp))
            if wrong: gal.append([ref(ws, r, 8)])
            r += 1
            k_i += 1
            for sn, inds, sp, sx in ks:
                for j, (ind, unit, t) in enumerate(inds):
                    x = round(t * random.uniform(0.85, 1.12), 1 if unit == '%' else 0)
                    if j == 0:
                        c = ws.cell(row=r, column=1, value=('Sub Kegiatan ' if words else '- ') + sn); c.alignment = Alignment(indent=2)
                        ws.cell(row=r, column=7, value=sp).number_format = '#,##0'; ws.cell(row=r, column=8, value=sx).number_format = '#,##0'
                        ws.cell(row=r, column=9, value=pct(sx, sp))
                    for col, v in [(2, ind), (3, unit), (4, t), (5, x), (6, pct(x, t))]: ws.cell(row=r, column=col, value=v)
                    ind_rows.append(r)
                    r += 1
    if plant == 'capaian':
        rr = random.choice(ind_rows)
        ws.cell(row=rr, column=6, value=off(ws.cell(row=rr, column=6).value))
        gal.append([ref(ws, rr, 6)])
    tables.append({'sheet': ws.title, 'range': f'A1:I{r - 1}', 'kind': 'pengukuran-kinerja'})
    return f'renja words={words}'


def standar(wb, gal, tables):
    ws = wb.create_sheet('Standar Nasional')
    ws['A1'] = 'Perbandingan Realisasi Kinerja dengan Standar Nasional Tahun 2024'
    own = random.random() < 0.5
    against = random.choice(['Capaian terhadap Standar Nasional (%)', 'Capaian thd Standar Nasional (%)', '% thd Standar Nasional'])
    cols = ['No', 'Indikator', 'Satuan'] + (['Target 2024', 'Realisasi 2024', 'Capaian (%)'] if own else ['Realisasi 2024']) + ['Standar Nasional', against]
    head(ws, 3, cols)
    items = random.sample(STANDAR, random.randint(4, 6))
    pos = [i for i, it in enumerate(items) if not it[4]]
    bad = random.choice(pos) if pos else None
    for i, (name, unit, s, x, neg) in enumerate(items):
        c = round((2 - x / s) * 100, 2) if neg else pct(x, s)
        vals = [i + 1, name, unit]
        if own:
            t = round(x * random.uniform(0.95, 1.04), 1)
            vals += [t, x, round((2 - x / t) * 100, 2) if neg else pct(x, t)]
        else:
            vals += [x]
        vals += [s, off(c) if i == bad else c]
        for j, v in enumerate(vals): ws.cell(row=4 + i, column=1 + j, value=v)
        if i == bad: gal.append([ref(ws, 4 + i, len(vals))])
    tables.append({'sheet': ws.title, 'range': f'A3:{L(len(cols))}{3 + len(items)}', 'kind': 'pengukuran-kinerja'})
    return f'standar own={own}'


def pengadaan(wb, gal, tables):
    ws = wb.create_sheet('Pengadaan')
    ws['A1'] = 'Efisiensi Pengadaan Barang/Jasa Tahun 2024'
    head(ws, 3, ['No', 'Nama Paket', 'Pagu (Rp)', 'HPS (Rp)', 'Nilai Kontrak (Rp)', random.choice(['Efisiensi (Rp)', 'Penghematan (Rp)']), 'Efisiensi (%)'])
    pk = random.sample(PAKET, random.randint(5, 7))
    plant = random.choice(['rp', 'pct'])
    bad = random.randrange(len(pk))
    P = H = K = E = 0
    for i, name in enumerate(pk):
        p = random.randint(3, 450) * 10_000_000
        h = int(p * random.uniform(0.97, 1.0)) // 100_000 * 100_000
        k = int(h * random.uniform(0.85, 0.99)) // 50_000 * 50_000
        e = h - k + (random.choice([5, 10]) * 1_000_000 if plant == 'rp' and i == bad else 0)
        ep = pct(e, h)
        if plant == 'pct' and i == bad: ep = off(ep)
        P += p; H += h; K += k; E += e
        for j, v in enumerate([i + 1, name, p, h, k, e]):
            c = ws.cell(row=4 + i, column=1 + j, value=v)
            if j >= 2: c.number_format = '#,##0'
        ws.cell(row=4 + i, column=7, value=ep)
        if i == bad: gal.append([ref(ws, 4 + i, 6 if plant == 'rp' else 7)])
    r = 4 + len(pk)
    for j, v in enumerate([None, 'JUMLAH', P, H, K, E, pct(E, H)]):
        if v is not None: ws.cell(row=r, column=1 + j, value=v).font = B
    return 'pengadaan'


def penduduk(wb, gal, tables):
    ws = wb.create_sheet('Kependudukan')
    ws['A1'] = 'Jumlah Penduduk Menurut Jenis Kelamin per Desa Tahun 2024'
    head(ws, 3, ['No', 'Desa/Kelurahan', 'Laki-laki', 'Perempuan', 'Jumlah', random.choice(['Rasio Jenis Kelamin', 'Sex Ratio', 'Rasio Jenis Kelamin (L/P)'])])
    ds = random.sample(DESA, random.randint(5, 8))
    plant = random.choice(['jumlah', 'rasio'])
    bad = random.randrange(len(ds))
    Lk = Pr = 0
    for i, d in enumerate(ds):
        l = random.randint(1200, 3500); p = int(l * random.uniform(0.93, 1.07))
        Lk += l; Pr += p
        j = l + p + (100 if plant == 'jumlah' and i == bad else 0)
        rs = round(l / p * 100, 2)
        if plant == 'rasio' and i == bad: rs = off(rs)
        for k, v in enumerate([i + 1, d, l, p, j, rs]): ws.cell(row=4 + i, column=1 + k, value=v)
        if i == bad: gal.append([ref(ws, 4 + i, 5 if plant == 'jumlah' else 6)])
    r = 4 + len(ds)
    for k, v in enumerate([None, 'JUMLAH', Lk, Pr, Lk + Pr + (100 if plant == 'jumlah' else 0), round(Lk / Pr * 100, 2)]):
        if v is not None: ws.cell(row=r, column=1 + k, value=v).font = B
    return 'penduduk'


def iku(wb, gal, tables):
    ws = wb.create_sheet('Capaian IKU')
    prefix = random.choice(['IKU', 'IKU-', 'IKD '])
    head(ws, 1, ['Kode', 'Indikator Kinerja Utama', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'])
    items = IKU[:]
    random.shuffle(items)
    items = items[:random.randint(4, 6)]
    codes = [f'{prefix}{i + 1}' for i in range(len(items))]
    pos = [i for i, it in enumerate(items) if not it[4]]
    bad = random.choice(pos)
    for i, (name, unit, t, x, neg) in enumerate(items):
        c = round(t / x * 100, 2) if neg else pct(x, t)
        if i == bad: c = off(c)
        for j, v in enumerate([codes[i], name, unit, t, x, c]): ws.cell(row=2 + i, column=1 + j, value=v)
        if i == bad: gal.append([ref(ws, 2 + i, 6)])
    negs = [codes[i] for i, it in enumerate(items) if it[4]]
    if negs:
        ws.cell(row=3 + len(items), column=1,
                value=f"Keterangan: {' dan '.join(negs)} merupakan indikator negatif (semakin rendah realisasi semakin baik), capaian = target/realisasi x 100%.")
    tables.append({'sheet': ws.title, 'range': f'A1:F{1 + len(items)}', 'kind': 'pengukuran-kinerja'})
    return f'iku {prefix.strip()}'


MAKERS = [spm, coverage, renja, standar, pengadaan, penduduk, iku]
truth = {}
for b in range(n):
    wb = Workbook()
    del wb['Sheet']
    gal, tables = [], []
    made = [m(wb, gal, tables) for m in random.sample(MAKERS, random.randint(3, 5))]
    f = os.path.join(out, f'k24_{seed}_{b:02d}.xlsx')
    wb.save(f)
    truth[f] = {'galat': gal, 'tabel': tables, 'meta': ' '.join(made)}
json.dump(truth, open(os.path.join(out, 'truth.json'), 'w'), indent=1)
