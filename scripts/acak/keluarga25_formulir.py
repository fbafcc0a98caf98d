# Family 25 (truth first): the forms of the planning rules and the finance system that offices paste into their reports.
# A Laporan Realisasi Anggaran as SIPD prints it by Perangkat Daerah (the urusan, the Perangkat Daerah coded
# "2.15.0.00.0.00.01.0000", a sub-unit "….01.0001" with programmes of its own or not, programmes › kegiatan › sub
# kegiatan coded from the urusan; the code in a Kode column beside a No column numbering every row, or leading the
# label; bold upper levels or nothing; Sisa or Lebih/(Kurang); a JUMLAH or not); Permendagri 86's evaluation of the Renja
# (E.81: K | Rp pairs, Triwulan I–IV, a numbering row or not, closing with "Rata-rata capaian kinerja" — of the
# programmes or of every row — and a "Predikat kinerja" line); T-C.23 and T-C.24 by the plan's years ("Tahun ke-" over
# 1 … 5, ratios of each year, a "Rata-rata Pertumbuhan"); T-C.27's plan by year (a baseline "Data Capaian pada Tahun
# Awal Perencanaan", targets and funding by year, the programme's funding its kegiatan's sum). Planted: a kegiatan's
# anggaran against its sub kegiatan, a sub kegiatan's %, a Sisa, the JUMLAH's realisasi, a Renja ratio (K or Rp), a
# programme's Rp against its kegiatan, the Rata-rata, a year's ratio in T-C.23 or T-C.24, a programme's funding in T-C.27.
import json, os, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from openpyxl.utils import get_column_letter as L
from umum import book_args

seed, out, n = book_args()
os.makedirs(out, exist_ok=True)
B = Font(bold=True)

URUSAN = [('2.15', 'PERHUBUNGAN', 'DINAS PERHUBUNGAN', ['PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)', 'PENGELOLAAN PELAYARAN']),
          ('1.02', 'KESEHATAN', 'DINAS KESEHATAN', ['PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', 'PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN']),
          ('3.25', 'KELAUTAN DAN PERIKANAN', 'DINAS PERIKANAN', ['PENGELOLAAN PERIKANAN TANGKAP', 'PENGELOLAAN PERIKANAN BUDIDAYA']),
          ('2.17', 'KOPERASI, USAHA KECIL, DAN MENENGAH', 'DINAS KOPERASI DAN UKM', ['PENGAWASAN DAN PEMERIKSAAN KOPERASI', 'PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)'])]
KEGIATAN = ['Administrasi Keuangan Perangkat Daerah', 'Administrasi Umum Perangkat Daerah', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
            'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', 'Pengelolaan Sarana Pelayanan', 'Pembinaan dan Pengawasan Teknis',
            'Penyelenggaraan Layanan Terpadu', 'Peningkatan Kapasitas Pelaku Usaha']
SUB = ['Penyediaan Gaji dan Tunjangan ASN', 'Penyediaan Alat Tulis Kantor', 'Penyediaan Bahan Logistik Kantor', 'Pemeliharaan Kendaraan Dinas',
       'Koordinasi dan Sinkronisasi Pelaksanaan Kegiatan', 'Pelatihan Teknis Petugas', 'Pengadaan Sarana dan Prasarana', 'Pemantauan dan Evaluasi Pelaksanaan',
       'Penyusunan Dokumen Perencanaan', 'Sosialisasi dan Bimbingan Teknis']
INDIKATOR = [('Persentase layanan yang sesuai standar', '%'), ('Jumlah peserta yang dilatih', 'orang'), ('Jumlah dokumen yang disusun', 'dokumen'),
             ('Persentase sarana dalam kondisi baik', '%'), ('Jumlah kelompok yang dibina', 'kelompok'), ('Jumlah laporan pemantauan', 'laporan')]


def pct(a, b):
    return round(a / b * 100 + 1e-9, 2)


def money(v, style):
    if style == 'num':
        return v
    if style == 'dot':
        return f'{v:,.0f}'.replace(',', '.')
    return f'Rp {v:,.0f}'.replace(',', '.')


def head(ws, r, cols, c0=1):
    for j, h in enumerate(cols):
        if h is None:
            continue
        c = ws.cell(row=r, column=c0 + j, value=h)
        c.font = B
        c.alignment = Alignment(wrap_text=True)


def lra_sipd(wb, gal, tables):
    """SIPD's realisation by Perangkat Daerah: urusan › Perangkat Daerah (› sub-unit) › programme › kegiatan › sub kegiatan."""
    ws = wb.create_sheet(random.choice(['LRA SIPD', 'Realisasi Anggaran', 'Lamp. LRA']))
    code0, urusan, opd, progs = random.choice(URUSAN)
    with_urusan = random.random() < .7
    sub_unit = random.random() < .35
    kode_col = random.random() < .5
    no_col = kode_col and random.random() < .6
    bold = random.random() < .5
    mstyle = random.choice(['num', 'num', 'dot', 'rp'])
    diff = random.choice(['Sisa Anggaran', 'Lebih/(Kurang)', None])
    ws['A1'] = 'LAPORAN REALISASI ANGGARAN PERANGKAT DAERAH'
    ws['A2'] = f'{opd} TAHUN ANGGARAN 2024'
    cols = (['No'] if no_col else []) + (['Kode'] if kode_col else []) + ['Uraian', 'Anggaran', 'Realisasi'] + ([diff] if diff else []) + ['%']
    top = 4
    head(ws, top, cols)
    # the rows: (level, code, name, anggaran, realisasi) with leaves' figures; parents summed below
    rows = []
    if with_urusan:
        rows.append([0, code0, f'URUSAN PEMERINTAHAN BIDANG {urusan}'])
    units = [(f'{code0}.0.00.0.00.01.0000', opd)] + ([(f'{code0}.0.00.0.00.01.0001', f'UPTD {opd.split(" ", 1)[1]} WILAYAH I')] if sub_unit else [])
    kegs = random.sample(KEGIATAN, len(KEGIATAN))
    subs = random.sample(SUB, len(SUB))
    for u, (ucode, uname) in enumerate(units):
        rows.append([1, ucode, uname])
        for p, pname in enumerate(progs[: random.randint(1, 2)] if u else progs):
            pcode = f'{code0}.{p + 2:02d}'
            rows.append([2, pcode, f'PROGRAM {pname}'])
            for k in range(random.randint(1, 2)):
                kcode = f'{pcode}.2.{k + 1:02d}'
                rows.append([3, kcode, kegs.pop()])
                for s in range(random.randint(1, 3)):
                    a = random.randrange(40, 900) * 1_000_000
                    r = round(a * random.uniform(0.82, 0.995) / 1000) * 1000
                    rows.append([4, f'{kcode}.{s + 1:04d}', subs.pop() if subs else f'Sub Kegiatan {s + 1}', a, r])
    # parents: the sum of the rows one level down until the next row at its level or above
    for i in range(len(rows) - 1, -1, -1):
        if len(rows[i]) == 5:
            continue
        lvl = rows[i][0]
        a = r = 0
        for j in range(i + 1, len(rows)):
            if rows[j][0] <= lvl:
                break
            if rows[j][0] == lvl + 1 or (lvl == 0 and rows[j][0] == 1):
                a += rows[j][3]; r += rows[j][4]
        rows[i] += [a, r]
    # urusan: its units (level 1) only
    plant = random.sample(['keg-anggaran', 'sub-pct', 'diff', 'total'], random.randint(1, 2))
    if 'diff' in plant and not diff:
        plant.remove('diff')
    total = random.random() < .6
    if 'total' in plant and not total:
        plant.remove('total')
    keg_rows = [i for i, x in enumerate(rows) if x[0] == 3]
    sub_rows = [i for i, x in enumerate(rows) if x[0] == 4]
    wrong_keg = random.choice(keg_rows) if 'keg-anggaran' in plant else None
    wrong_pct = random.choice(sub_rows) if 'sub-pct' in plant else None
    wrong_diff = random.choice(sub_rows) if 'diff' in plant else None
    c_ang = len(cols) - (4 if diff else 3)
    for i, (lvl, code, name, a, r) in enumerate(rows):
        rr = top + 1 + i
        if i == wrong_keg:
            a = a + random.choice([-1, 1]) * random.randrange(5, 60) * 1_000_000
            gal.append([f'{ws.title}!{L(c_ang + 1)}{rr}'])
        vals = ([i + 1] if no_col else []) + ([code] if kode_col else []) + [name if kode_col else f'{code} {name}', money(a, mstyle), money(r, mstyle)]
        if diff:
            d = a - r if diff.startswith('Sisa') else r - a
            if i == wrong_diff:
                d += random.choice([-1, 1]) * random.randrange(2, 30) * 1_000_000
                gal.append([f'{ws.title}!{L(len(cols) - 1)}{rr}'])
            vals.append(money(d, mstyle) if d >= 0 or mstyle == 'num' else f'({-d:,.0f})'.replace(',', '.'))
        p = pct(r, a)
        if i == wrong_pct:
            p = round(p + random.choice([-1, 1]) * random.choice([1.5, 2.4, 3.3]), 2)
            gal.append([f'{ws.title}!{L(len(cols))}{rr}'])
        vals.append(p)
        for j, v in enumerate(vals):
            c = ws.cell(row=rr, column=1 + j, value=v)
            if bold and lvl <= 2:
                c.font = B
            if isinstance(v, int) and j >= c_ang:
                c.number_format = '#,##0'
    last = top + len(rows)
    if total:
        a = sum(x[3] for x in rows if x[0] == (0 if with_urusan else 1))
        r = sum(x[4] for x in rows if x[0] == (0 if with_urusan else 1))
        if 'total' in plant:
            r += random.choice([-1, 1]) * random.randrange(3, 40) * 1_000_000
            gal.append([f'{ws.title}!{L(c_ang + 2)}{last + 1}'])
        vals = ([None] if no_col else []) + ([None] if kode_col else []) + ['JUMLAH', money(a, mstyle), money(r, mstyle)] + ([money(a - r if diff.startswith('Sisa') else r - a, mstyle) if (a - r >= 0 or not diff.startswith('Lebih')) else f'({a - r:,.0f})'.replace(',', '.')] if diff else []) + [pct(r, a)]
        for j, v in enumerate(vals):
            c = ws.cell(row=last + 1, column=1 + j, value=v)
            c.font = B
        last += 1
    tables.append({'sheet': ws.title, 'range': f'A{top}:{L(len(cols))}{last}', 'kind': 'realisasi-anggaran'})
    return f'lra-sipd urusan={with_urusan} subunit={sub_unit} kode={kode_col} no={no_col} bold={bold} {mstyle} diff={diff} total={total} plant={plant}'


def e81(wb, gal, tables):
    """Permendagri 86's evaluation of the Renja: programmes and kegiatan with K | Rp pairs over the quarters."""
    ws = wb.create_sheet(random.choice(['E.81', 'Evaluasi Renja', 'Lamp. Evaluasi']))
    code0, urusan, opd, progs = random.choice(URUSAN)
    numbering = random.random() < .6
    no_all = random.random() < .5
    bold = random.random() < .6
    mean_all = random.random() < .5
    ws['A1'] = f'Evaluasi terhadap Hasil Renja {opd.title()} Tahun 2024'
    top = 3
    band = ['No', 'Kode', 'Program/Kegiatan', 'Indikator Kinerja Program (outcome)/Kegiatan (output)', 'Target Kinerja dan Anggaran Renja Tahun 2024', None,
            'Realisasi Kinerja pada Triwulan', None, None, None, None, None, None, None, 'Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi', None,
            'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)', None, 'Unit Penanggung Jawab']
    head(ws, top, band)
    head(ws, top + 1, ['I', None, 'II', None, 'III', None, 'IV'], 7)
    head(ws, top + 2, ['K', 'Rp'] * 7, 5)
    for c in 'ABCDS':
        ws.merge_cells(f'{c}{top}:{c}{top + 2}')
    for a, z in [('E', 'F'), ('O', 'P'), ('Q', 'R')]:
        ws.merge_cells(f'{a}{top}:{z}{top + 1}')
    ws.merge_cells(f'G{top}:N{top}')
    for a, z in [('G', 'H'), ('I', 'J'), ('K', 'L'), ('M', 'N')]:
        ws.merge_cells(f'{a}{top + 1}:{z}{top + 1}')
    body = top + 3
    if numbering:
        for j in range(19):
            ws.cell(row=body, column=1 + j, value=f'({j + 1})')
        body += 1
    # programmes with their kegiatan; K of a kegiatan a count, of a programme a percentage
    items = []
    kegs = random.sample(KEGIATAN, len(KEGIATAN))
    for p, pname in enumerate(progs):
        kids = []
        for k in range(random.randint(2, 3)):
            ind, unit = random.choice(INDIKATOR)
            tk = random.randrange(10, 200) if unit != '%' else random.choice([80, 85, 90, 95])
            rp = random.randrange(60, 600) * 1_000_000
            tw_rp = [round(rp * w / 1000) * 1000 for w in (0.15, 0.25, 0.25)]
            tw_rp.append(round(rp * random.uniform(0.2, 0.33) / 1000) * 1000)
            if unit == '%':
                tw_k = [None, None, None, round(tk * random.uniform(0.9, 1.08), 1)]
            else:
                q = [round(tk * w) for w in (0.2, 0.25, 0.25)]
                tw_k = q + [max(0, round(tk * random.uniform(0.25, 0.38)))]
            kids.append([f'{code0}.{p + 2:02d}.2.{k + 1:02d}', kegs.pop(), f'{ind} ({unit})', tk, rp, tw_k, tw_rp, unit == '%'])
        tk = random.choice([75, 80, 85, 90])
        rp = sum(x[4] for x in kids)
        tw_rp = [sum(x[6][q] for x in kids) for q in range(4)]
        tw_k = [None, None, None, round(tk * random.uniform(0.92, 1.1), 1)]
        items.append([f'{code0}.{p + 2:02d}', f'Program {pname.title()}', 'Persentase capaian sasaran program (%)', tk, rp, tw_k, tw_rp, True, kids])
    plant = random.sample(['pct-k', 'pct-rp', 'prog-rp', 'rata'], random.randint(1, 2))
    flat = []
    for it in items:
        flat.append((True, it))
        for kid in it[8]:
            flat.append((False, kid))
    wrong = {}
    if 'pct-k' in plant:
        wrong['k'] = random.randrange(len(flat))
    if 'pct-rp' in plant:
        wrong['rp'] = random.randrange(len(flat))
    if 'prog-rp' in plant:
        wrong['prog'] = random.randrange(len(items))
    r = body
    caps = []
    prog_caps = []
    n_prog = 0
    for idx, (is_prog, it) in enumerate(flat):
        code, name, ind, tk, rp, tw_k, tw_rp, last_only = it[:8]
        if is_prog and wrong.get('prog') == n_prog:
            rp = rp + random.choice([-1, 1]) * random.randrange(5, 50) * 1_000_000
            gal.append([f'{ws.title}!F{r}'])
        k12 = tw_k[3] if last_only else sum(tw_k)
        rp12 = sum(tw_rp)
        ck, crp = pct(k12, tk), pct(rp12, rp)
        caps.append(ck)
        if is_prog:
            prog_caps.append(ck)
        if wrong.get('k') == idx:
            ck = round(ck + random.choice([-1, 1]) * random.choice([2.5, 4.0, 6.5]), 2)
            gal.append([f'{ws.title}!Q{r}'])
        if wrong.get('rp') == idx:
            crp = round(crp + random.choice([-1, 1]) * random.choice([1.5, 3.0, 5.5]), 2)
            gal.append([f'{ws.title}!R{r}'])
        vals = [(n_prog + 1 if is_prog else None) if not no_all else idx + 1, code, name, ind, tk, rp]
        for q in range(4):
            vals += [tw_k[q], tw_rp[q]]
        vals += [k12, rp12, ck, crp, 'Sekretariat' if is_prog else 'Bidang Teknis']
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            if bold and is_prog:
                c.font = B
            if isinstance(v, int) and v > 100000:
                c.number_format = '#,##0'
        if is_prog:
            n_prog += 1
        r += 1
    mean = round(sum(caps if mean_all else prog_caps) / len(caps if mean_all else prog_caps) + 1e-9, 2)
    if 'rata' in plant:
        mean = round(mean + random.choice([-1, 1]) * random.choice([2.2, 3.7]), 2)
        gal.append([f'{ws.title}!Q{r}'])
    ws.cell(row=r, column=3, value='Rata-rata capaian kinerja (%)').font = B
    ws.cell(row=r, column=17, value=mean).font = B
    ws.cell(row=r + 1, column=3, value='Predikat kinerja')
    ws.cell(row=r + 1, column=17, value='Sangat Tinggi' if mean >= 91 else 'Tinggi' if mean >= 76 else 'Sedang')
    tables.append({'sheet': ws.title, 'range': f'A{top}:S{r}', 'kind': 'pengukuran-kinerja'})
    return f'e81 numbering={numbering} no_all={no_all} bold={bold} mean_all={mean_all} plant={plant}'


def tahun_ke(wb, gal, tables):
    """T-C.23 (pencapaian kinerja pelayanan) or T-C.24 (anggaran dan realisasi pendanaan) by the plan's years."""
    years = random.choice([3, 4, 5])
    if random.random() < .5:
        ws = wb.create_sheet('T-C.23')
        ws['A1'] = 'Tabel T-C.23 Pencapaian Kinerja Pelayanan Perangkat Daerah'
        cols = ['No', 'Indikator Kinerja sesuai Tugas dan Fungsi PD', 'Target SPM', 'Target IKK']
        head(ws, 3, cols + ['Target Renstra PD Tahun ke-'] + [None] * (years - 1) + ['Realisasi Capaian Tahun ke-'] + [None] * (years - 1) + ['Rasio Capaian pada Tahun ke-'])
        head(ws, 4, list(range(1, years + 1)) * 3, 5)
        for c in range(1, 5):
            ws.merge_cells(f'{L(c)}3:{L(c)}4')
        for g in range(3):
            ws.merge_cells(f'{L(5 + g * years)}3:{L(4 + (g + 1) * years)}3')
        rows = random.sample(INDIKATOR, 4)
        wrong = (random.randrange(4), random.randrange(years))
        for i, (ind, unit) in enumerate(rows):
            base = random.choice([60, 70, 80, 90]) if unit == '%' else random.randrange(20, 200)
            tg = [round(base * (1 + 0.04 * y), 1) if unit == '%' else base + 5 * y for y in range(years)]
            re = [round(t * random.uniform(0.85, 1.08), 1) for t in tg]
            ra = [pct(a, b) for a, b in zip(re, tg)]
            if i == wrong[0]:
                ra[wrong[1]] = round(ra[wrong[1]] + random.choice([-1, 1]) * random.choice([2.5, 4.5]), 2)
                gal.append([f'T-C.23!{L(5 + 2 * years + wrong[1])}{5 + i}'])
            spm = random.choice([('100%', None), (None, '100%'), (None, None)])
            for j, v in enumerate([i + 1, f'{ind} ({unit})', *spm] + tg + re + ra):
                ws.cell(row=5 + i, column=1 + j, value=v)
        tables.append({'sheet': 'T-C.23', 'range': f'A3:{L(4 + 3 * years)}8', 'kind': 'pengukuran-kinerja'})
        return f'tc23 years={years}'
    ws = wb.create_sheet('T-C.24')
    ws['A1'] = 'Tabel T-C.24 Anggaran dan Realisasi Pendanaan Pelayanan Perangkat Daerah'
    head(ws, 3, ['Uraian', 'Anggaran pada Tahun ke-'] + [None] * (years - 1) + ['Realisasi Anggaran pada Tahun ke-'] + [None] * (years - 1)
         + ['Rasio antara Realisasi dan Anggaran Tahun ke-'] + [None] * (years - 1) + ['Rata-rata Pertumbuhan', None])
    head(ws, 4, list(range(1, years + 1)) * 3 + ['Anggaran', 'Realisasi'], 2)
    ws.merge_cells('A3:A4')
    for g in range(3):
        ws.merge_cells(f'{L(2 + g * years)}3:{L(1 + (g + 1) * years)}3')
    ws.merge_cells(f'{L(2 + 3 * years)}3:{L(3 + 3 * years)}3')
    lines = ['PENDAPATAN', 'BELANJA', 'Belanja Operasi', 'Belanja Modal']
    wrong = (random.randrange(len(lines)), random.randrange(years))
    for i, u in enumerate(lines):
        base = random.randrange(20, 160) * 1_000_000_000
        an = [round(base * (1 + 0.05 * y) / 1e6) * 1_000_000 for y in range(years)]
        re = [round(a * random.uniform(0.88, 1.04) / 1e6) * 1_000_000 for a in an]
        ra = [pct(a, b) for a, b in zip(re, an)]
        if i == wrong[0]:
            ra[wrong[1]] = round(ra[wrong[1]] + random.choice([-1, 1]) * random.choice([1.5, 3.5]), 2)
            gal.append([f'T-C.24!{L(2 + 2 * years + wrong[1])}{5 + i}'])
        g = lambda xs: round(sum((xs[k + 1] - xs[k]) / xs[k] * 100 for k in range(len(xs) - 1)) / (len(xs) - 1) + 1e-9, 2)
        for j, v in enumerate([u] + an + re + ra + [g(an), g(re)]):
            c = ws.cell(row=5 + i, column=1 + j, value=v)
            if isinstance(v, int):
                c.number_format = '#,##0'
    tables.append({'sheet': 'T-C.24', 'range': f'A3:{L(3 + 3 * years)}8', 'kind': 'realisasi-anggaran'})
    return f'tc24 years={years}'


truth = {}
for b in range(n):
    wb = Workbook()
    del wb['Sheet']
    gal, tables = [], []
    # (the evaluation of the Renja and the LRA of one book would name the same kegiatan with their own random money: one
    # of the two, with the plan's years or not)
    made = [m(wb, gal, tables) for m in [random.choice([lra_sipd, e81])] + ([tahun_ke] if random.random() < .7 else [])]
    f = os.path.join(out, f'k25_{seed}_{b:02d}.xlsx')
    wb.save(f)
    truth[f] = {'galat': gal, 'tabel': tables, 'meta': ' | '.join(made)}
json.dump(truth, open(os.path.join(out, 'truth.json'), 'w'), indent=1)
