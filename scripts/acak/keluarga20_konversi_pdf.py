# Family 20 (truth first): a report converted from PDF, as converters write it — one sheet per table ("Table 1" …),
# figures as text or numbers, and columns cut in two: a header merged over two sheet columns (or written over the left
# one only), each row's figure in the left half or the right one as the converter placed it (target, realisasi, capaian, pagu, realisasi anggaran), a name
# written across both halves of a cut name column ("Program" | "Penyelenggaraan Jalan", "Kegiatan Pembangunan" |
# "Jalan"), two indikator stacked in one row, one per line in each cell. Planted: a capaian (also a stacked one's), a
# kegiatan's pagu and a programme's realisasi wherever they stand, the JUMLAH's pagu, a PK anggaran against the budget
# table.
import json, os, random
from openpyxl import Workbook
from openpyxl.styles import Font
from umum import book_args

seed, out, n = book_args()
os.makedirs(out, exist_ok=True)
B = Font(bold=True)
PROGRAMS = ['Program Penyelenggaraan Jalan', 'Program Pengelolaan dan Pengembangan Sistem Air Minum', 'Program Pemenuhan Upaya Kesehatan Perorangan',
            'Program Pengelolaan Pendidikan', 'Program Penataan Bangunan Gedung', 'Program Pengendalian Penduduk', 'Program Penunjang Urusan Pemerintahan Daerah']
KEGIATAN = ['Pembangunan Jalan', 'Rehabilitasi dan Pemeliharaan Jalan', 'Penyediaan Fasilitas Pelayanan Kesehatan', 'Perencanaan dan Evaluasi Kinerja',
            'Administrasi Keuangan Perangkat Daerah', 'Pengelolaan Sarana Pendidikan', 'Pembangunan Sistem Penyediaan Air Minum']
INDIKATOR = [('Persentase jalan kondisi mantap', 75), ('Persentase rumah layak huni', 85), ('Indeks kepuasan masyarakat', 82),
             ('Persentase puskesmas terakreditasi', 90), ('Angka partisipasi murni SD', 97), ('Nilai SAKIP', 70), ('Cakupan air minum layak', 88)]
SASARAN = ['Meningkatnya kualitas infrastruktur', 'Meningkatnya kualitas pelayanan publik', 'Meningkatnya derajat kesehatan']


def col(n):
    return chr(64 + n)


def idn(v, dec):
    s = f'{v:,.{dec}f}'
    return s.replace(',', 'X').replace('.', ',').replace('X', '.')


def write_row(ws, r, cells, bold=False):
    for c, v in cells.items():
        if v is None: continue
        x = ws.cell(row=r, column=c, value=v)
        if bold: x.font = B


def split_name(name):
    words = name.split(' ')
    k = random.randint(1, len(words) - 1)
    return ' '.join(words[:k]), ' '.join(words[k:])


truth = {}
for b in range(n):
    as_text = random.random() < .6
    cut = {k: random.random() < .6 for k in ('target', 'realisasi', 'capaian', 'pagu', 'real', 'nama', 'pk')}
    stacked = random.random() < .4
    # the cut columns' headers merged over both halves, or written over the left half only
    merged = random.random() < .6
    plant = random.sample(['capaian', 'kegpagu', 'progreal', 'jumlah', 'pkang'], 3)
    gal = []; tabs = []
    wb = Workbook()
    fig = (lambda v, dec=0: idn(v, dec)) if as_text else (lambda v, dec=0: round(v, dec) if dec else v)
    # --- the budget: two or three programmes of two or three kegiatan ---
    plan = []
    for pn in random.sample(PROGRAMS, random.randint(2, 3)):
        kegs = []
        for kn in random.sample(KEGIATAN, random.randint(2, 3)):
            p = random.randrange(200, 5000) * 1_000_000
            kegs.append((f'Kegiatan {kn}', p, round(p * random.uniform(.8, .99) / 1000) * 1000))
        plan.append((pn, kegs))
    # --- Table 1: pengukuran ---
    pg = wb.active; pg.title = 'Table 1'
    # columns: No, Indikator, Target (+twin), Realisasi (+twin), Capaian (+twin)
    c_no, c_ind = 1, 2
    nxt = 3
    lay = {}
    for k in ('target', 'realisasi', 'capaian'):
        lay[k] = (nxt, nxt + 1 if cut[k] else None); nxt += 2 if cut[k] else 1
    last = nxt - 1
    head = {c_no: 'No', c_ind: 'Indikator Kinerja', lay['target'][0]: 'Target', lay['realisasi'][0]: 'Realisasi', lay['capaian'][0]: 'Capaian (%)'}
    write_row(pg, 1, head, True)
    for k in ('target', 'realisasi', 'capaian'):
        if lay[k][1] and merged: pg.merge_cells(f'{col(lay[k][0])}1:{col(lay[k][1])}1')
    inds = random.sample(INDIKATOR, 5)
    r = 2
    cap_rows = []
    for i, (nm, t) in enumerate(inds):
        real = round(t * random.uniform(.9, 1.12), 1)
        cap = round(real / t * 100, 2)
        place = lambda k: lay[k][1] if lay[k][1] and random.random() < .4 else lay[k][0]
        cells = {c_no: str(i + 1), c_ind: nm}
        ct, cr, cc = place('target'), place('realisasi'), place('capaian')
        cells[ct] = fig(t) if as_text else t
        cells[cr] = fig(real, 1) if as_text else real
        if 'capaian' in plant and i == 2:
            cap = round(cap + 1.5, 2); gal.append([f'{pg.title}!{col(cc)}{r}'])
        cells[cc] = fig(cap, 2) if as_text else cap
        write_row(pg, r, cells)
        cap_rows.append(r); r += 1
    if stacked:
        # two indikator in one row, one per line in each cell (each an angka-tidak-valid peringatan); the second's capaian
        # planted wrong in half the books
        (n1, t1), (n2, t2) = random.sample([x for x in INDIKATOR if x not in inds], 2)
        r1, r2 = round(t1 * 1.02, 1), round(t2 * .97, 1)
        c2 = r2 / t2 * 100
        if random.random() < .5:
            c2 += 2; gal.append([f'{pg.title}!{col(lay["capaian"][0])}{r}'])
        write_row(pg, r, {c_no: str(len(inds) + 1), c_ind: f'1. {n1}\n2. {n2}', lay['target'][0]: f'{t1}\n{t2}',
                          lay['realisasi'][0]: f'{idn(r1, 1)}\n{idn(r2, 1)}', lay['capaian'][0]: f'{idn(r1 / t1 * 100, 2)}\n{idn(c2, 2)}'})
        r += 1
    tabs.append({'sheet': pg.title, 'range': f'A1:{col(last)}{r - 1}', 'kind': 'pengukuran-kinerja'})
    # --- Table 2: realisasi anggaran ---
    an = wb.create_sheet('Table 2')
    c_nm = 2
    nxt = 3 if cut['nama'] else 2
    nxt += 1
    lay2 = {}
    for k in ('pagu', 'real'):
        lay2[k] = (nxt, nxt + 1 if cut[k] else None); nxt += 2 if cut[k] else 1
    c_pct = nxt
    write_row(an, 1, {1: 'No', 2: 'Program/Kegiatan', lay2['pagu'][0]: 'Pagu (Rp)', lay2['real'][0]: 'Realisasi (Rp)', c_pct: '%'}, True)
    if cut['nama'] and merged: an.merge_cells('B1:C1')
    for k in ('pagu', 'real'):
        if lay2[k][1] and merged: an.merge_cells(f'{col(lay2[k][0])}1:{col(lay2[k][1])}1')
    r = 2
    tot_p = tot_r = 0
    prog_pagu_cell = {}
    jumlah_row = 1 + len(plan) + sum(len(k) for _, k in plan) + 1
    for pI, (pn, kegs) in enumerate(plan):
        prow = r; r += 1
        pp = sum(k[1] for k in kegs); pr = sum(k[2] for k in kegs)
        place2 = lambda k: lay2[k][1] if lay2[k][1] and random.random() < .4 else lay2[k][0]
        krows = []
        for kI, (kn, kp, kr) in enumerate(kegs):
            cp, cr = place2('pagu'), place2('real')
            shown_p = kp
            if 'kegpagu' in plant and pI == 0 and kI == len(kegs) - 1:
                shown_p = kp + 250_000_000
                gal.append([f'{an.title}!{col(cp)}{r}', f'{an.title}!{col(c_pct)}{r}', f'{an.title}!{col(lay2["pagu"][0])}{prow}', f'{an.title}!{col(lay2["pagu"][0])}{jumlah_row}'])
            cells = {2: kn}
            if cut['nama'] and random.random() < .5:
                cells[2], cells[3] = split_name(kn)
            cells[cp] = fig(shown_p) if as_text else shown_p
            cells[cr] = fig(kr) if as_text else kr
            cells[c_pct] = fig(kr / kp * 100, 2) if as_text else round(kr / kp * 100, 2)
            write_row(an, r, cells)
            r += 1
        cp, cr = place2('pagu'), place2('real')
        prog_pagu_cell[pn] = f'{an.title}!{col(cp)}{prow}'
        shown_r = pr
        if 'progreal' in plant and pI == len(plan) - 1:
            shown_r = pr + 120_000_000
            gal.append([f'{an.title}!{col(cr)}{prow}', f'{an.title}!{col(c_pct)}{prow}', f'{an.title}!{col(lay2["real"][0])}{jumlah_row}'])
        cells = {1: str(pI + 1), 2: pn}
        if cut['nama'] and random.random() < .6:
            cells[2], cells[3] = split_name(pn)
        cells[cp] = fig(pp) if as_text else pp
        cells[cr] = fig(shown_r) if as_text else shown_r
        cells[c_pct] = fig(pr / pp * 100, 2) if as_text else round(pr / pp * 100, 2)
        write_row(an, prow, cells, True)
        tot_p += pp; tot_r += pr
    assert r == jumlah_row
    jp = tot_p
    if 'jumlah' in plant:
        jp = tot_p + 300_000_000; gal.append([f'{an.title}!{col(lay2["pagu"][0])}{r}', f'{an.title}!{col(c_pct)}{r}'])
    write_row(an, r, {2: 'JUMLAH', lay2['pagu'][0]: fig(jp) if as_text else jp, lay2['real'][0]: fig(tot_r) if as_text else tot_r,
                      c_pct: fig(tot_r / tot_p * 100, 2) if as_text else round(tot_r / tot_p * 100, 2)}, True)
    tabs.append({'sheet': an.title, 'range': f'A1:{col(c_pct)}{r}', 'kind': 'realisasi-anggaran'})
    # --- Table 3: the PK's programme budget ---
    pk = wb.create_sheet('Table 3', 0)
    # the PK's indikator and targets, then its programmes' budget under them
    write_row(pk, 1, {1: 'No', 2: 'Sasaran Strategis', 3: 'Indikator Kinerja', 4: 'Target'}, True)
    for i, (nm, t) in enumerate(inds[:3]):
        write_row(pk, i + 2, {1: str(i + 1), 2: SASARAN[i], 3: nm, 4: fig(t) if as_text else t})
    tabs.append({'sheet': pk.title, 'range': 'A1:D4', 'kind': 'perjanjian-kinerja'})
    top = 6
    write_row(pk, top, {1: 'No', 2: 'Program', 3: 'Anggaran (Rp)'}, True)
    if cut['pk'] and merged: pk.merge_cells(f'C{top}:D{top}')
    for pI, (pn, kegs) in enumerate(plan):
        pp = sum(k[1] for k in kegs)
        cc = 4 if cut['pk'] and random.random() < .5 else 3
        if 'pkang' in plant and pI == 0:
            pp += 75_000_000; gal.append([f'{pk.title}!{col(cc)}{top + pI + 1}', prog_pagu_cell[pn]])
        write_row(pk, top + pI + 1, {1: str(pI + 1), 2: pn, cc: fig(pp) if as_text else pp})
    tabs.append({'sheet': pk.title, 'range': f'A{top}:{"D" if cut["pk"] else "C"}{top + len(plan)}', 'kind': 'perjanjian-kinerja'})
    f = os.path.join(out, f'k20_{seed}_{b:02d}.xlsx'); wb.save(f)
    truth[f] = {'galat': gal, 'tabel': tabs, 'meta': f'text={as_text} merged={merged} cut={"".join(k[0] for k, v in cut.items() if v)} stacked={stacked} plant={plant}'}
json.dump(truth, open(os.path.join(out, 'truth.json'), 'w'), indent=1)
