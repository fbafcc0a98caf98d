# Family 26 (truth first): a realisasi anggaran whose groups are closed by sums written below them, the ways offices
# write it. Programmes › kegiatan › sub kegiatan; a programme's and a kegiatan's own line states its money or is a heading
# with none; each kegiatan and each programme is closed by a sum or not — generic ("Jumlah", "Sub Jumlah", "Subtotal",
# "Jumlah Program") or named after its line ("Jumlah Kegiatan Administrasi Umum …", "Jumlah Program Pengelolaan …"); a
# TOTAL at the end or not; a Serapan column or not. Planted (one per book): a sub kegiatan's pagu (its serapan, where
# there is one, of the right pagu), a kegiatan's sum wrong in its realisasi or in both columns, a kegiatan line's pagu,
# a programme's sum.
import itertools, json, os, random
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from umum import book_args

seed, out, n = book_args()
os.makedirs(out, exist_ok=True)
B = Font(bold=True)

PROGRAMS = [('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
             ['Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', 'Administrasi Keuangan Perangkat Daerah', 'Administrasi Umum Perangkat Daerah']),
            ('PROGRAM PENGELOLAAN PENDIDIKAN', ['Pengelolaan Pendidikan Sekolah Dasar', 'Pengelolaan Pendidikan Sekolah Menengah Pertama']),
            ('PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT',
             ['Penyediaan Fasilitas Pelayanan Kesehatan', 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan']),
            ('PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN', ['Perencanaan Kebutuhan dan Pendayagunaan SDM Kesehatan'])]
SUBS = ['Penyediaan Gaji dan Tunjangan ASN', 'Penyediaan Alat Tulis Kantor', 'Pemeliharaan Kendaraan Dinas', 'Koordinasi dan Sinkronisasi',
        'Pelatihan Teknis Petugas', 'Pengadaan Sarana dan Prasarana', 'Pemantauan dan Evaluasi', 'Penyusunan Dokumen Perencanaan']
GENERIC_KEGIATAN = ['Jumlah', 'Sub Jumlah', 'Subtotal', 'Sub Total']


def pct(a, b):
    return round(a / b * 100 + 1e-9, 2)


LAYOUTS = list(itertools.product([True, False], [True, False], ['none', 'generic', 'named'], ['none', 'generic', 'named'], [True, False]))
truth = {}
for b in range(n):
    while True:
        pfig, kfig, ksum, psum, total = random.choice(LAYOUTS)
        # (headings only and no sum anywhere: a list of sub kegiatan, no hierarchy to close)
        if pfig or kfig or ksum != 'none' or psum != 'none':
            break
    serapan = random.random() < .6
    plant = random.choice(['sub', 'ksum', 'kboth', 'kline', 'psum'])
    if plant in ('ksum', 'kboth') and ksum == 'none' or plant == 'kline' and not kfig or plant == 'psum' and psum == 'none':
        plant = 'sub'
    word = random.choice(GENERIC_KEGIATAN)
    wb = Workbook()
    ws = wb.active
    ws.title = 'Realisasi Anggaran'
    ws['A1'] = 'Tabel 3.6 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2024'
    ws['A1'].font = B
    head = ['No', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'] + (['Serapan (%)'] if serapan else [])
    for j, h in enumerate(head):
        ws.cell(row=3, column=1 + j, value=h).font = B
    r = 4
    gal = []
    grand = [0, 0]
    where = random.randrange(1, 3)

    def put(vals, bold=False, indent=0, ser=None):
        global r
        for j, v in enumerate(vals):
            if v is None:
                continue
            c = ws.cell(row=r, column=1 + j, value=v)
            if bold:
                c.font = B
            if indent:
                c.alignment = Alignment(indent=indent)
            if isinstance(v, int):
                c.number_format = '#,##0'
        if serapan and ser is not None:
            ws.cell(row=r, column=5, value=ser).number_format = '0.00'
        r += 1

    programs = random.sample(PROGRAMS, 3)
    for pi, (program, kegiatan) in enumerate(programs):
        groups = []
        for kn in kegiatan:
            subs = []
            for name in random.sample(SUBS, random.randrange(2, 4)):
                p = random.randrange(20, 400) * 1_000_000 + random.randrange(0, 100) * 10_000
                subs.append((name, p, int(p * random.uniform(0.85, 0.99)) // 1000 * 1000))
            groups.append((kn, subs))
        pp = sum(s[1] for _, ss in groups for s in ss)
        pr = sum(s[2] for _, ss in groups for s in ss)
        grand = [grand[0] + pp, grand[1] + pr]
        put([['I', 'II', 'III'][pi], program] + ([pp, pr] if pfig else []), bold=True, ser=pct(pr, pp) if pfig else None)
        for ki, (kn, subs) in enumerate(groups):
            kp = sum(s[1] for s in subs)
            kr = sum(s[2] for s in subs)
            here = pi == where and ki == 0
            line_p = kp
            if here and plant == 'kline':
                line_p = kp + random.choice([-1, 1]) * random.randrange(2, 9) * 1_000_000
                gal.append([f'Realisasi Anggaran!C{r}'])
            put([str(ki + 1), kn] + ([line_p, kr] if kfig else []), bold=True, ser=pct(kr, line_p) if kfig else None)
            for si, (name, p, rv) in enumerate(subs):
                typed = p
                if here and si == 1 and plant == 'sub':
                    typed = p + random.choice([-1, 1]) * random.randrange(1, 9) * 1_000_000
                    # (named by its serapan of the right pagu, by the sums that contradict it, or among the few rows a sum lists)
                    gal.append([f'Realisasi Anggaran!C{r}'])
                put([f'{ki + 1}.{si + 1}', name, typed, rv], indent=1, ser=pct(rv, p))
            if ksum != 'none':
                sp, sr = kp, kr
                if here and plant == 'ksum':
                    sr = kr + random.randrange(1, 9) * 1_000_000
                    gal.append([f'Realisasi Anggaran!D{r}'])
                if here and plant == 'kboth':
                    sp, sr = kp + random.randrange(2, 9) * 1_000_000, kr + random.randrange(1, 9) * 1_000_000
                    gal.append([f'Realisasi Anggaran!C{r}', f'Realisasi Anggaran!D{r}'])
                put([None, word if ksum == 'generic' else f'Jumlah Kegiatan {kn}', sp, sr], bold=True, ser=pct(sr, sp))
        if psum != 'none':
            sp = pp
            if pi == where and plant == 'psum':
                sp = pp + random.choice([-1, 1]) * random.randrange(2, 9) * 1_000_000
                gal.append([f'Realisasi Anggaran!C{r}'])
            put([None, 'Jumlah Program' if psum == 'generic' else f'Jumlah {program.title()}', sp, pr], bold=True, ser=pct(pr, sp))
    if total:
        put([None, 'TOTAL', grand[0], grand[1]], bold=True, ser=pct(grand[1], grand[0]))
    f = os.path.join(out, f'k26_{seed}_{b:02d}.xlsx')
    wb.save(f)
    last = 'E' if serapan else 'D'
    truth[f] = {'galat': gal, 'tabel': [{'sheet': 'Realisasi Anggaran', 'range': f'A3:{last}{r - 1}', 'kind': 'realisasi-anggaran'}],
                'meta': f'program {"+" if pfig else "-"}angka, kegiatan {"+" if kfig else "-"}angka, jumlah kegiatan {ksum} ({word}), '
                        f'jumlah program {psum}, total {total}, serapan {serapan}, tanam {plant}'}
json.dump(truth, open(os.path.join(out, 'truth.json'), 'w'), indent=1)
