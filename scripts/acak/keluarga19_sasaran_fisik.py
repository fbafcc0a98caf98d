# Family 19 (truth first): budgets as offices lay them out around the plan — a PK whose programmes and anggaran stand
# beside each indikator (merged over the sasaran's rows, or written again on every row, with a Jumlah of the
# programmes); a realisasi anggaran by sasaran (a sasaran row with the sum of its programmes, named "Sasaran …", by its
# words alone, or an urusan), programmes and kegiatan under it, a JUMLAH; the realisation of money and physical
# progress ("Realisasi" over "Keuangan (Rp) | Keuangan (%) | Fisik (%)", or flat "Realisasi Keuangan (Rp) | % Keuangan |
# Realisasi Fisik (%)"). Planted: a sasaran's pagu, a kegiatan's realisasi, a serapan (% keuangan), the PK's Jumlah, a
# PK anggaran against the budget table.
import json, os, random
from openpyxl import Workbook
from openpyxl.styles import Font
from umum import book_args

seed, out, n = book_args()
os.makedirs(out, exist_ok=True)
B = Font(bold=True)
SASARAN = ['Meningkatnya kualitas pelayanan publik', 'Meningkatnya tata kelola perangkat daerah', 'Menurunnya angka kesakitan penyakit menular',
           'Terwujudnya infrastruktur jalan yang mantap', 'Meningkatnya partisipasi sekolah', 'Tersedianya air minum layak']
PROGRAMS = ['Program Penunjang Urusan Pemerintahan Daerah', 'Program Pemenuhan Upaya Kesehatan', 'Program Penyelenggaraan Jalan', 'Program Pengelolaan Pendidikan',
            'Program Pengelolaan dan Pengembangan Sistem Air Minum', 'Program Peningkatan Kapasitas Sumber Daya Manusia', 'Program Pencegahan dan Pengendalian Penyakit']
KEGIATAN = ['Perencanaan dan Evaluasi Kinerja', 'Administrasi Keuangan', 'Administrasi Umum', 'Penyediaan Fasilitas Pelayanan', 'Pembangunan Sarana', 'Rehabilitasi dan Pemeliharaan']
INDIKATOR = ['Indeks kepuasan masyarakat', 'Nilai SAKIP', 'Persentase jalan mantap', 'Angka partisipasi murni', 'Persentase layanan tepat waktu', 'Cakupan air minum layak']

truth = {}
for b in range(n):
    naming = random.choice(['kata', 'tanpa', 'urusan'])
    pkrep = random.random() < .5
    fisik = random.choice(['band', 'flat', 'none'])
    plant = random.sample(['sasaranpagu', 'kegreal', 'serapan', 'pkjumlah', 'pkang'], 2)
    gal = []; tabs = []
    wb = Workbook()
    # --- the plan: two or three sasaran, each with one or two programmes of two or three kegiatan ---
    progs = random.sample(PROGRAMS, 5)
    plan = []
    for sI, sn in enumerate(random.sample(SASARAN, random.randint(2, 3))):
        ps = []
        for _ in range(random.randint(1, 2)):
            if not progs: break
            pn = progs.pop()
            kegs = []
            for kn in random.sample(KEGIATAN, random.randint(2, 3)):
                p = random.randrange(100, 4000) * 1_000_000
                kegs.append((kn, p, round(p * random.uniform(.82, .99)), random.choice([80, 90, 95, 100])))
            ps.append((pn, kegs))
        if ps: plan.append((sn, ps))
    # --- realisasi anggaran by sasaran ---
    an = wb.active; an.title = 'Realisasi Anggaran'
    an['A1'] = 'Tabel 3.5 Realisasi Anggaran per Sasaran Tahun 2024'
    if fisik == 'band':
        an.append([]); an.append(['No', 'Sasaran / Program / Kegiatan', 'Pagu (Rp)', 'Realisasi', None, None])
        an.append([None, None, None, 'Keuangan (Rp)', 'Keuangan (%)', 'Fisik (%)'])
        for rng in ('A3:A4', 'B3:B4', 'C3:C4', 'D3:F3'): an.merge_cells(rng)
        top, hr = 3, 4
    else:
        an.append([]); an.append(['No', 'Sasaran / Program / Kegiatan', 'Pagu (Rp)'] + (['Realisasi Keuangan (Rp)', '% Keuangan', 'Realisasi Fisik (%)'] if fisik == 'flat' else ['Realisasi (Rp)', 'Serapan (%)']))
        top, hr = 3, 3
    for row in an.iter_rows(min_row=top, max_row=hr):
        for c in row: c.font = B
    r = hr + 1
    prog_row = {}
    roman = ['I', 'II', 'III']
    sums = []
    for sI, (sn, ps) in enumerate(plan):
        srow = r; r += 1
        label = {'kata': f'Sasaran: {sn}', 'tanpa': sn, 'urusan': f'Urusan {sn}'}[naming]
        sp = sr = 0
        rows_here = []
        for pI, (pn, kegs) in enumerate(ps):
            prow = r; r += 1
            prog_row[pn] = prow
            pp = sum(k[1] for k in kegs); pr = sum(k[2] for k in kegs)
            rows_here.append((prow, f'{len(prog_row)}', pn, pp, pr, True))
            for kI, (kn, kp, kr, fis) in enumerate(kegs):
                shown = kr
                if 'kegreal' in plant and sI == 0 and pI == 0 and kI == 0:
                    shown = kr + 35_000_000; gal.append([f'{an.title}!D{r}', f'{an.title}!D{prow}', f'{an.title}!D{srow}'])
                rows_here.append((r, f'{len(prog_row)}.{kI + 1}', f'Kegiatan {kn}', kp, shown, False, kr))
                r += 1
            sp += pp; sr += pr
        spv = sp + (90_000_000 if 'sasaranpagu' in plant and sI == len(plan) - 1 else 0)
        if 'sasaranpagu' in plant and sI == len(plan) - 1: gal.append([f'{an.title}!C{srow}'])
        sums.append((sp, sr))
        vals = [roman[sI], label, spv, sr]
        for j, v in enumerate(vals): an.cell(row=srow, column=1 + j, value=v).font = B
        an.cell(row=srow, column=5, value=round(sr / spv * 100, 2)).font = B
        if fisik != 'none': an.cell(row=srow, column=6, value=random.choice([90, 95, 100])).font = B
        for x in rows_here:
            rr, no, nm, p, rv, bold = x[:6]
            pct = round((x[6] if len(x) > 6 else rv) / p * 100, 2)
            if 'serapan' in plant and not bold and sI == len(plan) - 1 and rr == rows_here[-1][0]:
                pct = round(pct + 4.2, 2); gal.append([f'{an.title}!E{rr}'])
            for j, v in enumerate([no, nm, p, rv, pct] + ([random.choice([85, 90, 100])] if fisik != 'none' else [])):
                c = an.cell(row=rr, column=1 + j, value=v)
                if bold: c.font = B
    tp = sum(s[0] for s in sums); trr = sum(s[1] for s in sums)
    for j, v in enumerate([None, 'JUMLAH', tp, trr, round(trr / tp * 100, 2)] + ([None] if fisik != 'none' else [])): an.cell(row=r, column=1 + j, value=v).font = B
    tabs.append({'sheet': an.title, 'range': f'A{top}:{"F" if fisik != "none" else "E"}{r}', 'kind': 'realisasi-anggaran'})
    # --- PK with programmes beside the indikator ---
    pk = wb.create_sheet('PK', 0)
    pk['A1'] = 'PERJANJIAN KINERJA TAHUN 2024'
    pk.append([]); pk.append(['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Program', 'Anggaran (Rp)'])
    for c in pk[3]: c.font = B
    r = 4
    inds = iter(random.sample(INDIKATOR * 2, 12))
    total = 0
    for sI, (sn, ps) in enumerate(plan):
        first = r
        for pI, (pn, kegs) in enumerate(ps):
            pp = sum(k[1] for k in kegs)
            if 'pkang' in plant and sI == 0 and pI == 0:
                pp_shown = pp + 60_000_000; gal.append([f'PK!F{r}', f'{an.title}!C{prog_row[pn]}'])
            else: pp_shown = pp
            total += pp
            prow = r
            for k in range(2):
                pk.cell(row=r, column=1, value=sI + 1 if r == first else None)
                pk.cell(row=r, column=2, value=sn if r == first else None)
                pk.cell(row=r, column=3, value=next(inds)); pk.cell(row=r, column=4, value=random.choice([80, 85, 90, 95]))
                if pkrep or k == 0:
                    pk.cell(row=r, column=5, value=pn); pk.cell(row=r, column=6, value=pp_shown)
                r += 1
            if not pkrep:
                pk.merge_cells(f'E{prow}:E{r - 1}'); pk.merge_cells(f'F{prow}:F{r - 1}')
    tv = total + (110_000_000 if 'pkjumlah' in plant else 0)
    if 'pkjumlah' in plant: gal.append([f'PK!F{r}'])
    # (a PK anggaran typed wrong is in the Jumlah too: a finding there names the same slip)
    for g in gal:
        if g[0].startswith('PK!F') and 'pkang' in plant and 'pkjumlah' not in plant: g.append(f'PK!F{r}')
    pk.cell(row=r, column=5, value='Jumlah').font = B; pk.cell(row=r, column=6, value=tv).font = B
    tabs.append({'sheet': 'PK', 'range': f'A3:F{r}', 'kind': 'perjanjian-kinerja'})
    f = os.path.join(out, f'k19_{seed}_{b:02d}.xlsx'); wb.save(f)
    truth[f] = {'galat': gal, 'tabel': tabs, 'meta': f'naming={naming} pkrep={pkrep} fisik={fisik} plant={plant}'}
json.dump(truth, open(os.path.join(out, 'truth.json'), 'w'), indent=1)
