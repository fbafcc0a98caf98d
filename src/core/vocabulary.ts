/**
 * The words of LKjIP tables: what header cells say, what captions, notes, totals and signature blocks look like.
 * All matching is on normalised text (lower case, markup stripped, single spaces), so header words in any case
 * and the seeds' typos ("Anggran", "Presentase") are covered here, in one place.
 */
import { cleanText } from './figures';
import { ColumnRole } from './types';

export function norm(s: string): string {
  let t = cleanText(s).toLowerCase();
  // "R A T A - R A T A" → "rata-rata": letters spaced out one by one
  if (/^(\S ){2,}\S$/.test(t)) t = t.replace(/ /g, '');
  return t;
}

/** Words that make a row a header of some table. */
const HEADER_WORDS =
  /\b(no|nomor|sasaran|indikator|target|realisasi|capaian|satuan|program|kegiatan|uraian|anggaran|anggran|pagu|serapan|penyerapan|efisiensi|kategori|predikat|kriteria|keterangan|ket|jumlah|total|nama|jenis|tahun|tujuan|strategi|kebijakan|kinerja|interval|nilai|skala|pencapaian|kondisi|golongan|pendidikan|jabatan|eselon|pangkat|jenjang|formulasi|sumber|output|outcome|alokasi|rincian|aspek|urusan|standar|selisih|persentase|presentase|baik|rusak|sedang|inventaris|belanja|arah|makna|penanggung|iku|l|p|pns|asn|rp)\b|%/;

export function isHeaderWord(text: string): boolean {
  return HEADER_WORDS.test(norm(text));
}

/** Sub-header words: the second and third header rows ("Target | Realisasi | Capaian", "L | P", years). */
const SUBHEADER_WORDS =
  /^(target|realisasi|capaian|capaian \(%\)|%|\(%\)|pagu|anggaran|satuan|l|p|jumlah|baik|sedang|rusak|rusak ringan|rusak berat|pns|non pns|asn|non asn|jenjang|pangkat|realisasi kinerja|capaian kinerja|target kinerja|nilai|ket|keterangan|tw ?[iv1-4]+|triwulan ?[iv1-4]+|semester ?[i12]+|kondisi awal|kondisi akhir|s\/d|rp|rupiah)\b/;

export function isSubHeaderWord(text: string): boolean {
  // a units row under the header: "(Rp)", "(%)", "(Orang)"
  const t = norm(text);
  if (/^\((rp|%|rupiah|orang|unit|kk|jiwa|dokumen|kegiatan|lokasi|persen)\)$/.test(t)) return true;
  return SUBHEADER_WORDS.test(t.replace(/^\((.*)\)$/, '$1'));
}

export const CAPTION_RE = /^(tabel|table|tab\.|lampiran|gambar|grafik|diagram)\s*[\divxlc]/i;

export function isCaption(text: string): boolean {
  return CAPTION_RE.test(cleanText(text));
}

/** A note under a table. */
export const NOTE_RE = /^(sumber|source|keterangan|ket\s*[:.]|catatan|note|\*|\(\*|ctt|nb\b|data (per|s\.?d)|\d\)\s)/i;

export function isNote(text: string): boolean {
  return NOTE_RE.test(cleanText(text));
}

/** Signature block lines: place and date, title, name, NIP, rank. */
export const SIGNATURE_RE =
  /^(nip\.?\b|nip\s*[:.]|kepala (dinas|badan|kantor|bidang)|sekretaris\b|plt\.?\b|plh\.?\b|pembina\b|penata\b|pengatur\b|ttd\b|mengetahui\b|disetujui\b|dibuat oleh|yang membuat|pihak (pertama|kedua)|[a-z .]+,\s*\d{1,2}\s+[a-z]+\s+\d{4}$|walikota\b|bupati\b|gubernur\b)/i;

export function isSignatureLine(text: string): boolean {
  return SIGNATURE_RE.test(cleanText(text));
}

export const TOTAL_RE =
  /^(jumlah|total|sub ?total|grand total|rata-rata|rata rata|rerata|jumlah total|total target|total realisasi|total anggaran|jumlah seluruhnya)\b/;

export function isTotalLabel(text: string): boolean {
  return TOTAL_RE.test(norm(text).replace(/\s*-\s*/g, '-'));
}

export function isAverageLabel(text: string): boolean {
  return /^(rata-rata|rata rata|rerata)/.test(norm(text).replace(/\s*-\s*/g, '-'));
}

/** Section rows inside a table: "Sasaran Menurunnya …", "Misi 2 : …", "URUSAN SOSIAL", "A. BELANJA …". */
export const SECTION_RE = /^(sasaran|tujuan|misi|visi|urusan|bidang urusan|bidang|belanja|pendapatan|[a-h]\.\s|[ivx]+\.\s|bab\b)/;

const YEAR_RE = /^(19|20)\d{2}$/;

export function yearOf(text: string): number | undefined {
  const m = /\b((?:19|20)\d{2})\b/.exec(norm(text));
  return m ? Number(m[1]) : undefined;
}

export function isYearText(text: string): boolean {
  return YEAR_RE.test(
    norm(text)
      .replace(/^tahun\s+/, '')
      .replace(/\s*\*+$/, ''),
  );
}

/** "(1)", "1", "<i>1</i>" — a column-number cell. */
export function columnNumberOf(text: string): number | undefined {
  const m = /^\(?(\d{1,2})\)?$/.exec(cleanText(text));
  return m ? Number(m[1]) : undefined;
}

const ANGGARAN_CTX = /(anggar|anggran|pagu|keuangan|belanja|\bdana\b|\brp\b|rupiah|biaya)/;

/**
 * A column's role from its header path (parent group first, leaf last), e.g. ["Anggaran", "Realisasi"].
 * Years and column numbers in the path are skipped for the leaf; the year is read separately.
 */
const UNIT_RE = /^\((rp|%|rupiah|orang|unit|kk|jiwa|dokumen|kegiatan|lokasi|persen)\)$/;

export function roleFromHeader(path: string[]): ColumnRole | null {
  const all = path.map(norm).filter((p) => p !== '' && !isYearText(p) && columnNumberOf(p) === undefined);
  // A units row ("(Rp)", "(%)") under the header names no column, but says what it holds.
  const units = all.filter((p) => UNIT_RE.test(p));
  const parts = all.filter((p) => !UNIT_RE.test(p));
  if (parts.length === 0) return null;
  const leaf = parts[parts.length - 1];
  const parents = parts.slice(0, -1).join(' / ');
  const anggaranParent = ANGGARAN_CTX.test(parents);
  const anggaranLeaf = ANGGARAN_CTX.test(leaf) || units.some((u) => /rp|rupiah/.test(u));
  const kinerjaParent = /kinerja/.test(parents) && !anggaranParent;

  if (/efisiensi/.test(leaf)) return 'efisiensi';
  if (/serapan|penyerapan/.test(leaf)) return 'serapan';
  if (/^(no|no\.|nomor|no\.? urut|kode)$/.test(leaf)) return 'no';
  if (/predikat|kategori|kriteria|makna|^pencapaian$|tingkat keberhasilan|peringkat|^status$/.test(leaf)) return 'predikat';
  if (/interval|rentang|^nilai( %| \(%\))?$|^skor|^skala|^nilai capaian$/.test(leaf) && !/capaian kinerja/.test(leaf)) return 'interval';
  if (/satuan/.test(leaf)) return 'satuan';
  if (/keterangan|^ket\.?$|sumber data|tindak lanjut|^output$|^outcome$|penanggung jawab|formulasi|penjelasan|^sumber$|standar nasional/.test(leaf))
    return 'keterangan';
  if (/realisasi/.test(leaf)) return anggaranLeaf || anggaranParent ? 'realisasi-anggaran' : 'realisasi';
  if (/capaian|pencapaian/.test(leaf)) return anggaranParent ? 'serapan' : 'capaian';
  if (/^(%|\(%\)|persen|persentase|presentase|% ?realisasi|% ?capaian)$/.test(leaf)) return anggaranParent ? 'serapan' : kinerjaParent ? 'capaian' : null;
  if (/target/.test(leaf)) return anggaranParent ? 'anggaran' : /belanja/.test(leaf) ? 'uraian' : 'target';
  if (/pagu|anggaran|anggran|alokasi|^rp\.?$|jumlah dana|biaya|dana\b/.test(leaf)) return 'anggaran';
  if (/indikator|kinerja utama|\biku\b/.test(leaf)) return 'indikator';
  if (/sasaran/.test(leaf)) return 'sasaran';
  if (/program|kegiatan|uraian|rincian|urusan|aspek|jenis belanja|^belanja|nama/.test(leaf)) return 'uraian';
  if (/^(jumlah|total)\b/.test(leaf)) return 'jumlah';
  return null;
}

/** Text that introduces a program / kegiatan / sub kegiatan row. */
export function explicitLevel(label: string): 'program' | 'kegiatan' | 'subkegiatan' | undefined {
  const t = norm(label)
    .replace(/^[\d.\s)]+/, '')
    .replace(/^[-•▪·]\s*/, '');
  if (/^program\b/.test(t)) return 'program';
  if (/^sub\.?\s*kegiatan\b/.test(t)) return 'subkegiatan';
  if (/^kegiatan\b/.test(t)) return 'kegiatan';
  return undefined;
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
  'inflasi',
  'ketimpangan',
  'gini',
  'kecelakaan',
  'pelanggaran',
  'tunggakan',
  'waktu tunggu',
  'waktu tanggap',
  'lama waktu',
  'semakin kecil semakin baik',
  'makin kecil makin baik',
];

const LOWER_IS_BETTER_RE = new RegExp(`(${LOWER_IS_BETTER_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
const FALLING_RE = /(penurunan|berkurang|menurun|turunnya)/;

/** Text (normalised) of an indicator whose figure should fall. */
export function isLowerBetterText(text: string): boolean {
  if (/(semakin|makin) kecil (semakin|makin) baik/.test(text)) return true;
  return LOWER_IS_BETTER_RE.test(text) && !FALLING_RE.test(text);
}
