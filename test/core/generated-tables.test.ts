/**
 * Tables made from a grammar of how offices lay them out — header words drawn from the vocabulary staff use, optional
 * columns, figures stored or typed as text, lower-is-better indikator with either formula, budgets shown as a
 * programme › kegiatan › sub kegiatan outline in five styles, years as bands, efisiensi by either measure — each with
 * one figure made wrong. Seeded, so a failure names a table that can be made again. Every table must be found as its
 * kind, and the wrong figure must be the one galat (or, for a budget line, every galat must name it).
 */
import { rangeA1 } from '../../src/core/address';
import { periksaWorkbook } from '../../src/core/periksa';
import { book, sheet, V } from '../helpers/snap';

/** A small linear congruential generator: the same tables on every run and machine. */
function random(seed: number) {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  return { next, pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)], chance: (p: number) => next() < p };
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const colName = (i: number) => String.fromCharCode(65 + i);
/** A figure as staff type it in text: "1.250.000.000", "94,5". */
const typed = (x: number) => {
  const [whole, frac] = String(x).split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (frac ? `,${frac}` : '');
};

interface Made {
  name: string;
  rows: V[][];
  merges?: string[];
  kind: string;
  /** The cell made wrong. */
  wrong: string;
  /** A budget line made wrong shows in its parent's sum and its own serapan: every galat must name it. */
  namedByAll?: boolean;
}

const POSITIVE: Array<[string, string]> = [
  ['Persentase desa tangguh bencana', '%'],
  ['Indeks kepuasan masyarakat', 'indeks'],
  ['Cakupan imunisasi dasar lengkap', '%'],
  ['Jumlah UMKM yang dibina', 'unit'],
  ['Persentase jalan kabupaten dalam kondisi mantap', '%'],
  ['Nilai SAKIP perangkat daerah', 'nilai'],
  ['Rasio guru terhadap murid', 'rasio'],
  ['Persentase penduduk ber-KTP elektronik', '%'],
];
const NEGATIVE: Array<[string, string]> = [
  ['Angka kematian ibu', 'per 100.000 KH'],
  ['Prevalensi stunting pada balita', '%'],
  ['Persentase penduduk miskin', '%'],
  ['Tingkat pengangguran terbuka', '%'],
  ['Waktu tanggap pemadam kebakaran', 'menit'],
  ['Jumlah kasus DBD', 'kasus'],
];

function pengukuran(seed: number): Made {
  const g = random(seed);
  const words: Record<string, string[]> = {
    no: ['No', 'No.', 'NO', 'Nomor'],
    ind: ['Indikator Kinerja', 'IKU', 'Indikator Kinerja Utama', 'Indikator Kinerja Program', 'Indikator Sasaran', 'Indicator', 'INDIKATOR'],
    sat: ['Satuan', 'Sat.', 'Unit', 'SATUAN'],
    tgt: ['Target', 'Tgt', 'Trgt', 'Trg', 'Target 2024', 'Target Kinerja', 'TARGET', 'Target (T)'],
    real: ['Realisasi', 'Real.', 'Rea.', 'Realisasi 2024', 'Realisasi s.d. TW IV', 'Actual', 'REALISASI', 'Realisasi (R)'],
    cap: [
      'Capaian (%)',
      '%',
      '% Capaian',
      'Cap.',
      'Tingkat Capaian',
      'Persentase Capaian',
      'Achievement (%)',
      'CAPAIAN',
      'Capaian (R/T x 100%)',
      'C = R/T x 100%',
    ],
    pred: ['Kategori', 'Predikat', 'Keterangan', 'Kriteria'],
  };
  const cols = [...(g.chance(0.8) ? ['no'] : []), 'ind', ...(g.chance(0.6) ? ['sat'] : []), 'tgt', 'real', 'cap', ...(g.chance(0.4) ? ['pred'] : [])];
  const storage = g.pick(['number', 'text', 'fraction'] as const);
  const lowerBetter = g.pick(['2 - R/T', 'T/R'] as const);
  const n = 3 + Math.floor(g.next() * 5);
  const wrongRow = Math.floor(g.next() * n);
  const used = new Set<string>();
  const rows: V[][] = [];
  for (let i = 0; i < n; i++) {
    let ind: [string, string];
    do ind = g.chance(0.3) ? g.pick(NEGATIVE) : g.pick(POSITIVE);
    while (used.has(ind[0]));
    used.add(ind[0]);
    const negative = NEGATIVE.includes(ind);
    const t = Math.round((20 + g.next() * 80) * 10) / 10;
    const r = Math.round(t * (0.8 + g.next() * 0.35) * 10) / 10;
    let c = r2(negative ? (lowerBetter === 'T/R' ? t / r : 2 - r / t) * 100 : (r / t) * 100);
    if (i === wrongRow) c = r2(c + (g.chance(0.5) ? -1 : 1) * (3 + Math.floor(g.next() * 8)));
    rows.push(
      cols.map((k): V => {
        if (k === 'no') return i + 1;
        if (k === 'ind') return ind[0];
        if (k === 'sat') return ind[1];
        if (k === 'tgt') return storage === 'text' ? typed(t) : t;
        if (k === 'real') return storage === 'text' ? typed(r) : r;
        if (k === 'cap') return storage === 'text' ? `${typed(c)} %` : storage === 'fraction' ? { v: c / 100, fmt: '0.00%' } : c;
        return c >= 100 ? 'Tercapai' : 'Belum tercapai';
      }),
    );
  }
  return {
    name: `pengukuran ${storage}, lower-is-better ${lowerBetter}: ${cols.join(' | ')}`,
    rows: [['Tabel 3.1 Pengukuran Kinerja Tahun 2024'], cols.map((k) => g.pick(words[k])), ...rows],
    kind: 'pengukuran-kinerja',
    wrong: `${colName(cols.indexOf('cap'))}${3 + wrongRow}`,
  };
}

const PROGRAMMES = [
  'Program Penunjang Urusan Pemerintahan Daerah',
  'Program Rehabilitasi Sosial',
  'Program Perlindungan dan Jaminan Sosial',
  'Program Penanganan Bencana',
  'Program Pemberdayaan Sosial',
];
const KEGIATAN = [
  'Perencanaan, Penganggaran dan Evaluasi Kinerja',
  'Administrasi Keuangan Perangkat Daerah',
  'Administrasi Umum Perangkat Daerah',
  'Penyediaan Jasa Penunjang Urusan',
  'Rehabilitasi Sosial Dasar Anak Terlantar',
  'Pengelolaan Data Fakir Miskin',
  'Perlindungan Sosial Korban Bencana',
];
const SUB_KEGIATAN = [
  'Penyusunan Dokumen Perencanaan',
  'Penyediaan Gaji dan Tunjangan ASN',
  'Penyediaan Alat Tulis Kantor',
  'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
  'Pemberian Bimbingan Fisik, Mental, Spiritual dan Sosial',
  'Penyediaan Makanan',
  'Koordinasi dan Sinkronisasi',
  'Pendataan dan Verifikasi',
];

interface Line {
  level: number;
  code: string;
  name: string;
  pagu: number;
  real: number;
}

function realisasiAnggaran(seed: number): Made {
  const g = random(seed);
  const style = g.pick(['words', 'numbering', 'codes', 'bold and indent', 'dash'] as const);
  const numbered = style === 'numbering' || style === 'codes' || style === 'dash' || g.chance(0.5);
  const remainder = g.chance(0.35);
  const text = g.chance(0.3);
  const header = [
    ...(numbered ? [g.pick(['No', 'No.', 'Kode', 'Kode Rekening'])] : []),
    g.pick(['Program / Kegiatan / Sub Kegiatan', 'Uraian', 'Program/Kegiatan', 'URAIAN', 'Nama Program, Kegiatan dan Sub Kegiatan']),
    g.pick(['Pagu', 'Anggaran', 'Pagu Anggaran (Rp)', 'Alokasi', 'DPA', 'Anggaran Setelah Perubahan', 'Angg. (Rp)', 'Budget']),
    g.pick(['Realisasi', 'Realisasi (Rp)', 'Real. Angg.', 'Realisasi Keuangan', 'Realization']),
    g.pick(['%', 'Serapan (%)', 'Persentase', 'Capaian (%)', '% Realisasi', 'Penyerapan']),
    ...(remainder ? [g.pick(['Sisa', 'Sisa Anggaran', 'Selisih'])] : []),
  ];
  // the outline, its sums made from its sub kegiatan
  const lines: Line[] = [];
  const programmes = 1 + Math.floor(g.next() * 3);
  for (let p = 0; p < programmes; p++) {
    const prog: Line = {
      level: 0,
      code: style === 'codes' ? `1.06.0${p + 1}` : `${p + 1}`,
      name: PROGRAMMES[(p + seed) % PROGRAMMES.length],
      pagu: 0,
      real: 0,
    };
    lines.push(prog);
    const kegiatan = 1 + Math.floor(g.next() * 3);
    for (let q = 0; q < kegiatan; q++) {
      const keg: Line = {
        level: 1,
        code: style === 'codes' ? `${prog.code}.2.0${q + 1}` : `${p + 1}.${q + 1}`,
        name: KEGIATAN[(q + p + seed) % KEGIATAN.length],
        pagu: 0,
        real: 0,
      };
      lines.push(keg);
      const subs = 1 + Math.floor(g.next() * 3);
      for (let m = 0; m < subs; m++) {
        const pagu = Math.round(5 + g.next() * 500) * 1000000;
        const real = Math.round((pagu * (0.8 + g.next() * 0.2)) / 1000) * 1000;
        lines.push({
          level: 2,
          code: style === 'codes' ? `${keg.code}.000${m + 1}` : `${p + 1}.${q + 1}.${m + 1}`,
          name: SUB_KEGIATAN[(m + q + seed) % SUB_KEGIATAN.length],
          pagu,
          real,
        });
        keg.pagu += pagu;
        keg.real += real;
        prog.pagu += pagu;
        prog.real += real;
      }
    }
  }
  const total = lines.filter((l) => l.level === 0).reduce((a, l) => ({ pagu: a.pagu + l.pagu, real: a.real + l.real }), { pagu: 0, real: 0 });
  const money = (x: number): V => (text ? typed(x) : x);
  const share = (r: number, p: number): V => (text ? typed(r2((r / p) * 100)) : r2((r / p) * 100));
  const figures = (l: { pagu: number; real: number }) => [money(l.pagu), money(l.real), share(l.real, l.pagu), ...(remainder ? [money(l.pagu - l.real)] : [])];
  const styled = (v: V, l: Line): V => {
    if (style === 'bold and indent') return { v: v as string | number, bold: l.level === 0, indent: l.level || undefined };
    if (l.level === 0 && style !== 'words') return { v: v as string | number, bold: true };
    return v;
  };
  const label = (l: Line) =>
    style === 'words' ? ['', 'Kegiatan ', 'Sub Kegiatan '][l.level] + l.name : style === 'dash' && l.level === 2 ? `- ${l.name}` : l.name;
  const rows: V[][] = lines.map((l) => [
    ...(numbered ? [style === 'dash' && l.level === 2 ? null : styled(l.code, l)] : []),
    styled(label(l), l),
    ...figures(l).map((v) => styled(v, l)),
  ]);
  rows.push([...(numbered ? [null] : []), { v: 'JUMLAH', bold: true }, ...figures(total).map((v): V => ({ v: v as string | number, bold: true }))]);
  // a sub kegiatan's realisasi made wrong (its serapan and sisa left as they were)
  const leaves = lines.map((l, i) => [l, i] as const).filter(([l]) => l.level === 2);
  const [leaf, at] = g.pick(leaves);
  const realCol = (numbered ? 1 : 0) + 2;
  rows[at][realCol] = money(leaf.real + Math.round(1 + g.next() * 20) * 1000000);
  return {
    name: `realisasi anggaran, ${style}${text ? ', text figures' : ''}: ${header.join(' | ')}`,
    rows: [['Realisasi Anggaran Tahun 2024'], header, ...rows],
    kind: 'realisasi-anggaran',
    wrong: `${colName(realCol)}${3 + at}`,
    namedByAll: true,
  };
}

function yearsOrEfisiensi(seed: number): Made {
  const g = random(seed);
  if (g.chance(0.5)) {
    const years = g.pick([
      [2022, 2023, 2024],
      [2023, 2024],
      [2020, 2021, 2022, 2023, 2024],
    ]);
    const leaf = g.pick([
      ['Target', 'Realisasi', 'Capaian (%)'],
      ['T', 'R', '%'],
      ['Tgt', 'Real.', 'Cap.'],
      ['Target', 'Realisasi', '%'],
    ]);
    const band = g.pick(['', 'Tahun ', 'TA ']);
    const lead = ['No', 'Indikator Kinerja', ...(g.chance(0.5) ? ['Satuan'] : [])];
    const merges = [
      ...lead.map((_, i) => `${colName(i)}2:${colName(i)}3`),
      ...years.map((_, j) => `${colName(lead.length + 3 * j)}2:${colName(lead.length + 3 * j + 2)}2`),
    ];
    const n = 3 + Math.floor(g.next() * 4);
    const wrongRow = Math.floor(g.next() * n);
    const wrongYear = Math.floor(g.next() * years.length);
    const rows: V[][] = [];
    for (let i = 0; i < n; i++) {
      const row: V[] = [i + 1, POSITIVE[(i + seed) % POSITIVE.length][0], ...(lead.length > 2 ? ['%'] : [])];
      years.forEach((_, j) => {
        const t = Math.round((30 + g.next() * 60) * 10) / 10;
        const r = Math.round(t * (0.85 + g.next() * 0.3) * 10) / 10;
        let c = r2((r / t) * 100);
        if (i === wrongRow && j === wrongYear) c = r2(c + (g.chance(0.5) ? -1 : 1) * (2 + Math.floor(g.next() * 9)));
        row.push(t, r, c);
      });
      rows.push(row);
    }
    return {
      name: `pengukuran over ${years.join(', ')}: ${band}${years[0]} / ${leaf.join(' | ')}`,
      rows: [
        ['Tabel 3.2 Perbandingan Capaian Kinerja'],
        [...lead, ...years.flatMap((y) => [`${band}${y}`, null, null])],
        [...lead.map(() => null), ...years.flatMap(() => leaf)],
        ...rows,
      ],
      merges,
      kind: 'pengukuran-kinerja',
      wrong: `${colName(lead.length + 3 * wrongYear + 2)}${4 + wrongRow}`,
    };
  }
  const measure = g.pick(['capaian − serapan', 'capaian ÷ serapan'] as const);
  const header = [
    'No',
    g.pick(['Sasaran Strategis', 'Sasaran', 'Program']),
    g.pick(['Capaian Kinerja (%)', '% Capaian Kinerja', 'Capaian (%)']),
    g.pick(['Pagu (Rp)', 'Anggaran', 'Pagu Anggaran']),
    g.pick(['Realisasi (Rp)', 'Realisasi Anggaran', 'Realisasi']),
    g.pick(['Serapan (%)', '% Serapan', 'Penyerapan (%)']),
    g.pick(['Efisiensi (%)', 'Tingkat Efisiensi', 'Efisiensi']),
  ];
  const n = 2 + Math.floor(g.next() * 4);
  const wrongRow = Math.floor(g.next() * n);
  const sasaran = ['Meningkatnya kualitas layanan', 'Menurunnya PPKS', 'Meningkatnya akuntabilitas', 'Meningkatnya ketahanan pangan', 'Terkendalinya inflasi'];
  const rows: V[][] = [];
  for (let i = 0; i < n; i++) {
    const c = r2(85 + g.next() * 30);
    const pagu = Math.round(100 + g.next() * 5000) * 1000000;
    const real = Math.round((pagu * (0.8 + g.next() * 0.19)) / 1000) * 1000;
    const s = r2((real / pagu) * 100);
    let e = measure === 'capaian − serapan' ? r2(c - s) : r2((c / s) * 100);
    if (i === wrongRow) e = r2(e + (g.chance(0.5) ? -1 : 1) * (3 + Math.floor(g.next() * 9)));
    rows.push([i + 1, sasaran[i], c, pagu, real, s, e]);
  }
  return {
    name: `efisiensi as ${measure}: ${header.join(' | ')}`,
    rows: [['Tabel 3.5 Efisiensi Penggunaan Sumber Daya'], header, ...rows],
    kind: 'efisiensi',
    wrong: `G${3 + wrongRow}`,
  };
}

/** Every cell a finding names: its own and each of its related cells and ranges. */
function named(cell: string, related: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const ref of [cell, ...related]) {
    const m = /^([A-Z])(\d+):([A-Z])(\d+)$/.exec(ref);
    if (!m) {
      out.push(ref);
      continue;
    }
    for (let c = m[1].charCodeAt(0); c <= m[3].charCodeAt(0); c++) for (let r = Number(m[2]); r <= Number(m[4]); r++) out.push(`${String.fromCharCode(c)}${r}`);
  }
  return out;
}

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);

describe.each([
  ['pengukuran tables', pengukuran],
  ['budget outlines', realisasiAnggaran],
  ['years side by side and efisiensi tables', yearsOrEfisiensi],
])('%s made from the grammar, one figure wrong in each', (_what, make) => {
  test('each found as its kind, the wrong figure its galat and no other', () => {
    const failures: string[] = [];
    let galat = 0;
    for (const seed of SEEDS) {
      const made = make(seed);
      const r = periksaWorkbook(book(sheet('Tabel', made.rows, { merges: made.merges })));
      const found = r.findings.filter((f) => f.severity === 'galat');
      galat += found.length;
      const kinds = r.tables.map((t) => `${t.kind} ${rangeA1(t.range)}`);
      const naming = found.filter((f) => named(f.cell, f.related).includes(made.wrong));
      const ok =
        r.tables.length === 1 &&
        r.tables[0].kind === made.kind &&
        (made.namedByAll ? naming.length > 0 && naming.length === found.length : found.length === 1 && found[0].cell === made.wrong);
      if (!ok)
        failures.push(
          `seed ${seed} (${made.name}): wrong ${made.wrong}; tables ${kinds.join(', ')}; galat ${found.map((f) => `${f.rule} ${f.cell}`).join(', ')}`,
        );
    }
    expect(galat).toBeGreaterThanOrEqual(SEEDS.length);
    expect(failures).toEqual([]);
  });
});
