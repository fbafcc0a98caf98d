/**
 * The words of LKjIP tables: what header cells say, what captions, notes, totals and signature blocks look like.
 * All matching is on normalised text (lower case, markup stripped, single spaces), so header words in any case
 * and the seeds' typos ("Anggran", "Presentase") are covered here, in one place.
 */
import { cleanText, isPlainText } from './figures';
import { ColumnRole, PLAN_YEAR } from './types';

/** Text as the vocabulary compares it: cleaned, lower case, letters spaced one by one closed up. */
export function norm(s: string): string {
  let t = cleanText(s).toLowerCase();
  // "R A T A - R A T A" → "rata-rata": letters spaced out one by one
  if (t.length >= 5 && t.charCodeAt(1) === 32 && t.charCodeAt(3) === 32 && /^(\S ){2,}\S$/.test(t)) t = t.replace(/ /g, '');
  return t;
}

/**
 * Words that make a row a header of some table, beyond the role vocabulary below (which isHeaderWord also consults,
 * so a role's synonyms are listed once, there): counts, staff tables, plans, and the planning documents a header band
 * names ("Renstra 2021-2026", "RPJMD", "RKPD"); as staff shorten them too ("Gol. IV", "Jml", "Thn", "Pddk").
 */
const HEADER_WORDS =
  /\b(no|nomor|ket|jumlah|jml|total|jenis|tahun|thn|tujuan|strategi|kebijakan|kinerja|nilai|skala|kondisi|golongan|gol|pendidikan|pddk|jabatan|eselon|pangkat|jenjang|sumber|output|outcome|standar|persentase|presentase|baik|rusak|sedang|inventaris|belanja|arah|penanggung|l|p|pns|asn|pppk|rp|renstra|rpjmd|rpjm|rkpd|rkt|rpd|renja|periode|bobot|data dukung|batas)\b|%/;

/**
 * A word of some table's header: the general header words above, a phrase of the role vocabulary below, or a change
 * between two figures as a header names it ("Kenaikan 2023-2024", "Kenaikan thd 2023").
 */
export function isHeaderWord(text: string): boolean {
  const t = norm(text);
  return HEADER_WORDS.test(t) || vocabularyFor(t) !== undefined || isPeriodText(t) || isChangeHeader(t);
}

/** The months of a year as headers name them ("Januari", "Jan", "Agt", "Nopember"): RegExp source. */
const MONTH_NAMES =
  'januari|jan|februari|pebruari|feb|peb|maret|mar|april|apr|mei|juni|jun|juli|jul|agustus|agu|agt|ags|september|sept|sep|oktober|okt|november|nopember|nov|nop|desember|des';

/**
 * A budget's revision under its band ("Anggaran" over "Murni | Perubahan", "% Realisasi" over "thd Murni | thd
 * Perubahan"): the original and the revised pagu, and a percentage against either.
 */
const REVISION_WORDS = String.raw`((thd|terhadap) )?(murni|induk|perubahan|sebelum perubahan|setelah perubahan|sesudah perubahan|apbd ?-?p)`;

const REVISION_LEAF_RE = new RegExp(String.raw`^${REVISION_WORDS}$`);

/** A header line that is a revision alone ("Murni", "thd Perubahan"), normalised: it says nothing without its band. */
export function isRevisionLeaf(text: string): boolean {
  return REVISION_LEAF_RE.test(text);
}

/**
 * Sub-header words: the second and third header rows ("Target | Realisasi | Capaian", "L | P", years, periods, and the
 * months of a year: "Jan" … "Des").
 */
const SUBHEADER_WORDS = new RegExp(
  String.raw`^(target|realisasi|capaian|capaian \(%\)|%|\(%\)|pagu|anggaran|satuan|l|p|jumlah|baik|sedang|rusak|rusak ringan|rusak berat|pns|non pns|asn|non asn|jenjang|pangkat|realisasi kinerja|capaian kinerja|target kinerja|nilai|ket|keterangan|tw ?[iv1-4]+|triwulan ?[iv1-4]+|semester ?[i12]+|(?:sem|smt)\.? ?[i12]+|q[1-4]|kondisi awal|kondisi akhir|s\/d|rp|rupiah|${MONTH_NAMES}|${REVISION_WORDS})\b`,
);

/** Roles whose words make up the lower rows of a grouped header (Target | Realisasi | Capaian, Pagu | Realisasi). */
const SUBHEADER_ROLES = new Set<ColumnRole>(['target', 'realisasi', 'capaian', 'anggaran', 'serapan', 'satuan', 'keterangan']);

export function isSubHeaderWord(text: string): boolean {
  // a units row under the header: "(Rp)", "(%)", "(Orang)"
  const t = norm(text);
  if (UNIT_RE.test(t)) return true;
  const inner = t.replace(/^\((.*)\)$/, '$1');
  if (SUBHEADER_WORDS.test(inner) || isPeriodText(inner)) return true;
  const v = vocabularyFor(inner);
  return !!v && SUBHEADER_ROLES.has(v.role) && inner.length <= 30;
}

/**
 * A lone letter a grouped header writes for its measure under each band ("2024" / "T | R | C", "TW I" / "T | R | C (%)"):
 * the target, the realisasi, the capaian — a word of a header row only where a band above groups it.
 */
export function isMeasureLetter(text: string): boolean {
  return /^[trc]\.?(\s*\(%\))?$/.test(norm(text));
}

export const CAPTION_RE = /^(tabel|table|tab\.|lampiran|gambar|grafik|diagram)\s*[\divxlc]/i;

/**
 * Whether a text may be a caption, by its first character alone, read before cleaning: a letter or any other visible
 * ASCII character (a digit, "-", "(") keeps its place when cleaned, and every caption word starts with t, l, g or d.
 * Markup ("<b>"), spaces and anything beyond ASCII may clean away: those may.
 */
export function mayBeCaption(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c <= 32 || c > 126 || c === 60) return true;
  const lower = c | 32;
  return lower === 116 || lower === 108 || lower === 103 || lower === 100;
}

export function isCaption(text: string): boolean {
  // sifted before cleaning
  if (!mayBeCaption(text)) return false;
  const t = cleanText(text);
  // sieve: every caption word starts with t, l, g or d (tabel, table, lampiran, gambar, grafik, diagram)
  const c = t.charCodeAt(0) | 32;
  return (c === 116 || c === 108 || c === 103 || c === 100) && CAPTION_RE.test(t);
}

/**
 * A line saying the table above goes on ("Tabel 3.1 (Lanjutan)", "Lanjutan Tabel 3.1", "… (sambungan)", "Table 2
 * (continued)"): over the header repeated on the next page, part of that table, never a new table's caption.
 */
const CONTINUATION_RE = /(^|[\s([])(lanjutan|sambungan|lanj\.|samb\.|continued|cont'd)(?=$|[\s)\].:,])/;

export function isContinuationMark(text: string): boolean {
  const t = cleanText(text).toLowerCase();
  return t.length <= 160 && CONTINUATION_RE.test(t);
}

/** A note under a table. */
export const NOTE_RE = /^(sumber|source|keterangan|ket\s*[:.]|catatan|note|\*|\(\*|ctt|nb\b|data (per|s\.?d)|\d\)\s)/i;

export function isNote(text: string): boolean {
  return NOTE_RE.test(cleanText(text));
}

/**
 * What a page of a report carries at its top and foot, which a table pasted from PDF keeps between its rows at each
 * page break. 'page': certainly that — a page number said to be one ("Halaman 12", "Hal. 12", "Page 3 of 40", a
 * chapter's "III-12", "- 12 -") or the report's running title ("LKjIP Dinas Kesehatan Tahun 2024", "Laporan Kinerja …
 * 2024"); 'number': a bare number that may be one ("12"), a page number only where the table's header repeats after it.
 */
export function pageFurniture(text: string): 'page' | 'number' | undefined {
  const t = cleanText(text).toLowerCase();
  if (!t || t.length > 120) return undefined;
  if (/^\d{1,3}$/.test(t)) return 'number';
  if (
    /^(hal(aman)?\.?|hlm\.?|page)\s*\d{1,3}(\s*(dari|of|\/)\s*\d{1,3})?$/.test(t) ||
    /^[ivx]{1,4}\s*[-–—.]\s*\d{1,3}$/.test(t) ||
    /^[-–—]\s*\d{1,3}\s*[-–—]$/.test(t)
  )
    return 'page';
  if (/^(laporan kinerja|laporan akuntabilitas|lkj-?ip|lakip|lkip)\b/.test(t) || /\b(lkj-?ip|lakip|lkip)( tahun)?( anggaran)? (19|20)\d\d$/.test(t))
    return 'page';
  return undefined;
}

/**
 * The running sums a typed or printed table carries over a page break: "Jumlah dipindahkan" (ke halaman berikutnya) at
 * the foot of a page, "Jumlah pindahan" (dari halaman sebelumnya) at the top of the next, "Jumlah s.d. halaman ini",
 * "Carried/Brought forward". The whole label, never a name that opens with the words ("Jumlah pindahan penduduk").
 * No row of the table: the sum so far of the rows of every level, neither an item nor a total of a group.
 */
export function isCarryLabel(text: string): boolean {
  // (sifted by a word it must hold before it is normalised: a long table's every label is asked)
  if (!CARRY_WORD_RE.test(text)) return false;
  const t = norm(text).replace(/[\s:.]+$/, '');
  return t.length <= 70 && CARRY_RE.test(t);
}
/** Which way a carried sum goes: 'in' where it is brought from the page before ("Jumlah pindahan"), else 'out'. */
export function carryWay(text: string): 'in' | 'out' {
  return CARRY_IN_RE.test(norm(text)) ? 'in' : 'out';
}
const CARRY_IN_RE = /pindahan|\bdari (hal|hlm|page)|(halaman|hal|hlm|page)\.?( ?\d{1,3})? (lalu|sebelumnya)$|^brought\b|^b ?\/ ?f$/;
const CARRY_WORD_RE = /pindah|forward|over|\/ ?f\b|hal|hlm|page/i;
const PAGE_WORD = '(hal(aman)?|hlm|page)\\.?( ?\\d{1,3})?';
const CARRY_RE = new RegExp(
  `^(jumlah |total |sub ?total )?(yang )?(di)?pindah(kan|an)( (ke|dari) ${PAGE_WORD}( (berikut(nya)?|selanjutnya|sebelumnya|lalu|depan))?)?$` +
    `|^(jumlah|total|sub ?total) (s\\.? ?d\\.?|s ?/ ?d|sampai dengan|hingga) ${PAGE_WORD} (ini|lalu|sebelumnya)$` +
    `|^(carried|brought) (forward|over)( (to|from) (next|previous) page)?$|^(c|b) ?/ ?f$`,
);

/** Words a label never ends with (a conjunction, a preposition, a comma or a dash): its line was wrapped. */
const OPEN_END_RE =
  /(?:^|[\s/])(dan|atau|serta|maupun|untuk|yang|di|ke|dari|pada|kepada|dengan|dalam|bagi|oleh|terhadap|melalui|antar|antara|sebagai|per|tentang|sesuai|secara|tanpa|hingga|&)$|[,/(&-]$/i;

export function endsOpen(label: string): boolean {
  return OPEN_END_RE.test(cleanText(label));
}

/** Whether a text starts with a small letter: the rest of a wrapped label (a label itself starts with a capital or a mark). */
export function startsSmallLetter(text: string): boolean {
  const c = cleanText(text).charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** Signature block lines: place and date, title, name, NIP, rank. */
export const SIGNATURE_RE =
  /^(nip\.?\b|nip\s*[:.]|kepala (dinas|badan|kantor|bidang)|sekretaris\b|plt\.?\b|plh\.?\b|pembina\b|penata\b|pengatur\b|ttd\b|mengetahui\b|disetujui\b|dibuat oleh|yang membuat|pihak (pertama|kedua)|[a-z .]+,\s*\d{1,2}\s+[a-z]+\s+\d{4}$|walikota\b|bupati\b|gubernur\b)/i;

export function isSignatureLine(text: string): boolean {
  return SIGNATURE_RE.test(cleanText(text));
}

export const TOTAL_RE =
  /^(jumlah|total|sub ?total|sub ?jumlah|grand total|rata-rata|rata rata|rerata|jumlah total|total target|total realisasi|total anggaran|jumlah seluruhnya)\b/;

/**
 * Whether a cleaned text can be a total label at all, by its first letter (every TOTAL_RE phrase starts with j, t,
 * s, g or r): rows are sifted with this before the full test.
 */
export function mayBeTotalLabel(cleaned: string): boolean {
  const c = cleaned.charCodeAt(0) | 32;
  return c === 106 || c === 116 || c === 115 || c === 103 || c === 114;
}

/**
 * A label as the total words read it: normalised, "Rata - rata" closed up, and the total word as staff shorten or
 * mistype it written out ("Jml." "Jumlh" → jumlah, "Rata2" → rata-rata).
 */
function totalWords(text: string): string {
  const t = norm(text).replace(/\s*-\s*/g, '-');
  const m = /^([a-z]+)(2|\.)?(?=$|[^a-z])/.exec(t);
  if (!m) return t;
  const [word, mark] = [m[1], m[2]];
  if (word === 'jml' || mistypedAs(word, ['jumlah'])) return 'jumlah' + t.slice(m[0].length);
  if (word === 'rata' && mark === '2') return 'rata-rata' + t.slice(m[0].length);
  return t;
}

export function isTotalLabel(text: string): boolean {
  return TOTAL_RE.test(totalWords(text));
}

/**
 * A sum's label that names no heading of its own: the bare word, or with a level or a number after it ("Jumlah", "Sub
 * Jumlah", "Subtotal", "Jumlah Kegiatan 2", "JUMLAH PROGRAM"): the sub-total of the heading whose rows it closes, if any.
 */
export function isGenericSubtotalLabel(text: string): boolean {
  return GENERIC_SUBTOTAL_RE.test(totalWords(text));
}

/** A sum's opening word as written ("Jumlah", "Total", "Sub Jumlah", "Subtotal"): RegExp source, no group. */
export const SUM_WORD = String.raw`(?:sub ?jumlah|sub ?total|jumlah|total)`;
const GENERIC_SUBTOTAL_RE = new RegExp(String.raw`^${SUM_WORD}( (program|kegiatan|sub ?kegiatan))?( ([ivxlcdm]+|\d+(\.\d+)*|[a-z]))?\.?$`);

/** A total label that is the bare word alone ("Total", "JUMLAH", "Rata-rata"): never an indikator's name. */
export function isBareTotalLabel(text: string): boolean {
  return /^(jumlah|total|sub ?total|sub ?jumlah|grand total|jumlah total|rata-rata|rata rata|rerata)$/.test(totalWords(text));
}

/**
 * A total or mean of a table's own measures ("Jumlah", "Rata-rata Capaian Kinerja", "Total Anggaran (Rp)", as a form
 * closes it: "Jumlah Anggaran Program Tahun 2024 :"), never of a thing an indikator counts ("Jumlah wirausaha baru").
 */
export function isMeasureTotalLabel(text: string): boolean {
  return MEASURE_TOTAL_RE.test(totalWords(text));
}
const MEASURE_TOTAL_RE =
  /^(jumlah|total|sub ?total|grand total|rata-rata|rata rata|rerata)( (capaian|kinerja|efisiensi|anggaran|realisasi|serapan|target|pagu|keseluruhan|seluruhnya|total|nilai|tingkat|persentase|indikator|sasaran|strategis|program|kegiatan|dan|%|\(%\)|rp\.?|\(rp\.?\)))*( ((tahun anggaran|tahun|thn\.?|th\.?|ta\.?) ?)?(19|20)\d\d)?( ?:)?$/;

export function isAverageLabel(text: string): boolean {
  return /^(rata-rata|rata rata|rerata)/.test(totalWords(text));
}

/** The name of a budget account ("Belanja Barang dan Jasa", "4.1 PENDAPATAN ASLI DAERAH"), past any code before it. */
export function isAccountLabel(label: string): boolean {
  return ACCOUNT_LABEL_RE.test(label);
}
const ACCOUNT_LABEL_RE = /^[\d.\sXx]*(belanja|pendapatan|penerimaan|pengeluaran|pembiayaan)\b/i;

/**
 * A row that is the difference of the groups above it, as a budget realisation (LRA, a BLUD's) closes: "SURPLUS/
 * (DEFISIT)", "Surplus / Defisit Anggaran", "Pembiayaan Netto", "Sisa Lebih Pembiayaan Anggaran (SiLPA)" — no line of
 * the group above it. (SiLPA as an account, "Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya", is a line of
 * Penerimaan Pembiayaan: not this.)
 */
export function isDifferenceLabel(text: string): boolean {
  // (asked of every unnumbered row: the text as cleaned, no norm — the RegExp fails at its first letter on nearly all)
  return DIFFERENCE_RE.test(text);
}
const DIFFERENCE_RE = /^\s*(surplus\b|defisit\b|pembiayaan\s+ne?tto\b|sisa\s+lebih\s+pembiayaan\b|silpa\s*$)/i;

/** Section rows inside a table: "Sasaran Menurunnya …", "Misi 2 : …", "URUSAN SOSIAL", "A. BELANJA …". */
export const SECTION_RE = /^(sasaran|tujuan|misi|visi|urusan|bidang urusan|bidang|belanja|pendapatan|[a-h]\.\s|[ivx]+\.\s|bab\b)/;

const YEAR_RE = /^(19|20)\d{2}$/;

export function yearOf(text: string): number | undefined {
  const t = norm(text);
  // a span of years ("Renstra 2021-2026", "2019 s.d. 2023") is a period, not one year
  if (/\b(19|20)\d{2}\s*(-|–|\/|s\.?\s?d\.?|sampai( dengan)?)\s*(19|20)\d{2}\b/.test(t)) return undefined;
  const m = /\b((?:19|20)\d{2})\b/.exec(t);
  return m ? Number(m[1]) : undefined;
}

/**
 * Words of a sheet's name or a caption that say what its table is, not whose: "LRA UPT Labkesda" is the UPT Labkesda's,
 * "PK Puskesmas Kota" the Puskesmas Kota's.
 */
const TABLE_WORDS = new Set(
  (
    'pk perjanjian kinerja lra laporan realisasi anggaran belanja pagu dpa apbd apbdp murni perubahan tabel tahun ta program ' +
    'kegiatan sub per dan atas rekap rekapitulasi data lampiran capaian pengukuran efisiensi serapan keuangan tw triwulan ' +
    'semester sheet copy salinan indikator iku sasaran target'
  ).split(' '),
);

/** The words naming whose a table is, from its sheet's name or caption (what TABLE_WORDS leaves, no figure). */
export function unitWords(text: string): string[] {
  return norm(text)
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1 && !TABLE_WORDS.has(w));
}

/**
 * The year a table's caption says it reports ("Tabel 3.3 Capaian Kinerja Tahun 2023"), a regulation it cites left
 * out ("… sesuai Perbup Nomor 12 Tahun 2021", "PermenPANRB No. 53 Tahun 2014"); undefined for none, a span or two years.
 */
export function captionYearOf(caption: string): number | undefined {
  const t = norm(caption).replace(/\b(nomor|no\.?)\s*[\w./-]+\s+(tahun|th\.?|thn\.?)\s*(19|20)\d{2}\b/g, ' ');
  // two years ("Perbandingan Tahun 2024 dengan 2023") say no one year
  const years = new Set(t.match(/\b(19|20)\d{2}\b/g));
  return years.size === 1 ? yearOf(t) : undefined;
}

export function isYearText(text: string): boolean {
  return YEAR_RE.test(
    norm(text)
      // "Tahun 2024", "Th. 2024", "Thn 2024", "TA 2024", "T.A. 2024", "Tahun Anggaran 2024"
      .replace(/^(tahun( anggaran)?|th\.?|thn\.?|t\.?a\.?)\s*(?=\d)/, '')
      .replace(/\s*\*+$/, ''),
  );
}

/** A year typed as a number (2020). */
export function isYearNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= 2100;
}

/** A year typed as a number (2020) or as text ("2020"). */
export function isYearValue(v: unknown): boolean {
  return isYearNumber(v) || (typeof v === 'string' && v.length <= 12 && isYearText(v.trim()));
}

/**
 * "(1)", "1", "<i>1</i>" — a column-number cell; also one that says how its column is computed from the others'
 * numbers: "(6) = (5)/(4)", "7 = 6 : 5 x 100%".
 */
export function columnNumberOf(text: string): number | undefined {
  const m = /^\(?(\d{1,2})\)?(?:\s*=\s*(?:\(?\d{1,3}\)?\s*%?|[/x×*:+\-–]|\s)+)?$/.exec(cleanText(text).toLowerCase());
  return m ? Number(m[1]) : undefined;
}

/**
 * "a", "(b)", "e = d/c x 100", "g = c - d" — a column-letter cell of a numbering row lettered instead of numbered;
 * its place in the alphabet. Read only as part of a whole row of them (a lone "T" or "R" is a target or a realisasi).
 */
export function columnLetterOf(text: string): number | undefined {
  const m = /^\(?([a-z])\)?(?:\s*=\s*(?:\(?[a-z0-9]{1,3}\)?\s*%?|[/x×*:+\-–]|\s)+)?$/.exec(cleanText(text).toLowerCase());
  return m ? m[1].charCodeAt(0) - 96 : undefined;
}

/** A budget group or leaf: under "Anggaran", a "Realisasi" is money and a "Capaian" or "%" is serapan. */
/** What a measure measures, as a leaf under its band: performance or money. */
const MEASURED_LEAF_RE = /^(kinerja|fisik|output|outcome|anggaran|keuangan|dana|biaya|rupiah|rp\.?)$/;
const BUDGET_WORDS = /(anggar|anggran|angg\.|pagu|keuangan|belanja|\bdana\b|\brp\b|\bidr\b|rupiah|biaya|budget|\bdp?pa\b|\bsp2d\b|\bspj\b)/;

/** A band over a measure's performance and its money: "Kinerja dan Anggaran", "Fisik dan Keuangan", "K dan Rp". */
const PAIRED_BAND_RE =
  /\b(kinerja|fisik|output|k|performance)\b.*\b(dan|&|and)\b.*\b(anggaran|keuangan|dana|rp|budget|financial)\b|\b(anggaran|keuangan|dana|budget)\b.*\b(dan|&|and)\b.*\b(kinerja|fisik|output|performance)\b/;
/** A leaf naming a measure's performance side ("K" for kinerja, as Permendagri 86's forms write it) or its money side. */
const PERFORMANCE_LEAF_RE = /^(k|kinerja|fisik|output|volume|vol\.?)$/;
const MONEY_LEAF_RE = /^(anggaran|keuangan|dana|biaya)$/;

type Measure = 'target' | 'realisasi' | 'capaian';
const MONEY_OF_MEASURE: Record<Measure, ColumnRole> = { target: 'anggaran', realisasi: 'realisasi-anggaran', capaian: 'serapan' };

/** The measure a band opens with (its first measure word): "Realisasi Capaian Kinerja …" is a realisasi. */
function bandMeasure(band: string): Measure | undefined {
  const m = /\b(target|pagu|realisasi|actual|reali[sz]ation|capaian|persentase|prosentase|achievement)\b/.exec(band);
  if (!m) return undefined;
  return m[1] === 'target' || m[1] === 'pagu' ? 'target' : /^(realisasi|actual|reali)/.test(m[1]) ? 'realisasi' : 'capaian';
}

/** How many measures a band names ("Realisasi dan Capaian Kinerja": two; "Target Kinerja": one). */
function measuresNamed(band: string): number {
  const found = new Set<Measure>();
  for (const m of band.matchAll(/\b(target|rencana|realisasi|capaian)\b/g)) found.add(m[1] === 'rencana' ? 'target' : (m[1] as Measure));
  return found.size;
}

/** A units row under the header: "(Rp)", "(%)", "(Orang)": it names no column, but says what it holds. */
const UNIT_RE = /^\((rp\.?|%|rupiah|orang|unit|kk|jiwa|dokumen|kegiatan|lokasi|persen)\)$/;

/** A cell of a units row ("(Rp)", "(%)", "(Orang)"): what a column holds, never a sub-header of a group. */
export function isUnitText(text: string): boolean {
  return UNIT_RE.test(norm(text));
}

/** "%", "Rp", "Rp.", "IDR" standing alone in a cell: a figure's sign written beside it ("104 | %", "Rp | 1.250.000"). */
const FIGURE_SIGN_RE = /^(%|rp\.?|idr)$/i;

export function isFigureSign(text: string): boolean {
  return FIGURE_SIGN_RE.test(text.trim());
}

/** A unit at the end of a header cell ("Cap. (%)", "Real. Angg. (Rp)"): split off, so the words before it are the leaf. */
const TRAILING_UNIT_RE = /^(.*?\S)\s*(\((?:rp\.?|idr|%|rupiah|persen)\))$/;

/** A leaf that is only a currency: its column is the money of the group above ("Realisasi s.d. Desember / Rp"). */
const CURRENCY_LEAF_RE = /^\(?(rp\.?|idr|rupiah)\)?$/;

/**
 * The header vocabulary: for each column role, the phrases a header's leaf cell uses for it — ONE PHRASE PER LINE
 * (a regular expression on normalised text: lower case, single spaces; ^ and $ anchor it to the whole cell).
 * Entries are tried in order, so a more specific role comes first ("Kategori Capaian" is a predikat, not a
 * capaian). `budget` is the role the same word takes under a budget group or with a rupiah unit ("Anggaran /
 * Realisasi" is realisasi anggaran); `unless` lists phrases that veto the entry.
 *
 * To teach recognition a new synonym, add one line to the role's `synonyms` (CONTRIBUTING.md).
 */
export interface RoleVocabulary {
  role: ColumnRole;
  synonyms: readonly string[];
  budget?: ColumnRole;
  unless?: readonly string[];
}

/** A header that is only the signs of a change: "+/-", "+/(-)", "(+/-)", "±", "Δ" (normalised: lower case). RegExp source. */
const SIGN_HEADER = '^\\(?([+±δ]|\\+ ?/ ?\\(? ?[-–−] ?\\)?)\\)?$';
/** A header naming the words a measure is judged in ("Kategori Efisiensi", "Keterangan Serapan"), not the measure. */
const LABEL_OF_MEASURE = '^(kategori|predikat|status|keterangan|ket\\.?|kriteria|interpretasi|peringkat|penilaian)\\b';

export const ROLE_VOCABULARY: readonly RoleVocabulary[] = [
  // "Kategori Efisiensi", "Status Penyerapan": the words that name it (Efisien, Tidak Efisien), a predikat or a remark
  { role: 'efisiensi', synonyms: ['efisiensi', 'efficiency'], unless: [LABEL_OF_MEASURE] },
  // ("Rasio antara Realisasi dan Anggaran", Permendagri 86's T-C.24: the realisasi's share of the anggaran)
  {
    role: 'serapan',
    synonyms: ['serapan', 'penyerapan', 'daya serap', 'absorption', '^rasio (antara )?realisasi (dan|dengan|terhadap|atas) (anggaran|pagu)\\b'],
    unless: [LABEL_OF_MEASURE],
  },
  // (and "#", the number sign templates in English put over the sequence numbers)
  { role: 'no', synonyms: ['^no$', '^no\\.$', '^nomor$', '^no\\.? urut$', '^kode\\b', '^#$'] },
  {
    role: 'predikat',
    synonyms: [
      'predikat',
      'kategori',
      'kriteria',
      'makna',
      '^pencapaian$',
      'tingkat keberhasilan',
      'peringkat',
      '^status( capaian| kinerja| efisiensi| penyerapan)?$',
      '^grade$',
      '^interpretasi',
      // (the result of rating the capaian: "Hasil Penilaian", "Hasil Penilaian Kinerja")
      '^(hasil )?penilaian( kinerja)?$',
      // in English ("Rating", "Performance Rating", "Predicate")
      '^(performance )?(rating|predicate)$',
      // a letter grade's column beside the scale's figures ("Nilai Huruf", "Huruf Mutu": AA, A, BB …)
      '^(nilai )?huruf( mutu)?$',
    ],
  },
  {
    role: 'interval',
    synonyms: ['interval', 'rentang', '^nilai( %| \\(%\\))?$', '^skor', '^skala', '^nilai capaian$', '^range$'],
    unless: ['capaian kinerja'],
  },
  // "Satuan Kerja" names the office, "Harga Satuan" is a price
  { role: 'satuan', synonyms: ['satuan', '^sat\\.?$', '^units?$'], unless: ['^satuan kerja', '^harga'] },
  // (the direction an indikator should go, however the header words it: "Polarisasi", "Kecenderungan yang Diharapkan",
  // "Arah yang Diharapkan"; a bare "Tren" or "Kecenderungan" may say where the figures went, Naik or Turun, not where
  // they should, and "+/-" heads a change)
  {
    role: 'polaritas',
    synonyms: [
      'polaritas',
      'polarisasi',
      '^polarity$',
      '^sifat( indikator)?$',
      '^arah( indikator| kinerja)?$',
      '^(kecenderungan|tren|trend|arah)( indikator| kinerja)?( yang)? (diharapkan|diinginkan)$',
    ],
  },
  {
    role: 'keterangan',
    synonyms: [
      'keterangan',
      '^ket\\.?$',
      'sumber data',
      // where the money comes from (APBD, DAK), in words: never the pagu
      'sumber dana',
      'tindak lanjut',
      '^output$',
      '^outcome$',
      'penanggung jawab',
      'formulasi',
      'penjelasan',
      '^sumber$',
      '^(standar nasional|std\\.? nasional)',
      '^remarks?$',
      '^notes?$',
      // the narrative columns of a pengukuran: its analysis, problems, causes, solutions, efforts
      // (whole cells only: a remark beside a row may well begin "Upaya …" or "Kendala …")
      '^analisis( capaian)?( kinerja)?$',
      '^(permasalahan|masalah|kendala|hambatan)( dan (solusi|kendala|hambatan|upaya))?$',
      '^(solusi|upaya|langkah)( perbaikan| tindak lanjut| antisipasi| pemecahan masalah)?$',
      '^faktor (penghambat|pendukung|penyebab|keberhasilan|kegagalan)$',
      '^rekomendasi$',
    ],
  },
  // what is left or the gap ("Sisa Anggaran", "Selisih", "Lebih/(Kurang)") is a figure, never the pagu or realisasi
  // (and what was not spent: "SiLPA", "Tidak Terserap")
  {
    role: 'nilai',
    synonyms: [
      '\\bsisa\\b',
      '\\bselisih\\b',
      'lebih ?/ ?\\(? ?kurang',
      '^deviasi',
      '^gap$',
      '^variance$',
      '^silpa\\b',
      '\\b(tidak|belum) (ter|di)?(serap|r?ealisasi)',
      // in English: "Balance", "Remaining Budget", "Unspent", "Difference"
      '^(balance|remaining|unspent)\\b',
      '^difference$',
      // a comparison of two figures ("Perbandingan Realisasi 2024 thd 2023 (%)", "Pertumbuhan (%)", "Kenaikan/Penurunan"):
      // a ratio or a change the figures tell, not the realisasi it names
      // (a change alone, as a header writes it: "Peningkatan Kapasitas SDM" names a programme)
      '^perbandingan\\b',
      '^(pertumbuhan|kenaikan|peningkatan|penurunan|perkembangan)( ?/ ?\\(?(kenaikan|penurunan|peningkatan)\\)?)?( ?\\(?%\\)?)?$',
      // "Naik/Turun", and a change written as its signs ("+/-", "+/(-)", "±", "Δ")
      '^(naik ?/ ?\\(?turun\\)?|turun ?/ ?naik)( ?\\(?%\\)?)?$',
      SIGN_HEADER,
      // the weight of a component or an indikator ("Bobot", "Bobot (%)"): a figure of its own
      '^bobot\\b',
    ],
  },
  // how much of the target was realised, in percent ("Persentase Realisasi Target", "Capaian Realisasi (%)"): the capaian
  {
    role: 'capaian',
    budget: 'serapan',
    synonyms: ['^(persentase|prosentase|presentase|%) realisasi (terhadap )?target\\b', '^(tingkat )?capaian realisasi\\b'],
  },
  // abbreviations stand first, alone or before more words ("Real. Angg.", "Tgt 2024")
  // "Terlayani", "Jumlah yang Dilayani": the people served of a service table
  {
    role: 'realisasi',
    budget: 'realisasi-anggaran',
    synonyms: [
      'realisasi',
      '^real\\.?( |$)',
      '^rea\\.?( |$)',
      '^actual\\b',
      // (spelt the American or the British way)
      'reali[sz]ation',
      // the money spent, in English ("Expenditure (Rp)", "Actual Spending", "Spent", "Disbursed")
      '^(actual )?(expenditures?|spending)\\b',
      '^(amount |actually )?spent\\b',
      '^disburse(d|ments?)\\b',
      '\\bterlayani\\b',
      // "Kinerja yang Dicapai", "Hasil yang Dicapai", "Hasil": what was achieved
      '^((kinerja|hasil|output|outcome) )?yang (di|ter)capai$',
      '^hasil$',
      '\\bdilayani\\b',
      '\\bmendapat(kan)? (pe)?layanan\\b',
      // "Dana Terserap", "Anggaran Terpakai", "Dana yang Digunakan", "Penggunaan Anggaran": the money spent
      '\\bterserap\\b',
      '\\bterpakai\\b',
      '\\bdigunakan\\b',
      '^penggunaan (anggaran|dana)\\b',
      // the payment orders and the accountability reports that record it: SP2D, SPJ
      '^(sp2d|spj)\\b',
    ],
    // what is not yet served or spent ("Belum Terlayani", "Tidak Terserap", "Belum Terealisasi"): the rest, not the realisasi
    unless: ['\\b(belum|tidak) (ter|di)?(layani|serap|r?ealisasi)'],
  },
  // "Rencana Tingkat Capaian" is the plan (the older LAKIP's target), not a capaian
  // "Target Capaian" is the target
  // "Tingkat Kemajuan": how far the Renstra target is reached, a capaian
  {
    role: 'capaian',
    budget: 'serapan',
    // "Progres Keuangan (%)": how far the money is spent, the serapan (a physical progress names no role)
    // (or a header that is only its formula: "C = R/T x 100%", "(R/T) x 100%", "R : T")
    synonyms: [
      'capaian',
      'pencapaian',
      '^cap\\.?( |$)',
      'achievement',
      // ("Performance (%)" alone, its unit split off: the share achieved; "Performance Indicator" is the indikator)
      '^(% )?performance$',
      '^(tingkat |persentase )?kemajuan\\b',
      '^progres+ keuangan\\b',
      '^(c ?= ?)?\\(?(r ?[/:] ?t|t ?[/:] ?r)\\)?( ?[x×*] ?100 ?%?)?$',
    ],
    // (nor is the value of the plan's base year, "Data Capaian pada Tahun Awal Perencanaan", "Capaian Kinerja Awal": a
    // baseline, no share of any target)
    unless: ['^rencana\\b', '^target\\b', '\\b(tahun|kondisi|kinerja) awal\\b', '\\bawal perencanaan\\b', '\\bbaseline\\b', '^capaian awal\\b'],
  },
  // "Kondisi Akhir (2026)": a Renstra's target for the end of its period (columns.ts marks it renstra)
  {
    role: 'target',
    budget: 'anggaran',
    synonyms: [
      'target',
      '^tgt\\.?( |$)',
      '^trgt?\\.?( |$)',
      // ("Rencana 2024", "Rencana Tingkat Capaian")
      '^rencana( tingkat capaian)?( (tahun )?\\d{4})?$',
      '^kondisi akhir\\b',
      // "Yang Direncanakan", "Kinerja yang Direncanakan", "Yang Ditargetkan": what was planned (as "Yang Dicapai" is what
      // was reached)
      '^((kinerja|target|output|outcome) )?yang (di)?(rencanakan|targetkan)( (tahun )?\\d{4})?$',
    ],
  },
  {
    role: 'anggaran',
    synonyms: [
      'pagu',
      'anggaran',
      'anggran',
      '^angg\\.?$',
      'alokasi',
      '^rp\\.?$',
      'jumlah dana',
      'biaya',
      'dana\\b',
      '^(nilai )?dp?pa\\b',
      '^(p-?apbd|apbd-?p|apbd (perubahan|murni|induk))$',
      // the ceiling set for the year's spending (KUA-PPAS: "Prioritas dan Plafon Anggaran"), a pagu by another name
      '^plafon\\b',
      '\\bbudget\\b',
    ],
  },
  {
    role: 'indikator',
    synonyms: [
      'indikator',
      'kinerja utama',
      '^ukuran (kinerja|keberhasilan)\\b',
      '\\biku\\b',
      '^ik[dkp]$',
      '\\bindicators?\\b',
      '^jenis pelayanan( dasar)?$',
      '^tol[oa]k ukur',
    ],
    unless: ['^(jumlah|jml)\\b'],
  },
  // "Jumlah Sasaran" (of an SPM) counts people, "Jumlah Indikator" counts them: neither names one
  { role: 'sasaran', synonyms: ['sasaran', '^(strategic )?objectives?$', '^goals?$'], unless: ['^(jumlah|jml)\\b'] },
  {
    role: 'uraian',
    synonyms: [
      // a PivotTable's row field ("Label Baris", "Row Labels")
      '^(label baris|row labels)$',
      'program',
      'kegiatan',
      'uraian',
      'rincian',
      'urusan',
      'aspek',
      'jenis belanja',
      '^belanja',
      // a revenue table's lines: "Jenis Pajak", "Jenis Pendapatan", "Sumber Pendapatan"
      'jenis (pajak|pendapatan|retribusi|penerimaan)',
      '^(sumber )?pendapatan$',
      'nama',
      '^activit(y|ies)$',
      '^description$',
      '^satuan kerja',
      '^(perangkat daerah|skpd|opd|unit kerja)$',
      // what an evaluation scores ("Komponen yang Dinilai", "Komponen Penilaian")
      '^komponen\\b',
    ],
    // "Jumlah Kegiatan", "Jumlah Program" count them
    unless: ['^(jumlah|jml)\\b'],
  },
  { role: 'jumlah', synonyms: ['^(jumlah|total)\\b', '^jml\\b'] },
];

/** Roles whose cells are names or remarks: a header that says percent never has one (numbering and scale values may). */
const NAME_ROLES = new Set<ColumnRole>(['sasaran', 'indikator', 'uraian', 'keterangan', 'satuan', 'predikat', 'polaritas']);

const COMPILED = ROLE_VOCABULARY.map((v) => ({
  ...v,
  re: new RegExp(v.synonyms.map((p) => `(?:${p})`).join('|')),
  veto: v.unless ? new RegExp(v.unless.join('|')) : undefined,
}));

/** A bare percent header: "%", "(%)", "Persentase" — serapan under a budget group, capaian under a kinerja one. */
const PERCENT_HEADER = /^(%|\(%\)|persen|persentase|presentase|prosentase)$/;

/** A header's closing formula of column numbers: "(5/4)", "= 5 : 4 x 100", "(6) = (5)/(4)". */
const COLUMN_FORMULA_TAIL = /(?<=\S)\s*(\(\d{1,2}\)\s*)?=?\s*\(?\(?\d{1,2}\)?\s*[/:]\s*\(?\d{1,2}\)?(\s*[x×*]\s*100\s*%?)?\)?$/;

/** A header that says only "percent" ("%", "Persentase (%)", "Prosentase"): which percentage, its neighbours tell. */
export function isBarePercentHeader(header: string): boolean {
  // (the period or year it is of, closing its text, names its group: "% TW III", "% Tahun 2023"; the column numbers
  // it is worked out from, "% (5/4)", "(%) (6) = (5)/(4)", say no more than the numbering row does)
  const leaf = withoutTrailingGroup(norm(header.split(' / ').pop() ?? '')).replace(COLUMN_FORMULA_TAIL, '');
  return PERCENT_HEADER.test(TRAILING_UNIT_RE.exec(leaf)?.[1] ?? leaf);
}

/**
 * A header naming a rate, which no total adds up: a unit per unit in brackets ("Produktivitas (ku/ha)", "Harga
 * (Rp/kg)", "Kepadatan (jiwa/km2)"), or the words of one ("Produktivitas", "Kepadatan", "Rasio", "Rata-rata", "per
 * kapita", "per 1.000 penduduk"). A count written "Jumlah (orang/unit)" is no rate.
 */
export function isRateHeader(header: string): boolean {
  const leaf = norm(header.split(' / ').pop() ?? '');
  if (/^(jumlah|total)\b/.test(leaf)) return false;
  return (
    /\(\s*[a-z0-9²³.]{1,12}\s*\/\s*[a-z0-9²³.]{1,12}(\s*\/\s*[a-z]{1,12})?\s*\)/.test(leaf) ||
    /\b(produktivitas|kepadatan|rasio|ratio|rata-rata|rerata|per kapita)\b|\bper (\d{1,3}(\.\d{3})*|seribu|sejuta) /.test(leaf)
  );
}

/** A column header that names a sum and what it sums: "Jumlah Indikator", "Jumlah Pegawai", "Total Kasus". */
export function isNamedSumHeader(header: string): boolean {
  return /^(jumlah|jml\.?|total)\s+\p{L}/u.test(norm(header));
}

/** A column header that names a row sum and nothing else: "Jumlah", "Total", "Jumlah Total", "Jumlah (Rp)". */
export function isRowSumHeader(header: string): boolean {
  const h = norm(header);
  return /^(jumlah|jml\.?|total|jumlah total)$/.test(TRAILING_UNIT_RE.exec(h)?.[1] ?? h);
}

/**
 * A header that names the whole year beside its periods: "Tahunan", "Setahun", "Akhir Tahun" (alone under a band
 * split by period), or a measure's ("Realisasi Tahunan").
 */
export function isWholeYearHeader(header: string, alone = true): boolean {
  const h = norm(header);
  const bare = TRAILING_UNIT_RE.exec(h)?.[1] ?? h;
  return (alone ? /^(tahunan|setahun|satu tahun|1 tahun|(s\.?d\.? )?akhir tahun)$/ : /\b(tahunan|setahun|satu tahun)$/).test(bare);
}

/** An indikator that counts ("Jumlah pelaku usaha …", "Banyaknya …"): its year's figure is the sum of its periods'. */
export function isCountIndicator(text: string): boolean {
  return /^(jumlah|banyaknya|total|frekuensi)\b/.test(norm(text));
}

/** A capaian header that names the sasaran's (or an average): "Capaian Sasaran", "Rata-rata Capaian", "Capaian Rerata". */
export function isPerSasaranHeader(header: string): boolean {
  return /sasaran|rata-?rata|rerata/i.test(header);
}

/** A header about the year before: "Realisasi Tahun Lalu", "Target Tahun Sebelumnya", "Realisasi (t-1)", "Capaian n-1". */
export function isPreviousYearHeader(header: string): boolean {
  return /\b(tahun lalu|sebelumnya|[nt] ?- ?1)\b/i.test(header);
}

/** A header that says percent anywhere: "%", "(%)", "% Realisasi", "Persentase …", "Realisasi (%)". */
export function isPercentHeader(header: string): boolean {
  const h = header.toLowerCase().trim();
  return /(^|\/ )(%|\(%\))$|(^|\/ )(%|persentase\b|prosentase\b|presentase\b)|\(%\)/.test(h) || isBarePercentHeader(header);
}

const SIGN_HEADER_RE = new RegExp(SIGN_HEADER);

/** Whether a header cell is only signs — a change's ("+/-", "Δ") or the number sign over a No column ("#"): a column's name, though it has no letter. */
export function isSignHeader(text: string): boolean {
  const t = norm(text);
  return SIGN_HEADER_RE.test(t) || t === '#';
}

/** A cost per unit of output: "Biaya per Satuan Output", "Rata-rata Biaya per Peserta", "Biaya Satuan", "Unit Cost". */
const UNIT_COST_RE = /^(rata-rata )?biaya (per|satuan)\b|^unit cost\b/;

/**
 * The multipliers a rate's header allows: "AKB (per 1.000 KH)" 1 000, "per 100.000 penduduk" 100 000; a quotient of two
 * units ("Produktivitas (Ton/Ha)", "Kepadatan (jiwa/km²)") 1; a bare "Rasio …" names none — a sex ratio or a dependency
 * ratio is per 100, a teacher-pupil ratio per 1 — so 1, 100 and 1 000, the figures to decide. Undefined where the header
 * names no rate ("Jumlah Penduduk per Kecamatan" counts people, "%" is a percentage: persen-kolom's).
 */
export function rateMultipliers(header: string): readonly number[] | undefined {
  const h = norm(header.replace(/ \/ /g, ' '));
  const per = /\bper ?(1|10|100)\.?000\b/.exec(h) ?? /\bper ?(1|10|100)000\b/.exec(h);
  if (per) return [Number(per[1]) * 1000];
  if (/%|\bpersen/.test(h)) return undefined;
  if (/\b(ton|kw|kwintal|kg|jiwa|orang|penduduk|unit|kk)\s?\/\s?(ha|hektar|km2?|km²|kk|orang|jiwa|penduduk|rumah|unit)\b/.test(h)) return ONE;
  if (/^(produktivitas|kepadatan)\b/.test(h) || UNIT_COST_RE.test(h)) return ONE;
  if (/^(rasio|sex ratio)\b/.test(h)) return UNSTATED;
  return undefined;
}
const ONE = [1] as const;
const UNSTATED = [1, 100, 1000] as const;

/**
 * A header of weights ("Bobot", "Bobot (%)", "Bobot Penilaian", "Weight"): each row's weight is given to it — an IKU's
 * in a weighted capaian, a component's in an evaluation — never worked out from the table's other columns, however
 * near some ratio of them its figures lie.
 */
export function isWeightHeader(header: string): boolean {
  return WEIGHT_HEADER_RE.test(norm(header.split(' / ').pop() ?? ''));
}
const WEIGHT_HEADER_RE = /^(bobot|weight)\b/;

/**
 * A header of a weighted figure, a weight times a measure ("Fisik Tertimbang (%)", "Nilai Tertimbang", "Capaian
 * Terbobot", "Bobot x Realisasi", "Weighted Score"): a product, summed to the whole's weighted figure — never a ratio or a
 * share of the table's other columns, however near one its figures lie where the measure is 100 on most rows.
 */
export function isWeightedHeader(header: string): boolean {
  return WEIGHTED_HEADER_RE.test(norm(header));
}
const WEIGHTED_HEADER_RE = /\b(tertimbang|terbobot|weighted)\b|\bbobot\s*[x×*]|[x×*]\s*bobot\b/;

/**
 * A header of a change between two figures of its row — "Kenaikan/Penurunan 2023-2024", "Peningkatan (%)",
 * "Pertumbuhan", "Perubahan", "Naik/Turun", "+/-", "Trend", "Growth": worked out from two other columns of the table
 * (which two, the figures decide). Read as a phrase: the change word opens the header's last line, and what follows is
 * only a slash with another change word, years, "(%)" or what it is compared with ("thd 2023", "dari tahun lalu"), never
 * a name ("Peningkatan Kapasitas SDM" is a programme).
 */
export function isChangeHeader(header: string): boolean {
  const leaf = norm(header.split(' / ').pop() ?? '');
  return CHANGE_HEADER_RE.test(leaf) || SIGN_HEADER_RE.test(leaf);
}
const CHANGE_WORD =
  '(kenaikan|penurunan|peningkatan|pertumbuhan|perubahan|perkembangan|naik|turun|trend|tren|growth|change|increase|decrease|\\+ ?/ ?-|\\+ ?/ ?\\(?-\\)?|δ)';
const CHANGE_HEADER_RE = new RegExp(
  `^${CHANGE_WORD}( ?/ ?\\(?${CHANGE_WORD}\\)?)?( (realisasi|capaian|target|nilai|kinerja))?` +
    `( ?\\(?(tahun|th\\.?|thn\\.?)? ?((19|20)\\d\\d|[nt] ?- ?1)( ?(-|–|/|s\\.?d\\.?|ke|dan|thd\\.?|terhadap) ?((19|20)\\d\\d|[nt]))?\\)?)?` +
    `( ?(thd\\.?|terhadap|dari|dibanding(kan)?( dengan)?) (tahun )?((19|20)\\d\\d|tahun (lalu|sebelumnya)|[nt] ?- ?1))?` +
    `( ?\\(? ?(%|persen|poin|point|pp) ?\\)?)?$`,
);

/**
 * A PivotTable's value field as its header names it — "Jumlah dari Pagu", "Sum of Realisasi", "Rata-rata dari Capaian"
 * (Excel in Indonesian and in English) — read as the field itself.
 */
export function pivotField(header: string): string {
  return /^(jumlah|total|sum|rata-rata|rata rata|average) (dari|of) ./.test(header) ? header.replace(/^\S+( rata)? (dari|of) /, '') : header;
}

/** A PivotTable's row-label column ("Label Baris", "Row Labels"): its items are labels, numbers too, nested by indent. */
export function isPivotRowHeader(header: string): boolean {
  return /^(label baris|row labels)$/.test(norm(header.split(' / ').pop() ?? ''));
}

/** A header naming the year of each row ("Tahun", "Tahun Anggaran", "Periode", "Year"): a trend table's row names. */
export function isYearColumnHeader(header: string): boolean {
  return /^(tahun( anggaran)?|th\.?|periode|year)$/.test(norm(header.split(' / ').pop() ?? ''));
}

/** The vocabulary entry a leaf header names, if any (no context). */
export function vocabularyFor(leaf: string): RoleVocabulary | undefined {
  const t = withoutTypos(pivotField(norm(leaf)));
  return COMPILED.find((v) => v.re.test(t) && !(v.veto && v.veto.test(t)));
}

/**
 * The words a header is made of, as staff mistype them: a letter dropped, doubled, swapped or struck wrong ("Realisai",
 * "Capain", "Tagret", "Anggran", "Indkator"). Long enough that one slip cannot make another word of a header.
 */
const HEADER_KEYWORDS = [
  'target',
  'realisasi',
  'capaian',
  'pencapaian',
  'anggaran',
  'indikator',
  'sasaran',
  'program',
  'kegiatan',
  'satuan',
  'serapan',
  'penyerapan',
  'keterangan',
  'efisiensi',
  'persentase',
  'keuangan',
  'uraian',
  'jumlah',
  'triwulan',
  'semester',
  'predikat',
  'kategori',
  'kriteria',
  'strategis',
];
/**
 * Real words one slip from a keyword, which are themselves: "sarapan" is breakfast, not serapan; the English words the
 * vocabulary knows as they are ("Strategic Objective", "Performance Indicator", "Targets").
 */
const NOT_TYPOS = new Set(['sarapan', 'strategic', 'indicator', 'indicators', 'targets', 'programs', 'semesters']);

/** Whether a and b differ by one letter dropped, added, changed, or two neighbours swapped (Damerau distance 1). */
function oneSlipApart(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    // changed at i, or i and i+1 swapped
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The word of `words` a lower-case word is a slip of ("realisai" → realisasi), its first letter kept (a slip there makes
 * too many other words); undefined for one of the words itself, a real word of its own (NOT_TYPOS), or none.
 */
function mistypedAs(word: string, words: readonly string[]): string | undefined {
  if (NOT_TYPOS.has(word) || words.includes(word)) return undefined;
  return words.find((k) => k.charCodeAt(0) === word.charCodeAt(0) && oneSlipApart(word, k));
}

const typoCache = new Map<string, string>();

/**
 * A normalised header with its mistyped keywords written right ("realisai (rp)" → "realisasi (rp)"); a text without
 * any is returned as it is. Headers only: short texts (a sentence of a body cell is left alone).
 */
export function withoutTypos(t: string): string {
  if (t.length < 5 || t.length > 60) return t;
  const known = typoCache.get(t);
  if (known !== undefined) return known;
  const out = t.replace(/[a-z]{5,}/g, (w) => mistypedAs(w, HEADER_KEYWORDS) ?? w);
  if (typoCache.size > 4096) typoCache.clear();
  typoCache.set(t, out);
  return out;
}

/** Abbreviations staff type in headers, as whole words (a dot after them or not), and the words they stand for. */
const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/(^|[^a-z0-9])(tgt|trgt|trg)\.?(?![a-z0-9])/g, '$1target'],
  [/(^|[^a-z0-9])(real|rea|rls)\.?(?![a-z0-9])/g, '$1realisasi'],
  [/(^|[^a-z0-9])cap\.?(?![a-z0-9])/g, '$1capaian'],
  [/(^|[^a-z0-9])angg\.?(?![a-z0-9])/g, '$1anggaran'],
  [/(^|[^a-z0-9])sat\.?(?![a-z0-9])/g, '$1satuan'],
  [/(^|[^a-z0-9])keu\.?(?![a-z0-9])/g, '$1keuangan'],
  [/(^|[^a-z0-9])ket\.?(?![a-z0-9])/g, '$1keterangan'],
];

/**
 * A normalised header with its abbreviations written out: "Nilai Cap. Kinerja" is "nilai capaian kinerja", "Real.
 * Angg." "realisasi anggaran", wherever they stand in the phrase (a text without any is returned as it is).
 */
export function expandAbbreviations(header: string): string {
  if (!/(tg|tr|re|rl|ca|an|sa|ke)/.test(header)) return header;
  let out = header;
  for (const [re, word] of ABBREVIATIONS) out = out.replace(re, word);
  return out;
}

/** A band over the growth of the measures under it: "Rata-rata Pertumbuhan", "Laju Pertumbuhan (%)", "Kenaikan". */
const GROWTH_BAND_RE = /^((rata-rata|rerata|laju) )?(pertumbuhan|kenaikan|perubahan|growth)( \(%\)| \(?persen\)?)?$/;

/**
 * A column's role from its header path (parent group first, leaf last), e.g. ["Anggaran", "Realisasi"].
 * Years, periods and column numbers in the path are skipped for the leaf; the year is read separately.
 */
export function roleFromHeader(path: string[]): ColumnRole | null {
  // a period closing a header's words ("% TW III", "R s.d. TW II") is the column's group, as a band over it would be
  let periodInText = false;
  const all = path
    .map((p) => {
      const t = expandAbbreviations(withoutTypos(pivotField(norm(p))));
      const m = TRAILING_PERIOD_RE.exec(t);
      if (!m || m.index === 0) return t;
      periodInText = true;
      return t.slice(0, m.index).trim();
    })
    // (a quarter's bare numeral under its band, "Target Triwulan" / "II", is a period too)
    .filter(
      (p, i, ps) =>
        p !== '' &&
        !isYearText(p) &&
        columnNumberOf(p) === undefined &&
        !isPeriodText(p) &&
        !MONTH_RE.test(p) &&
        // (a leaf that is only its time, "s.d. Triwulan Lalu" / "Bulan Ini", under its measure's band)
        !(i > 0 && SO_FAR_RE.exec(p)?.index === 0) &&
        !(i > 0 && PERIOD_NUMERAL_RE.test(p) && PERIOD_BAND_RE.test(ps[i - 1])),
    );
  const units = all.filter((p) => UNIT_RE.test(p));
  const parts = all.filter((p) => !UNIT_RE.test(p));
  if (parts.length === 0) return null;
  let leaf = parts[parts.length - 1];
  const unitInLeaf = TRAILING_UNIT_RE.exec(leaf);
  if (unitInLeaf) {
    leaf = unitInLeaf[1];
    units.push(unitInLeaf[2]);
  }
  // a revision alone under its band ("Anggaran" / "Murni", "% Realisasi" / "thd Perubahan"): the band's role
  if (parts.length >= 2 && REVISION_LEAF_RE.test(leaf)) return roleFromHeader(path.slice(0, path.length - 1));
  // a measure under a band of its growth ("Rata-rata Pertumbuhan" / "Anggaran | Realisasi"): how fast it grew, not it
  if (parts.length >= 2 && GROWTH_BAND_RE.test(parts[parts.length - 2])) return 'nilai';
  // a cost per unit of output ("Biaya per Satuan Output (Rp)", "Biaya per Peserta", "Unit Cost"): a figure worked out
  // from the money and the output, neither the budget nor the unit its words name
  if (UNIT_COST_RE.test(leaf)) return 'nilai';
  // a percentage ("% Tindak Lanjut", "Persentase Sasaran (%)") is a figure, never a column of words
  const percent = /^%/.test(leaf) || /^(persentase|prosentase|presentase|persen)\b/.test(leaf) || units.some((u) => /%|persen/.test(u));
  const parents = parts.slice(0, -1).join(' / ');
  const budgetParent = BUDGET_WORDS.test(parents);
  // a header that names its ratio ("% (R/T)", "Capaian = Realisasi/Target x 100%", "(R/P) %"): what it is the ratio of
  // (realisasi over target under a band of money: the serapan)
  const ratio = ratioRole(parts[parts.length - 1]);
  if (ratio) return ratio === 'capaian' && !budgetParent ? 'capaian' : 'serapan';
  const rupiahUnit = units.some((u) => /rp|rupiah|idr/.test(u));
  const budgetLeaf = BUDGET_WORDS.test(leaf) || rupiahUnit;
  const kinerjaParent = /kinerja/.test(parents) && !budgetParent;

  // A band of a measure over its performance and its money, in Permendagri 86's "K | Rp" (the evaluation of the Renja:
  // "Target Kinerja dan Anggaran Renja" / "K" | "Rp", "Tingkat Capaian Kinerja dan Realisasi Anggaran (%)" / "K" | "Rp"):
  // the measure the band opens with, the leaf which side of it. A lone "K" under any measure's band is its performance.
  if (parts.length >= 2) {
    const band = parts[parts.length - 2];
    const performanceLeaf = PERFORMANCE_LEAF_RE.test(leaf);
    const moneyLeaf = CURRENCY_LEAF_RE.test(leaf) || MONEY_LEAF_RE.test(leaf);
    const measure = (performanceLeaf || moneyLeaf) && (leaf === 'k' || PAIRED_BAND_RE.test(band)) ? bandMeasure(band) : undefined;
    if (measure) return moneyLeaf ? MONEY_OF_MEASURE[measure] : measure;
  }
  // "Realisasi / Rp": the currency names no column, the group above does (its money)
  if (CURRENCY_LEAF_RE.test(leaf) && parts.length >= 2) {
    const group = vocabularyFor(parts[parts.length - 2]);
    if (group?.role === 'anggaran') return 'anggaran';
    if (group?.budget) return group.budget;
  }
  // a band of the measure over what it measures ("Target" over "Kinerja | Anggaran (Rp)", "Capaian" over "Kinerja |
  // Keuangan"): the band names the role, the leaf whether it is the money's
  // (a band naming two measures, "Realisasi dan Capaian Kinerja" over each year's "Rencana | Hasil | Kinerja (%)", is the
  // block's title: a percentage under it is read by its own words, how much of its target the kinerja reached)
  if (parts.length >= 2 && MEASURED_LEAF_RE.test(leaf) && !(percent && measuresNamed(parts[parts.length - 2]) >= 2)) {
    const group = vocabularyFor(parts[parts.length - 2]);
    if (group && (group.role === 'target' || group.role === 'realisasi' || group.role === 'capaian')) {
      // (money in percent, "Realisasi" / "Keuangan (%)", is the share of the pagu spent: the serapan — a target of it
      // is no pagu, nor a figure this table checks)
      if (budgetLeaf && percent) return group.role === 'target' ? null : 'serapan';
      return budgetLeaf && group.budget ? group.budget : group.role;
    }
  }
  // a lone T, R or C of a group is the target, the realisasi or the capaian: under its band ("TW I" / "T | R | %",
  // "2024" / "T | R | C (%)") or with its period or year closing its own text ("T 2022 | R 2022 | C (%) 2022")
  const yearless = withoutTrailingGroup(leaf);
  const letterLeaf = yearless === leaf ? leaf : (TRAILING_UNIT_RE.exec(yearless)?.[1] ?? yearless);
  const grouped = periodInText || letterLeaf !== leaf || path.filter((p) => p.trim() !== '').length >= 2;
  const letter =
    grouped && /^[trc]$/.test(letterLeaf) ? vocabularyFor(letterLeaf === 't' ? 'target' : letterLeaf === 'r' ? 'realisasi' : 'capaian') : undefined;
  const v = letter ?? COMPILED.find((x) => x.re.test(leaf) && !(x.veto && x.veto.test(leaf)));
  // a percentage against the target or the pagu ("% thd Target", "Persentase terhadap Target", "% Realisasi thd
  // Pagu"): the capaian, the serapan — whatever word before it the vocabulary knows
  if (percent) {
    const against = AGAINST_RE.exec(leaf);
    if (against) return /^(pagu|anggaran|dpa)$/.test(against[2]) ? 'serapan' : 'capaian';
  }
  // (…and "Pencapaian (%)", "Tingkat Keberhasilan (%)" are the capaian, not a scale's words: either alone may be either)
  if (v && percent && NAME_ROLES.has(v.role))
    return v.role === 'predikat' && /^((pen)?capaian|(tingkat )?keberhasilan)$/.test(leaf) ? (budgetParent ? 'serapan' : 'capaian') : null;
  // a kind of spending or a source of funds under a band of money ("Anggaran (Rp)" over "Belanja Operasi | Belanja
  // Modal | Jumlah", "Realisasi Anggaran" over "APBD | DAK"): the band's figures, split — never a column of names
  if ((!v || v.role === 'uraian') && !percent && !PERCENT_HEADER.test(leaf) && parts.length >= 2) {
    const group = vocabularyFor(parts[parts.length - 2]);
    if (group?.role === 'anggaran') return 'anggaran';
    if (group?.role === 'realisasi' && (budgetParent || budgetLeaf) && group.budget) return group.budget;
  }
  // money in percent is a share of the pagu: "Realisasi Anggaran (%)" is the serapan (a "Realisasi (%)" beside a
  // "Target (%)" is the realisasi of a percentage indicator, and stays one)
  if (v?.role === 'realisasi' && percent && (budgetLeaf || budgetParent)) return 'serapan';
  // and the budget itself in percent, "% Anggaran", "Anggaran (%)" beside a "% Kinerja": how much of it was spent
  if (v?.role === 'anggaran' && percent && BUDGET_IN_PERCENT_RE.test(withoutTrailingGroup(leaf).replace(TRAILING_UNIT_RE, '$1'))) return 'serapan';
  // "Kinerja (%)", "% Kinerja": how much of its target the kinerja reached, the capaian
  if (!v && percent && KINERJA_IN_PERCENT_RE.test(leaf)) return budgetParent ? 'serapan' : 'capaian';
  // "Kinerja Keuangan (%)", "% Keuangan", "Keuangan (%)": how much of the pagu was spent
  if (!v && percent && KEUANGAN_IN_PERCENT_RE.test(leaf)) return 'serapan';
  if (!v) return PERCENT_HEADER.test(leaf) ? (budgetParent ? 'serapan' : kinerjaParent ? 'capaian' : null) : null;
  if (v.role === 'target' && /belanja/.test(leaf)) return 'uraian';
  // a header in rupiah names amounts, never a column of names: "Belanja (Rp)" is money spent, not the lines of belanja
  if (v.role === 'uraian' && rupiahUnit) return null;
  if (!v.budget) return v.role;
  // money under a budget group or with a rupiah word or unit: "Realisasi Keuangan", "Target (Rp)" of a revenue table
  // (the pagu of a pendapatan), "Capaian Keuangan" (the serapan)
  const inBudget = budgetLeaf || budgetParent;
  return inBudget ? v.budget : v.role;
}

/** A measure's name in percent, its sign or word before it or none ("% Kinerja", "Persentase Anggaran", "Keuangan"). */
const inPercent = (measure: string): RegExp => new RegExp(`^(?:persentase |prosentase |% ?)?${measure}$`);
const BUDGET_IN_PERCENT_RE = inPercent('(?:anggaran|pagu|keuangan)');
const KINERJA_IN_PERCENT_RE = inPercent('kinerja');
const KEUANGAN_IN_PERCENT_RE = inPercent('(?:kinerja |realisasi )?keuangan');

/**
 * A ratio a header says it is the percentage of: realisasi over target, or target over realisasi (a lower-is-better
 * indikator's), in words or letters ("% (R/T)", "Capaian = Realisasi/Target x 100%"); realisasi over the pagu ("(R/P) %",
 * "% (R/A)", "Realisasi/Pagu x 100%").
 */
const RATIO_HEADER_RE = /(?:^|[^a-z])(?:(realisasi|r)\s*[/:]\s*(target|t|pagu|anggaran|dpa|p|a)|(target|t)\s*[/:]\s*(realisasi|r))(?![a-z])/;
/** A percentage by its sign, its × 100, its brackets or its name: not two measures named side by side ("Target/Realisasi"). */
const RATIO_IS_PERCENT_RE = /%|[x×*] ?100|\(\s*(realisasi|r|target|t)\s*[/:]|capaian|persentase|prosentase|presentase|persen\b|serapan/;

function ratioRole(text: string): 'capaian' | 'serapan' | undefined {
  const m = RATIO_HEADER_RE.exec(text);
  if (!m || !RATIO_IS_PERCENT_RE.test(text)) return undefined;
  return m[3] || m[2] === 'target' || m[2] === 't' ? 'capaian' : 'serapan';
}

/** What a percentage is taken against: "thd target", "terhadap rencana", "atas pagu" (group 2 the base). */
const AGAINST_RE = /\b(thd\.?|terhadap|atas)\s+(target|rencana|pagu|anggaran|dpa)\b/;

/** An amount's multiplier written out, of a header or a whole table: "(x Rp 1.000.000)", "(Rp x 1.000)". */
const TIMES_MILLION: [RegExp, number] = [/\bx ?(rp\.? ?)?1[.,]?000[.,]?000(?![.,]?\d)/, 1e6];
const TIMES_THOUSAND: [RegExp, number] = [/\bx ?(rp\.? ?)?1[.,]?000(?![.,]?\d)/, 1e3];

/** Money in thousands or millions: the header's own words ("(Rp 000)", "Juta Rp", "Ribuan Rupiah", "(x Rp 1.000)"). */
const HEADER_MAGNITUDE: ReadonlyArray<[RegExp, number]> = [
  TIMES_MILLION,
  [/\brp\.? ?000\.000\b|\bjuta(an)? ?(rupiah|rp)|\b(rupiah|rp\.?) ?juta(an)?\b|\(juta(an)?\)|dalam juta/, 1e6],
  [/\bmil[iy]ar(an)? ?(rupiah|rp)|\b(rupiah|rp\.?) ?mil[iy]ar(an)?\b|\(mil[iy]ar(an)?\)|dalam mil[iy]ar/, 1e9],
  [/\brp\.? ?000\b|\(000\)|\bribu(an)? ?(rupiah|rp)|\b(rupiah|rp\.?) ?ribu(an)?\b|\(ribu(an)?\)|dalam ribu/, 1e3],
  TIMES_THOUSAND,
];
/**
 * The same said of a whole table, in its caption or a note: only "dalam ribuan (rupiah)", "ribuan rupiah", "(Rp 000)",
 * "(Rp x 1.000)".
 */
const TABLE_MAGNITUDE: ReadonlyArray<[RegExp, number]> = [
  [/dalam juta(an)?\b|\bjuta(an)? rupiah\b|\brp\.? ?000\.000\b/, 1e6],
  TIMES_MILLION,
  [/dalam mil[iy]ar(an)?\b|\bmil[iy]ar(an)? rupiah\b/, 1e9],
  [/dalam ribu(an)?\b|\bribu(an)? rupiah\b|\(rp\.? ?000\)/, 1e3],
  TIMES_THOUSAND,
];

/** What one written unit of a money column is worth, from its header; undefined for full rupiah. */
export function headerMagnitude(header: string): number | undefined {
  const t = norm(header);
  return HEADER_MAGNITUDE.find(([re]) => re.test(t))?.[1];
}

/** A header that gives its column's unit as rupiah in brackets, whatever it calls the amounts: "Belanja (Rp)", "( Rp )". */
export function isRupiahUnitHeader(header: string): boolean {
  return /\(\s*(rp|rupiah|idr)\b/i.test(header);
}

/** A header that gives its column's unit as a percentage in brackets, whatever it calls the figures: "Tingkat Keberhasilan (%)". */
export function isPercentUnitHeader(header: string): boolean {
  return /\(\s*(%|persen)\s*\)/i.test(header);
}

/** A caption that gives its table's figures in full rupiah: "(Rp)", "(dalam rupiah)". */
export function isRupiahCaption(caption: string): boolean {
  return /\((dalam )?(rp\.?|rupiah|idr)\)/.test(norm(caption));
}

/** What one written unit of a table's money is worth, from its caption or notes; undefined when they say nothing. */
export function tableMagnitude(texts: readonly string[]): number | undefined {
  for (const x of texts) {
    const t = norm(x);
    const m = TABLE_MAGNITUDE.find(([re]) => re.test(t));
    if (m) return m[1];
  }
  return undefined;
}

/** A month of the year, as a header names it ("Januari", "Jan", "Agt", "Nopember"): a period, never a measure. */
const MONTH_RE = new RegExp(String.raw`^(${MONTH_NAMES})\.?$`);

/** "s.d.", "s/d", "sampai dengan", "hingga" before a period: the figure counted up to it (RegExp source, one group). */
const UP_TO = String.raw`(s\.?\s?d\.?\s*|s\/d\s*|sampai dengan\s+|hingga\s+)`;

/**
 * A month as a period header, alone, counted up to or of its year ("Maret", "Bulan Juni", "s.d. Desember", "Januari
 * 2024", "Jan-24": a date shown "mmm-yy").
 */
const MONTH_PERIOD_RE = new RegExp(String.raw`^${UP_TO}?(?:bulan\s+)?(${MONTH_NAMES})\.?(?:\s*[-/']?\s*(?:\d{2}|\d{4}))?$`);

/** A month's number in the year, by the first three letters its names share (Pebruari, Agt, Nopember aside). */
function monthNumber(name: string): number {
  const short: Record<string, number> = { peb: 2, agt: 8, ags: 8, nop: 11 };
  const key = name.slice(0, 3);
  return short[key] ?? ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'].indexOf(key) + 1;
}

/** A period header: "TW I", "Triwulan III", "Semester 2", "s.d. TW IV". */
/** A period's word as headers write it, shortened or in English ("TW", "Trw", "Sem.", "Smt", "Quarter", "Q"): RegExp source, one group. */
const PERIOD_WORD = String.raw`(tw|triwulan|triw|trw|semester|smt|sem|quarter|qtr|q)`;

const PERIOD_RE = new RegExp(String.raw`^${UP_TO}?${PERIOD_WORD}\.?\s*([ivx]+|[1-4])$`);

export function isPeriodText(text: string): boolean {
  return PERIOD_RE.test(norm(text));
}

/** A header that names nothing but a period: a triwulan or semester, or a month ("TW I", "s.d. Semester II", "s/d Desember"). */
export function isPeriodHeader(text: string): boolean {
  const t = norm(text);
  return PERIOD_RE.test(t) || MONTH_PERIOD_RE.test(t);
}

/** A period closing a header cell after its words: "Target TW I", "Realisasi Triwulan III", "Capaian s.d. Semester 2". */
const TRAILING_PERIOD_RE = new RegExp(String.raw`(?:^|\s)${UP_TO}?${PERIOD_WORD}\.?\s*([ivx]+|[1-4])$`);

/** A band that names the periods under it: "Triwulan", "Target Triwulan", "Realisasi per Semester" (no number). */
const PERIOD_BAND_RE = /(?:^|\s)(tw|triwulan|triw|trw|semester|smt|sem|quarter)$/;
/** A year closing a header's words: "Target 2023", "T Tahun 2022", "% Thn. 2024". */
const TRAILING_YEAR_RE = /\s(?:tahun |thn\.? )?(?:19|20)\d\d$/;

/**
 * A normalised header without the period or year closing its words ("% tw iii" → "%", "c (%) tahun 2022" → "c (%)"):
 * what it measures within its group. A header that is only a period or a year is returned as it is.
 */
function withoutTrailingGroup(leaf: string): string {
  const m = TRAILING_PERIOD_RE.exec(leaf) ?? TRAILING_YEAR_RE.exec(leaf);
  return m && m.index > 0 ? leaf.slice(0, m.index).trim() : leaf;
}

/** A period's bare numeral under such a band: I–IV. */
const PERIOD_NUMERAL_RE = /^(i|ii|iii|iv)\.?$/;

export function isPeriodNumeral(text: string): boolean {
  return PERIOD_NUMERAL_RE.test(norm(text));
}

export function isPeriodBand(text: string): boolean {
  return PERIOD_BAND_RE.test(norm(text));
}

/**
 * A band over the years of a plan counted from its first ("Target Renstra PD Tahun ke-", "Anggaran pada Tahun ke",
 * Permendagri 86's T-C.23 and T-C.24), with 1 … 5 under it: each a year of its own, not a part of one.
 */
const ORDINAL_YEAR_BAND_RE = /(?:^|\s)(?:tahun|thn?\.?) ke-?$/;
const ORDINAL_YEAR_RE = /^[1-9]$/;

export function isOrdinalYearBand(text: string): boolean {
  return ORDINAL_YEAR_BAND_RE.test(norm(text));
}

export function isOrdinalYear(text: string): boolean {
  return ORDINAL_YEAR_RE.test(text.trim());
}

/** "s.d. Bulan Lalu", "Bulan Ini", "s.d. Bulan Ini" (or of a Triwulan, Semester, Periode): which of the three a header is. */
const SO_FAR_RE = /(?:^|\s)((?:s\.? ?d\.?|s\/d|sampai dengan|hingga)\s+)?(?:bulan|triwulan|tw|semester|periode)\s+(lalu|sebelumnya|ini|berjalan)$/;

export function soFarPart(header: string): 'before' | 'now' | 'upToNow' | undefined {
  const m = SO_FAR_RE.exec(norm(header));
  if (!m) return undefined;
  const previous = m[2] === 'lalu' || m[2] === 'sebelumnya';
  if (previous) return m[1] ? 'before' : undefined;
  return m[1] ? 'upToNow' : 'now';
}

/** The period a header path names, normalised ("tw 4", "semester 2", "s.d. tw 4", "bulan 3"). */
export function periodOf(path: string[]): string | undefined {
  const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
  for (let i = path.length - 1; i >= 0; i--) {
    const p = norm(path[i]);
    const m = PERIOD_RE.exec(p) ?? TRAILING_PERIOD_RE.exec(p);
    if (m) {
      const n = roman[m[3]] ?? Number(m[3]);
      const kind = m[2].startsWith('s') ? 'semester' : 'tw';
      return `${m[1] ? 's.d. ' : ''}${kind} ${n}`;
    }
    // a month, as a monthly report heads its columns ("Pagu | Januari … Desember | Jumlah Realisasi")
    const month = MONTH_PERIOD_RE.exec(p);
    if (month) return `${month[1] ? 's.d. ' : ''}bulan ${monthNumber(month[2])}`;
    // a year of a plan under its band ("Target Renstra Tahun ke-" / "3"): its own year, the plan's third
    if (i > 0 && ORDINAL_YEAR_RE.test(p) && ORDINAL_YEAR_BAND_RE.test(norm(path[i - 1]))) return `${PLAN_YEAR}${p}`;
    // a bare numeral under its band ("Target Triwulan" / "III")
    const numeral = PERIOD_NUMERAL_RE.exec(p);
    const band = i > 0 ? PERIOD_BAND_RE.exec(norm(path[i - 1])) : null;
    if (numeral && band) return `${band[1].startsWith('s') ? 'semester' : 'tw'} ${roman[numeral[1]]}`;
  }
  return undefined;
}

/**
 * One part of a programme, kegiatan or account code: up to four digits, or the X / XX Kepmendagri 050 writes for the
 * programmes every office has (X.XX.01 …). RegExp source, for the patterns built from it.
 */
export const CODE_PART = '(?:\\d{1,4}|[Xx]{1,2})';

/**
 * A Permendagri code typed with spaces between its parts, as some Pemda's systems print it ("1 02 02", "1 02 02 2.01",
 * "1 02 02 2.01 0003", "X XX 01") or a document justifies it ("1 . 02 . 02"), in its dotted form ("1.02.02.2.01.0003");
 * undefined for any other text. A whole cell of three parts or more, one of them zero-padded ("02", "0003"), not all
 * after the first of three digits: a code's, never an amount grouped by spaces ("12 500 000") or a count.
 */
export function spacedCode(text: string): string | undefined {
  const t = text.trim();
  if (t.indexOf(' ') < 0 || !SPACED_CODE_RE.test(t) || !ZERO_PADDED_RE.test(t)) return undefined;
  const parts = t.split(/\s*\.\s*|\s+/);
  return parts.slice(1).every((p) => p.length === 3) ? undefined : parts.join('.');
}
const SPACED_CODE_RE = new RegExp(`^${CODE_PART}(?:(?:\\s*\\.\\s*|\\s+)${CODE_PART}){2,7}$`);
const ZERO_PADDED_RE = /(?:^|[ .])0\d/;

/** Text that introduces a program / kegiatan / sub kegiatan row. */
export function explicitLevel(label: string): 'program' | 'kegiatan' | 'subkegiatan' | undefined {
  const start = levelWordStart(label);
  if (start === NO_LEVEL_WORD) return undefined;
  if (start >= 0) {
    // plain text: the words compared in place, no string made (belanja, with its long list, by the RegExps below)
    const program = wordAt(label, start, 'program');
    if (program === YES || abbreviatedAt(label, start, 'prog')) return 'program';
    const kegiatan = wordAt(label, start, 'kegiatan');
    if (kegiatan === YES || abbreviatedAt(label, start, 'keg')) return 'kegiatan';
    // "sub kegiatan", "sub. kegiatan", "subkegiatan", "sub-kegiatan", "sub keg."
    let sub = wordAt(label, start, 'sub', false);
    if (sub === YES) {
      let k = start + 3;
      const joint = label.charCodeAt(k);
      if (joint === 46 || joint === 45 || joint === 0x2013) k++;
      while (label.charCodeAt(k) === 32) k++;
      // another space character (\v, \f) is still \s to the RegExp: left to it
      sub = label.charCodeAt(k) < 32 ? UNSURE : wordAt(label, k, 'kegiatan');
      if (sub === YES || abbreviatedAt(label, k, 'keg')) return 'subkegiatan';
    }
    const belanja = wordAt(label, start, 'belanja');
    if (program === NO && kegiatan === NO && sub === NO && belanja === NO) return mistypedLevel(label.slice(start, start + 24).toLowerCase());
  }
  // the label past its numbering and bullet, normalised (the belanja phrases run to the label's end: read in place
  // only when all of it is plain)
  const t = start >= 0 && isPlainText(label) ? label.slice(start).trimEnd().toLowerCase() : bareLabel(label);
  if (/^(program\b|prog\.)/.test(t)) return 'program';
  if (/^sub[.\-–]?\s*(kegiatan\b|keg\.)/.test(t)) return 'subkegiatan';
  if (/^(kegiatan\b|keg\.)/.test(t)) return 'kegiatan';
  // the classification of belanja (Permendagri 77/2020; before it, 13/2006): its groups and what they hold
  if (BELANJA_GROUP.test(t)) return 'program';
  if (BELANJA_ITEM.test(t)) return 'kegiatan';
  return mistypedLevel(t);
}

const LEVEL_WORDS = ['program', 'kegiatan'];

/**
 * A level word as staff mistype it, one slip from the word and its first letter kept ("Progam", "PRGRAM", "Kegiatn",
 * "Sub Kegiaatan"): that level. A label in lower case, past its numbering.
 */
function mistypedLevel(t: string): 'program' | 'kegiatan' | 'subkegiatan' | undefined {
  const word = /^([a-z]{6,9})(?![a-z])/.exec(t)?.[1];
  const level = word && (mistypedAs(word, LEVEL_WORDS) as 'program' | 'kegiatan' | undefined);
  if (level) return level;
  const sub = /^sub\.?\s*([a-z]{7,9})(?![a-z])/.exec(t)?.[1];
  return sub && mistypedAs(sub, ['kegiatan']) ? 'subkegiatan' : undefined;
}

/**
 * Whether `word` (lower case letters) stands at text[at], in any case, ending where a RegExp's \b would (`sub` in
 * "Sub.", not in "Subsidi"; with `whole` false, only the letters): YES, NO, or UNSURE where a character beyond
 * ASCII could change under toLowerCase.
 */
function wordAt(text: string, at: number, word: string, whole = true): number {
  for (let k = 0; k <= word.length; k++) {
    const c = text.charCodeAt(at + k);
    if (k === word.length && !whole) return YES;
    if (c > 127) return UNSURE;
    if (k === word.length) {
      // a word character (\w: letters, digits, _) continues the word; anything else, or the end, ends it
      const lower = c | 32;
      return (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122) || c === 95 ? NO : YES;
    }
    if ((c | 32) !== word.charCodeAt(k)) return NO;
  }
  return NO;
}

/** A level word shortened with a dot ("Prog.", "Keg.") at text[at]. */
const abbreviatedAt = (text: string, at: number, short: string) => wordAt(text, at, short) === YES && text.charCodeAt(at + short.length) === 46;

const NO = 0;
const YES = 1;
const UNSURE = -1;

const NO_LEVEL_WORD = -2;
/** How far past its start a level word is read: "sub. kegiatan" (one space at most in plain text) and one more. */
const LEVEL_WORD_REACH = 16;
const READ_NORMALISED = -1;

const isBullet = (c: number) => c === 45 || c === 0x2022 || c === 0x25aa || c === 0xb7;

/**
 * Where a label's level word starts, past its numbering (digits, dots, ")", spaces) and a bullet — read in char
 * codes, no string made. NO_LEVEL_WORD when the word cannot be one (every level word starts with p, s, k or b:
 * program, sub kegiatan, kegiatan, belanja); READ_NORMALISED when the label needs norm first (markup, odd spaces,
 * letters spaced out, anything beyond ASCII before the word). Given `only` (a lower-case letter's code), a word
 * starting with any other letter is none.
 */
function levelWordStart(label: string, only?: number): number {
  const n = label.length;
  if (n === 0) return NO_LEVEL_WORD;
  let i = 0;
  for (; i < n; i++) {
    const c = label.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 46 || c === 41 || c === 32) continue;
    if (c <= 32 || c === 0xa0 || c === 0x2007 || c === 0x202f) return READ_NORMALISED;
    break;
  }
  if (i < n && isBullet(label.charCodeAt(i))) {
    i++;
    while (i < n && label.charCodeAt(i) === 32) i++;
    if (i < n && (label.charCodeAt(i) <= 32 || label.charCodeAt(i) > 127)) return READ_NORMALISED;
  }
  if (i >= n) return NO_LEVEL_WORD;
  const c = label.charCodeAt(i);
  if (c === 60 || c > 127) return READ_NORMALISED;
  const lower = c | 32;
  if (only !== undefined ? lower !== only : lower !== 112 && lower !== 115 && lower !== 107 && lower !== 98) return NO_LEVEL_WORD;
  // cleaning could change nothing up to the end of any level word ("sub. kegiatan" and the character after it)
  const plain = isPlainText(label, i + LEVEL_WORD_REACH) && label.charCodeAt(0) > 32 && !(n >= 5 && label.charCodeAt(1) === 32 && label.charCodeAt(3) === 32);
  return plain ? i : READ_NORMALISED;
}

/** Belanja groups: Operasi, Modal, Tidak Terduga, Transfer (and the older Langsung / Tidak Langsung). */
const BELANJA_GROUP = /^belanja (operasi(onal)?|modal|tidak terduga|transfer|langsung|tidak langsung)$/;
/** What a belanja group holds: pegawai, barang dan jasa, bunga, subsidi, hibah, bantuan sosial, modal <aset> … */
const BELANJA_ITEM =
  /^belanja (pegawai|barang( dan jasa)?|jasa|bunga|subsidi|hibah|bantuan sosial|bantuan keuangan|bagi hasil|pemeliharaan|perjalanan dinas|modal \S.*)$/;

/** A row's label past its numbering and bullet, normalised. */
function bareLabel(label: string): string {
  return norm(label)
    .replace(/^[\d.\s)]+/, '')
    .replace(/^[-•▪·]\s*/, '');
}

/**
 * Whether a label's first word past its numbering and bullet may be "belanja", read in place (a label that needs
 * normalising first is given the benefit of the doubt): the belanja phrases are then matched on the normalised label,
 * the rest (every "Program …", "Sub Kegiatan …" of a long budget table) make no string at all.
 */
function mayBeBelanja(label: string): boolean {
  // (a first letter other than b, read in place, is no belanja: nothing of the label need be checked further)
  const start = levelWordStart(label, 98);
  if (start === NO_LEVEL_WORD) return false;
  return start < 0 || wordAt(label, start, 'belanja') !== NO;
}

/** "BELANJA LANGSUNG", "Belanja Operasi": a group of the classification of belanja (a row's label, numbering aside). */
export function isBelanjaGroup(label: string): boolean {
  return mayBeBelanja(label) && BELANJA_GROUP.test(bareLabel(label));
}

/**
 * Permendagri 13/2006's two groups of spending ("Belanja Tidak Langsung", "Belanja Langsung"): under them, "Belanja
 * Modal" is one item among Belanja Pegawai and Belanja Barang dan Jasa, not the group it is in Permendagri 77/2020's.
 */
export function isDirectSpendingGroup(label: string): boolean {
  return mayBeBelanja(label) && /^belanja (tidak )?langsung$/.test(bareLabel(label));
}

/** "Belanja Modal" alone (its assets not named). */
export function isCapitalSpending(label: string): boolean {
  return mayBeBelanja(label) && bareLabel(label) === 'belanja modal';
}

/**
 * A line of spending by its account, at any depth of the classification ("Belanja Modal", "Belanja Perjalanan Dinas
 * Biasa", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor" under a sub kegiatan of a finance system's LRA):
 * a label that starts with the word "belanja".
 */
export function isBelanjaAccount(label: string): boolean {
  return mayBeBelanja(label) && bareLabel(label).startsWith('belanja ');
}

/** A line of the classification of belanja, a group or what it holds ("Belanja Operasi", "Belanja Barang dan Jasa"). */
export function isBelanjaLine(label: string): boolean {
  if (!mayBeBelanja(label)) return false;
  const t = bareLabel(label);
  return BELANJA_GROUP.test(t) || BELANJA_ITEM.test(t);
}

/**
 * Indicators where lower is better (PermenPANRB 53/2014: capaian then (2·target − realisasi) / target or target /
 * realisasi): poverty, deaths, illness, unemployment, waiting and response times, accidents, arrears … One phrase per
 * line; a phrase of falling ("penurunan", "menurun") turns it round again ("penurunan angka kemiskinan" rises).
 */
export const LOWER_IS_BETTER_PHRASES: readonly string[] = [
  'kemiskinan',
  'penduduk miskin',
  'keluarga miskin',
  'pengangguran',
  'kematian',
  'stunting',
  'prevalensi',
  'angka kesakitan',
  'gizi buruk',
  'kekerasan',
  'putus sekolah',
  'kumuh',
  // waste made, and animal diseases' cases (what a DLH and a Dinas Peternakan count down)
  'timbulan sampah',
  'penyakit hewan menular',
  'inflasi',
  'ketimpangan',
  'gini',
  // regional inequality (Indeks Williamson) and pupils held back a year
  'williamson',
  'mengulang kelas',
  'angka mengulang',
  'kecelakaan',
  'pelanggaran',
  'tunggakan',
  'tertunggak',
  'menunggak',
  'waktu tunggu',
  'waktu tanggap',
  'lama waktu',
  'angka kejadian',
  'insiden',
  'kasus',
  'kebakaran',
  'genangan',
  'banjir',
  'kerugian',
  'kriminalitas',
  'tindak pidana',
  'penyalahgunaan',
  'buta aksara',
  'gizi kurang',
  'lahan kritis',
  'pencemaran',
  'infeksi',
  'kejadian pasien jatuh',
  'dekubitus',
  'net death rate',
  'gross death rate',
  'temuan bpk',
  'temuan pemeriksaan',
  'kerawanan',
  'indikator negatif',
  'semakin kecil semakin baik',
  'makin kecil makin baik',
  'tidak layak huni',
  'rtlh',
  'incidence rate',
  'case fatality rate',
  'temuan berulang',
  'risiko bencana',
  'rawan pangan',
  // population growth held down (the RPJMD's "Laju Pertumbuhan Penduduk", births per woman, births to teenagers)
  'laju pertumbuhan penduduk',
  'total fertility rate',
  'angka kelahiran total',
  'kelahiran remaja',
  'kelahiran pada remaja',
  // a disease's incidence however named ("Annual Parasite Incidence"), disturbances of order, hoaxes, waste dumped
  'incidence',
  'gangguan',
  'hoaks',
  'hoax',
  'berita bohong',
  'sampah yang dibuang',
  'dibuang ke tpa',
  // places at risk, child labour, farmland converted, offenders, laws struck down, open defecation however written
  'rawan',
  'pekerja anak',
  'alih fungsi',
  'pelanggar',
  'dibatalkan',
  'pembatalan',
  'sembarangan',
  // posts left empty, the spending on staff against all spending, funds left unspent, places without a signal, people
  // without a health cover
  'jabatan kosong',
  'jabatan yang kosong',
  'rasio belanja pegawai',
  'proporsi belanja pegawai',
  'silpa',
  'blank spot',
  'blankspot',
  'tanpa jaminan',
  // prices held steady: their coefficient of variation, disparity and swings between markets or months
  'koefisien variasi',
  'disparitas harga',
  'fluktuasi harga',
  'gejolak harga',
  // crops lost: failed harvests (puso) and the pests' attacks on them
  'puso',
  'gagal panen',
  'serangan opt',
  'serangan hama',
  'terserang',
  'pasung',
  'melanggar',
  'tanpa akses',
  'tidak terkelola',
  'emisi',
  'deforestasi',
  // health: malnutrition by its other measures, births too close, marriage too young
  'wasting',
  'underweight',
  'unmet need',
  'perkawinan anak',
  'pernikahan anak',
  'perkawinan usia anak',
  'pernikahan usia anak',
  'pernikahan dini',
  'perkawinan dini',
  // disasters, fires and land: hot spots, burnt land, casualties, events
  'titik panas',
  'hotspot',
  'lahan terbakar',
  'hutan terbakar',
  'titik api',
  'korban jiwa',
  'meninggal',
  'kejadian bencana',
  // roads, classrooms and houses damaged ("jalan rusak berat", "ruang kelas rusak"), water and villages left behind
  'rusak',
  'kehilangan air',
  'kebocoran air',
  'non revenue water',
  'desa tertinggal',
  'sangat tertinggal',
  'rasio ketergantungan',
  // social problems and discipline
  'penyandang masalah kesejahteraan',
  'anak jalanan',
  'gelandangan',
  'pengemis',
  'perceraian',
  'hukuman disiplin',
  'pelanggaran disiplin',
  'jumlah temuan',
  'buta huruf',
  // gaps between groups, children out of school, households below the welfare line
  'kesenjangan',
  'disparitas',
  'tidak sekolah',
  'pra sejahtera',
  'prasejahtera',
  // complaints and the sick, counted until they are dealt with ("… yang ditindaklanjuti", "… yang mendapat pelayanan")
  'pengaduan',
  'keluhan',
  'komplain',
  'penderita',
  // health, sanitation and family planning: low birth weight, anaemia, chronic energy deficiency, thinness, dropping
  // out of family planning, outbreaks, open defecation
  'berat badan lahir rendah',
  'anemia',
  'kurang energi kronis',
  'kurus',
  'drop out',
  'kejadian luar biasa',
  'buang air besar sembarangan',
  'tanpa jamban',
  // damage and those a disaster struck
  'kerusakan',
  'terdampak',
  'longsor',
  // what blocks or delays a service: clogged drains, traffic jams, late work, bad loans, the housing shortfall
  'tersumbat',
  'kemacetan',
  'keterlambatan',
  'kredit macet',
  'non performing',
  'backlog',
  'kekurangan rumah',
  'defisit',
  'antrean',
  'antrian',
  // crime, conflicts and disputes
  'kejahatan',
  'konflik sosial',
  'sengketa',
  // revenue leaking, bad receivables, illegal levies, waste of money, pollution, those near poverty
  'kebocoran',
  'piutang macet',
  'pungutan liar',
  'pungli',
  'pemborosan',
  'polusi',
  'rentan miskin',
  // noise and cases lost in court; things in trouble (land titles, assets, loans)
  'kebisingan',
  'dikalahkan',
  'bermasalah',
];

/**
 * Abbreviations of lower-is-better measures, as whole words: maternal, infant, neonatal and under-five mortality,
 * open unemployment, total fertility, non-revenue water, the social-welfare problems (PMKS/PPKS), low birth weight,
 * chronic energy deficiency, outbreaks (KLB), open defecation (BABS), bad loans (NPL).
 */
const LOWER_IS_BETTER_ABBREVIATION_G = /\b(aki|akb|akn|akaba|imr|mmr|tpt|tfr|nrw|npl|pmks|ppks|bblr|kek|klb|babs)\b/g;

const LOWER_IS_BETTER_RE_G = new RegExp(`(${LOWER_IS_BETTER_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'g');
/**
 * Falling ("penurunan angka kemiskinan") or dealt with ("kasus kekerasan yang tertangani", "temuan BPK yang
 * ditindaklanjuti", "penyandang masalah yang direhabilitasi", "PMKS yang mendapat bantuan"), or what is wanted of it
 * (the poor who have a health card, a death's certificate or registration: "kepemilikan akta kematian"; the data of
 * them registered or verified: "data PPKS yang terdaftar dalam DTKS"): the figure should rise. Whole words, never after
 * "tidak" or "belum" (the "tindaklanjuti" inside "belum ditindaklanjuti" is not one).
 */
const FALLING_RE =
  /(?<!(tidak|belum) )\b(penurunan|pengurangan|berkurang|menurun|turunnya|tertangani|ditangani|terselesaikan|diselesaikan|penyelesaian|tuntas|cakupan|penanganan|penanggulangan|pencegahan|bebas|tindak ?lanjut|ditindak ?lanjuti|terlayani|dilayani|teratasi|diatasi|direhabilitasi|dipulihkan|terpenuhi|dipenuhi|pemenuhan|terlindungi|dibina|terbina|selesai|penarikan|ditarik|clearance|penemuan|dientaskan|diobati|disembuhkan|kesembuhan|sembuh|ditemukan|terdeteksi|ditertibkan|ditegakkan|terkelola|dikelola|diperbaiki|ditingkatkan|mendapat(kan)?|menerima|memperoleh|memiliki|kepemilikan|akta|pencatatan|tercatat|dicatat|terdaftar|didaftarkan|terdata|didata|pendataan|terverifikasi|diverifikasi|tervalidasi|divalidasi|kembali)/;

/**
 * What was not done: "tidak" or "belum" before an outcome ("pengaduan yang tidak tertangani", "rekomendasi yang belum
 * ditindaklanjuti", "izin yang terbit tidak tepat waktu", "sekolah yang belum terakreditasi"), or a word of "ketidak-"
 * (ketidakpuasan, ketidaksesuaian): counted to fall. ("Penduduk yang tidak merokok" names no outcome: not read so.)
 */
const NOT_DONE_RE =
  /\b(tidak|belum) ((ter|te|di)?(tangani|selesaikan|layani|atasi|tindak ?lanjuti|realisasi|capai|kelola|verifikasi|akreditasi|daftar|catat|angkut|aliri|jangkau)|tuntas|sesuai|tepat waktu|memenuhi|lulus|berfungsi|aktif|lengkap|laik|layak)\b|\bketidak[a-z]+/;

/**
 * A service or care given, named first, whoever it is given to (the SPM's "Pelayanan kesehatan penderita hipertensi",
 * "… orang dengan risiko terinfeksi HIV"; "Pemberian makanan tambahan pada balita gizi kurang"): counted to rise, though
 * the ones it is given to are named by their harm. After a number or a share's word ("Persentase pelayanan …").
 */
const SERVICE_HEAD_RE =
  /^(?:[\d.)\s-]*)(?:(?:persentase|jumlah|cakupan|capaian|rasio|tingkat) )?(?:pelayanan|layanan|pemeriksaan|skrining|deteksi dini|pengobatan|perawatan|pendampingan|pemberian|penyediaan|pemenuhan)\b/;

/**
 * What an office makes about a harm — a study, a document, a plan, a map, a rule, a training, a campaign, a drill, an
 * application — counted to rise, whatever harm it is about ("Jumlah dokumen kajian risiko bencana", "Jumlah sosialisasi
 * bahaya narkoba", "Tersusunnya peta rawan longsor"). Whole words, before the harm they are about.
 */
const DELIVERABLE_RE =
  /\b(dokumen|kajian|studi|analisis|peta|pemetaan|rencana|regulasi|peraturan|perda|perbup|perwali|kebijakan|pedoman|sop|modul|sosialisasi|penyuluhan|pelatihan|bimtek|edukasi|kampanye|simulasi|gladi|aplikasi|database|basis data|forum|satgas|posko)\b/;

/**
 * The words a rating band is named with ("Sangat Tinggi", "Cukup Berhasil", "Memuaskan", "Kurang Efisien", "Tidak
 * Tercapai", "Excellent"), or a letter grade (AA, BB, C, D): a rating scale's names, never a list's (age groups,
 * periods, kinds of anything).
 */
const RATING_WORDS =
  /\b(sangat|amat|tinggi|rendah|sedang|baik|buruk|jelek|kurang|cukup|berhasil|memuaskan|istimewa|optimal|efisien|efektif|tercapai|unggul|sempurna|prima|lulus|gagal|wajar|memadai|excellent|very|good|fair|poor|high|low|medium|satisfactory)\b/;
const LETTER_GRADE_TEXT = /^[a-e]{1,2}[+-]?$/;

/** Whether a band's name (normalised) is a rating's: RATING_WORDS or a letter grade. */
export function isRatingLabel(text: string): boolean {
  const t = text.trim();
  return LETTER_GRADE_TEXT.test(t) || RATING_WORDS.test(t);
}

/** Text (normalised) of an indicator whose figure should fall. */
export function isLowerBetterText(text: string): boolean {
  if (/(semakin|makin) (kecil|rendah|sedikit) (semakin|makin) baik|(indikator|polaritas) negatif|lower is better/.test(text)) return true;
  // a mark in brackets after the indikator's name: "Indeks … (negatif)", "… (-)", "… [↓]"
  if (/[([]\s*(negatif|negative|[-–−↓]|minimi[sz]e)\s*[)\]]$/.test(text)) return true;
  // the rate of a time taken, the share of responses within the standard time (the SPM's "Tingkat Waktu Tanggap
  // (Response Time Rate)" of a fire service), rises
  if (/\b(response time rate|(tingkat|persentase|rasio|capaian) (pemenuhan )?waktu tanggap)\b/.test(text)) return false;
  // a time taken falls whatever it is the time of ("waktu tanggap penanganan gangguan"); a hospital's length of stay and
  // the days a bed stands empty between patients too (AVLOS, TOI: kept short, within their ideal ranges)
  if (
    /\b(waktu (rata-rata )?(tunggu|tanggap|respon|respons|proses|penyelesaian|penanganan|pelayanan|penerbitan|pengurusan|pembuatan|tempuh)|lama (waktu|pelayanan|penyelesaian|proses|(hari )?rawat|dirawat)|response time|waiting time|length of stay|avlos|alos|turn ?over interval)\b/.test(
      text,
    )
  )
    return true;
  if (FALLING_RE.test(text) || SERVICE_HEAD_RE.test(text)) return false;
  if (NOT_DONE_RE.test(text)) return true;
  let harm = firstHarm(LOWER_IS_BETTER_RE_G, text);
  if (harm < 0) harm = firstHarm(LOWER_IS_BETTER_ABBREVIATION_G, text);
  // (the thing counted is made about the harm, not the harm: a study of it, a plan against it)
  return harm >= 0 && !DELIVERABLE_RE.test(text.slice(0, harm));
}

/**
 * Measures whose rise is the aim by their definition, whatever office reports them: life expectancy and schooling
 * (AHH, HLS, RLS, melek huruf, APK/APM/APS), the human-development and gender indices (IPM, IPG, IDG), public
 * satisfaction (IKM), farmers' and fishers' terms of trade (NTP, NTN), economic growth and income per head, the
 * environment's quality indices (IKLH, IKA, IKU udara, IKTL), the village-development index (IDM). Whole words.
 */
const HIGHER_IS_BETTER_RE =
  /\b(harapan hidup|lama sekolah|melek huruf|angka partisipasi (kasar|murni|sekolah)|apk|apm|aps|ahh|uhh|hls|rls|indeks pembangunan (manusia|gender)|indeks pemberdayaan gender|ipm|ipg|idg|indeks kepuasan|kepuasan masyarakat|ikm|nilai tukar (petani|nelayan)|ntp|ntn|pertumbuhan ekonomi|pendapatan per ?kapita|pdrb per ?kapita|indeks kualitas (lingkungan hidup|air|udara|tutupan lahan)|iklh|indeks desa membangun)\b/;

/**
 * Text (normalised) of an indicator whose figure should rise by its definition (a short list: most indicators say
 * nothing either way). Never one the lower-is-better words claim.
 */
export function isHigherBetterText(text: string): boolean {
  return HIGHER_IS_BETTER_RE.test(text) && !isLowerBetterText(text);
}

/** A word that sets what follows aside ("penyelamatan non kebakaran": rescues from anything but fires). */
const SET_ASIDE_BEFORE = /\b(non|selain|bukan)[\s-]*$/;

/** A measure's head words ("Jumlah", "Angka", "Persentase balita" …): what it is a measure of, and of whom. */
const MEASURE_HEAD_RE =
  /^(?:(?:jumlah|angka|persentase|prosentase|presentase|tingkat|rasio|proporsi|banyaknya|luas|total|rata-rata|indeks|koefisien|kejadian)\s+)*(?:(?:penduduk|balita|bayi|anak|ibu|keluarga|rumah tangga|warga|siswa|pasien|lahan|kawasan|wilayah)\s+)?/;

/**
 * A lower-is-better name (normalised) that counts the harm itself: the harm right after the measure's head, and no
 * clause after it ("Jumlah pelanggaran disiplin ASN", "Angka kematian ibu", "Prevalensi stunting", "Tingkat
 * pengangguran terbuka"). Its rise cannot be the aim, so its capaian is the lower-is-better one only. Not where
 * something else is counted first ("Persentase data PPKS yang terdaftar di DTKS": the data registered, which should
 * rise) or a clause says what became of it.
 */
export function namesHarmOutright(text: string): boolean {
  if (/\byang\b/.test(text) || !isLowerBetterText(text)) return false;
  const name = text.replace(/^[\d.)(\s-]+/, '');
  const head = (MEASURE_HEAD_RE.exec(name) as RegExpExecArray)[0].length;
  // (at a word's start; the harm may open with a head word of its own: "Angka kesakitan DBD", "Angka kejadian …")
  const harm = firstHarm(LOWER_IS_BETTER_RE_G, name);
  return harm >= 0 && harm <= head && (harm === 0 || /\s/.test(name[harm - 1]));
}

/** Where the first harm in a text starts that is not set aside by "non", "selain" or "bukan" before it; -1 if none. */
function firstHarm(re: RegExp, text: string): number {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (!SET_ASIDE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) return m.index;
  return -1;
}

/** An abbreviation as a name carries it in brackets: a capital, then up to nine letters, digits or hyphens ("IKM", "PAD-1"). */
const BRACKETED_ABBR = '[A-Z][A-Za-z0-9-]{1,9}';
const BRACKETED_ABBR_RE = new RegExp(String.raw`\s*\(${BRACKETED_ABBR}\)`, 'g');
/** An abbreviation in capitals with the name it stands for in brackets after it: "IPM (Indeks Pembangunan Manusia)". */
const ABBR_THEN_NAME_RE = /^[A-Z][A-Z0-9]{1,7}\s*\(([^()]*\S\s+\S[^()]*)\)\s*\.?$/;
/** The same closing a name (nameAbbreviation), spaces inside the brackets allowed: "( IDG )". */
const CLOSING_BRACKETED_ABBR_RE = new RegExp(String.raw`\(\s*(${BRACKETED_ABBR})\s*\)\s*\.?$`);

/**
 * "Program Rehabilitasi Sosial" = "PROGRAM REHABILITASI SOSIAL" = "Rehabilitasi Sosial" = "1. Rehabilitasi Sosial";
 * "Prog. Peningkatan Kapasitas SDM Kesehatan" = "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan"; "&" =
 * "dan"; "Indeks Kepuasan Masyarakat (IKM)" = "Indeks Kepuasan Masyarakat".
 */
export function normaliseName(s: string): string {
  // an abbreviation in brackets after the name ("Indeks Kepuasan Masyarakat (IKM)") names the same thing; and one
  // before it, the name in brackets ("IPM (Indeks Pembangunan Manusia)"): the name
  const spelt = ABBR_THEN_NAME_RE.exec(s.trim());
  const n = norm(withoutTrailingUnit((spelt ? spelt[1] : s).replace(BRACKETED_ABBR_RE, '')))
    // the unit in brackets after an indikator ("Angka Kematian Ibu (per 100.000 KH)", "… (dalam persen)")
    .replace(/\s*\((?:per|dalam)\b[^()]*\)$/, '')
    // (a number, a letter or a Roman numeral: "1.", "b)", "iv." — never a word shortened, "Adm. Keuangan")
    .replace(/^[(]?(?:\d{1,3}|[a-z]|[ivxl]{1,4})[.)]\s+/, '')
    // a code before the name ("1.02.02 Program …", "X.XX.01 PROGRAM PENUNJANG …")
    .replace(LEADING_CODE, '')
    // or an indikator's or a sasaran's number in the plan ("IKU 1: …", "IKK-2.1 …", "SS 3. …")
    .replace(/^(iku|ikd|ikk|ikp|iks|ss)[ .-]?\d{1,2}(\.\d{1,2})*\s*[:.)-]?\s+/, '')
    // or after it, in brackets ("Program Penunjang … (1.06.01)", "… [Kode: 1.06.01]")
    .replace(TRAILING_CODE, '')
    .replace(/^[-•▪·]\s*/, '')
    // (the level word however it is shortened: "Prog", "Keg.", "Sub Keg.", "Subkeg.")
    .replace(/^(program|prog\b\.?|sub\.?\s*keg(?:iatan)?\b\.?|kegiatan|keg\b\.?|sasaran strategis|sasaran)\s*/, '')
    .replace(/&/g, ' dan ')
    // ("Sumberdaya" written as one word)
    .replace(/\bsumberdaya\b/g, 'sumber daya')
    // ("% penduduk miskin": the sign for the word)
    .replace(/(^|\s)%(?=\s)/g, '$1persentase')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // the level of government a Permendagri 90 name ends with ("… Pemerintahan Daerah Kabupaten/Kota", "… Provinsi"),
  // which staff leave off: the same programme
  // ("Persentase puskesmas yang terakreditasi" = "Persentase puskesmas terakreditasi"; "jalan dalam kondisi mantap" =
  // "jalan kondisi mantap": words staff put in or leave out as they retype a name)
  // (an indikator named by its abbreviation alone, "IPM", is the one its full name names)
  return (
    (WHOLE_NAME_ABBREVIATIONS[n] ?? n)
      .replace(NAME_ABBREVIATION_RE, (w) => NAME_ABBREVIATIONS[w])
      .replace(GOVERNMENT_LEVEL_RE, '')
      // ("Urusan Pemda" for "Urusan Pemerintahan Daerah": the government and its governing, one word to staff)
      .replace(/\bpemerintahan\b/g, 'pemerintah')
      .replace(FILLER_WORDS_RE, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * The abbreviation in brackets closing a name ("Indeks Pemberdayaan Gender (IDG)" → "idg"), by which another table may
 * name it alone ("IDG"); undefined for none.
 */
export function nameAbbreviation(s: string): string | undefined {
  const m = CLOSING_BRACKETED_ABBR_RE.exec(s.trim());
  // (an abbreviation has capitals beyond its first letter: "(IDG)", "(IPKD)", "(BOR)" — not "(Angka)")
  return m && /[A-Z].*[A-Z]/.test(m[1]) ? norm(m[1]) : undefined;
}

/**
 * Words of a unit, as an indikator's name closes with one in brackets: "Jumlah izin yang diterbitkan (izin)", "Produksi
 * padi (ton/ha)", "Jumlah kecamatan ramah anak (kecamatan)" — one table writes it, another leaves it off.
 */
const UNIT_WORD = new Set(
  (
    '% persen permil rp rupiah orang jiwa unit kk keluarga dokumen laporan kegiatan lokasi paket buah kali kasus desa ' +
    'kelurahan kecamatan sekolah perusahaan izin opd ha hektar km m m2 m3 ton kg liter hari jam menit bulan tahun th thn ' +
    'indeks index nilai poin skor level rasio predikat kategori jenis layanan inovasi produk sertifikat kelompok lembaga ' +
    'koperasi umkm pasien kunjungan peserta siswa murid guru ruang meter kap kapita'
  ).split(' '),
);

/**
 * Units of things counted whole — people, households, documents, visits, villages: a figure of them has no decimals, so
 * "15,090 orang" is fifteen thousand and ninety whatever the sheet's other figures say of its convention.
 */
const COUNT_UNIT = new Set(
  (
    'orang jiwa kk keluarga rumah tangga unit buah dokumen laporan kasus kali kunjungan pasien peserta siswa murid guru ' +
    'desa kelurahan kecamatan sekolah paket lokasi perusahaan izin koperasi umkm kelompok lembaga ekor pelanggan ' +
    'wisatawan penduduk balita bayi anak ibu penerima pengunjung pelaku usaha'
  ).split(' '),
);

/**
 * Whether a text names a unit of things counted whole: a Satuan cell ("Orang", "KK", "Dokumen") or the unit a header
 * closes with in brackets ("Realisasi (orang)", "Jumlah Penduduk (Jiwa)", "Sasaran (rumah tangga)").
 */
export function isCountUnit(text: string): boolean {
  const t = norm(text);
  const unit = /\(([a-z ]{2,20})\)$/.exec(t)?.[1] ?? t;
  const words = unit.split(' ').filter((w) => w);
  return words.length > 0 && words.length <= 2 && words.every((w) => COUNT_UNIT.has(w));
}

/** The words of a unit of measure as written ("ton / ha": ton, ha), normalised. */
const measureUnitWords = (text: string): string[] =>
  norm(text)
    .split(/[\s/]+/)
    .filter((w) => w);

/** Whether a cell's text is a unit in words the vocabulary knows ("Dokumen", "ton / ha", "%", "m2"). */
export function isUnitWords(text: string): boolean {
  const words = measureUnitWords(text);
  return words.length > 0 && words.every((w) => UNIT_WORD.has(w));
}

/** A header closed by a unit the vocabulary knows, in brackets: "Produksi (Ton)", "Luas Panen (Ha)", "Produktivitas (ton/ha)". */
export function isMeasureUnitHeader(header: string): boolean {
  const unit = /\(([^()]{1,20})\)\s*$/.exec(header)?.[1];
  return unit !== undefined && isUnitWords(unit);
}

/** A name without the unit in brackets closing it (UNIT_WORD, or words the name already says before it). */
function withoutTrailingUnit(s: string): string {
  // (before a footnote's mark, "… (ha)*)", that says nothing of the name)
  const m = /^(.*\S)\s*\(([^()]{1,30})\)\s*\.?$/.exec(s.replace(/\s*\(?\*+\)?\s*$/, ''));
  if (!m) return s;
  const words = measureUnitWords(m[2]);
  const before = new Set(norm(m[1]).split(/[^a-z0-9]+/));
  // (a unit is written in small letters: "(BB/TB)", a measure's abbreviation, stays)
  if (!words.length || m[2] !== m[2].toLowerCase() || !words.every((w) => UNIT_WORD.has(w) || before.has(w))) return s;
  return m[1];
}

/** Words a retyped name gains or loses without naming anything else. */
const FILLER_WORDS_RE = /(^| )(yang|dalam)(?= |$)/g;

/** "kabupaten kota" or "provinsi" closing a normalised name (with more before it). */
const GOVERNMENT_LEVEL_RE = /(?<=\S) (kabupaten kota|provinsi)$/;

/** A code before a name ("1.02.02 …", "x.xx.01 …" once normalised). */
const LEADING_CODE = new RegExp(`^${CODE_PART}(?:\\.${CODE_PART})+\\.?\\s+`);

/** A code in brackets after a name ("… (1.06.01)", "… [kode 1.06.01]", once normalised). */
const TRAILING_CODE = new RegExp(`\\s*[([]\\s*(?:kode\\s*:?\\s*)?${CODE_PART}(?:\\.${CODE_PART})+\\.?\\s*[)\\]]$`);

/** The indikator every office's plan names, as a table names them by their abbreviation alone. */
const WHOLE_NAME_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ipm: 'indeks pembangunan manusia',
  ikm: 'indeks kepuasan masyarakat',
  aki: 'angka kematian ibu',
  akb: 'angka kematian bayi',
  tpt: 'tingkat pengangguran terbuka',
  rls: 'rata rata lama sekolah',
  hls: 'harapan lama sekolah',
  ahh: 'angka harapan hidup',
  uhh: 'umur harapan hidup',
  ipg: 'indeks pembangunan gender',
  idg: 'indeks pemberdayaan gender',
  iklh: 'indeks kualitas lingkungan hidup',
  idm: 'indeks desa membangun',
  lpe: 'laju pertumbuhan ekonomi',
};

/** Abbreviations of the Permendagri 90 programme and kegiatan names, as staff shorten them. */
const NAME_ABBREVIATIONS: Record<string, string> = {
  sdm: 'sumber daya manusia',
  ukm: 'upaya kesehatan masyarakat',
  ukp: 'upaya kesehatan perorangan',
  alkes: 'alat kesehatan',
  mamin: 'makanan minuman',
  kab: 'kabupaten',
  pemda: 'pemerintah daerah',
  pemdes: 'pemerintahan desa',
  adminduk: 'administrasi kependudukan',
  bumdes: 'badan usaha milik desa',
  umkm: 'usaha mikro kecil dan menengah',
  rtlh: 'rumah tidak layak huni',
  // the Perangkat Daerah of the nomenclature, as each region's staff call it, and the services' short names
  opd: 'perangkat daerah',
  skpd: 'perangkat daerah',
  pd: 'perangkat daerah',
  yankes: 'pelayanan kesehatan',
  nakes: 'tenaga kesehatan',
  linmas: 'perlindungan masyarakat',
  trantibum: 'ketenteraman dan ketertiban umum',
  kesra: 'kesejahteraan rakyat',
  dukcapil: 'kependudukan dan pencatatan sipil',
  kb: 'keluarga berencana',
  paud: 'pendidikan anak usia dini',
  sd: 'sekolah dasar',
  smp: 'sekolah menengah pertama',
  pupr: 'pekerjaan umum dan penataan ruang',
  lh: 'lingkungan hidup',
  rb: 'reformasi birokrasi',
  // (a long word cut with a dot that stands for one word only)
  pengemb: 'pengembangan',
  peningk: 'peningkatan',
  pengel: 'pengelolaan',
  penyed: 'penyediaan',
  koord: 'koordinasi',
  // (the words of the nomenclature shortened with a dot, "Prog. Pemberdayaan Masyarakat Bid. Kesehatan", "Adm. Keu.")
  bid: 'bidang',
  adm: 'administrasi',
  admin: 'administrasi',
  keu: 'keuangan',
  masy: 'masyarakat',
  kec: 'kecamatan',
  prov: 'provinsi',
  bmd: 'barang milik daerah',
  // the short forms of everyday words, and "persentase" as it is often misspelt
  yg: 'yang',
  dgn: 'dengan',
  dg: 'dengan',
  thd: 'terhadap',
  tdk: 'tidak',
  utk: 'untuk',
  dlm: 'dalam',
  jml: 'jumlah',
  prosentase: 'persentase',
  presentase: 'persentase',
};
const NAME_ABBREVIATION_RE = new RegExp(`\\b(${Object.keys(NAME_ABBREVIATIONS).join('|')})\\b`, 'g');
