# Random LKjIP books, eighth family (truth first): other kinds of office (RSUD, Inspektorat, PUPR, Satpol PP, Dinas
# Perhubungan, Kecamatan); headers abbreviated or in English (Tgt | Real. | %, Target | Actual | Achievement); an IKU code
# column; budget lines with Kepmendagri 90 codes in a Kode column (1.03.02 › 1.03.02.2.01 › 1.03.02.2.01.0003); figures
# typed in one convention per book (dots, spaces or no-break spaces, English commas, "Rp." with or without a space),
# a "Lebih/(Kurang)" column with negatives in brackets, "-" for zero; a hidden sub kegiatan row (still summed); a
# pengukuran carrying each programme's anggaran and realisasi; an efisiensi table with its programmes' pagu; scales in
# s.d. / sampai dengan / "x ≤ 50" notation; a lower-is-better indikator named by its abbreviation in a note.
import openpyxl, random, json, sys
from openpyxl.styles import Font
B = Font(bold=True)
from umum import book_args, write_scale
seed, out, N = book_args()
OFFICES = {
 'RSUD': [('Angka Kematian Pasien > 48 Jam (NDR)', 'NDR', '‰', 25, 22, False), ('Bed Occupancy Rate (BOR)', None, '%', 75, 78.4, True),
          ('Waktu Tunggu Rawat Jalan (WTRJ)', 'WTRJ', 'Menit', 60, 48, False), ('Indeks Kepuasan Pasien', None, 'Indeks', 80, 83.2, True)],
 'Inspektorat': [('Persentase Rekomendasi Hasil Pemeriksaan yang Ditindaklanjuti', None, '%', 85, 88.5, True), ('Nilai Maturitas SPIP', None, 'Level', 3, 3.2, True),
                 ('Jumlah Temuan Berulang (JTB)', 'JTB', 'Temuan', 12, 9, False), ('Persentase OPD dengan Nilai SAKIP Minimal B', None, '%', 70, 74, True)],
 'Dinas PUPR': [('Persentase Jalan Kabupaten Kondisi Mantap', None, '%', 72, 74.6, True), ('Luas Genangan Banjir (LGB)', 'LGB', 'Ha', 150, 128, False),
                ('Persentase Irigasi Kondisi Baik', None, '%', 65, 63.1, True), ('Panjang Jalan Rusak Berat (PJRB)', 'PJRB', 'Km', 40, 44, False)],
 'Satpol PP': [('Persentase Penegakan Perda', None, '%', 90, 92.5, True), ('Jumlah Gangguan Trantibum (JGT)', 'JGT', 'Kejadian', 120, 97, False),
               ('Waktu Respon Pengaduan (WRP)', 'WRP', 'Jam', 24, 18, False), ('Persentase Linmas Terlatih', None, '%', 60, 64.5, True)],
 'Dinas Perhubungan': [('Angka Kecelakaan Lalu Lintas (AKL)', 'AKL', 'Kejadian', 210, 188, False), ('Persentase Angkutan Umum Laik Jalan', None, '%', 85, 87.2, True),
                       ('Rasio Kinerja Terminal', None, '%', 80, 76.9, True), ('Load Factor Angkutan Perkotaan', None, '%', 60, 64.8, True)],
 'Kecamatan': [('Persentase Layanan PATEN Tepat Waktu', None, '%', 95, 96.3, True), ('Indeks Kepuasan Masyarakat', None, 'Indeks', 82, 84.1, True),
               ('Rata-rata Lama Penyelesaian Izin (RLPI)', 'RLPI', 'Hari', 5, 4, False), ('Persentase Desa Tertib Administrasi', None, '%', 80, 77.5, True)],
}
HEADERS = [
 ('No', 'Indikator Kinerja', 'Sat.', 'Tgt', 'Real.', '%'),
 ('No', 'Indikator Kinerja Utama', 'Satuan', 'Target', 'Actual', 'Achievement (%)'),
 ('No', 'Indikator Kinerja Program', 'Sat', 'Trgt', 'Rea.', 'Cap. (%)'),
]
BUDGET_HEADERS = [('Pagu (Rp)', 'Realisasi (Rp)', '% Serapan'), ('Alokasi DPA', 'Real. Angg.', 'Penyerapan (%)'), ('Budget (Rp)', 'Realization (Rp)', 'Absorption (%)')]
SCALES = [
 ('Rentang', 'Peringkat', [('≥ 91', 'Sangat Tinggi', 91, 1e9), ('76 s.d. 90', 'Tinggi', 76, 90), ('66 sampai dengan 75', 'Sedang', 66, 75), ('51 – 65', 'Rendah', 51, 65), ('x ≤ 50', 'Sangat Rendah', -1e9, 50)]),
 ('Interval', 'Kriteria', [('x ≥ 100', 'Sangat Berhasil', 100, 1e9), ('85 ≤ x < 100', 'Berhasil', 85, 99.99), ('70 ≤ x < 85', 'Cukup Berhasil', 70, 84.99), ('x < 70', 'Tidak Berhasil', -1e9, 69.99)]),
 ('Capaian (%)', 'Kategori', [('> 100', 'Sangat Memuaskan', 100.01, 1e9), ('90 - 100', 'Memuaskan', 90, 100), ('75 - < 90', 'Kurang Memuaskan', 75, 89.99), ('< 75', 'Tidak Memuaskan', -1e9, 74.99)]),
]
NBSP = '\u00a0'
def band(scale, v):
    for txt, lab, lo, hi in scale[2]:
        if lo <= v <= hi: return lab
def typed(v, conv):
    # money as staff type it, one convention per book ("-" for zero)
    if conv == 'num': return v
    if v == 0: return '-'
    neg = v < 0; a = abs(v)
    s = {'dots': f'{a:,.0f}'.replace(',', '.'), 'rp': 'Rp ' + f'{a:,.0f}'.replace(',', '.'), 'rp.': 'Rp.' + f'{a:,.0f}'.replace(',', '.'),
         'space': f'{a:,.0f}'.replace(',', ' '), 'nbsp': f'{a:,.0f}'.replace(',', NBSP), 'en': f'{a:,.2f}'}[conv]
    return f'({s})' if neg else s
def pct(v, conv):
    return v if conv == 'num' or random.random() < 0.5 else (f'{v:.2f}'.replace('.', ',') if conv != 'en' else f'{v:.2f}') + ' %'
truth = {}
for k in range(N):
    office = random.choice(list(OFFICES)); inds = OFFICES[office][:]
    random.shuffle(inds)
    negform = random.choice(['2-r/t', 't/r'])
    scale = random.choice(SCALES)
    heads = random.choice(HEADERS); bheads = random.choice(BUDGET_HEADERS)
    conv = random.choice(['num', 'dots', 'rp', 'rp.', 'space', 'nbsp', 'en'])
    iku = random.random() < 0.5
    hide = random.random() < 0.5
    lebih = random.random() < 0.5
    pg_budget = random.random() < 0.5
    plant = random.sample(['cap', 'label', 'sub', 'ser', 'efpagu', 'pkang', 'total', 'nol'] + (['pgang'] if pg_budget else []), 3)
    galat = []
    wb = openpyxl.Workbook()
    # ---------- budget: programmes > kegiatan > sub kegiatan, with Kepmendagri 90 codes ----------
    bid = random.choice(['1.03', '2.09', '1.05', '2.15', '4.01', '7.01'])
    progs = []
    for p in range(3):
        pcode = f'{bid}.{p + 1:02d}'
        kegs = []
        for g in range(2):
            kcode = f'{pcode}.2.{g + 1:02d}'
            subs = []
            for s in range(random.randint(2, 3)):
                pagu = random.randrange(40, 900) * 1_000_000 + random.randrange(0, 1000) * 1000
                subs.append([f'{kcode}.{s + 1:04d}', f'Sub Kegiatan {["Pelayanan", "Pembinaan", "Pengawasan", "Penyediaan", "Koordinasi"][s % 5]} {p + 1}.{g + 1}.{s + 1}', pagu, round(pagu * random.uniform(0.78, 0.995))])
            kegs.append([kcode, f'Kegiatan {["Perencanaan dan Evaluasi", "Operasional Layanan", "Peningkatan Kapasitas"][g % 3]} {p + 1}.{g + 1}', subs])
        progs.append([pcode, ['Program Penunjang Urusan Pemerintahan Daerah', f'Program Pelayanan {office}', f'Program Peningkatan Mutu {office}'][p], kegs])
    # a sub kegiatan without money this year: "-" for pagu and realisasi
    if 'nol' in plant:
        progs[2][2][1][2].append([f'{progs[2][2][1][0]}.{9:04d}', 'Sub Kegiatan Cadangan', 0, 0])
    an = wb.active; an.title = 'Realisasi Anggaran'
    an['A1'] = f'Tabel 3.10 Realisasi Anggaran {office} Tahun 2024'
    cols = ['Kode', 'Program / Kegiatan / Sub Kegiatan', bheads[0], bheads[1], bheads[2]] + (['Lebih/(Kurang)'] if lebih else [])
    for j, h in enumerate(cols): an.cell(row=3, column=1 + j, value=h).font = B
    r = 4; ra_rows = {}; tp = tr = 0
    sub_planted = ser_planted = False
    def line(r, code, name, pagu, real, bold, shown_pagu=None, shown_ser=None):
        ser = round(real / pagu * 100, 2) if pagu else None
        vals = [code, name, typed(shown_pagu if shown_pagu is not None else pagu, conv), typed(real, conv), pct(shown_ser if shown_ser is not None else ser, conv) if ser is not None or shown_ser is not None else '-']
        if lebih: vals.append(typed(real - pagu, conv))
        for j, v in enumerate(vals):
            c = an.cell(row=r, column=1 + j, value=v)
            if bold: c.font = B
    for pi, (pcode, pname, kegs) in enumerate(progs):
        pp = sum(s[2] for g in kegs for s in g[2]); pr = sum(s[3] for g in kegs for s in g[2]); tp += pp; tr += pr
        ra_rows[pi] = r; line(r, pcode, pname, pp, pr, True); r += 1
        for gi, (kcode, kname, subs) in enumerate(kegs):
            gp = sum(s[2] for s in subs); gr = sum(s[3] for s in subs)
            shown = None
            if 'sub' in plant and not sub_planted and pi == 1 and gi == 0:
                shown = gp + 25_000_000; sub_planted = True; galat.append((f'Realisasi Anggaran!C{r}',))
            line(r, kcode, kname, gp, gr, True, shown_pagu=shown); r += 1
            for si, (scode, sname, sp, sr) in enumerate(subs):
                sser = None
                if sp == 0:
                    sser = 100.0; galat.append((f'Realisasi Anggaran!E{r}',))
                elif 'ser' in plant and not ser_planted and pi == 0 and gi == 1:
                    sser = round(sr / sp * 100 + random.choice([-7.5, 6.25]), 2); ser_planted = True; galat.append((f'Realisasi Anggaran!E{r}',))
                line(r, scode, sname, sp, sr, False, shown_ser=sser)
                if hide and pi == 2 and gi == 0 and si == 1: an.row_dimensions[r].hidden = True
                r += 1
    shown_tp = tp + (100_000_000 if 'total' in plant else 0)
    if 'total' in plant: galat.append((f'Realisasi Anggaran!C{r}',))
    vals = [None, 'JUMLAH', typed(shown_tp, conv), typed(tr, conv), pct(round(tr / tp * 100, 2), conv)] + ([typed(tr - tp, conv)] if lebih else [])
    for j, v in enumerate(vals): an.cell(row=r, column=1 + j, value=v).font = B
    pagu_of = [sum(s[2] for g in kegs for s in g[2]) for _, _, kegs in progs]
    real_of = [sum(s[3] for g in kegs for s in g[2]) for _, _, kegs in progs]
    # ---------- PK: indikator, then its programmes' anggaran ----------
    pk = wb.create_sheet('PK', 0)
    pk['A1'] = f'PERJANJIAN KINERJA {office.upper()} TAHUN 2024'
    hk = ['No'] + (['Kode IKU'] if iku else []) + ['Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target 2024']
    for j, h in enumerate(hk): pk.cell(row=3, column=1 + j, value=h).font = B
    for i, (n, ab, u, t, rr, up) in enumerate(inds):
        vals = [i + 1] + ([f'IKU {i + 1}'] if iku else []) + [f'Meningkatnya kinerja layanan {office} ({i // 2 + 1})' if i % 2 == 0 else None, n, u, t]
        for j, v in enumerate(vals): pk.cell(row=4 + i, column=1 + j, value=v)
    b0 = 10
    for j, h in enumerate(['No', 'Program', 'Anggaran (Rp)']): pk.cell(row=b0, column=1 + j, value=h).font = B
    for pi, (pcode, pname, _) in enumerate(progs):
        a = pagu_of[pi]
        if 'pkang' in plant and pi == 1:
            a += 40_000_000; galat.append((f'PK!C{b0 + 1 + pi}', f'Realisasi Anggaran!C{ra_rows[pi]}'))
        for j, v in enumerate([pi + 1, f'{pcode} {pname}' if random.random() < 0.5 else pname, typed(a, conv)]): pk.cell(row=b0 + 1 + pi, column=1 + j, value=v)
    pk.cell(row=b0 + 4, column=1, value='JUMLAH').font = B
    pk.cell(row=b0 + 4, column=3, value=typed(sum(pagu_of) + (40_000_000 if 'pkang' in plant else 0), conv)).font = B
    # ---------- pengukuran ----------
    pg = wb.create_sheet('Pengukuran', 1)
    pg['A1'] = 'Tabel 3.1 Pengukuran Kinerja Tahun 2024'
    hp = [heads[0]] + (['IKU'] if iku else []) + list(heads[1:]) + [scale[1]] + (['Program', 'Anggaran (Rp)', 'Realisasi Anggaran (Rp)'] if pg_budget else [])
    for j, h in enumerate(hp): pg.cell(row=3, column=1 + j, value=h).font = B
    off = 1 if iku else 0
    caps = []
    capaian = lambda t, rr, up: round(rr / t * 100, 2) if up else (round((2 - rr / t) * 100, 2) if negform == '2-r/t' else round(t / rr * 100, 2))
    for i, (n, ab, u, t, rr, up) in enumerate(inds):
        # (a capaian between two of the scale's bands, 90,5 on "76 s.d. 90" | "≥ 91", has no label: moved off it)
        while band(scale, capaian(t, rr, up)) is None: rr = round(rr * (1.01 if up else 0.99), 2)
        inds[i] = (n, ab, u, t, rr, up)
        c = capaian(t, rr, up)
        lab = band(scale, c)
        if 'cap' in plant and i == 2:
            c = round(c + 9.15, 2) if band(scale, round(c + 9.15, 2)) else round(c + 9.65, 2); lab = band(scale, c); galat.append((f'Pengukuran!{"FG"[off]}{4 + i}',))
        if 'label' in plant and i == 0:
            labs = [x[1] for x in scale[2]]; lab = labs[(labs.index(lab) + 2) % len(labs)]; galat.append((f'Pengukuran!{"GH"[off]}{4 + i}',))
        caps.append(c)
        vals = [i + 1] + ([f'IKU {i + 1}'] if iku else []) + [n, u, t, rr, c, lab]
        if pg_budget:
            if i < 3:
                pa = pagu_of[i]
                if 'pgang' in plant and i == 0:
                    pa += 60_000_000; galat.append((f'Pengukuran!{"IJ"[off]}{4 + i}', f'Realisasi Anggaran!C{ra_rows[0]}'))
                vals += [progs[i][1], typed(pa, conv), typed(real_of[i], conv)]
        for j, v in enumerate(vals): pg.cell(row=4 + i, column=1 + j, value=v)
    negs = [ab for (n, ab, u, t, rr, up) in inds if not up and ab]
    note = 4 + len(inds) + 1
    pg.cell(row=note, column=1, value='Catatan: ' + (', '.join(negs) if negs else 'indikator dengan polaritas negatif') + ' merupakan indikator negatif (semakin kecil semakin baik); capaian dihitung ' + ('(2 - realisasi/target) x 100%' if negform == '2-r/t' else 'target/realisasi x 100%') + '.')
    # ---------- efisiensi ----------
    ef = wb.create_sheet('Efisiensi')
    ef['A1'] = 'Tabel 3.11 Efisiensi Penggunaan Sumber Daya'
    for j, h in enumerate(['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '% Serapan', '% Capaian Kinerja', 'Efisiensi (%)']): ef.cell(row=3, column=1 + j, value=h).font = B
    for pi in range(3):
        ser = round(real_of[pi] / pagu_of[pi] * 100, 2)
        ck = caps[pi]
        e = round(ck - ser, 2)
        pa = pagu_of[pi]
        if 'efpagu' in plant and pi == 2:
            pa -= 75_000_000; galat.append((f'Efisiensi!C{4 + pi}', f'Realisasi Anggaran!C{ra_rows[pi]}'))
            ser = round(real_of[pi] / pa * 100, 2); e = round(ck - ser, 2)
        for j, v in enumerate([pi + 1, progs[pi][1], typed(pa, conv), typed(real_of[pi], conv), ser, ck, e]): ef.cell(row=4 + pi, column=1 + j, value=v)
    # ---------- skala ----------
    write_scale(wb, 'Skala Nilai Peringkat Kinerja', scale, B)
    name = f'{out}/h{k:02d}.xlsx'
    wb.save(name)
    truth[name] = {'galat': [list(g) for g in galat], 'meta': [office, negform, scale[1], conv, heads[5], bheads[0], 'iku' if iku else '', 'hide' if hide else '', 'lebih' if lebih else '', 'pgb' if pg_budget else '', plant]}
json.dump(truth, open(f'{out}/truth.json', 'w'), indent=1)
