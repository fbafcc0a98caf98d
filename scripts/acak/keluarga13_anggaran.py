# Family 13 (truth first): a realisasi anggaran of programmes › kegiatan › sub kegiatan in one of six hierarchy styles
# (level words, Kepmendagri codes in a Kode column or leading the label, bold and indent alone, outline numbering 1 ›
# 1.1 › 1.1.1, a "- " before each sub kegiatan under named kegiatan), programmes sometimes in capitals; money as numbers
# or as text ("Rp 1.250.000", ",-", "Rp.", dots); the total at the bottom, at the top or both; a Sisa column, a %
# column or not; kegiatan written as headings without figures in some books; a PK budget table (No | Program | Anggaran)
# on its own sheet in most, naming the programmes as the budget does, in capitals, without "Program" or with a code.
# Planted: two of a kegiatan's pagu, a total's realisasi, a sub kegiatan's %, a programme's realisasi; and in half the
# books with a PK, one programme's anggaran there. Truth: the wrong cells and the tables (sheet, range, kind).
import json, os, random, sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from openpyxl.utils import get_column_letter as L
from umum import book_args

seed, out, n = book_args()
os.makedirs(out, exist_ok=True)
B = Font(bold=True)
PROGS = ['Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 'Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', 'Pengelolaan Pendidikan', 'Penyelenggaraan Jalan', 'Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum', 'Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah', 'Pendaftaran Penduduk', 'Peningkatan Ketenteraman dan Ketertiban Umum']
KEGS = ['Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Administrasi Keuangan Perangkat Daerah', 'Administrasi Umum Perangkat Daerah', 'Penyediaan Fasilitas Pelayanan Kesehatan', 'Pengelolaan Pendidikan Sekolah Dasar', 'Penyelenggaraan Jalan Kabupaten', 'Koordinasi Perencanaan Bidang Pemerintahan', 'Pelayanan Pendaftaran Penduduk', 'Penanganan Gangguan Ketenteraman', 'Pengadaan Barang Milik Daerah Penunjang Urusan']
SUBS = ['Penyusunan Dokumen Perencanaan Perangkat Daerah', 'Evaluasi Kinerja Perangkat Daerah', 'Penyediaan Gaji dan Tunjangan ASN', 'Penyediaan Alat Tulis Kantor', 'Penyediaan Bahan Logistik Kantor', 'Pengadaan Alat Kesehatan', 'Pembangunan Unit Sekolah Baru', 'Rehabilitasi Jalan', 'Pemeliharaan Rutin Jalan', 'Pelaksanaan Rapat Koordinasi', 'Penerbitan Dokumen Kependudukan', 'Patroli Ketertiban', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 'Penyediaan Makanan dan Minuman', 'Pemeliharaan Kendaraan Dinas']
truth = {}
def money(v, style):
    if style == 'num': return v
    s = f'{v:,}'.replace(',', '.')
    return {'rp': f'Rp {s}', 'rp-': f'Rp {s},-', 'dot': s, 'rpdot': f'Rp. {s}'}[style]
for b in range(n):
    style = random.choice(['words', 'codes-col', 'codes-label', 'bold-indent', 'numbering', 'dash'])
    mstyle = random.choice(['num', 'num', 'rp', 'rp-', 'dot', 'rpdot'])
    total_pos = random.choice(['bottom', 'bottom', 'top', 'both'])
    sisa = random.random() < .3
    pct = random.random() < .8
    progs = random.sample(PROGS, random.randint(2, 4))
    tree = []
    pi = random.randint(1, 5)
    for i, p in enumerate(progs):
        kegs = []
        for j, kname in enumerate(random.sample(KEGS, random.randint(1, 3))):
            subs = [(sname, random.randrange(50, 900) * 1_000_000 + random.choice([0, 500_000, 250_000])) for sname in random.sample(SUBS, random.randint(1, 4))]
            kegs.append((kname, subs))
        tree.append((p, kegs))
    wb = Workbook(); ws = wb.active; ws.title = random.choice(['Realisasi Anggaran', 'Anggaran', 'Lamp. Realisasi'])
    r = 1
    if random.random() < .7: ws['A1'] = 'Tabel 3.10 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2024'; r = 3
    codecol = style == 'codes-col'
    heads = (['Kode'] if codecol else ['No']) + [random.choice(['Program / Kegiatan / Sub Kegiatan', 'Uraian', 'Program/Kegiatan']), random.choice(['Pagu (Rp)', 'Anggaran (Rp)', 'Pagu Anggaran']), random.choice(['Realisasi (Rp)', 'Realisasi s.d. Desember', 'Realisasi'])] + (['Sisa (Rp)'] if sisa else []) + ([random.choice(['%', 'Serapan (%)', '% Realisasi'])] if pct else [])
    top = r
    for j, h in enumerate(heads): ws.cell(row=r, column=1 + j, value=h).font = B
    r += 1
    rows = []  # (row, level, pagu, real, label cells)
    def put(level, code, num, name, pagu, real):
        global r
        word = ['Program', 'Kegiatan', 'Sub Kegiatan'][level]
        label = name
        c1 = None; bold = False; indent = 0
        if style == 'words': label = f'{word} {name}'; bold = level == 0
        elif style == 'codes-col': c1 = code; bold = level < 2
        elif style == 'codes-label': label = f'{code} {name}'; bold = level == 0
        elif style == 'bold-indent': bold = level < 2; indent = level
        elif style == 'numbering': c1 = num; bold = level == 0
        elif style == 'dash': label = ('- ' if level == 2 else '') + (f'{word} {name}' if level < 2 else name); bold = level == 0
        if style in ('words', 'dash', 'bold-indent', 'codes-label') and level == 0 and random.random() < .2: label = label.upper()
        if c1 is not None: ws.cell(row=r, column=1, value=c1)
        c = ws.cell(row=r, column=2, value=label); c.font = Font(bold=bold)
        if indent: c.alignment = Alignment(indent=indent)
        rows.append([r, level, pagu, real]); r += 1
    tot_p = sum(s[1] for p in tree for k in p[1] for s in k[1])
    if total_pos in ('top', 'both'):
        trow = r; ws.cell(row=r, column=2, value=random.choice(['JUMLAH', 'TOTAL', 'Total Belanja'])).font = B; rows.append([r, -1, 0, 0]); r += 1
    reals = {}
    for i, (p, kegs) in enumerate(tree):
        pcode = f'1.0{random.randint(1, 5)}.{i + 1:02d}'
        pp = sum(s[1] for k in kegs for s in k[1])
        prow = len(rows); put(0, pcode, ['I', 'II', 'III', 'IV'][i] if style != 'numbering' else ['1', '2', '3', '4'][i], p, pp, 0)
        for j, (k, subs) in enumerate(kegs):
            kcode = f'{pcode}.2.{j + 1:02d}'
            krow = len(rows); put(1, kcode, f'{i + 1}.{j + 1}', k, sum(s[1] for s in subs), 0)
            for m, (sname, pagu) in enumerate(subs):
                put(2, f'{kcode}.{m + 1:04d}', f'{i + 1}.{j + 1}.{m + 1}', sname, pagu, 0)
    # realisasi per sub kegiatan, parents summed
    for row in rows:
        if row[1] == 2: row[3] = round(row[2] * random.uniform(.7, .99) / 1000) * 1000
    for idx, row in enumerate(rows):
        if row[1] in (0, 1):
            s_p = s_r = 0
            for nxt in rows[idx + 1:]:
                if nxt[1] <= row[1] and nxt[1] >= 0: break
                if nxt[1] == 2: s_p += nxt[2]; s_r += nxt[3]
            row[2], row[3] = s_p, s_r
    TP = sum(x[2] for x in rows if x[1] == 0); TR = sum(x[3] for x in rows if x[1] == 0)
    for row in rows:
        if row[1] == -1: row[2], row[3] = TP, TR
    if total_pos in ('bottom', 'both'):
        ws.cell(row=r, column=2, value=random.choice(['JUMLAH', 'TOTAL', 'Jumlah Total'])).font = B; rows.append([r, -1, TP, TR]); r += 1
    last = r - 1
    # planted
    gal = []
    kinds = random.sample(['parent', 'total', 'pct', 'sub'], 2 if pct else 1) if pct else ['parent']
    pc = 3; rc = 4; sc = 5 if sisa else None; pcc = (6 if sisa else 5) if pct else None
    plant = {}
    for kd in kinds:
        if kd == 'parent':
            cand = [x for x in rows if x[1] == 1]
            x = random.choice(cand); plant[(x[0], pc)] = x[2] + random.choice([-1, 1]) * random.randrange(5, 90) * 1_000_000
        elif kd == 'total':
            x = random.choice([x for x in rows if x[1] == -1]); plant[(x[0], rc)] = x[3] + random.choice([-1, 1]) * random.randrange(5, 90) * 1_000_000
        elif kd == 'pct':
            x = random.choice([x for x in rows if x[1] == 2]); plant[(x[0], pcc)] = round(x[3] / x[2] * 100 + random.choice([-1, 1]) * random.uniform(3, 12), 2)
        elif kd == 'sub':
            x = random.choice([x for x in rows if x[1] == 0]); plant[(x[0], rc)] = x[3] + random.choice([-1, 1]) * random.randrange(5, 90) * 1_000_000
    blank_keg = 'parent' not in kinds and random.random() < .3
    for x in rows:
        rr = x[0]
        if blank_keg and x[1] == 1: continue
        vals = {pc: x[2], rc: x[3]}
        if sisa: vals[sc] = x[2] - x[3]
        if pct: vals[pcc] = round(x[3] / x[2] * 100, 2)
        for col, v in vals.items():
            v = plant.get((rr, col), v)
            cell = ws.cell(row=rr, column=col, value=money(v, mstyle) if col in (pc, rc, sc) else v)
            if x[1] <= 0: cell.font = B
    for (rr, col) in plant: gal.append([f'{ws.title}!{L(col)}{rr}'])
    ws.cell(row=last + 2, column=1, value='Sumber: SIPD, diolah')
    pk_tab = []
    if random.random() < .6:
        pk = wb.create_sheet('PK', 0)
        pk['A1'] = 'Perjanjian Kinerja Tahun 2024'
        pk['A3'] = 'No'; pk['B3'] = 'Program'; pk['C3'] = random.choice(['Anggaran (Rp)', 'Anggaran', 'Pagu (Rp)'])
        for c in ('A3', 'B3', 'C3'): pk[c].font = B
        progrows = [x for x in rows if x[1] == 0]
        naming = random.choice(['same', 'upper', 'noword', 'code'])
        wrong_pk = random.random() < .5
        wi = random.randrange(len(progrows))
        for i, x in enumerate(progrows):
            name = tree[i][0]
            lab = {'same': f'Program {name}', 'upper': f'PROGRAM {name.upper()}', 'noword': name, 'code': f'1.0{i + 1}.{i + 1:02d} Program {name}'}[naming]
            v = x[2] + (random.choice([-1, 1]) * random.randrange(5, 90) * 1_000_000 if wrong_pk and i == wi else 0)
            pk.cell(row=4 + i, column=1, value=i + 1); pk.cell(row=4 + i, column=2, value=lab); pk.cell(row=4 + i, column=3, value=money(v, mstyle))
            if wrong_pk and i == wi: gal.append([f'PK!C{4 + i}'])
        pk_tab = [{'sheet': 'PK', 'range': f'A3:C{3 + len(progrows)}', 'kind': 'perjanjian-kinerja'}]
        kinds = kinds + [f'pk-{naming}' + ('-wrong' if wrong_pk else '')]
    f = os.path.join(out, f'k13_{seed}_{b}.xlsx'); wb.save(f)
    truth[f] = {'galat': gal, 'tabel': [{'sheet': ws.title, 'range': f'A{top}:{L(len(heads))}{last}', 'kind': 'realisasi-anggaran'}] + pk_tab,
                'meta': f'{style} {mstyle} total={total_pos} sisa={sisa} pct={pct} blank_keg={blank_keg} plant={kinds}'}
json.dump(truth, open(os.path.join(out, 'truth.json'), 'w'), indent=1)
