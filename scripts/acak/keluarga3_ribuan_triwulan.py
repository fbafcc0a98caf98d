# Random LKjIP books, third family (truth first): money in thousands with a Sisa column; belanja lines under programs;
# quarterly realisation TW I–IV + total; pengukuran over two years (2023 | 2024 groups); efisiensi per sasaran with the
# sasaran capaian the mean of its indikator; targets typed "≥ 85 %"; capitals labels; letter-grade or word scales;
# everything on one sheet or one table per sheet; a hidden "Pagu Murni" column beside "Pagu Perubahan".
import openpyxl, random, json, sys
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter as L
B = Font(bold=True)
seed = int(sys.argv[1]); out = sys.argv[2]; N = int(sys.argv[3])
random.seed(seed)
POOL = [('Persentase balita gizi baik', '%', 90, 92.4, True), ('Angka kematian neonatal per 1.000 KH', 'per 1.000 KH', 6, 5, False),
        ('Cakupan desa UCI', '%', 95, 96.5, True), ('Persentase penduduk yang memiliki JKN', '%', 95, 97.8, True),
        ('Prevalensi stunting', '%', 16, 14.5, False), ('Indeks keluarga sehat', 'Indeks', 0.5, 0.46, True),
        ('Persentase rumah sakit terakreditasi', '%', 100, 100, True), ('Angka kesakitan DBD per 100.000 penduduk', 'per 100.000', 45, 51, False)]
SCALES = [('Nilai', 'Predikat', [('> 90 - 100', 'AA', 90.0001, 1e9), ('> 80 - 90', 'A', 80.0001, 90), ('> 70 - 80', 'BB', 70.0001, 80), ('> 60 - 70', 'B', 60.0001, 70), ('> 50 - 60', 'CC', 50.0001, 60), ('≤ 50', 'C', -1e9, 50)]),
          ('Rentang Capaian (%)', 'Kategori', [('≥ 100', 'SANGAT BAIK', 100, 1e9), ('90 - < 100', 'BAIK', 90, 99.9999), ('75 - < 90', 'CUKUP', 75, 89.9999), ('< 75', 'KURANG', -1e9, 74.9999)])]
def band(scale, v):
    for txt, lab, lo, hi in scale[2]:
        if lo <= v <= hi: return lab
def cap(t, r, up, negform):
    return round(r / t * 100, 2) if up else (round((2 - r / t) * 100, 2) if negform == '2-r/t' else round(t / r * 100, 2))
truth = {}
for k in range(N):
    wb = openpyxl.Workbook(); ws0 = wb.active
    one = random.random() < 0.4
    negform = random.choice(['2-r/t', 't/r'])
    scale = random.choice(SCALES)
    thousands = random.random() < 0.5
    quarterly = random.random() < 0.4
    hidden_murni = random.random() < 0.3
    twoyears = random.random() < 0.5
    tgt_text = random.random() < 0.3
    plant = random.sample(['cap23', 'cap24', 'label', 'sisa', 'tw', 'belanja', 'mean', 'total'], 3)
    galat = []
    sheets = {}
    def sheet(name):
        if one:
            ws0.title = 'LKjIP'; return ws0
        if not sheets: ws0.title = name; sheets[name] = ws0; return ws0
        sheets[name] = wb.create_sheet(name); return sheets[name]
    nrow = {'LKjIP': 1}
    def start(ws):
        if one:
            r = nrow['LKjIP']; nrow['LKjIP'] += 0; return r
        return 1
    # ---------- pengukuran ----------
    ws = sheet('Pengukuran'); r0 = nrow['LKjIP'] if one else 1
    inds = random.sample(POOL, 4)
    ws.cell(row=r0, column=1, value='Tabel 3.2 Pengukuran Kinerja')
    h = r0 + 1
    if twoyears:
        for j, v in enumerate(['No', 'Indikator Kinerja', 'Tahun 2023', None, None, 'Tahun 2024', None, None, scale[1]]): ws.cell(row=h, column=1 + j, value=v).font = B
        for j, v in enumerate(['Target', 'Realisasi', 'Capaian (%)', 'Target', 'Realisasi', 'Capaian (%)']): ws.cell(row=h + 1, column=3 + j, value=v).font = B
        ws.merge_cells(start_row=h, start_column=3, end_row=h, end_column=5); ws.merge_cells(start_row=h, start_column=6, end_row=h, end_column=8)
        for c in (1, 2, 9): ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
        first = h + 2
    else:
        for j, v in enumerate(['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', scale[1]]): ws.cell(row=h, column=1 + j, value=v).font = B
        first = h + 1
    for i, (n, u, t, r, up) in enumerate(inds):
        rr = first + i
        row = [i + 1, n]
        if twoyears:
            t23, r23 = t, round(r * random.uniform(0.93, 1.0), 2)
            c23 = cap(t23, r23, up, negform)
            if 'cap23' in plant and i == 1: c23 = round(c23 + 6.1, 2); galat.append([f'{ws.title}!E{rr}'])
            row += [t23, r23, c23]
        c = cap(t, r, up, negform); lab = band(scale, c)
        if 'cap24' in plant and i == 2: c = round(c - 7.9, 2); lab = band(scale, c); galat.append([f'{ws.title}!{L(len(row) + 3)}{rr}'])
        if 'label' in plant and i == 3:
            labs = [x[1] for x in scale[2]]; lab = labs[(labs.index(lab) + 2) % len(labs)]; galat.append([f'{ws.title}!{L(len(row) + 4)}{rr}'])
        tv = (('≥ ' if up else '≤ ') + f'{t}'.replace('.', ',') + (' %' if u == '%' else '')) if tgt_text else t
        row += [tv, r, c, lab]
        for j, v in enumerate(row): ws.cell(row=rr, column=1 + j, value=v)
    if one: nrow['LKjIP'] = first + 6
    # ---------- anggaran ----------
    ws = sheet('Anggaran'); r0 = nrow['LKjIP'] if one else 1
    ws.cell(row=r0, column=1, value='Tabel 3.8 Realisasi Anggaran' + (' (dalam ribuan rupiah)' if thousands else ''))
    hdr = ['No', 'Program / Kegiatan'] + (['Pagu Murni'] if hidden_murni else []) + ['Pagu Perubahan' if hidden_murni else 'Pagu']
    if quarterly: hdr += ['TW I', 'TW II', 'TW III', 'TW IV', 'Jumlah Realisasi']
    else: hdr += ['Realisasi']
    hdr += ['Sisa', '%']
    for j, v in enumerate(hdr): ws.cell(row=r0 + 1, column=1 + j, value=v).font = B
    if hidden_murni: ws.column_dimensions[L(3)].hidden = True
    unit = 1000 if thousands else 1
    rr = r0 + 2; tot_p = tot_r = 0
    pcol = 4 if hidden_murni else 3
    for i in range(2):
        lines = [('Belanja Pegawai', random.randrange(200, 900) * 1_000_000), ('Belanja Barang dan Jasa', random.randrange(300, 2000) * 1_000_000), ('Belanja Modal', random.randrange(100, 800) * 1_000_000)]
        reals = [round(x * random.uniform(0.8, 0.99) / 1000) * 1000 for _, x in lines]
        ps, rs = sum(x for _, x in lines), sum(reals)
        prow = rr
        def write(rowi, no, name, p, re_, bold, err_sisa=False, err_tw=False, err_p=0):
            vals = [no, name] + ([round(p * 1.05 / unit)] if hidden_murni else []) + [round((p + err_p) / unit)]
            if quarterly:
                shares = [round(re_ * f) for f in (0.2, 0.25, 0.25)]; shares.append(re_ - sum(shares))
                q = [round(x / unit) for x in shares]
                tw_total = round(re_ / unit) + (7 if err_tw else 0)
                vals += q + [tw_total]
            else:
                vals += [round(re_ / unit)]
            sisa = round((p + err_p) / unit) - round(re_ / unit) + (13 if err_sisa else 0)
            vals += [sisa, round(re_ / (p + err_p) * 100, 2)]
            for j, v in enumerate(vals):
                c_ = ws.cell(row=rowi, column=1 + j, value=v)
                if bold: c_.font = B
            return vals
        rr += 1
        for j, ((ln, lp), lr) in enumerate(zip(lines, reals)):
            es = 'sisa' in plant and i == 0 and j == 1
            et = 'tw' in plant and quarterly and i == 1 and j == 0
            if es: galat.append([f'{ws.title}!{L(len(hdr) - 1)}{rr}'])
            if et: galat.append([f'{ws.title}!{L(len(hdr) - 2)}{rr}'])
            write(rr, None, ln, lp, lr, False, err_sisa=es, err_tw=et)
            rr += 1
        eb = 'belanja' in plant and i == 1
        if eb: galat.append([f'{ws.title}!{L(pcol)}{prow}'])
        write(prow, i + 1, ['Program Pemenuhan Upaya Kesehatan Perorangan dan Masyarakat', 'Program Peningkatan Kapasitas SDM Kesehatan'][i], ps, rs, True, err_p=50_000_000 if eb else 0)
        tot_p += ps; tot_r += rs
    et2 = 'total' in plant
    if et2: galat.append([f'{ws.title}!{L(pcol)}{rr}'])
    vals = [None, 'JUMLAH'] + ([round(tot_p * 1.05 / unit)] if hidden_murni else []) + [round((tot_p + (80_000_000 if et2 else 0)) / unit)]
    if quarterly:
        q = [None] * 4; vals += q + [round(tot_r / unit)]
    else: vals += [round(tot_r / unit)]
    vals += [round((tot_p + (80_000_000 if et2 else 0)) / unit) - round(tot_r / unit), round(tot_r / (tot_p + (80_000_000 if et2 else 0)) * 100, 2)]
    for j, v in enumerate(vals): ws.cell(row=rr, column=1 + j, value=v).font = B
    if one: nrow['LKjIP'] = rr + 3
    # ---------- efisiensi per sasaran ----------
    ws = sheet('Efisiensi'); r0 = nrow['LKjIP'] if one else 1
    ws.cell(row=r0, column=1, value='Tabel 3.9 Efisiensi per Sasaran')
    for j, v in enumerate(['No', 'Sasaran', 'Indikator', 'Capaian Indikator (%)', 'Capaian Sasaran (%)']): ws.cell(row=r0 + 1, column=1 + j, value=v).font = B
    for sI in range(2):
        cs = [cap(t, r, up, negform) for (n, u, t, r, up) in inds[2 * sI:2 * sI + 2]]
        mean = round(sum(cs) / 2, 2)
        em = 'mean' in plant and sI == 0
        if em: mean = round(mean + 4.4, 2); galat.append([f'{ws.title}!E{r0 + 2 + 2 * sI}'])
        for q in range(2):
            rr = r0 + 2 + 2 * sI + q
            vals = [sI + 1 if q == 0 else None, f'Meningkatnya derajat kesehatan {sI+1}' if q == 0 else None, inds[2 * sI + q][0], cs[q], mean if q == 0 else None]
            for j, v in enumerate(vals): ws.cell(row=rr, column=1 + j, value=v)
        for c in (1, 2, 5): ws.merge_cells(start_row=r0 + 2 + 2 * sI, start_column=c, end_row=r0 + 3 + 2 * sI, end_column=c)
    if one: nrow['LKjIP'] = r0 + 8
    ws = sheet('Skala'); r0 = nrow['LKjIP'] if one else 1
    ws.cell(row=r0, column=1, value='Skala Nilai'); ws.cell(row=r0 + 1, column=1, value=scale[0]).font = B; ws.cell(row=r0 + 1, column=2, value=scale[1]).font = B
    for i, (txt, lab, lo, hi) in enumerate(scale[2]): ws.cell(row=r0 + 2 + i, column=1, value=txt); ws.cell(row=r0 + 2 + i, column=2, value=lab)
    name = f'{out}/h{k:02d}.xlsx'; wb.save(name)
    truth[name] = {'galat': galat, 'meta': [one, negform, scale[1], thousands, quarterly, hidden_murni, twoyears, tgt_text, plant]}
json.dump(truth, open(f'{out}/truth.json', 'w'), indent=1)
