# Family 4 (truth first): pengukuran with a "Capaian Sasaran" column (mean of its indikator) and Renstra columns
# (Target Akhir Renstra 2026, Capaian terhadap Renstra); trend of realisasi 2020–2024; a PK of an eselon III with
# kegiatan and sub kegiatan budgets under each program; accounting number formats; "95.5%" English text; efisiensi
# with a category by an efficiency scale; planted errors across them.
import openpyxl, random, json, sys
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter as L
B = Font(bold=True)
seed = int(sys.argv[1]); out = sys.argv[2]; N = int(sys.argv[3]); random.seed(seed)
POOL = [('Persentase UMKM naik kelas', '%', 10, 11.2, True), ('Jumlah wirausaha baru', 'Orang', 150, 163, True), ('Tingkat pengangguran terbuka', '%', 5.5, 5.1, False),
        ('Indeks daya saing daerah', 'Indeks', 3.1, 3.25, True), ('Persentase koperasi sehat', '%', 40, 37.5, True), ('Nilai investasi PMDN', 'Rp Miliar', 850, 912, True),
        ('Persentase penduduk miskin', '%', 8.2, 8.0, False), ('Kontribusi sektor perdagangan terhadap PDRB', '%', 18, 17.4, True)]
ACC = '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-'
def cap(t, r, up, nf): return round(r / t * 100, 2) if up else (round((2 - r / t) * 100, 2) if nf == '2-r/t' else round(t / r * 100, 2))
truth = {}
for k in range(N):
    wb = openpyxl.Workbook(); nf = random.choice(['2-r/t', 't/r'])
    plant = random.sample(['capind', 'capsas', 'renstra', 'trend', 'pkkeg', 'pksub', 'efcat', 'efval'], 3)
    eng = random.random() < 0.4; acc = random.random() < 0.5
    galat = []
    inds = random.sample(POOL, 4)
    # --- pengukuran with Capaian Sasaran and Renstra ---
    s = wb.active; s.title = 'Pengukuran'
    hdr = ['No', 'Sasaran', 'Indikator Kinerja', 'Target 2024', 'Realisasi 2024', 'Capaian 2024 (%)', 'Capaian Sasaran (%)', 'Target Akhir Renstra (2026)', 'Capaian terhadap Target Renstra (%)']
    s['A1'] = 'Tabel 3.3 Capaian Kinerja Sasaran'
    for j, h in enumerate(hdr): s.cell(row=2, column=1 + j, value=h).font = B
    for sI in range(2):
        caps = []
        for q in range(2):
            i = 2 * sI + q; n, u, t, r, up = inds[i]; rr = 3 + i
            c = cap(t, r, up, nf)
            if 'capind' in plant and i == 1: c = round(c + 5.55, 2); galat.append([f'Pengukuran!F{rr}'])
            caps.append(cap(t, r, up, nf) if not ('capind' in plant and i == 1) else c)
            tr = round(t * (1.1 if up else 0.9), 2)
            cr = cap(tr, r, up, nf)
            if 'renstra' in plant and i == 2: cr = round(cr - 6.2, 2); galat.append([f'Pengukuran!I{rr}'])
            cv = (f'{c:.2f}%' if eng else c)
            row = [i + 1, f'Meningkatnya daya saing ekonomi {sI+1}' if q == 0 else None, n, t, r, cv, None, tr, cr]
            for j, v in enumerate(row): s.cell(row=rr, column=1 + j, value=v)
        m = round(sum(caps) / 2, 2)
        if 'capsas' in plant and sI == 1: m = round(m + 3.9, 2); galat.append([f'Pengukuran!G{3 + 2 * sI}'])
        s.cell(row=3 + 2 * sI, column=7, value=m)
        s.merge_cells(start_row=3 + 2 * sI, start_column=7, end_row=4 + 2 * sI, end_column=7)
        s.merge_cells(start_row=3 + 2 * sI, start_column=2, end_row=4 + 2 * sI, end_column=2)
    # --- trend ---
    tr_ = wb.create_sheet('Tren')
    tr_['A1'] = 'Tabel 3.4 Perkembangan Realisasi Kinerja 2020-2024'
    for j, h in enumerate(['No', 'Indikator Kinerja', 'Realisasi', None, None, None, None, 'Rata-rata']): tr_.cell(row=2, column=1 + j, value=h).font = B
    for j, y in enumerate(range(2020, 2025)): tr_.cell(row=3, column=3 + j, value=y).font = B
    tr_.merge_cells('C2:G2'); tr_.merge_cells('A2:A3'); tr_.merge_cells('B2:B3'); tr_.merge_cells('H2:H3')
    for i, (n, u, t, r, up) in enumerate(inds):
        vals = [round(r * random.uniform(0.8, 1.0), 2) for _ in range(4)] + [r]
        mean = round(sum(vals) / 5, 2)
        if 'trend' in plant and i == 3: mean = round(mean + 1.7, 2); galat.append([f'Tren!H{4+i}'])
        for j, v in enumerate([i + 1, n] + vals + [mean]): tr_.cell(row=4 + i, column=1 + j, value=v)
    # --- PK eselon III: program > kegiatan > sub kegiatan budgets ---
    pk = wb.create_sheet('PK Eselon III')
    pk['A1'] = 'PERJANJIAN KINERJA KEPALA BIDANG TAHUN 2024'
    for j, h in enumerate(['No', 'Program / Kegiatan / Sub Kegiatan', 'Anggaran (Rp)', 'Keterangan']): pk.cell(row=3, column=1 + j, value=h).font = B
    rr = 4
    nocode = random.random() < 0.5
    subs = [[random.randrange(40, 400) * 1_000_000 for _ in range(2)] for _ in range(2)]
    kegs = [sum(x) for x in subs]
    prog = sum(kegs)
    pv = prog + (60_000_000 if 'pkkeg' in plant else 0)
    if 'pkkeg' in plant: galat.append([f'PK Eselon III!C{rr}'])
    c_ = pk.cell(row=rr, column=1, value=None if nocode else '1'); pk.cell(row=rr, column=2, value='Program Pengembangan UMKM').font = B; pk.cell(row=rr, column=3, value=pv).font = B; pk.cell(row=rr, column=4, value='APBD'); rr += 1
    for kI in range(2):
        kv = kegs[kI] + (35_000_000 if ('pksub' in plant and kI == 1) else 0)
        if 'pksub' in plant and kI == 1: galat.append([f'PK Eselon III!C{rr}'])
        pk.cell(row=rr, column=1, value=None if nocode else f'1.{kI+1}'); pk.cell(row=rr, column=2, value=['Kegiatan Pemberdayaan Usaha Mikro', 'Kegiatan Pengembangan Usaha Mikro'][kI]); pk.cell(row=rr, column=3, value=kv); rr += 1
        for sI2 in range(2):
            pk.cell(row=rr, column=1, value=None if nocode else f'1.{kI+1}.{sI2+1}'); pk.cell(row=rr, column=2, value=f'- Sub Kegiatan {["Pelatihan", "Pendampingan"][sI2]} Usaha Mikro {kI+1}'); pk.cell(row=rr, column=3, value=subs[kI][sI2]); rr += 1
    if acc:
        for r_ in range(4, rr): pk.cell(row=r_, column=3).number_format = ACC
    # --- efisiensi with category ---
    ef = wb.create_sheet('Efisiensi')
    ef['A1'] = 'Tabel 3.10 Tingkat Efisiensi'
    for j, h in enumerate(['No', 'Sasaran', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Tingkat Efisiensi (%)', 'Kategori Efisiensi']): ef.cell(row=2, column=1 + j, value=h).font = B
    for i in range(3):
        c = round(random.uniform(90, 115), 2); sp = round(random.uniform(80, 99), 2); e = round(c - sp, 2)
        catv = 'Efisien' if e > 0 else 'Tidak Efisien'
        if 'efval' in plant and i == 0: e = round(e + 2.6, 2); galat.append([f'Efisiensi!E{3+i}'])
        if 'efcat' in plant and i == 2: catv = 'Tidak Efisien' if catv == 'Efisien' else 'Efisien'; galat.append(['EFCAT', f'Efisiensi!F{3+i}'])
        for j, v in enumerate([i + 1, f'Sasaran {i+1}', c, sp, e, catv]): ef.cell(row=3 + i, column=1 + j, value=v)
    ef['A7'] = 'Keterangan: Efisien apabila tingkat efisiensi > 0 (capaian kinerja melebihi serapan anggaran)'
    name = f'{out}/e{k:02d}.xlsx'; wb.save(name)
    truth[name] = {'galat': galat, 'meta': [nf, eng, acc, nocode, plant]}
json.dump(truth, open(f'{out}/truth.json', 'w'), indent=1)
