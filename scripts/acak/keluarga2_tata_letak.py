# Random full LKjIP books, wider layouts (truth first). See q93 for the base; here: banded headers with last year's
# realisasi, Satuan, merged sasaran, a numbering row, capaian as fraction/% format or text, a PK with programs and
# anggaran beside the indicators, three budget levels (program > kegiatan > "- " sub kegiatan), efisiensi formula
# variants, lower-is-better indicators marked only by a note (*), planted: wrong capaian, wrong label, wrong serapan,
# wrong kegiatan sum, wrong JUMLAH, PK anggaran differs, PK target differs, wrong efisiensi.
import openpyxl, random, json, sys
from openpyxl.styles import Font, Alignment
B = Font(bold=True)
seed = int(sys.argv[1]); out = sys.argv[2]
random.seed(seed)
# (name, satuan, target, realisasi, higher-is-better, polarity-known-by-words?)
POOL = [
 ('Angka kematian bayi per 1.000 KH', 'per 1.000 KH', 9, 8, False), ('Persentase BBLR', '%', 5, 4.2, False), ('Prevalensi anemia ibu hamil', '%', 20, 22.5, False),
 ('Cakupan pelayanan kesehatan ibu hamil (K4)', '%', 95, 93.1, True), ('Persentase fasilitas kesehatan terakreditasi', '%', 80, 86, True),
 ('Angka partisipasi sekolah 7-12 tahun', '%', 99, 99.2, True), ('Persentase sekolah yang belum terakreditasi', '%', 12, 10, False),
 ('Indeks kualitas lingkungan hidup', 'Indeks', 62, 64.5, True), ('Tingkat kerusakan hutan', '%', 8, 7.1, False),
 ('Persentase rekomendasi yang belum ditindaklanjuti', '%', 15, 12, False), ('Nilai reformasi birokrasi', 'Nilai', 65, 66.8, True),
 ('Jumlah pengaduan yang tidak tertangani', 'Aduan', 10, 6, False), ('Indeks kepuasan masyarakat', 'Indeks', 82, 83.4, True),
 ('Persentase penduduk miskin', '%', 10.5, 10.1, False), ('Laju pertumbuhan ekonomi', '%', 5.2, 5.05, True),
 ('Jumlah kejadian kebakaran', 'Kejadian', 40, 35, False), ('Persentase jalan kabupaten kondisi mantap', '%', 70, 72.4, True),
 ('Rata-rata waktu penyelesaian izin', 'Hari', 5, 4, False), ('Persentase PAD terhadap pendapatan daerah', '%', 12, 12.6, True),
]
NOTED = [('Jumlah desa rawan air bersih', 'Desa', 20, 17, False), ('Persentase ASN yang dijatuhi sanksi', '%', 2, 1.5, False)]
from umum import SCALES, band, rp
truth = {}
for k in range(int(sys.argv[3])):
    inds = random.sample(POOL, 4)
    noted = random.random() < 0.4
    if noted: inds[3] = random.choice(NOTED)
    negform = random.choice(['2-r/t', 't/r'])
    scale = random.choice(SCALES)
    efform = random.choice(['c-s', 'c/s', '1-s/c'])
    mstyle = random.choice(['num', 'rp', 'rp-'])
    cstyle = random.choice(['num', 'frac', 'text'])
    layout = random.choice(['flat', 'band', 'satuan', 'merged'])
    numrow = random.random() < 0.3
    pkstyle = random.choice(['below', 'beside'])
    plant = random.sample(['cap', 'label', 'ser', 'sum', 'total', 'pktarget', 'pkang', 'ef'], 3)
    galat = []
    wb = openpyxl.Workbook()
    # budget figures first (PK needs them)
    progs = []
    for i in range(2):
        kegs = []
        for j in range(2):
            subs = [random.randrange(50, 900) * 1_000_000 for _ in range(random.choice([2, 3]))]
            kegs.append((f'Kegiatan {["Perencanaan", "Pelayanan", "Pembinaan", "Pengendalian"][i*2+j]}', subs))
        progs.append(([f'Program Penunjang Urusan Pemerintahan Daerah', f'Program Peningkatan Layanan Utama'][i], kegs))
    pagu = lambda p: sum(sum(s) for _, s in p[1])
    # PK
    pk = wb.active; pk.title = 'PK'
    pk['A1'] = 'PERJANJIAN KINERJA TAHUN 2024'
    if pkstyle == 'beside':
        hdr = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Program', 'Anggaran (Rp)']
    else:
        hdr = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target']
    for j, h in enumerate(hdr): pk.cell(row=3, column=1 + j, value=h).font = B
    for i, (n, u, t, r, up) in enumerate(inds):
        tt = t
        if 'pktarget' in plant and i == 1:
            tt = round(t * 1.2, 2); galat.append([f'PK!D{4+i}', 'PENG_TARGET'])
        row = [i + 1 if i % 2 == 0 else None, f'Sasaran {i//2+1}: Meningkatnya mutu layanan' if i % 2 == 0 else None, n + (' *)' if noted and i == 3 else ''), tt]
        if pkstyle == 'beside':
            if i % 2 == 0:
                a = pagu(progs[i // 2]) + (70_000_000 if ('pkang' in plant and i // 2 == 1) else 0)
                if 'pkang' in plant and i // 2 == 1: galat.append([f'PK!F{4+i}', 'ANG_PROG1'])
                row += [progs[i // 2][0], rp(a, mstyle)]
            else:
                row += [None, None]
        for j, v in enumerate(row): pk.cell(row=4 + i, column=1 + j, value=v)
        if i % 2 == 1:
            pk.merge_cells(start_row=3 + i, start_column=2, end_row=4 + i, end_column=2)
            pk.merge_cells(start_row=3 + i, start_column=1, end_row=4 + i, end_column=1)
            if pkstyle == 'beside':
                pk.merge_cells(start_row=3 + i, start_column=5, end_row=4 + i, end_column=5)
                pk.merge_cells(start_row=3 + i, start_column=6, end_row=4 + i, end_column=6)
    if noted: pk.cell(row=9, column=1, value='*) Indikator negatif: semakin kecil semakin baik')
    if pkstyle == 'below':
        b0 = 11
        for j, h in enumerate(['No', 'Program', 'Anggaran (Rp)']): pk.cell(row=b0, column=1 + j, value=h).font = B
        for i, p in enumerate(progs):
            a = pagu(p) + (70_000_000 if ('pkang' in plant and i == 1) else 0)
            if 'pkang' in plant and i == 1: galat.append([f'PK!C{b0+1+i}', 'ANG_PROG1'])
            for j, v in enumerate([i + 1, p[0], rp(a, mstyle)]): pk.cell(row=b0 + 1 + i, column=1 + j, value=v)
        pk.cell(row=b0 + 3, column=2, value='Jumlah').font = B; pk.cell(row=b0 + 3, column=3, value=rp(sum(pagu(p) for p in progs) + (70_000_000 if 'pkang' in plant else 0), mstyle))
    # Pengukuran
    pg = wb.create_sheet('Pengukuran')
    pg['A1'] = 'Tabel 3.1 Pengukuran Kinerja Tahun 2024'
    cols = ['No'] + (['Sasaran'] if layout == 'merged' else []) + ['Indikator Kinerja'] + (['Satuan'] if layout == 'satuan' else [])
    fig = ['Target', 'Realisasi', 'Capaian (%)', scale[1]]
    top = 3
    if layout == 'band':
        cols2 = cols + ['Realisasi 2023', 'Tahun 2024', None, None, None]
        for j, h in enumerate(cols2): pg.cell(row=top, column=1 + j, value=h).font = B
        for j, h in enumerate(fig): pg.cell(row=top + 1, column=len(cols) + 2 + j, value=h).font = B
        pg.merge_cells(start_row=top, start_column=len(cols) + 2, end_row=top, end_column=len(cols) + 5)
        for j in range(len(cols) + 1): pg.merge_cells(start_row=top, start_column=1 + j, end_row=top + 1, end_column=1 + j)
        first = top + 2; c0 = len(cols) + 2
    else:
        for j, h in enumerate(cols + fig): pg.cell(row=top, column=1 + j, value=h).font = B
        first = top + 1; c0 = len(cols) + 1
    if numrow:
        ncols = c0 + 3
        for j in range(ncols): pg.cell(row=first, column=1 + j, value=f'({j+1})')
        first += 1
    L = lambda col: openpyxl.utils.get_column_letter(col)
    for i, (n, u, t, r, up) in enumerate(inds):
        c = round(r / t * 100, 2) if up else (round((2 - r / t) * 100, 2) if negform == '2-r/t' else round(t / r * 100, 2))
        lab = band(scale, c)
        if 'cap' in plant and i == 2:
            c = round(c - 9.35, 2); lab = band(scale, c); galat.append([f'Pengukuran!{L(c0+2)}{first+i}'])
        if 'label' in plant and i == 0:
            labs = [x[1] for x in scale[2]]; lab = labs[(labs.index(lab) + 2) % len(labs)]; galat.append([f'Pengukuran!{L(c0+3)}{first+i}'])
        row = [i + 1] + ([f'Sasaran {i//2+1}' if i % 2 == 0 else None] if layout == 'merged' else []) + [n + (' *)' if noted and i == 3 else '')] + ([u] if layout == 'satuan' else [])
        if layout == 'band': row += [round(r * random.uniform(0.9, 1.0), 2)]
        cv = c / 100 if cstyle == 'frac' else (f'{c:.2f}'.replace('.', ',') + ' %' if cstyle == 'text' else c)
        row += [t, r, cv, lab]
        for j, v in enumerate(row): pg.cell(row=first + i, column=1 + j, value=v)
        if cstyle == 'frac': pg.cell(row=first + i, column=c0 + 2).number_format = '0.00%'
        if layout == 'merged' and i % 2 == 1: pg.merge_cells(start_row=first + i - 1, start_column=2, end_row=first + i, end_column=2)
    if noted: pg.cell(row=first + 5, column=1, value='*) indikator negatif (semakin kecil semakin baik)')
    # fix up the PK target cross reference
    for g in galat:
        if g[-1] == 'PENG_TARGET': g[-1] = f'Pengukuran!{L(c0)}{first+1}'
    # Anggaran: program > kegiatan > sub kegiatan
    an = wb.create_sheet('Anggaran')
    an['A1'] = 'Tabel 3.8 Realisasi Anggaran Tahun 2024'
    for j, h in enumerate(['Kode', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '%']): an.cell(row=3, column=1 + j, value=h).font = B
    r = 4; tp = tr = 0; sers = []
    for i, (pn, kegs) in enumerate(progs):
        prow = r; r += 1
        ps = rs = 0
        rows_k = []
        for j, (kn, subs) in enumerate(kegs):
            krow = r; r += 1
            reals = [round(x * random.uniform(0.8, 0.99)) for x in subs]
            ks, kr = sum(subs), sum(reals)
            shown_k = ks + (15_000_000 if ('sum' in plant and i == 0 and j == 1) else 0)
            if 'sum' in plant and i == 0 and j == 1: galat.append([f'Anggaran!C{krow}'])
            for j2, v in enumerate([f'{i+1}.{j+1}', kn, rp(shown_k, mstyle), rp(kr, mstyle), round(kr / shown_k * 100, 2)]): an.cell(row=krow, column=1 + j2, value=v)
            for s_i, (sp, sr) in enumerate(zip(subs, reals)):
                ser = round(sr / sp * 100, 2)
                if 'ser' in plant and i == 1 and j == 0 and s_i == 0:
                    ser = round(ser + 7.7, 2); galat.append([f'Anggaran!E{r}'])
                for j2, v in enumerate([f'{i+1}.{j+1}.{s_i+1}', f'- Sub Kegiatan {kn[9:]} {s_i+1}', rp(sp, mstyle), rp(sr, mstyle), ser]): an.cell(row=r, column=1 + j2, value=v)
                r += 1
            ps += ks; rs += kr
        for j2, v in enumerate([str(i + 1), pn, rp(ps, mstyle), rp(rs, mstyle), round(rs / ps * 100, 2)]): an.cell(row=prow, column=1 + j2, value=v).font = B
        if i == 1:
            for g in galat:
                if g[-1] == 'ANG_PROG1': g[-1] = f'Anggaran!C{prow}'
        tp += ps; tr += rs; sers.append(round(rs / ps * 100, 2))
    shown_t = tp + (90_000_000 if 'total' in plant else 0)
    if 'total' in plant: galat.append([f'Anggaran!C{r}'])
    for j2, v in enumerate([None, 'JUMLAH', rp(shown_t, mstyle), rp(tr, mstyle), round(tr / shown_t * 100, 2)]): an.cell(row=r, column=1 + j2, value=v).font = B
    # Efisiensi
    ef = wb.create_sheet('Efisiensi')
    ef['A1'] = 'Tabel 3.9 Analisis Efisiensi'
    for j, h in enumerate(['No', 'Program', 'Capaian Kinerja (%)', 'Realisasi Anggaran (%)', 'Tingkat Efisiensi (%)']): ef.cell(row=3, column=1 + j, value=h).font = B
    for i, (pn, _) in enumerate(progs):
        ck = round(random.uniform(92, 108), 2); s = sers[i]
        e = round(ck - s, 2) if efform == 'c-s' else (round(ck / s * 100, 2) if efform == 'c/s' else round((1 - s / ck) * 100, 2))
        if 'ef' in plant and i == 0: e = round(e + 3.3, 2); galat.append([f'Efisiensi!E{4+i}'])
        for j, v in enumerate([i + 1, pn, ck, s, e]): ef.cell(row=4 + i, column=1 + j, value=v)
    sk = wb.create_sheet('Skala')
    sk['A1'] = 'Skala Penilaian'; sk['A3'] = scale[0]; sk['B3'] = scale[1]; sk['A3'].font = B; sk['B3'].font = B
    for i, (txt, lab, lo, hi) in enumerate(scale[2]): sk.cell(row=4 + i, column=1, value=txt); sk.cell(row=4 + i, column=2, value=lab)
    name = f'{out}/g{k:02d}.xlsx'
    wb.save(name)
    truth[name] = {'galat': galat, 'meta': [negform, scale[1], efform, mstyle, cstyle, layout, numrow, pkstyle, noted, plant]}
json.dump(truth, open(f'{out}/truth.json', 'w'), indent=1)
