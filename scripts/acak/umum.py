# What the generators share: three offices' rating scales (text of the interval, label, bounds), the label a capaian
# gets on one, and rupiah written as staff type it.
SCALES = [
 ('Rentang Capaian', 'Kategori', [('> 100', 'Sangat Baik', 100.0001, 1e9), ('90 - 100', 'Baik', 90, 100), ('75 - < 90', 'Cukup', 75, 89.9999), ('< 75', 'Kurang', -1e9, 74.9999)]),
 ('Interval Nilai', 'Predikat', [('≥ 91', 'Sangat Tinggi', 91, 1e9), ('76 - 90', 'Tinggi', 76, 90.9999), ('66 - 75', 'Sedang', 66, 75.9999), ('51 - 65', 'Rendah', 51, 65.9999), ('≤ 50', 'Sangat Rendah', -1e9, 50.9999)]),
 ('Capaian (%)', 'Kriteria', [('≥ 110', 'Sangat Berhasil', 110, 1e9), ('100 s.d. < 110', 'Berhasil', 100, 109.9999), ('85 s.d. < 100', 'Cukup Berhasil', 85, 99.9999), ('60 s.d. < 85', 'Kurang Berhasil', 60, 84.9999), ('< 60', 'Tidak Berhasil', -1e9, 59.9999)]),
]


def band(scale, v):
    for txt, lab, lo, hi in scale[2]:
        if lo <= v <= hi:
            return lab


def rp(v, style):
    return v if style == 'num' else 'Rp ' + f"{v:,.0f}".replace(',', '.') + (',-' if style == 'rp-' else '')


def book_args():
    """The seed, the output folder and the number of books from the command line; the random sequence seeded."""
    import random, sys
    seed, out, n = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    random.seed(seed)
    return seed, out, n


def write_scale(wb, title, scale, bold):
    """The office's scale on a sheet of its own: its two headers in row 3, one band per row below."""
    sk = wb.create_sheet('Skala')
    sk['A1'] = title
    sk['A3'] = scale[0]; sk['B3'] = scale[1]; sk['A3'].font = bold; sk['B3'].font = bold
    for i, (txt, lab, lo, hi) in enumerate(scale[2]): sk.cell(row=4 + i, column=1, value=txt); sk.cell(row=4 + i, column=2, value=lab)
