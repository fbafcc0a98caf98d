# Family 10 (truth first): a report converted from PDF one sheet per page ("Page 1", "Table 2", "Halaman 3" …), or
# all on one sheet with each page break's blank rows and page number between the pages. Its
# pengukuran and its realisasi anggaran run over the pages, cut at any row — between programmes, inside a programme's
# kegiatan, inside a kegiatan's sub kegiatan —, the header repeated on each page or not, a running title and a page
# number on each page or not, "Tabel 3.x (Lanjutan)" over a repeated header or not; hierarchy shown by words, codes,
# bold or indent; a page with no header of its own may come with its columns moved one or two to the right (the
# converter put in empty columns); a row's label may be wrapped over a page break (its code and first words end the
# page, the rest of its label and its figures open the next). Planted: a programme's pagu against its kegiatan on two pages, the JUMLAH on the last
# page, a sub kegiatan's realisasi (its kegiatan and its serapan), a serapan, a capaian.
import openpyxl, random, json
from openpyxl.styles import Font, Alignment
from umum import book_args

B = Font(bold=True)
seed, out, N = book_args()
OFFICES = [('Dinas Kesehatan', ['Pelayanan Kesehatan', 'Sumber Daya Kesehatan', 'Kesehatan Masyarakat', 'Pencegahan Penyakit']),
           ('Dinas Pendidikan', ['Pengelolaan Pendidikan', 'Pendidik dan Tenaga Kependidikan', 'Kurikulum', 'Pendidikan Nonformal']),
           ('Dinas PUPR', ['Pengelolaan Sumber Daya Air', 'Penyelenggaraan Jalan', 'Penataan Bangunan', 'Air Minum']),
           ('Bappeda', ['Perencanaan Pembangunan Daerah', 'Penelitian dan Pengembangan', 'Koordinasi Perencanaan', 'Data Pembangunan']),
           ('Kecamatan Sukamaju', ['Penyelenggaraan Pemerintahan Kecamatan', 'Pemberdayaan Masyarakat Desa', 'Ketenteraman Umum', 'Layanan Administrasi']),
           ('RSUD Kabupaten', ['Pelayanan Rumah Sakit', 'Peningkatan Mutu Layanan', 'Sarana Prasarana Rumah Sakit', 'Farmasi dan Alat Kesehatan'])]
INDIKATOR = [('Indeks Kepuasan Masyarakat', 'Nilai', 80), ('Persentase capaian SPM', '%', 95), ('Jumlah inovasi pelayanan', 'Inovasi', 6),
             ('Persentase dokumen perencanaan tepat waktu', '%', 100), ('Nilai SAKIP', 'Nilai', 70), ('Persentase aset tercatat', '%', 90),
             ('Cakupan layanan dasar', '%', 85), ('Jumlah kegiatan terfasilitasi', 'Kegiatan', 24), ('Persentase pengaduan tertangani', '%', 98)]
SHEET_NAMES = ['Page {}', 'Table {}', 'Halaman {}', 'Sheet{}']
truth = {}
for k in range(N):
    office, areas = random.choice(OFFICES)
    style = random.choice(['words', 'codes', 'bold', 'indent'])
    repeat = random.random() < 0.5
    lanjutan = repeat and random.random() < 0.5
    furniture = random.random() < 0.7
    sheet_name = random.choice(SHEET_NAMES)
    one_sheet = random.random() < 0.35
    plant = random.sample(['prog', 'jumlah', 'sub', 'serapan', 'capaian'], 2)
    # (drawn from a sequence of its own: the books without moved columns stay as the seed made them before)
    aside = random.Random(seed * 7919 + k)
    moved = 0 if one_sheet or repeat or aside.random() >= 0.4 else aside.choice([1, 2])
    # a row's label wrapped over a page break: its code and first words end the page, the rest and its figures open the next
    wrap_at_cut = aside.random() < 0.35
    # (the figures on the label's first line, the cell's text aligned to its top, or on its last, aligned to the bottom)
    figures_first = wrap_at_cut and aside.random() < 0.5
    # long labels wrapped onto a second row inside a page too, the figures on the same line as at the cut (or drawn)
    wrap_inside = aside.random() < 0.3
    inside = random.Random(seed * 7919 + k + 104729)
    inside_first = figures_first if wrap_at_cut else inside.random() < 0.5
    offset = {}  # each continuation page's columns moved, by sheet
    wb = openpyxl.Workbook()
    pages = []  # each: list of rows written, the sheet
    state = {'ws': None, 'page': 0}

    def put(ws, values):
        ws.append([None] * offset.get(ws.title, 0) + list(values))

    def at(ws, letter, row):
        return f'{ws.title}!{chr(ord(letter) + offset.get(ws.title, 0))}{row}'

    def new_page(goes_on=False):
        if state['ws'] is not None and furniture:
            state['ws'].append([]); put(state['ws'], [None, None, f'- {state["page"]} -'])
        state['page'] += 1
        if one_sheet and state['ws'] is not None:
            # the page break's blank rows, on the same sheet
            for _ in range(random.randint(1, 3)): state['ws'].append([])
            if furniture: state['ws'].append([f'LKjIP {office} Tahun 2024'])
            return state['ws']
        ws = wb.active if state['page'] == 1 else wb.create_sheet()
        ws.title = sheet_name.format(state['page']) if not one_sheet else 'Laporan'
        if goes_on and moved: offset[ws.title] = moved
        if furniture and state['page'] > 1: put(ws, [f'LKjIP {office} Tahun 2024'])
        state['ws'] = ws
        return ws

    def head(ws, header, first, caption):
        if first: ws.append([caption])
        elif lanjutan: ws.append([caption.split(' ')[0] + ' ' + caption.split(' ')[1] + ' (Lanjutan)'])
        if first or repeat:
            ws.append(header)
            for c in ws[ws.max_row]: c.font = B

    galat = []
    # pengukuran: 6–9 indikator, cut once at random
    ws = new_page()
    ph = ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)']
    head(ws, ph, True, 'Tabel 3.1 Pengukuran Kinerja Tahun 2024')
    inds = random.sample(INDIKATOR, random.randint(6, 9))
    cut = random.randint(2, len(inds) - 2)
    bad_cap = random.randrange(len(inds)) if 'capaian' in plant else -1
    for i, (n, u, t) in enumerate(inds):
        if i == cut:
            ws = new_page(True); head(ws, ph, False, 'Tabel 3.1 Pengukuran Kinerja Tahun 2024')
        r = round(t * random.uniform(0.85, 1.12), 2) if u in ('%', 'Nilai') else random.randint(max(1, t - 4), t + 3)
        cap = round(r / t * 100, 2)
        if i == bad_cap:
            cap = round(cap + random.choice([-4.5, 3.25, 6.1]), 2)
        put(ws, [i + 1, n, u, t, r, cap])
        if i == bad_cap: galat.append([at(ws, 'F', ws.max_row)])
    # realisasi anggaran on a new page, 3–4 programmes × 2–3 kegiatan × 1–3 sub kegiatan
    ws = new_page()
    rh = ['No', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)']
    lines = []
    for p in range(random.randint(3, 4)):
        area = areas[p % len(areas)]
        kegs = []
        for kk in range(random.randint(2, 3)):
            subs = []
            for s in range(random.randint(1, 3)):
                pagu = random.randint(4, 90) * 5_000_000
                subs.append([f'{p + 1}.{kk + 1}.{s + 1}', 'sub', f'{["Penyediaan", "Pengelolaan", "Fasilitasi", "Pembinaan"][s % 4]} {area} {p + 1}.{kk + 1}.{s + 1}', pagu, int(pagu * random.uniform(0.78, 1.0)) // 1000 * 1000])
            kegs.append((f'{p + 1}.{kk + 1}', subs))
        lines.append([f'{p + 1}', 'program', f'{area}', 0, 0])
        for kc, subs in kegs:
            lines.append([kc, 'kegiatan', f'Pelaksanaan {area} {kc}', sum(s[3] for s in subs), sum(s[4] for s in subs)])
            lines.extend(subs)
        lines[-1 - sum(1 + len(s) for _, s in kegs)][3] = sum(sum(s[3] for s in subs) for _, subs in kegs)
        lines[-1 - sum(1 + len(s) for _, s in kegs)][4] = sum(sum(s[4] for s in subs) for _, subs in kegs)
    total = [None, 'total', 'JUMLAH', sum(l[3] for l in lines if l[1] == 'program'), sum(l[4] for l in lines if l[1] == 'program')]
    # where the pages break: 1–3 cuts anywhere after the first row
    cuts = set(random.sample(range(2, len(lines)), random.randint(1, 3)))
    # planted figures (their serapan written from the true figures, so the wrong one is the figure)
    progs = [i for i, l in enumerate(lines) if l[1] == 'program']
    subs_i = [i for i, l in enumerate(lines) if l[1] == 'sub']
    bad = {}
    if 'prog' in plant: bad[random.choice(progs)] = ('pagu', random.choice([10_000_000, -15_000_000, 2_500_000]))
    if 'sub' in plant: bad[random.choice([i for i in subs_i if i not in bad])] = ('real', random.choice([-3_000_000, 7_000_000]))
    bad_ser = random.choice([i for i in range(len(lines)) if i not in bad]) if 'serapan' in plant else -1
    head(ws, rh, True, 'Tabel 3.5 Realisasi Anggaran Tahun 2024')
    for i, (code, lvl, name, pagu, real) in enumerate(lines + [total]):
        rest = None
        if i in cuts:
            if wrap_at_cut and lvl != 'total' and len(name.split()) >= 2:
                words = ({'program': 'Program ', 'kegiatan': 'Kegiatan ', 'sub': '- Sub Kegiatan '}[lvl] if style == 'words' else '') + name
                tokens = words.split()
                # (the line breaks before a word: a number at the label's end goes with the word before it)
                j = len(tokens) - 1
                while j > 1 and tokens[j][0].isdigit(): j -= 1
                first, rest = ' '.join(tokens[:j]), ' '.join(tokens[j:])
                if not figures_first:
                    put(ws, [code if style != 'words' or lvl == 'program' else None, first])
                    if lvl == 'program' or style == 'bold' and lvl == 'kegiatan':
                        for c in ws[ws.max_row]: c.font = B
                    # (the first line keeps the row's look: its indent too)
                    if style == 'indent' and lvl in ('kegiatan', 'sub'):
                        ws.cell(ws.max_row, 2 + offset.get(ws.title, 0)).alignment = Alignment(indent=1 if lvl == 'kegiatan' else 2)
            # (figures on the first line: the page breaks after the row, before the rest of its label)
            if rest is None or not figures_first:
                ws = new_page(True); head(ws, rh, False, 'Tabel 3.5 Realisasi Anggaran Tahun 2024')
        ser = round(real / pagu * 100, 2)
        if i == len(lines) and 'jumlah' in plant:
            real = real + random.choice([-5_000_000, 4_000_000])
        shown_pagu, shown_real = pagu, real
        if i in bad:
            which, d = bad[i]
            if which == 'pagu': shown_pagu += d
            else: shown_real += d
        if i == bad_ser: ser = round(ser + random.choice([-2.5, 3.75]), 2)
        if style == 'words':
            label = {'program': 'Program ', 'kegiatan': 'Kegiatan ', 'sub': '- Sub Kegiatan ', 'total': ''}[lvl] + name
            no = code if lvl == 'program' else None
        else:
            label, no = name, code
        if rest is not None and figures_first: label = first
        elif rest is not None: label, no = rest, None
        bold_row = style == 'bold' and lvl in ('program', 'kegiatan', 'total') or style in ('words', 'codes', 'indent') and lvl in ('program', 'total')

        def look(r):
            if bold_row:
                for c in ws[r]:
                    if c.value is not None: c.font = B
            if style == 'indent' and lvl in ('kegiatan', 'sub'):
                ws.cell(r, 2 + offset.get(ws.title, 0)).alignment = Alignment(indent=1 if lvl == 'kegiatan' else 2)
        # (a long label inside a page over two rows: its first words, then the rest, the figures on one of the lines)
        words_ = label.split()
        if rest is None and wrap_inside and lvl != 'total' and len(words_) >= 4 and inside.random() < 0.3:
            j = len(words_) - 1
            while j > 1 and words_[j][0].isdigit(): j -= 1
            j = max(2, j - 1)
            line1, line2 = ' '.join(words_[:j]), ' '.join(words_[j:])
            if inside_first:
                put(ws, [no, line1, shown_pagu, shown_real, ser]); row = ws.max_row; look(row)
                put(ws, [None, line2]); look(ws.max_row)
            else:
                put(ws, [no, line1]); look(ws.max_row)
                put(ws, [None, line2, shown_pagu, shown_real, ser]); row = ws.max_row; look(row)
        else:
            put(ws, [no, label, shown_pagu, shown_real, ser])
            row = ws.max_row
            look(row)
        if i in bad: galat.append([at(ws, 'C' if bad[i][0] == 'pagu' else 'D', row)])
        if i == bad_ser: galat.append([at(ws, 'E', row)])
        if i == len(lines) and 'jumlah' in plant: galat.append([at(ws, 'D', row)])
        if rest is not None and figures_first:
            # the rest of the label alone at the top of the next page, in the row's look
            ws = new_page(True); head(ws, rh, False, 'Tabel 3.5 Realisasi Anggaran Tahun 2024')
            put(ws, [None, rest])
            if bold_row: ws.cell(ws.max_row, 2 + offset.get(ws.title, 0)).font = B
            if style == 'indent' and lvl in ('kegiatan', 'sub'):
                ws.cell(ws.max_row, 2 + offset.get(ws.title, 0)).alignment = Alignment(indent=1 if lvl == 'kegiatan' else 2)
    name = f'{out}/h{k:02d}.xlsx'
    wb.save(name)
    truth[name] = {'galat': galat, 'meta': [style, 'satu-sheet' if one_sheet else 'per-halaman', 'ulang' if repeat else 'tanpa-judul', sorted(cuts), plant] + ([f'geser {moved}'] if moved else []) + (['label terpotong' + (' (angka di baris pertama)' if figures_first else '')] if wrap_at_cut else []) + ([f'label dua baris ({"angka di baris pertama" if inside_first else "angka di baris kedua"})'] if wrap_inside else [])}
json.dump(truth, open(f'{out}/truth.json', 'w'), indent=1)
