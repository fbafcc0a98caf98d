# Random full LKjIP workbooks (truth first): PK (+ budget), pengukuran with Kategori by the book's scale, realisasi
# anggaran (program > kegiatan, JUMLAH), efisiensi, skala. Planted: wrong capaian, wrong label, wrong serapan, wrong
# program sum, PK target differs, PK anggaran differs, wrong efisiensi. Lower-is-better indikator by one formula per book.
import openpyxl, random, json, sys
from openpyxl.styles import Font, Alignment
B = Font(bold=True)
seed = int(sys.argv[1]); out = sys.argv[2]; N = int(sys.argv[3]); random.seed(seed)
OFFICES = {
 'Dinas Kesehatan': [('Angka kematian ibu per 100.000 KH', 'per 100.000 KH', 110, 95, False), ('Prevalensi stunting', '%', 18, 16.2, False), ('Cakupan imunisasi dasar lengkap', '%', 95, 92.3, True), ('Persentase puskesmas terakreditasi', '%', 80, 84, True), ('Angka kematian bayi per 1.000 KH', 'per 1.000 KH', 9, 10, False)],
 'Dinas Pendidikan': [('Angka partisipasi murni SD', '%', 97, 96.1, True), ('Angka putus sekolah SMP', '%', 0.5, 0.42, False), ('Persentase guru bersertifikat', '%', 75, 78.3, True), ('Rata-rata lama sekolah', 'Tahun', 8.5, 8.61, True), ('Persentase sekolah rusak berat', '%', 5, 6.1, False)],
 'BPBD': [('Waktu tanggap penanganan bencana', 'Jam', 6, 5, False), ('Persentase desa tangguh bencana', '%', 30, 33.5, True), ('Jumlah korban jiwa akibat bencana', 'Jiwa', 10, 7, False), ('Persentase rencana kontinjensi yang tersusun', '%', 100, 100, True)],
 'Dukcapil': [('Persentase penduduk ber-KTP elektronik', '%', 98, 97.4, True), ('Cakupan kepemilikan akta kelahiran anak', '%', 95, 96.8, True), ('Rata-rata waktu penerbitan dokumen kependudukan', 'Hari', 3, 2, False), ('Persentase data kependudukan yang dimutakhirkan', '%', 90, 88.2, True)],
 'Bappeda': [('Persentase keselarasan program RPJMD dan RKPD', '%', 95, 97.1, True), ('Tingkat kemiskinan', '%', 9.8, 9.3, False), ('Tingkat pengangguran terbuka', '%', 5.2, 5.6, False), ('Nilai SAKIP', 'Nilai', 70, 72.5, True)],
 'Kecamatan': [('Persentase pelayanan administrasi tepat waktu', '%', 90, 94.2, True), ('Indeks kepuasan masyarakat', 'Indeks', 80, 82.1, True), ('Jumlah pengaduan yang tidak tertangani', 'Aduan', 5, 3, False), ('Persentase desa dengan APBDes tepat waktu', '%', 100, 93.3, True)],
}
from umum import SCALES, band, rp as fmt_rp, write_scale
truth = {}
for k in range(N):
    office = random.choice(list(OFFICES)); inds = OFFICES[office][:]
    random.shuffle(inds); inds = inds[:4]
    negform = random.choice(['2-r/t', 't/r'])
    scale = random.choice(SCALES)
    efform = random.choice(['c-s', 'c/s'])
    mstyle = random.choice(['num', 'rp', 'rp-'])
    plant = random.sample(['cap', 'label', 'ser', 'sum', 'pktarget', 'pkang', 'ef'], 3)
    galat = []
    wb = openpyxl.Workbook()
    # PK
    pk = wb.active; pk.title = 'PK'
    pk['A1'] = f'PERJANJIAN KINERJA {office.upper()} TAHUN 2024'
    for j, h in enumerate(['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target 2024']): pk.cell(row=3, column=1 + j, value=h).font = B
    pkt = {}
    for i, (n, u, t, r, up) in enumerate(inds):
        tt = t
        if 'pktarget' in plant and i == 1:
            tt = round(t * 1.1, 2) if t > 1 else t + 1
            galat.append(('PK!E%d' % (4 + i), f'Pengukuran!D{4+i}'))
        for j, v in enumerate([i + 1, f'Sasaran {i//2 + 1}: Meningkatnya kinerja {office}' if i % 2 == 0 else None, n, u, tt]): pk.cell(row=4 + i, column=1 + j, value=v)
    progs = [('Program Penunjang Urusan Pemerintahan Daerah', [('Administrasi Keuangan', random.randrange(2000, 6000) * 1_000_000), ('Administrasi Umum', random.randrange(300, 900) * 1_000_000)]),
             (f'Program Pelayanan Utama {office}', [('Pelayanan Dasar', random.randrange(500, 3000) * 1_000_000), ('Pembinaan dan Pengawasan', random.randrange(100, 700) * 1_000_000)])]
    base = 10
    pk.cell(row=base, column=1, value='No').font = B; pk.cell(row=base, column=2, value='Program').font = B; pk.cell(row=base, column=3, value='Anggaran (Rp)').font = B
    for i, (pn, kegs) in enumerate(progs):
        a = sum(x for _, x in kegs)
        if 'pkang' in plant and i == 1:
            a += 50_000_000; galat.append((f'PK!C{base+1+i}', 'Anggaran!C?'))
        pk.cell(row=base + 1 + i, column=1, value=i + 1); pk.cell(row=base + 1 + i, column=2, value=pn); pk.cell(row=base + 1 + i, column=3, value=fmt_rp(a, mstyle))
    # Pengukuran
    pg = wb.create_sheet('Pengukuran')
    pg['A1'] = 'Tabel 3.1 Pengukuran Kinerja Tahun 2024'
    for j, h in enumerate(['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', scale[1]]): pg.cell(row=3, column=1 + j, value=h).font = B
    caps = []
    for i, (n, u, t, r, up) in enumerate(inds):
        c = round(r / t * 100, 2) if up else (round((2 - r / t) * 100, 2) if negform == '2-r/t' else round(t / r * 100, 2))
        lab = band(scale, c)
        if 'cap' in plant and i == 2:
            c = round(c + 8.35, 2); lab = band(scale, c); galat.append((f'Pengukuran!E{4+i}',))
        if 'label' in plant and i == 0:
            labs = [x[1] for x in scale[2]]; lab = labs[(labs.index(lab) + 2) % len(labs)]; galat.append((f'Pengukuran!F{4+i}',))
        caps.append(c)
        for j, v in enumerate([i + 1, n, t, r, c, lab]): pg.cell(row=4 + i, column=1 + j, value=v)
    # Anggaran
    an = wb.create_sheet('Anggaran')
    an['A1'] = 'Tabel 3.8 Realisasi Anggaran Tahun 2024'
    for j, h in enumerate(['No', 'Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)']): an.cell(row=3, column=1 + j, value=h).font = B
    r = 4; tp = tr = 0; sers = []
    for i, (pn, kegs) in enumerate(progs):
        reals = [round(x * random.uniform(0.82, 0.99)) for _, x in kegs]
        ps, rs = sum(x for _, x in kegs), sum(reals)
        shown = ps + (30_000_000 if ('sum' in plant and i == 0) else 0)
        if 'sum' in plant and i == 0: galat.append((f'Anggaran!C{r}',))
        if 'pkang' in plant and i == 1: galat[[g[0] for g in galat].index(f'PK!C{base+2}')] = (f'PK!C{base+2}', f'Anggaran!C{r}')
        tp += ps; tr += rs
        s = round(rs / ps * 100, 2); sers.append(s)
        for j, v in enumerate([str(i + 1), pn, fmt_rp(shown, mstyle), fmt_rp(rs, mstyle), s]):
            c_ = an.cell(row=r, column=1 + j, value=v); c_.font = B
        r += 1
        for j2, ((kn, kp), kr) in enumerate(zip(kegs, reals)):
            s2 = round(kr / kp * 100, 2)
            if 'ser' in plant and i == 1 and j2 == 0:
                s2 = round(s2 - 11.2, 2); galat.append((f'Anggaran!E{r}',))
            for j, v in enumerate([f'{i+1}.{j2+1}', f'Kegiatan {kn}', fmt_rp(kp, mstyle), fmt_rp(kr, mstyle), s2]): an.cell(row=r, column=1 + j, value=v)
            r += 1
    for j, v in enumerate([None, 'JUMLAH', fmt_rp(tp, mstyle), fmt_rp(tr, mstyle), round(tr / tp * 100, 2)]): an.cell(row=r, column=1 + j, value=v).font = B
    # Efisiensi (program capaian: mean of two indikator's capaian, as stated)
    ef = wb.create_sheet('Efisiensi')
    ef['A1'] = 'Tabel 3.9 Efisiensi Penggunaan Anggaran'
    for j, h in enumerate(['No', 'Program', 'Capaian Kinerja (%)', 'Serapan Anggaran (%)', 'Efisiensi (%)']): ef.cell(row=3, column=1 + j, value=h).font = B
    for i, (pn, kegs) in enumerate(progs):
        ck = round(sum(caps[2*i:2*i+2]) / 2, 2)
        e = round(ck - sers[i], 2) if efform == 'c-s' else round(ck / sers[i] * 100, 2)
        if 'ef' in plant and i == 0:
            e = round(e + 4.5, 2); galat.append((f'Efisiensi!E{4+i}',))
        for j, v in enumerate([i + 1, pn, ck, sers[i], e]): ef.cell(row=4 + i, column=1 + j, value=v)
    # Skala
    write_scale(wb, 'Skala Penilaian Capaian Kinerja', scale, B)
    name = f'{out}/f{k:02d}.xlsx'
    wb.save(name)
    truth[name] = {'galat': [list(g) for g in galat], 'meta': [office, negform, scale[1], efform, mstyle, plant]}
json.dump(truth, open(f'{out}/truth.json', 'w'), indent=1)
