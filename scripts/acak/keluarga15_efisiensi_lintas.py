# Family 15 (truth first): a report whose figures meet across sheets — a PK (indikator with targets and a programme
# budget under it), a pengukuran, a realisasi anggaran (programme > kegiatan, JUMLAH) and an efisiensi either per
# programme with its money (pagu, realisasi, serapan, capaian, efisiensi) or per sasaran (capaian, serapan, efisiensi)
# by one of four measures (capaian − serapan, capaian ÷ serapan, 100 − serapan, 1 − serapan ÷ capaian). Headers in
# Indonesian (full or abbreviated) or in English; lower-is-better indikator stated in the name ("(semakin kecil semakin
# baik)"), in a Polaritas column, in a note under the table or nowhere; the PK naming indikator and programmes in
# capitals, with a closing period; programmes in capitals, without "Program", abbreviated ("Prog.", "Kab/Kota", "&")
# or after a code; a hidden indikator row; a hidden "Pagu Murni" beside a
# visible "Pagu Perubahan". Planted: a capaian, a PK target, a PK anggaran, an efisiensi table's pagu against the
# budget, an efisiensi, an efisiensi table's serapan, a JUMLAH, the JUMLAH's %, a programme's realisasi.
import json, os, random
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter as L
from umum import book_args

seed, out, n = book_args()
os.makedirs(out, exist_ok=True)
B = Font(bold=True)
OFFICES = {
 'Dinas Kesehatan': [('Angka kematian ibu', 'per 100.000 KH', 110, 96, False), ('Prevalensi stunting pada balita', '%', 18, 16.4, False), ('Cakupan imunisasi dasar lengkap', '%', 95, 92.6, True), ('Persentase puskesmas terakreditasi paripurna', '%', 60, 64, True)],
 'Dinas PUPR': [('Persentase jalan kabupaten dalam kondisi mantap', '%', 72, 70.15, True), ('Persentase kehilangan air PDAM', '%', 30, 27.5, False), ('Rasio drainase tersumbat', '%', 12, 13.1, False), ('Persentase irigasi dalam kondisi baik', '%', 65, 67.2, True)],
 'Dinas Penanaman Modal dan PTSP': [('Rata-rata waktu penyelesaian perizinan', 'Hari', 5, 4, False), ('Nilai realisasi investasi', 'Rp Miliar', 850, 903.4, True), ('Indeks kepuasan masyarakat', 'Indeks', 82, 84.35, True), ('Jumlah pengaduan perizinan', 'Aduan', 40, 31, False)],
 'RSUD': [('Bed occupancy rate', '%', 75, 71.8, True), ('Gross death rate', 'per mil', 40, 36, False), ('Waktu tunggu rawat jalan', 'Menit', 60, 52, False), ('Persentase kepuasan pasien', '%', 85, 88.4, True)],
 'Dinas Pendidikan': [('Angka partisipasi kasar PAUD', '%', 70, 66.3, True), ('Angka putus sekolah SD', '%', 0.4, 0.31, False), ('Rata-rata nilai asesmen nasional', 'Nilai', 65, 67.8, True), ('Persentase ruang kelas rusak berat', '%', 6, 7.2, False)],
 'Satpol PP': [('Persentase penegakan perda', '%', 85, 88.1, True), ('Jumlah pelanggaran ketertiban umum', 'Kasus', 120, 104, False), ('Waktu tanggap penanganan kebakaran', 'Menit', 15, 13, False), ('Persentase linmas terlatih', '%', 60, 58.2, True)],
 'Bappeda': [('Tingkat kemiskinan', '%', 9.8, 9.41, False), ('Laju pertumbuhan ekonomi', '%', 5.2, 5.35, True), ('Indeks Gini', 'Indeks', 0.36, 0.352, False), ('Persentase dokumen perencanaan tepat waktu', '%', 100, 100, True)],
 'Kecamatan': [('Persentase layanan administrasi selesai tepat waktu', '%', 90, 93.4, True), ('Jumlah pengaduan yang belum ditindaklanjuti', 'Aduan', 8, 5, False), ('Indeks kepuasan masyarakat kecamatan', 'Indeks', 80, 81.7, True), ('Persentase desa dengan APBDes tepat waktu', '%', 100, 94.4, True)],
}
PROGS = ['Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 'Program Pelayanan dan Pengendalian', 'Program Peningkatan Kapasitas Sumber Daya', 'Program Pembinaan dan Pengawasan']
KEGS = ['Perencanaan, Penganggaran dan Evaluasi Kinerja', 'Administrasi Keuangan Perangkat Daerah', 'Administrasi Umum Perangkat Daerah', 'Penyediaan Jasa Penunjang Urusan', 'Pemeliharaan Barang Milik Daerah', 'Koordinasi dan Sinkronisasi', 'Pengendalian dan Evaluasi', 'Fasilitasi dan Pembinaan']


def cap(t, r, up, form):
    if up: return r / t * 100
    return (2 - r / t) * 100 if form == '2-r/t' else t / r * 100


def eff(c, s, how):
    return {'selisih': c - s, 'rasio': c / s * 100, 'sisa': 100 - s, 'pmk': (1 - s / c) * 100}[how]


def named(pn, how, i):
    """A programme's name as another table writes it: the same, in capitals, without "Program", abbreviated, or after
    its Kepmendagri code."""
    if how == 'kapital': return pn.upper()
    if how == 'tanpa': return pn.replace('Program ', '', 1)
    if how == 'singkat': return pn.replace('Program ', 'Prog. ').replace('Kabupaten/Kota', 'Kab/Kota').replace(' dan ', ' & ')
    if how == 'kode': return f'1.02.{i + 1:02d} {pn}'
    return pn


def heads(row, ws, names, col=1):
    for j, h in enumerate(names): ws.cell(row=row, column=col + j, value=h).font = B


truth = {}
for b in range(n):
    office = random.choice(list(OFFICES)); inds = OFFICES[office][:]; random.shuffle(inds)
    en = random.random() < .25
    abbr = not en and random.random() < .4
    form = random.choice(['2-r/t', 't/r'])
    pol = random.choice(['nama', 'kolom', 'catatan', 'tidak'])
    pkname = random.choice(['sama', 'kapital', 'titik'])
    progname = random.choice(['sama', 'kapital', 'tanpa', 'singkat', 'kode'])
    efname = random.choice(['sama', 'singkat', 'kode'])
    eftype = random.choice(['program', 'sasaran'])
    how = random.choice(['selisih', 'rasio', 'sisa', 'pmk'])
    hidrow = random.random() < .35
    hidcol = random.random() < .35
    eftotal = eftype == 'program' and random.random() < .5
    choices = ['cap', 'pktarget', 'pkang', 'efval', 'total', 'totpct', 'kegsum'] + (['efpagu', 'efser'] if eftype == 'program' else [])
    plant = random.sample(choices, 3)
    gal = []; tabs = []
    wb = Workbook()
    neg_name = lambda nm, up: nm + (' (semakin kecil semakin baik)' if (pol == 'nama' and not up) else '')
    # --- realisasi anggaran first (the other sheets quote it) ---
    progs = []
    for pI, pn in enumerate(random.sample(PROGS, random.randint(2, 3))):
        kegs = [(kn, random.randrange(80, 2500) * 1_000_000) for kn in random.sample(KEGS, random.randint(2, 3))]
        kegs = [(kn, p, round(p * random.uniform(.8, .99))) for kn, p in kegs]
        progs.append((pn, kegs, sum(k[1] for k in kegs), sum(k[2] for k in kegs)))
    an = wb.active; an.title = 'Realisasi Anggaran' if not en else 'Budget'
    an['A1'] = 'Tabel 3.6 Realisasi Anggaran per Program Tahun 2024' if not en else 'Table 3.6 Budget Realization 2024'
    if en: h = ['No', 'Program / Activity', 'Budget (Rp)', 'Realization (Rp)', 'Absorption (%)']
    elif abbr: h = ['No', 'Program/Kegiatan', 'Pagu Perubahan', 'Real. Angg.', '% Serapan']
    else: h = ['No', 'Program / Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Serapan (%)']
    pc = 3 + hidcol  # the pagu's column (a hidden Pagu Murni before it)
    if hidcol: h = h[:2] + ['Pagu Murni'] + h[2:]; h[3] = 'Pagu Perubahan' if not en else 'Revised Budget (Rp)'
    heads(3, an, h)
    if hidcol: an.column_dimensions['C'].hidden = True
    r = 4; prog_row = {}
    for pI, (pn, kegs, pp, pr) in enumerate(progs):
        prog_row[pn] = r
        shown_r = pr + (45_000_000 if ('kegsum' in plant and pI == 0) else 0)
        if 'kegsum' in plant and pI == 0: gal.append([f'{an.title}!{L(pc + 1)}{r}'])
        vals = [str(pI + 1), pn] + ([round(pp * .93)] if hidcol else []) + [pp, shown_r, round(shown_r / pp * 100, 2)]
        for j, v in enumerate(vals): an.cell(row=r, column=1 + j, value=v).font = B
        r += 1
        for kI, (kn, kp, kr) in enumerate(kegs):
            vals = [f'{pI + 1}.{kI + 1}', ('Kegiatan ' if not en else 'Activity: ') + kn] + ([round(kp * .93)] if hidcol else []) + [kp, kr, round(kr / kp * 100, 2)]
            for j, v in enumerate(vals): an.cell(row=r, column=1 + j, value=v)
            r += 1
    tp = sum(p[2] for p in progs); trr = sum(p[3] for p in progs)
    tpv = tp + (120_000_000 if 'total' in plant else 0)
    tpct = round(trr / tp * 100, 2) + (3.1 if 'totpct' in plant else 0)
    if 'total' in plant: gal.append([f'{an.title}!{L(pc)}{r}'])
    if 'totpct' in plant: gal.append([f'{an.title}!{L(pc + 2)}{r}'])
    vals = [None, 'JUMLAH' if not en else 'TOTAL'] + ([round(tp * .93)] if hidcol else []) + [tpv, trr, round(tpct, 2)]
    for j, v in enumerate(vals): an.cell(row=r, column=1 + j, value=v).font = B
    tabs.append({'sheet': an.title, 'range': f'A3:{L(len(h))}{r}', 'kind': 'realisasi-anggaran'})
    wb.move_sheet(an, offset=2)
    # --- PK: indikator with targets, the programmes' budget under it ---
    pk = wb.create_sheet('PK', 0)
    pk['A1'] = f'PERJANJIAN KINERJA {office.upper()} TAHUN 2024'
    h = ['No', 'Strategic Objective', 'Performance Indicator', 'Target 2024'] if en else ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target 2024']
    heads(3, pk, h)
    for i, (nm, u, t, rv, up) in enumerate(inds):
        tt = t
        if 'pktarget' in plant and i == 2: tt = round(t * 1.2, 3) if t > 1 else round(t + .1, 3); gal.append([f'PK!D{4 + i}', f'Pengukuran!D{4 + i}'])
        name = neg_name(nm, up)
        name = name.upper() if pkname == 'kapital' else (name + '.' if pkname == 'titik' else name)
        for j, v in enumerate([i + 1, f'Meningkatnya kinerja layanan {i // 2 + 1}' if i % 2 == 0 else None, name, tt]): pk.cell(row=4 + i, column=1 + j, value=v)
    tabs.append({'sheet': 'PK', 'range': f'A3:D{3 + len(inds)}', 'kind': 'perjanjian-kinerja'})
    base = 4 + len(inds) + random.randint(2, 3)
    pk.cell(row=base - 1, column=1, value='Program dan anggaran:' if not en else 'Programs and budget:')
    heads(base, pk, ['No', 'Program', 'Budget (Rp)'] if en else ['No', 'Program', random.choice(['Anggaran (Rp)', 'Pagu Anggaran (Rp)', 'Anggaran'])])
    for i, (pn, kegs, pp, pr) in enumerate(progs):
        a = pp + (50_000_000 if ('pkang' in plant and i == len(progs) - 1) else 0)
        if 'pkang' in plant and i == len(progs) - 1: gal.append([f'PK!C{base + 1 + i}', f'{an.title}!{L(pc)}{prog_row[pn]}'])
        nm = named(pn, progname, i)
        for j, v in enumerate([i + 1, nm, a]): pk.cell(row=base + 1 + i, column=1 + j, value=v)
    tabs.append({'sheet': 'PK', 'range': f'A{base}:C{base + len(progs)}', 'kind': 'perjanjian-kinerja'})
    # --- pengukuran ---
    pg = wb.create_sheet('Pengukuran', 1)
    pg['A1'] = 'Tabel 3.1 Pengukuran Kinerja Tahun 2024' if not en else 'Table 3.1 Performance Measurement 2024'
    if en: h = ['No', 'Performance Indicator', 'Unit', 'Target', 'Actual', 'Achievement (%)']
    elif abbr: h = ['No', 'Indikator Kinerja', 'Sat.', 'Tgt', 'Real.', random.choice(['%', '% Capaian', 'Cap. (%)'])]
    else: h = ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)']
    if pol == 'kolom': h = h + (['Polarity'] if en else [random.choice(['Polaritas', 'Sifat Indikator'])])
    heads(3, pg, h)
    caps = []
    for i, (nm, u, t, rv, up) in enumerate(inds):
        c = round(cap(t, rv, up, form), 2)
        caps.append(c)
        if 'cap' in plant and i == (1 if not hidrow else 0): c = round(c + 7.35, 2); gal.append([f'Pengukuran!F{4 + i}'])
        vals = [i + 1, neg_name(nm, up), u, t, rv, c] + ([('Negative' if en else 'Negatif') if not up else ('Positive' if en else 'Positif')] if pol == 'kolom' else [])
        for j, v in enumerate(vals): pg.cell(row=4 + i, column=1 + j, value=v)
    if hidrow: pg.row_dimensions[4 + len(inds) - 1].hidden = True
    tabs.append({'sheet': 'Pengukuran', 'range': f'A3:{L(len(h))}{3 + len(inds)}', 'kind': 'pengukuran-kinerja'})
    if pol == 'catatan':
        negs = [nm for nm, u, t, rv, up in inds if not up]
        pg.cell(row=5 + len(inds), column=1, value=('Catatan: ' if not en else 'Note: ') + ', '.join(negs) + (' merupakan indikator negatif (semakin kecil semakin baik).' if not en else ': lower is better.'))
    # --- efisiensi ---
    ef = wb.create_sheet('Efisiensi')
    ef['A1'] = 'Tabel 3.9 Efisiensi Penggunaan Sumber Daya' if not en else 'Table 3.9 Efficiency'
    efh = {'selisih': 'Efisiensi (%)', 'rasio': 'Tingkat Efisiensi (%)', 'sisa': 'Efisiensi Anggaran (%)', 'pmk': 'Nilai Efisiensi (%)'}[how] if not en else 'Efficiency (%)'
    if eftype == 'program':
        h = ['No', 'Program', 'Budget (Rp)', 'Realization (Rp)', 'Absorption (%)', 'Performance Achievement (%)', efh] if en else ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan Anggaran (%)', 'Capaian Kinerja (%)', efh]
        heads(3, ef, h)
        for i, (pn, kegs, pp, pr) in enumerate(progs):
            rr = 4 + i
            p_ = pp + (75_000_000 if ('efpagu' in plant and i == 0) else 0)
            if 'efpagu' in plant and i == 0: gal.append([f'Efisiensi!C{rr}', f'{an.title}!{L(pc)}{prog_row[pn]}'])
            s = round(pr / p_ * 100, 2)
            if 'efser' in plant and i == len(progs) - 1: s = round(s - 6.4, 2); gal.append([f'Efisiensi!E{rr}'])
            c = round(random.uniform(88, 112), 2)
            e = round(eff(c, s, how), 2)
            if 'efval' in plant and i == 1: e = round(e + 4.45, 2); gal.append([f'Efisiensi!G{rr}'])
            for j, v in enumerate([i + 1, named(pn, efname, i), p_, pr, s, c, e]): ef.cell(row=rr, column=1 + j, value=v)
        last = 3 + len(progs)
        if eftotal:
            last += 1
            p_sum = sum(ef.cell(row=4 + i, column=3).value for i in range(len(progs)))
            for j, v in enumerate([None, 'JUMLAH' if not en else 'TOTAL', p_sum, trr, round(trr / p_sum * 100, 2)]): ef.cell(row=last, column=1 + j, value=v).font = B
            # a pagu shown wrong is in the column's JUMLAH too: a finding there names the same slip
            for g in gal:
                if g[0] == 'Efisiensi!C4': g.append(f'Efisiensi!C{last}')
    else:
        h = ['No', 'Strategic Objective', 'Performance Achievement (%)', 'Budget Absorption (%)', efh] if en else ['No', 'Sasaran Strategis', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', efh]
        heads(3, ef, h)
        for i in range(2):
            rr = 4 + i
            c = round(sum(caps[2 * i:2 * i + 2]) / 2, 2); s = round(random.uniform(82, 99), 2)
            e = round(eff(c, s, how), 2)
            if 'efval' in plant and i == 1: e = round(e + 4.45, 2); gal.append([f'Efisiensi!E{rr}'])
            for j, v in enumerate([i + 1, f'Meningkatnya kinerja layanan {i + 1}', c, s, e]): ef.cell(row=rr, column=1 + j, value=v)
        last = 5
    tabs.append({'sheet': 'Efisiensi', 'range': f'A3:{L(len(h))}{last}', 'kind': 'efisiensi'})
    f = os.path.join(out, f'k15_{seed}_{b:02d}.xlsx'); wb.save(f)
    truth[f] = {'galat': gal, 'tabel': tabs, 'meta': f'{office} en={en} abbr={abbr} form={form} pol={pol} pk={pkname} prog={progname}/{efname} ef={eftype}/{how} tot={eftotal} hidrow={hidrow} hidcol={hidcol} plant={plant}'}
json.dump(truth, open(os.path.join(out, 'truth.json'), 'w'), indent=1)
