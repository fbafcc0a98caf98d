/**
 * Every number recognition decides by, named, with the reason it has the value it has. Tuned on the way reports are
 * laid out (PermenPANRB 53/2014 tables as Dinas staff type them), never on one workbook.
 */

/** A table's header is at most this many rows (group band, leaf row, period row, units row, column numbers). */
export const MAX_HEADER_ROWS = 5;

/**
 * A header cell is a phrase; a longer text is a sentence (a note or a paragraph), not a column name. The official
 * forms name a column at length: Permendagri 86's evaluation of the Renja has "Realisasi Kinerja dan Anggaran Renstra
 * Perangkat Daerah s/d Renja Perangkat Daerah Tahun Lalu (n-2)" (~100 characters) and longer.
 */
export const MAX_HEADER_CELL_CHARS = 140;

/** A sub-header cell ("Target", "TW I", "2024") is shorter still. */
export const MAX_SUBHEADER_CELL_CHARS = 60;

/** In a strict check for a new table starting inside another, every header cell is this short. */
export const MAX_STRICT_HEADER_CELL_CHARS = 45;

/** A top header row: at least half of its word cells are domain header words (a row of data has few). */
export const TOP_HEADER_WORD_SHARE = 0.5;

/** A header that starts a new table right under another must be clearer: 60 % header words, at least two. */
export const STRICT_HEADER_WORD_SHARE = 0.6;

/** A sub-header row: 60 % of its cells are sub-header words (Target, Realisasi, %, TW I …) or years. */
export const SUBHEADER_WORD_SHARE = 0.6;

/** A column-number row (1 2 3 … or (1) (2) (3) …): numbers that rise at 60 % of the steps, never fall. */
export const COLUMN_NUMBER_RISE_SHARE = 0.6;
export const MAX_COLUMN_NUMBER = 40;

/** A column the header leaves blank joins the table when its body fills 30 % of the rows (a "No" column). */
export const BLANK_HEADER_COLUMN_FILL_SHARE = 0.3;

/** Two blank rows end a table; one blank row inside a table is a spacer. */
export const BLANK_ROWS_ENDING_A_TABLE = 2;

/**
 * A page's foot and the next page's top between two parts of a table pasted from PDF (a running title, a page number,
 * blank rows): at most this many rows before the header repeats.
 */
export const PAGE_BREAK_ROWS = 6;

/** Spaces typed before a label that indent it a level: at least this many (one is a slip of the thumb). */
export const MIN_INDENT_SPACES = 2;

/** A label wrapped over rows in capitals only (a PDF's lines) fills its first line: at least this many characters. */
export const WRAPPED_CAPITALS_CHARS = 30;

/** A lone cell below a table further right than this many columns from its left edge is a note, not a label. */
export const LONE_LABEL_MAX_OFFSET = 2;

/** A lone text longer than this (not a merged band) is a sentence under the table: a note. */
export const NOTE_SENTENCE_CHARS = 60;

/** A merge wider than this many columns is a banner (letterhead, title), not a header cell. */
export const MAX_HEADER_MERGE_WIDTH = 60;

/** A header of one word and years alone ("Indikator | 2020 | 2021 | 2022") needs this many consecutive years. */
export const MIN_YEAR_RUN = 3;
/** …or this many consecutive years, each merged over its group's columns ("2023" over "T | R | C (%)"). */
export const MIN_YEAR_BANDS = 2;

/** Blank columns a table may keep between its label columns and its figures (a spacer for print, a hidden gap). */
export const MAX_SPACER_COLUMNS = 2;
/**
 * A sheet laid out with a spacer column between every two (PDF converters): at least this many empty columns, each
 * between two filled ones, making up at least this share of the columns the sheet uses (a gap between side-by-side
 * tables is one or two columns of a dozen or more).
 */
export const MIN_SPACERS = 1;
export const SPACED_SHARE = 0.3;

/** A rating scale has a handful of bands in a narrow table. */
export const SCALE_MAX_ROWS = 15;
export const SCALE_MAX_COLUMNS = 5;
/** … and most of its rows are bands. */
export const SCALE_BAND_ROW_SHARE = 0.6;
/** A scale without a header (bands across a row, or lines "≥ 91 : Sangat Tinggi") needs this many bands to be one. */
export const MIN_LOOSE_SCALE_BANDS = 3;

/** A label of a band or a total: short. */
export const MAX_BAND_LABEL_CHARS = 80;
export const MAX_TOTAL_LABEL_CHARS = 32;
/** … except a mean row with nothing else in it that says what it averages ("Rata-rata capaian kinerja seluruh sasaran"). */
export const MAX_MEAN_LABEL_CHARS = 64;

/** Notes are looked for this many rows below a table ("*) …", "Keterangan: …", "Sumber: …"). */
export const NOTE_ROWS_BELOW = 6;

/** A caption is looked for this many rows above a table. */
export const CAPTION_ROWS_ABOVE = 3;

/** A figure column: at least two figures, and figures outnumber words two to one. */
export const FIGURE_COLUMN_MIN_FIGURES = 2;
export const FIGURE_COLUMN_FIGURES_PER_WORD = 2;

/** A realisasi column whose median is at least this is money (rupiah), not a performance figure. */
export const MONEY_MEDIAN = 100000;

/** A column of a kind of spending ("Belanja Modal") with no unit: amounts where its median is above any code part (9999). */
export const MIN_AMOUNT_MEDIAN = 10000;

/** Rows below a header searched for a column of figure signs with no header of its own ("104 | %"). */
export const SIGN_COLUMN_ROWS = 30;

/** Body rows above a would-be header searched for the columns that hold figures (they show within a few rows). */
export const FIGURE_COLUMNS_LOOKBACK = 50;

/**
 * A label a page break cut may end the page in this many lines with no figures (a PDF converter puts each printed line
 * of a cell in a row of its own; a long sub kegiatan name takes two or three): the rows above them tell the figures'
 * columns, and as many lines of its rest may open the next page.
 */
export const WRAPPED_LINES_ABOVE = 3;

/** At the top of a page with no header, a row's label may take this many lines before the line with its figures. */
export const WRAPPED_LINES_AT_PAGE_TOP = 2;

/**
 * A table marks its rows (a level word, a dash or a number on nearly every row with figures) when at most this share
 * of them is unmarked: an unmarked row with figures under a marked line is then that line's rest, not an item.
 */
export const UNMARKED_ROWS_SHARE = 0.1;

/** A column's cells share their number format: this many of its stored numbers tell whether the format scales them. */
export const SCALE_SAMPLE = 200;

/** outlineBySums: how many children a parent's run is searched for (a programme of more lines is no list we read). */
export const MAX_OUTLINE_CHILDREN = 400;

/**
 * outlineBySums: parents whose every money column adds up the outline needs before it is believed: this many, one of
 * them at least of two lines or more (a line equal in every column to the one line below it is a parent too: a
 * programme of one kegiatan of one sub kegiatan).
 */
export const MIN_SURE_PARENTS = 2;

/** outlineBySums: steps of the search per line (and a floor): past them the list is no outline we read by its sums. */
export const OUTLINE_STEPS_PER_LINE = 200;
export const MIN_OUTLINE_STEPS = 20000;

/**
 * outlineBySums: an amount of whole millions. Pagu are often planned so (Rp 250.000.000), and a realisasi of 100 %
 * repeats them, so a sum of such amounts happens among rows that are no parent and children (75 = 50 + 25). A match
 * tells where it holds in an amount that is not round — a realisasi to the thousand, a pagu of Rp 1.358.250.000.
 */
export const ROUND_AMOUNT = 1e6;

/** A label-only line heads the rows below it where this many of them at most add up to the budget line above it. */
export const MAX_HEADED_ROWS = 400;
