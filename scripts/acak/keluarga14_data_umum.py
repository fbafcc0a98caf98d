# Family 14 (truth first): the general data of a report (chapter II: staff by rank, schooling or post; facilities by
# kecamatan; documents issued by month): counts split over one to three columns, a row Jumlah or not, a share column
# "Persentase (%)" or not, a JUMLAH row. No standard table: only the checks of units hold. Planted: a JUMLAH of one
# column, or one row's Jumlah.
import json, os, random, sys
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter as L
from umum import book_args

seed, out, n = book_args()
os.makedirs(out, exist_ok=True)
B = Font(bold=True)
KINDS = [
 ('Golongan', ['Golongan IV', 'Golongan III', 'Golongan II', 'Golongan I', 'PPPK', 'Non ASN'], ['L', 'P']),
 ('Tingkat Pendidikan', ['S3', 'S2', 'S1/D4', 'D3', 'SMA/Sederajat', 'SMP'], ['Laki-laki', 'Perempuan']),
 ('Kecamatan', ['Kecamatan Barat', 'Kecamatan Timur', 'Kecamatan Utara', 'Kecamatan Selatan', 'Kecamatan Tengah'], ['Puskesmas', 'Pustu', 'Poskesdes']),
 ('Bulan', ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'], ['KTP-el', 'KK', 'Akta Kelahiran']),
 ('Jabatan', ['Jabatan Pimpinan Tinggi', 'Administrator', 'Pengawas', 'Fungsional', 'Pelaksana'], ['Jumlah Pegawai']),
]
truth = {}
for b in range(n):
    first, items, cols = random.choice(KINDS)
    items = items[:random.randint(3, len(items))]
    share = random.random() < .6
    rowtotal = len(cols) > 1 and random.random() < .8
    wb = Workbook(); ws = wb.active; ws.title = random.choice(['Kepegawaian', 'Data Umum', 'Tabel 2.1', 'Sarana'])
    r0 = 1
    if random.random() < .7: ws['A1'] = f'Tabel 2.{random.randint(1, 9)} Jumlah menurut {first}'; r0 = 3
    heads = ['No', first] + cols + (['Jumlah'] if rowtotal else []) + (['Persentase (%)'] if share else [])
    for j, h in enumerate(heads): ws.cell(row=r0, column=1 + j, value=h).font = B
    data = [[random.randint(0, 60) for _ in cols] for _ in items]
    tot_rows = [sum(d) for d in data]; grand = sum(tot_rows)
    col_tot = [sum(d[j] for d in data) for j in range(len(cols))]
    for i, (it, d) in enumerate(zip(items, data)):
        r = r0 + 1 + i
        ws.cell(row=r, column=1, value=i + 1); ws.cell(row=r, column=2, value=it)
        for j, v in enumerate(d): ws.cell(row=r, column=3 + j, value=v)
        c = 3 + len(cols)
        if rowtotal: ws.cell(row=r, column=c, value=tot_rows[i]); c += 1
        if share: ws.cell(row=r, column=c, value=round((tot_rows[i] if len(cols) > 1 or not rowtotal else d[0]) / grand * 100, 2) if grand else 0)
    rt = r0 + 1 + len(items)
    ws.cell(row=rt, column=2, value=random.choice(['JUMLAH', 'Jumlah', 'TOTAL'])).font = B
    for j, v in enumerate(col_tot): ws.cell(row=rt, column=3 + j, value=v).font = B
    c = 3 + len(cols)
    if rowtotal: ws.cell(row=rt, column=c, value=grand).font = B; c += 1
    if share: ws.cell(row=rt, column=c, value=100).font = B
    gal = []
    plant = random.choice(['coltot', 'rowtot'] if rowtotal else ['coltot'])
    if plant == 'coltot':
        j = random.randrange(len(cols)); v = col_tot[j] + random.choice([-1, 1]) * random.randint(2, 9)
        ws.cell(row=rt, column=3 + j, value=v); gal.append([f'{ws.title}!{L(3 + j)}{rt}'])
    else:
        i = random.randrange(len(items)); rr = r0 + 1 + i
        ws.cell(row=rr, column=3 + len(cols), value=tot_rows[i] + random.choice([-1, 1]) * random.randint(2, 9)); gal.append([f'{ws.title}!{L(3 + len(cols))}{rr}'])
    ws.cell(row=rt + 2, column=1, value='Sumber: Subbagian Umum dan Kepegawaian')
    f = os.path.join(out, f'k14_{seed}_{b}.xlsx'); wb.save(f)
    truth[f] = {'galat': gal, 'meta': f'{first} cols={len(cols)} share={share} rowtotal={rowtotal} plant={plant}'}
json.dump(truth, open(os.path.join(out, 'truth.json'), 'w'), indent=1)
