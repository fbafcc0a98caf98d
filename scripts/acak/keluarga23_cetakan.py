# Family 23 (truth first): tables as a finance system prints them or a typist carries them over pages, and the weighted
# and monthly tables some offices add. A budget table (Program › Kegiatan › Sub Kegiatan) whose codes are printed with
# spaces between their parts ("1 02 02 2.01 0003") or dotted, nothing bold, its TOTAL above the programmes or under
# them, its pages closed by "Jumlah dipindahkan" and opened again by "Jumlah pindahan" under the header repeated (on one
# sheet, or on sheets "Page 1", "Page 2" …), with a Fisik (%) column of physical progress beside the serapan or not; a
# weighted capaian (No | IKU | Bobot (%) | Target | Realisasi | Capaian (%) | Nilai Tertimbang, its JUMLAH the sum of the
# weights and of the weighted values); a month's realisasi (Anggaran | s.d. Bulan Lalu | Bulan Ini | s.d. Bulan Ini |
# Sisa | %). Planted: a sub kegiatan's serapan, a kegiatan's pagu, the TOTAL's realisasi (or not), a "Jumlah pindahan"
# that is not what the page before carried out (or not), a capaian and the JUMLAH of the weighted values, a month's %
# and a Sisa.
import json, os, random
from openpyxl import Workbook
from openpyxl.styles import Font
from umum import book_args

seed, out, n = book_args()
os.makedirs(out, exist_ok=True)
B = Font(bold=True)
PROGRAMS = [('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', ['Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Administrasi Keuangan Perangkat Daerah', 'Administrasi Umum Perangkat Daerah']),
            ('Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', ['Penyediaan Fasilitas Pelayanan Kesehatan', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP']),
            ('Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan', ['Perencanaan Kebutuhan dan Pendayagunaan SDM Kesehatan', 'Pengembangan Mutu dan Peningkatan Kompetensi Teknis SDM Kesehatan']),
            ('Program Pemberdayaan Masyarakat Bidang Kesehatan', ['Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta Masyarakat', 'Pengembangan dan Pelaksanaan Upaya Kesehatan Bersumber Daya Masyarakat'])]
SUBS = ['Penyusunan Dokumen Perencanaan', 'Evaluasi Kinerja Perangkat Daerah', 'Penyediaan Gaji dan Tunjangan ASN', 'Pelaksanaan Penatausahaan Keuangan', 'Penyediaan Bahan Logistik Kantor',
        'Pembangunan Puskesmas', 'Pengadaan Alat Kesehatan', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', 'Pengelolaan Pelayanan Kesehatan Balita', 'Pemenuhan Kebutuhan SDM Kesehatan',
        'Pelatihan Teknis Tenaga Kesehatan', 'Peningkatan Upaya Promosi Kesehatan', 'Bimbingan Teknis Posyandu', 'Penyelenggaraan Kampanye Germas', 'Pengelolaan Data dan Informasi Kesehatan',
        'Pengadaan Obat dan Bahan Medis Habis Pakai', 'Surveilans Penyakit Menular', 'Penyediaan Jasa Komunikasi dan Listrik', 'Pemeliharaan Gedung Kantor', 'Penyelenggaraan Rapat Koordinasi']
IKU = [('Persentase ibu hamil mendapatkan pelayanan kesehatan', 100, 96.4), ('Persentase balita gizi baik', 90, 88.7), ('Cakupan imunisasi dasar lengkap', 95, 97.2),
       ('Persentase puskesmas terakreditasi paripurna', 60, 55), ('Indeks kepuasan masyarakat', 82, 84.1), ('Persentase desa ODF', 70, 64.5), ('Cakupan penemuan kasus TBC', 90, 81.2)]
WEIGHTS = [[25, 20, 20, 15, 20], [30, 25, 25, 20], [20, 20, 20, 20, 10, 10], [40, 30, 30]]
MONTHLY = ['Penyediaan Gaji dan Tunjangan ASN', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 'Penyediaan Jasa Pelayanan Umum Kantor', 'Pemeliharaan Kendaraan Dinas',
           'Koordinasi dan Penyusunan Laporan Kinerja', 'Penyediaan Bahan Bacaan dan Peraturan']


def pct(a, b):
    return round(a / b * 100, 2)


truth = {}
for b in range(n):
    wb = Workbook(); del wb['Sheet']
    gal = []; tables = []
    spaced = random.random() < .5
    total_on_top = random.random() < .4
    fisik = random.random() < .5
    pages = random.choice(['one-sheet', 'sheets', 'none'])
    sep = ' ' if spaced else '.'
    # --- the budget: 3 programmes, their kegiatan, 2–3 sub kegiatan each, amounts to the thousand
    progs = random.sample(range(len(PROGRAMS)), 3)
    # (each sub kegiatan named once in a book: 3 programmes × 2 kegiatan × 3 at most)
    subs = iter(random.sample(SUBS, len(SUBS)))
    lines = []  # (code, name, level, pagu, real)
    for pi, p in enumerate(progs):
        pname, kegs = PROGRAMS[p]
        pcode = f'1{sep}02{sep}{p + 1:02d}'
        keg_lines = []
        for ki, kname in enumerate(random.sample(kegs, min(2, len(kegs)))):
            kcode = f'{pcode}{sep}2.{ki + 1:02d}'
            ss = []
            for si in range(random.randint(2, 3)):
                pagu = random.randint(60, 900) * 1_000_000
                ss.append((f'{kcode}{sep}{si + 1:04d}', next(subs), 'sub', pagu, int(pagu * random.uniform(.8, .99)) // 1000 * 1000))
            keg_lines.append((kcode, kname, 'keg', sum(s[3] for s in ss), sum(s[4] for s in ss), ss))
        lines.append((pcode, pname, 'prog', sum(k[3] for k in keg_lines), sum(k[4] for k in keg_lines)))
        for k in keg_lines:
            lines.append(k[:5]); lines.extend(k[5])
    tot_p = sum(x[3] for x in lines if x[2] == 'prog'); tot_r = sum(x[4] for x in lines if x[2] == 'prog')
    # planted: a sub kegiatan's serapan, a kegiatan's pagu (its programme's pagu kept: the kegiatan alone is wrong)
    subs_at = [i for i, x in enumerate(lines) if x[2] == 'sub']
    bad_ser = random.choice(subs_at)
    bad_keg = random.choice([i for i, x in enumerate(lines) if x[2] == 'keg'])
    keg_delta = random.choice([-1, 1]) * random.choice([15_000_000, 40_000_000, 125_000_000])
    bad_total = random.random() < .5
    hdr = ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'] + (['Fisik (%)'] if fisik else [])
    width = len(hdr)
    per_page = random.randint(5, 8)
    sheet_no = 1
    an = wb.create_sheet('Page 1' if pages == 'sheets' else 'Realisasi Anggaran')
    an.append(['LAPORAN REALISASI ANGGARAN TAHUN 2024']); an.append([])
    top = an.max_row + 1; an.append(hdr)
    for c in an[an.max_row]: c.font = B
    first_row = {}
    run = [0, 0]
    brought = []  # the "Jumlah pindahan" rows: (sheet, row)

    def total_row():
        tr = tot_r + (random.choice([-1, 1]) * 25_000_000 if bad_total else 0)
        an.append([None, 'TOTAL', tot_p, tr, pct(tr, tot_p)] + ([None] if fisik else []))
        for c in an[an.max_row]: c.font = B
        if bad_total: gal.append([f'{an.title}!D{an.max_row}'])

    if total_on_top: total_row()
    for i, (code, name, level, pagu, real) in enumerate(lines):
        if pages != 'none' and i and i % per_page == 0:
            carry = [None, 'Jumlah dipindahkan', run[0], run[1], pct(run[1], run[0])] + ([None] if fisik else [])
            an.append(carry); an.append([]); an.append([None, None, f'Halaman {sheet_no}'])
            if pages == 'sheets':
                tables.append({'sheet': an.title, 'range': f'A{top}:{chr(64 + width)}{an.max_row - 3}', 'kind': 'realisasi-anggaran'})
                sheet_no += 1; an = wb.create_sheet(f'Page {sheet_no}'); an.append(['Tabel 3.5 (Lanjutan)']); top = an.max_row + 1
            an.append(hdr)
            for c in an[an.max_row]: c.font = B
            an.append([None, 'Jumlah pindahan', run[0], run[1], pct(run[1], run[0])] + ([None] if fisik else []))
            brought.append((an, an.max_row))
        shown_pagu = pagu + (keg_delta if i == bad_keg else 0)
        ser = pct(real, shown_pagu)
        if i == bad_ser: ser = round(ser + random.choice([-1, 1]) * random.choice([2.5, 4.1, 7.35]), 2)
        an.append([code, name, shown_pagu, real, ser] + ([round(random.uniform(85, 100), 2)] if fisik else []))
        first_row[i] = (an.title, an.max_row)
        if level == 'sub': run[0] += pagu; run[1] += real
    if not total_on_top: total_row()
    tables.append({'sheet': an.title, 'range': f'A{top}:{chr(64 + width)}{an.max_row}', 'kind': 'realisasi-anggaran'})
    # planted (in half the books with pages): a pagu brought in that is not the one carried out
    if brought and random.random() < .5:
        ws_b, rb = random.choice(brought)
        ws_b.cell(row=rb, column=3).value += random.choice([-1, 1]) * random.choice([10_000_000, 100_000_000])
        gal.append([f'{ws_b.title}!C{rb}'])
    sh, r = first_row[bad_ser]; gal.append([f'{sh}!E{r}'])
    sh, r = first_row[bad_keg]; gal.append([f'{sh}!C{r}'])
    # --- the weighted capaian
    wk = wb.create_sheet('Capaian IKU')
    wk.append(['Tabel 3.2 Capaian Indikator Kinerja Utama (Berbobot)']); wk.append([])
    wh = wk.max_row + 1
    wk.append(['No', 'Indikator Kinerja Utama', 'Bobot (%)', 'Target', 'Realisasi', 'Capaian (%)', 'Nilai Tertimbang'])
    for c in wk[wk.max_row]: c.font = B
    weights = random.choice(WEIGHTS)
    inds = random.sample(IKU, len(weights))
    bad_cap = random.randrange(len(inds))
    nilai = 0
    for k, ((nm, t, x), w) in enumerate(zip(inds, weights)):
        c = pct(x, t); v = round(w * c / 100, 2); nilai += v
        shown = round(c + random.choice([-1, 1]) * random.choice([1.5, 3.2, 6.05]), 2) if k == bad_cap else c
        wk.append([k + 1, nm, w, t, x, shown, v])
        if k == bad_cap: gal.append([f'Capaian IKU!F{wk.max_row}'])
    bad_sum = random.random() < .5
    wk.append([None, 'JUMLAH', 100, None, None, None, round(nilai + (random.choice([-1, 1]) * 2.5 if bad_sum else 0), 2)])
    for c in wk[wk.max_row]: c.font = B
    if bad_sum: gal.append([f'Capaian IKU!G{wk.max_row}'])
    tables.append({'sheet': 'Capaian IKU', 'range': f'A{wh}:G{wk.max_row}', 'kind': 'pengukuran-kinerja'})
    # --- a month's realisasi: the % of the cumulative realisasi, the Sisa of it
    mo = wb.create_sheet('Desember')
    mo.append(['LAPORAN REALISASI KEUANGAN BULAN DESEMBER 2024']); mo.append([])
    mh = mo.max_row + 1
    mo.append(['No', 'Kegiatan / Sub Kegiatan', 'Anggaran (Rp)', 'Realisasi s.d. Bulan Lalu (Rp)', 'Realisasi Bulan Ini (Rp)', 'Realisasi s.d. Bulan Ini (Rp)', 'Sisa Anggaran (Rp)', '% Realisasi'])
    for c in mo[mo.max_row]: c.font = B
    names = random.sample(MONTHLY, random.randint(4, 6))
    bad_pct, bad_sisa = random.sample(range(len(names)), 2)
    T = [0] * 5
    for k, nm in enumerate(names):
        a = random.randint(50, 700) * 1_000_000
        before = int(a * random.uniform(.6, .85)) // 1000 * 1000
        now = int(a * random.uniform(.05, .15)) // 1000 * 1000
        cum = before + now; sisa = a - cum; p = pct(cum, a)
        if k == bad_pct: p = round(p + random.choice([-1, 1]) * random.choice([1.7, 3.4, 9.2]), 2)
        if k == bad_sisa: sisa += random.choice([-1, 1]) * random.choice([5_000_000, 10_000_000])
        mo.append([k + 1, nm, a, before, now, cum, sisa, p])
        if k == bad_pct: gal.append([f'Desember!H{mo.max_row}'])
        if k == bad_sisa: gal.append([f'Desember!G{mo.max_row}'])
        for j, v in enumerate([a, before, now, cum, a - cum]): T[j] += v
    mo.append([None, 'JUMLAH', *T, pct(T[3], T[0])])
    for c in mo[mo.max_row]: c.font = B
    tables.append({'sheet': 'Desember', 'range': f'A{mh}:H{mo.max_row}', 'kind': 'realisasi-anggaran'})
    f = os.path.join(out, f'k23_{seed}_{b:02d}.xlsx'); wb.save(f)
    truth[f] = {'galat': gal, 'tabel': tables, 'meta': f'spaced={spaced} total_on_top={total_on_top} fisik={fisik} pages={pages} per_page={per_page} weights={weights}'}
json.dump(truth, open(os.path.join(out, 'truth.json'), 'w'), indent=1)
