# Random LKjIP books, ninth family (truth first): figures that are Excel formulas, as staff build the report — capaian
# =E5/D5*100 (or ROUND, or a lower-is-better formula), a predikat by nested IF, programme and kegiatan sums =SUM(…), a
# serapan =D5/C5 under a % format, a JUMLAH row of the programmes, a Rata-rata row =AVERAGE(…), a hidden sub kegiatan
# row, and a programme recap as an Excel Table (ListObject) with a totals row SUBTOTAL(109,Rekap[Pagu]) and
# [@Realisasi]/[@Pagu]. openpyxl keeps no computed results, so lkjip works them out; `lo` copies saved by LibreOffice
# hold them. Planted: a SUM that leaves out a child row, a hard-typed parent figure, a capaian or serapan formula that
# points at another row, a predikat typed over its formula, a recap pagu typed differently from the budget table.
import openpyxl, random, json, sys
from openpyxl.styles import Font
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
B = Font(bold=True)
from umum import book_args
seed, out, N = book_args()
POOL = [('Persentase penanganan pengaduan masyarakat', '%', 90, 93.4, True), ('Angka kematian ibu (AKI) per 100.000 KH', 'per 100.000 KH', 120, 104, False),
        ('Indeks kepuasan layanan', 'Indeks', 78, 80.6, True), ('Persentase dokumen perencanaan tepat waktu', '%', 100, 96, True),
        ('Tingkat pengangguran terbuka', '%', 6.1, 5.7, False), ('Persentase jalan kondisi mantap', '%', 70, 72.8, True),
        ('Rata-rata waktu penyelesaian perizinan', 'Hari', 7, 6, False), ('Persentase temuan BPK yang ditindaklanjuti', '%', 85, 81.2, True)]
SCALE = [(91, 'Sangat Tinggi'), (76, 'Tinggi'), (66, 'Sedang'), (51, 'Rendah'), (-1e9, 'Sangat Rendah')]
def band(v):
    for lo, lab in SCALE:
        if v >= lo: return lab
def cap(t, r, up, negform):
    return r / t * 100 if up else ((2 - r / t) * 100 if negform == '2-r/t' else t / r * 100)
truth = {}
for k in range(N):
    wb = openpyxl.Workbook()
    negform = random.choice(['2-r/t', 't/r'])
    rounded = random.random() < 0.5
    fraction = random.random() < 0.5
    hide = random.random() < 0.5
    recap = random.random() < 0.6
    plant = random.sample(['sumrange', 'typed', 'capref', 'serref', 'label'] + (['recap'] if recap else []), 3)
    galat = []
    # ---------- pengukuran ----------
    pg = wb.active; pg.title = 'Pengukuran'
    pg['A1'] = 'Tabel 3.1 Pengukuran Kinerja Tahun 2024'
    for j, h in enumerate(['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Predikat']): pg.cell(row=3, column=1 + j, value=h).font = B
    inds = random.sample(POOL, 5)
    for i, (n, u, t, r, up) in enumerate(inds):
        row = 4 + i
        # (a capaian on a band's edge, 90,99 under "≥ 91", would turn on the last decimal: moved off it)
        while abs(cap(t, r, up, negform) - round(cap(t, r, up, negform))) < 0.05 or any(abs(cap(t, r, up, negform) - lo) < 1 for lo, _ in SCALE): r = round(r * (1.013 if up else 0.987), 2)
        inds[i] = (n, u, t, r, up)
        ref = row + 1 if i < 4 else row - 1
        e = f'E{ref}' if ('capref' in plant and i == 1) else f'E{row}'
        d = f'D{ref}' if ('capref' in plant and i == 1) else f'D{row}'
        if 'capref' in plant and i == 1: galat.append((f'Pengukuran!F{row}',))
        expr = f'{e}/{d}*100' if up else (f'(2-{e}/{d})*100' if negform == '2-r/t' else f'{d}/{e}*100')
        for j, v in enumerate([i + 1, n, u, t, r]): pg.cell(row=row, column=1 + j, value=v)
        pg.cell(row=row, column=6, value=f'=ROUND({expr},2)' if rounded else f'={expr}').number_format = '0.00'
        c = cap(t, r, up, negform)
        if 'label' in plant and i == 3:
            labs = [lab for _, lab in SCALE]; wrong = labs[(labs.index(band(c)) + 2) % len(labs)]
            pg.cell(row=row, column=7, value=wrong); galat.append((f'Pengukuran!G{row}',))
        else:
            pg.cell(row=row, column=7, value=f'=IF(F{row}>=91,"Sangat Tinggi",IF(F{row}>=76,"Tinggi",IF(F{row}>=66,"Sedang",IF(F{row}>=51,"Rendah","Sangat Rendah"))))')
    avg = 4 + len(inds)
    pg.cell(row=avg, column=2, value='Rata-rata Capaian').font = B
    pg.cell(row=avg, column=6, value=f'=AVERAGE(F4:F{avg - 1})').number_format = '0.00'
    neg = [n for n, u, t, r, up in inds if not up]
    pg.cell(row=avg + 2, column=1, value='Keterangan: indikator ' + ('; '.join(neg) if neg else '-') + ' semakin kecil semakin baik.')
    # ---------- realisasi anggaran ----------
    an = wb.create_sheet('Realisasi Anggaran')
    an['A1'] = 'Tabel 3.9 Realisasi Anggaran per Program Tahun 2024'
    for j, h in enumerate(['No', 'Program/Kegiatan/Sub Kegiatan', 'Pagu', 'Realisasi', 'Serapan']): an.cell(row=3, column=1 + j, value=h).font = B
    r = 4; prog_rows = []; pagu_of = []; real_of = []; done = set()
    for p in range(3):
        prow = r; prog_rows.append(prow); r += 1
        keg_rows = []; pp = pr = 0
        for g in range(2):
            krow = r; keg_rows.append(krow); r += 1
            subs = []
            for s in range(3):
                pa = random.randrange(50, 800) * 1_000_000; re_ = round(pa * random.uniform(0.8, 0.99), -3)
                an.cell(row=r, column=1, value=f'{p + 1}.{g + 1}.{s + 1}')
                an.cell(row=r, column=2, value=f'Sub Kegiatan {["Penyusunan", "Pelaksanaan", "Monitoring"][s]} {p + 1}.{g + 1}.{s + 1}')
                an.cell(row=r, column=3, value=pa).number_format = '#,##0'; an.cell(row=r, column=4, value=re_).number_format = '#,##0'
                if hide and p == 1 and g == 1 and s == 1: an.row_dimensions[r].hidden = True
                subs.append((r, pa, re_)); r += 1
            gp = sum(x[1] for x in subs); gr = sum(x[2] for x in subs); pp += gp; pr += gr
            an.cell(row=krow, column=1, value=f'{p + 1}.{g + 1}'); an.cell(row=krow, column=2, value=f'Kegiatan {["Perencanaan", "Pelayanan"][g]} {p + 1}.{g + 1}')
            first, last = subs[0][0], subs[-1][0]
            if 'sumrange' in plant and 'sumrange' not in done and p == 1:
                an.cell(row=krow, column=3, value=f'=SUM(C{first}:C{last - 1})'); done.add('sumrange'); galat.append((f'Realisasi Anggaran!C{krow}',))
            else:
                an.cell(row=krow, column=3, value=f'=SUM(C{first}:C{last})')
            an.cell(row=krow, column=4, value=f'=SUM(D{first}:D{last})')
            for c in (3, 4): an.cell(row=krow, column=c).number_format = '#,##0'
        an.cell(row=prow, column=1, value=str(p + 1)); an.cell(row=prow, column=2, value=['Program Penunjang Urusan Pemerintahan Daerah', 'Program Pelayanan Publik', 'Program Pengendalian dan Pengawasan'][p])
        for c, L in ((3, 'C'), (4, 'D')):
            if c == 3 and 'typed' in plant and p == 2:
                an.cell(row=prow, column=c, value=pp + 150_000_000); galat.append((f'Realisasi Anggaran!C{prow}',))
            else:
                an.cell(row=prow, column=c, value='=' + '+'.join(f'{L}{x}' for x in keg_rows))
            an.cell(row=prow, column=c).number_format = '#,##0'
        for c in (1, 2, 3, 4, 5): an.cell(row=prow, column=c).font = B
        pagu_of.append(pp); real_of.append(pr)
    total = r
    an.cell(row=total, column=2, value='JUMLAH').font = B
    an.cell(row=total, column=3, value='=' + '+'.join(f'C{x}' for x in prog_rows)).number_format = '#,##0'
    an.cell(row=total, column=4, value='=' + '+'.join(f'D{x}' for x in prog_rows)).number_format = '#,##0'
    serref_row = prog_rows[0] + 3
    for row in range(4, total + 1):
        src = row + 1 if ('serref' in plant and row == serref_row) else row
        if src != row: galat.append((f'Realisasi Anggaran!E{row}',))
        cell = an.cell(row=row, column=5, value=f'=D{src}/C{src}' if fraction else f'=D{src}/C{src}*100')
        cell.number_format = '0.00%' if fraction else '0.00'
    # ---------- recap as an Excel Table with a totals row ----------
    if recap:
        rk = wb.create_sheet('Rekap')
        rk['A1'] = 'Rekapitulasi Anggaran per Program'
        for j, h in enumerate(['Program', 'Pagu', 'Realisasi', 'Serapan']): rk.cell(row=3, column=1 + j, value=h).font = B
        for p in range(3):
            row = 4 + p
            rk.cell(row=row, column=1, value=an.cell(row=prog_rows[p], column=2).value)
            if 'recap' in plant and p == 1:
                rk.cell(row=row, column=2, value=pagu_of[p] - 80_000_000); galat.append((f'Rekap!B{row}', f'Realisasi Anggaran!C{prog_rows[p]}'))
            else:
                rk.cell(row=row, column=2, value=f"='Realisasi Anggaran'!C{prog_rows[p]}")
            rk.cell(row=row, column=3, value=f"='Realisasi Anggaran'!D{prog_rows[p]}")
            rk.cell(row=row, column=4, value='=[@Realisasi]/[@Pagu]').number_format = '0.00%'
            for c in (2, 3): rk.cell(row=row, column=c).number_format = '#,##0'
        rk.cell(row=7, column=1, value='Total')
        rk.cell(row=7, column=2, value='=SUBTOTAL(109,Rekap[Pagu])').number_format = '#,##0'
        rk.cell(row=7, column=3, value='=SUBTOTAL(109,Rekap[Realisasi])').number_format = '#,##0'
        rk.cell(row=7, column=4, value='=C7/B7').number_format = '0.00%'
        tab = Table(displayName='Rekap', ref='A3:D7', totalsRowCount=1)
        tab.tableStyleInfo = TableStyleInfo(name='TableStyleMedium2', showRowStripes=True)
        rk.add_table(tab)
        tab.tableColumns = [TableColumn(id=1, name='Program', totalsRowLabel='Total'), TableColumn(id=2, name='Pagu', totalsRowFunction='sum'),
                            TableColumn(id=3, name='Realisasi', totalsRowFunction='sum'), TableColumn(id=4, name='Serapan')]
        tab.autoFilter = AutoFilter(ref='A3:D6')
    name = f'{out}/r{k:02d}.xlsx'
    wb.save(name)
    truth[name] = {'galat': [list(g) for g in galat], 'meta': [negform, 'round' if rounded else '', 'frac' if fraction else '', 'hide' if hide else '', 'recap' if recap else '', plant]}
json.dump(truth, open(f'{out}/truth.json', 'w'), indent=1)
