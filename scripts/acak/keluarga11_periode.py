# Family 11 (truth first): a pengukuran split by period — TW I–IV, Triwulan I–IV, s.d. TW I–IV, Semester I/II, years —
# each period a group of target, realisasi and capaian; eight kinds of office, lower-is-better indikator by either
# formula. Headers: a band of periods over the leaves, a band over that ("Kinerja Triwulan 2024"), or one row with the
# period or year closing each header's words ("Tgt TW I", "C (%) 2023"); leaves in full, abbreviated (Tgt | Real. | %,
# T | R | C (%)), with line breaks; a numbering row or not, a Satuan or not, a year's group after the quarters or not;
# capaian stored as a number, as text ("98,29 %") or as a fraction under a % format. Planted: one or two wrong capaian
# in any group. Truth: the wrong cells and the table (sheet, range, kind).
import json, os, random, sys
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter as L
from umum import book_args

seed, out, n = book_args()
os.makedirs(out, exist_ok=True)
# (indikator, satuan, polarity, usual target, how its figures are written)
OFFICES = {
    'Dinas Kesehatan': [('Angka Kematian Ibu', 'per 100.000 KH', -1, 90, 'int'), ('Persentase balita stunting', '%', -1, 14, 'pct'), ('Cakupan imunisasi dasar lengkap', '%', 1, 95, 'pct'), ('Persentase puskesmas terakreditasi', '%', 1, 100, 'pct'), ('Angka kesakitan DBD', 'per 100.000 penduduk', -1, 40, 'int')],
    'Dinas Pendidikan': [('Angka Partisipasi Murni SD', '%', 1, 97, 'pct'), ('Rata-rata lama sekolah', 'tahun', 1, 8.5, 'dec'), ('Angka putus sekolah SMP', '%', -1, 0.8, 'pct'), ('Persentase guru bersertifikat pendidik', '%', 1, 75, 'pct')],
    'Dinas PUPR': [('Persentase jalan kabupaten dalam kondisi mantap', '%', 1, 78, 'pct'), ('Panjang jalan yang ditingkatkan', 'km', 1, 24, 'int'), ('Persentase rumah tangga dengan akses air minum layak', '%', 1, 88, 'pct'), ('Luas kawasan kumuh', 'Ha', -1, 35, 'int')],
    'Kecamatan Sukamaju': [('Persentase pelayanan administrasi selesai tepat waktu', '%', 1, 95, 'pct'), ('Jumlah aduan masyarakat yang ditindaklanjuti', 'aduan', 1, 60, 'int'), ('Indeks Kepuasan Masyarakat', 'nilai', 1, 82, 'dec'), ('Waktu penyelesaian surat keterangan', 'hari', -1, 2, 'int')],
    'RSUD Kabupaten': [('Waktu tunggu rawat jalan', 'menit', -1, 60, 'int'), ('Bed Occupancy Rate (BOR)', '%', 1, 75, 'pct'), ('Angka kematian pasien > 48 jam (NDR)', 'permil', -1, 25, 'int'), ('Indeks Kepuasan Masyarakat', 'nilai', 1, 80, 'dec')],
    'Inspektorat': [('Persentase temuan yang ditindaklanjuti', '%', 1, 85, 'pct'), ('Level maturitas SPIP', 'level', 1, 3, 'int'), ('Jumlah kasus pengaduan berindikasi kerugian negara', 'kasus', -1, 5, 'int')],
    'Dinas Kependudukan dan Pencatatan Sipil': [('Persentase penduduk wajib KTP yang memiliki KTP-el', '%', 1, 98, 'pct'), ('Cakupan kepemilikan akta kelahiran anak', '%', 1, 92, 'pct'), ('Rata-rata waktu penerbitan dokumen', 'hari', -1, 3, 'int')],
    'Bappeda': [('Persentase dokumen perencanaan yang tepat waktu', '%', 1, 100, 'pct'), ('Persentase keselarasan program RPJMD dan Renstra PD', '%', 1, 90, 'pct'), ('Jumlah kajian perencanaan yang dimanfaatkan', 'dokumen', 1, 6, 'int')],
}
PERIODS = [
    ('tw', ['TW I', 'TW II', 'TW III', 'TW IV']), ('tw', ['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV']),
    ('sd', ['s.d. TW I', 's.d. TW II', 's.d. TW III', 's.d. TW IV']), ('sem', ['Semester I', 'Semester II']),
    ('year', ['2022', '2023', '2024']), ('year', ['Tahun 2021', 'Tahun 2022', 'Tahun 2023', 'Tahun 2024']),
]
LEAVES = [('Target', 'Realisasi', 'Capaian (%)'), ('Tgt', 'Real.', '%'), ('T', 'R', 'C (%)'), ('Target', 'Realisasi', '% Capaian'),
          ('Target', 'Realisasi', 'Capaian\n(%)'), ('Trgt', 'Rea.', 'Cap.'), ('Target', 'Realisasi', '%')]
bold = Font(bold=True)
truth = {}


def figure(v, kind):
    return round(v, 2) if kind != 'int' else round(v)


for b in range(n):
    office = random.choice(list(OFFICES))
    inds = OFFICES[office][:]
    random.shuffle(inds)
    inds = inds[:random.randint(3, len(inds))]
    pkind, periods = random.choice(PERIODS)
    leaf = random.choice(LEAVES)
    layout = random.choice(['band', 'band', 'top', 'flat'])
    numbering = random.random() < .4
    satuan = random.random() < .7
    neg_formula = random.choice(['2-', 'T/R'])
    stored = random.choice(['num', 'num', 'text', 'fraction'])
    groups = periods + (['Tahun 2024'] if pkind != 'year' and random.random() < .35 else [])
    wb = Workbook()
    ws = wb.active
    ws.title = random.choice(['Pengukuran', 'Capaian Kinerja', 'Tabel 3.2', 'Lampiran'])
    r0 = 1
    if random.random() < .7:
        per = 'Triwulan' if pkind in ('tw', 'sd') else 'Semester' if pkind == 'sem' else 'Tahun'
        ws.cell(row=1, column=1, value=f'Tabel 3.{random.randint(1, 9)} Capaian Kinerja {office} per {per}')
        r0 = 3
    fixed = ['No', random.choice(['Indikator Kinerja', 'Indikator Kinerja Utama', 'Indikator Sasaran', 'IKU'])] + (['Satuan'] if satuan else [])
    nf = len(fixed)
    width = nf + 3 * len(groups)
    if layout == 'flat':
        heads = fixed[:]
        for g in groups:
            sep = '\n' if random.random() < .3 else ' '
            heads += [f'{x}{sep}{g}' for x in leaf]
        for j, h in enumerate(heads):
            c = ws.cell(row=r0, column=1 + j, value=h)
            c.font = bold
            c.alignment = Alignment(wrap_text=True)
        last_header = r0
    else:
        top = r0
        band = r0 + (1 if layout == 'top' else 0)
        last_header = band + 1
        for j, h in enumerate(fixed):
            ws.cell(row=top, column=1 + j, value=h).font = bold
            ws.merge_cells(start_row=top, start_column=1 + j, end_row=last_header, end_column=1 + j)
        if layout == 'top':
            ws.cell(row=top, column=nf + 1, value=random.choice(['Kinerja Triwulan 2024', 'Realisasi dan Capaian Kinerja', 'Perbandingan Capaian Kinerja'])).font = bold
            ws.merge_cells(start_row=top, start_column=nf + 1, end_row=top, end_column=width)
        for k, g in enumerate(groups):
            ws.cell(row=band, column=nf + 1 + 3 * k, value=int(g) if g.isdigit() and random.random() < .5 else g).font = bold
            ws.merge_cells(start_row=band, start_column=nf + 1 + 3 * k, end_row=band, end_column=nf + 3 + 3 * k)
            for j, h in enumerate(leaf):
                c = ws.cell(row=last_header, column=nf + 1 + 3 * k + j, value=h)
                c.font = bold
                c.alignment = Alignment(wrap_text=True)
    r = last_header + 1
    if numbering:
        for j in range(width):
            ws.cell(row=r, column=1 + j, value=f'({j + 1})')
        r += 1
    caps = []
    for i, (name, unit, pol, base, kind) in enumerate(inds):
        ws.cell(row=r, column=1, value=i + 1)
        ws.cell(row=r, column=2, value=name)
        if satuan:
            ws.cell(row=r, column=3, value=unit)
        for k, g in enumerate(groups):
            counted = unit not in ('%', 'nilai', 'level', 'tahun') and pol > 0 and g != 'Tahun 2024'
            if pkind in ('tw', 'sd') and counted:
                t = base * (k + 1) / len(periods) if pkind == 'sd' else base / len(periods)
            else:
                t = base * random.uniform(.95, 1.05) if pkind == 'year' else base
            t = figure(t, kind) or 1
            real = figure(t * random.uniform(.8, 1.2), kind) or 1
            if unit == '%' and real > 100:
                real = 100
            cap = real / t * 100 if pol > 0 else ((2 - real / t) * 100 if neg_formula == '2-' else t / real * 100)
            c0 = nf + 1 + 3 * k
            ws.cell(row=r, column=c0, value=t)
            ws.cell(row=r, column=c0 + 1, value=real)
            caps.append((r, c0 + 2, cap))
        r += 1
    last_row = r - 1
    ws.cell(row=r + 1, column=1, value=f'Sumber: {office}, data diolah')
    wrong = {(rr, cc): cap + random.choice([-1, 1]) * random.uniform(3, 15) for rr, cc, cap in random.sample(caps, random.randint(1, 2))}
    for rr, cc, cap in caps:
        v = round(wrong.get((rr, cc), cap), 2)
        cell = ws.cell(row=rr, column=cc)
        if stored == 'text':
            cell.value = f'{v:.2f}'.replace('.', ',') + ' %'
        elif stored == 'fraction':
            cell.value = round(v / 100, 4)
            cell.number_format = '0.00%'
        else:
            cell.value = v
            cell.number_format = '0.00'
    f = os.path.join(out, f'k11_{seed}_{b}.xlsx')
    wb.save(f)
    truth[f] = {
        'galat': [[f'{ws.title}!{L(cc)}{rr}'] for rr, cc in wrong],
        'tabel': [{'sheet': ws.title, 'range': f'A{r0}:{L(width)}{last_row}', 'kind': 'pengukuran-kinerja'}],
        'meta': f'{office} {pkind} {layout} leaf={leaf} num={numbering} sat={satuan} neg={neg_formula} stored={stored} groups={len(groups)}',
    }
json.dump(truth, open(os.path.join(out, 'truth.json'), 'w'), indent=1)
