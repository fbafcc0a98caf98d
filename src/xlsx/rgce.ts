/**
 * A parsed formula (Rgce: tokens in reverse Polish order, [MS-XLS] 2.5.198 and [MS-XLSB] 2.5.98) back into the text
 * Excel shows ("SUM(C4:C9)", "D5/C5*100", "AVERAGE(E4:E8)"), for the binary readers: the .xls (BIFF8) and the .xlsb
 * (BIFF12) keep formulas only so. The engine reads a formula to learn what a total row computes (a SUM, an AVERAGE, a
 * SUBTOTAL, a MAX …) and which cell a cell copies. A token this cannot render (a defined name, an array constant, an
 * add-in or future function, a data table) gives no text: the caller keeps "a formula" without it, never a guess.
 */

import { columnLetters, quoteSheetName } from '../core/address';
import { ERROR_NAMES } from './binary';

export type Flavour = 'biff8' | 'biff12';

/** What a binary reader keeps for a formula it cannot render: that the cell is one. */
export const FORMULA_WITHOUT_TEXT = '(rumus)';

export interface RgceContext {
  flavour: Flavour;
  /** The formula cell's place (0-based), for the relative references of a shared formula. */
  row: number;
  col: number;
  /** A 3-D reference's sheet, by its XTI index: the sheet's name, undefined when not one of this book's sheets. */
  sheetOf?: (ixti: number) => string | undefined;
}

/** What a formula is when it is a shared (or array) formula's reference: its anchor's row, and column in BIFF8. */
export interface SharedRef {
  shared: true;
  row: number;
  col?: number;
}

class Unreadable extends Error {}

/**
 * Excel's built-in functions by their index ([MS-XLS] 2.5.198.17 Ftab, [MS-XLSB] 2.5.97.10), "index:NAME", with "/n"
 * for those that take a fixed number of arguments (PtgFunc gives none); the others are called through PtgFuncVar,
 * which gives it.
 */
const FUNCTION_TABLE =
  '0:COUNT 1:IF 2:ISNA/1 3:ISERROR/1 4:SUM 5:AVERAGE 6:MIN 7:MAX 8:ROW/1 9:COLUMN/1 10:NA/0 11:NPV 12:STDEV ' +
  '13:DOLLAR 14:FIXED 15:SIN/1 16:COS/1 17:TAN/1 18:ATAN/1 19:PI/0 20:SQRT/1 21:EXP/1 22:LN/1 23:LOG10/1 ' +
  '24:ABS/1 25:INT/1 26:SIGN/1 27:ROUND/2 28:LOOKUP 29:INDEX 30:REPT/2 31:MID/3 32:LEN/1 33:VALUE/1 ' +
  '34:TRUE/0 35:FALSE/0 36:AND 37:OR 38:NOT/1 39:MOD/2 40:DCOUNT/3 41:DSUM/3 42:DAVERAGE/3 43:DMIN/3 44:DMAX/3 ' +
  '45:DSTDEV/3 46:VAR 47:DVAR/3 48:TEXT/2 49:LINEST 50:TREND 51:LOGEST 52:GROWTH 56:PV 57:FV 58:NPER 59:PMT ' +
  '60:RATE 61:MIRR 62:IRR 63:RAND/0 64:MATCH 65:DATE/3 66:TIME/3 67:DAY/1 68:MONTH/1 69:YEAR/1 70:WEEKDAY ' +
  '71:HOUR/1 72:MINUTE/1 73:SECOND/1 74:NOW/0 75:AREAS/1 76:ROWS/1 77:COLUMNS/1 78:OFFSET 82:SEARCH ' +
  '83:TRANSPOSE/1 86:TYPE/1 97:ATAN2/2 98:ASIN/1 99:ACOS/1 100:CHOOSE 101:HLOOKUP 102:VLOOKUP 105:ISREF/1 ' +
  '109:LOG 111:CHAR/1 112:LOWER/1 113:UPPER/1 114:PROPER/1 115:LEFT 116:RIGHT 117:EXACT/2 118:TRIM/1 ' +
  '119:REPLACE/4 120:SUBSTITUTE 121:CODE/1 124:FIND 125:CELL 126:ISERR/1 127:ISTEXT/1 128:ISNUMBER/1 ' +
  '129:ISBLANK/1 130:T/1 131:N/1 140:DATEVALUE/1 141:TIMEVALUE/1 142:SLN/3 143:SYD/4 144:DDB 148:INDIRECT ' +
  '162:CLEAN/1 163:MDETERM/1 164:MINVERSE/1 165:MMULT/2 167:IPMT 168:PPMT 169:COUNTA 183:PRODUCT 184:FACT/1 ' +
  '189:DPRODUCT/3 190:ISNONTEXT/1 193:STDEVP 194:VARP 195:DSTDEVP/3 196:DVARP/3 197:TRUNC 198:ISLOGICAL/1 ' +
  '199:DCOUNTA/3 212:ROUNDUP/2 213:ROUNDDOWN/2 216:RANK 219:ADDRESS 220:DAYS360 221:TODAY/0 222:VDB ' +
  '227:MEDIAN 228:SUMPRODUCT 229:SINH/1 230:COSH/1 231:TANH/1 232:ASINH/1 233:ACOSH/1 234:ATANH/1 235:DGET/3 ' +
  '244:INFO 247:DB 252:FREQUENCY/2 261:ERROR.TYPE/1 269:AVEDEV 270:BETADIST 271:GAMMALN/1 272:BETAINV ' +
  '273:BINOMDIST/4 274:CHIDIST/2 275:CHIINV/2 276:COMBIN/2 277:CONFIDENCE/3 278:CRITBINOM/3 279:EVEN/1 ' +
  '280:EXPONDIST/3 281:FDIST/3 282:FINV/3 283:FISHER/1 284:FISHERINV/1 285:FLOOR/2 286:GAMMADIST/4 ' +
  '287:GAMMAINV/3 288:CEILING/2 289:HYPGEOMDIST/4 290:LOGNORMDIST/3 291:LOGINV/3 292:NEGBINOMDIST/3 ' +
  '293:NORMDIST/4 294:NORMSDIST/1 295:NORMINV/3 296:NORMSINV/1 297:STANDARDIZE/3 298:ODD/1 299:PERMUT/2 ' +
  '300:POISSON/3 301:TDIST/3 302:WEIBULL/4 303:SUMXMY2/2 304:SUMX2MY2/2 305:SUMX2PY2/2 306:CHITEST/2 ' +
  '307:CORREL/2 308:COVAR/2 309:FORECAST/3 310:FTEST/2 311:INTERCEPT/2 312:PEARSON/2 313:RSQ/2 314:STEYX/2 ' +
  '315:SLOPE/2 316:TTEST/4 317:PROB 318:DEVSQ 319:GEOMEAN 320:HARMEAN 321:SUMSQ 322:KURT 323:SKEW 324:ZTEST ' +
  '325:LARGE/2 326:SMALL/2 327:QUARTILE/2 328:PERCENTILE/2 329:PERCENTRANK 330:MODE 331:TRIMMEAN/2 ' +
  '332:TINV/2 336:CONCATENATE 337:POWER/2 342:RADIANS/1 343:DEGREES/1 344:SUBTOTAL 345:SUMIF 346:COUNTIF/2 ' +
  '347:COUNTBLANK/1 350:ISPMT/4 351:DATEDIF/3 354:ROMAN 358:GETPIVOTDATA 359:HYPERLINK 361:AVERAGEA ' +
  '362:MAXA 363:MINA 364:STDEVPA 365:VARPA 366:STDEVA 367:VARA 480:IFERROR/2 481:COUNTIFS 482:SUMIFS ' +
  '483:AVERAGEIF 484:AVERAGEIFS';

const FUNCTIONS = new Map<number, [string, number | undefined]>(
  FUNCTION_TABLE.split(' ').map((e) => {
    const [at, name, n] = /^(\d+):([A-Z0-9.]+)(?:\/(\d))?$/.exec(e)!.slice(1);
    return [Number(at), [name, n === undefined ? undefined : Number(n)]];
  }),
);

/** The bytes a deleted reference's token holds after its number (BIFF8, BIFF12), by the token's low five bits. */
const REF_ERROR_BYTES: Record<number, [number, number]> = { 0x0a: [4, 6], 0x0b: [8, 12], 0x1c: [6, 8], 0x1d: [10, 14] };

/** The operators of tokens 0x03–0x11, in order. */
const BINARY = ['+', '-', '*', '/', '^', '&', '<', '<=', '=', '>=', '>', '<>', ' ', ',', ':'];

/**
 * The formula text of the tokens at d[start, end) (without its "="), a SharedRef where the formula is a shared
 * formula's (PtgExp), or undefined where a token cannot be rendered or the tokens are damaged.
 */
export function formulaText(d: Uint8Array, start: number, end: number, ctx: RgceContext): string | SharedRef | undefined {
  try {
    return render(d, start, Math.min(end, d.length), ctx);
  } catch (e) {
    if (e instanceof Unreadable || e instanceof RangeError) return undefined;
    throw e;
  }
}

function render(d: Uint8Array, start: number, end: number, ctx: RgceContext): string | SharedRef {
  const wide = ctx.flavour === 'biff12';
  const dv = new DataView(d.buffer, d.byteOffset, d.byteLength);
  let p = start;
  const take = (n: number) => {
    if (p + n > end) throw new Unreadable('cut short');
    const at = p;
    p += n;
    return at;
  };
  const u8 = () => d[take(1)];
  const u16 = () => dv.getUint16(take(2), true);
  const i16 = () => dv.getInt16(take(2), true);
  const u32 = () => dv.getUint32(take(4), true);
  const i32 = () => dv.getInt32(take(4), true);
  const rowField = () => (wide ? u32() : u16());
  const stack: string[] = [];
  const pop = () => {
    const v = stack.pop();
    if (v === undefined) throw new Unreadable('stack');
    return v;
  };
  // a reference's column word: the column (8 bits in BIFF8, 14 in BIFF12) and its relative flags (bits 14 and 15)
  const colOf = (w: number) => (wide ? w & 0x3fff : w & 0xff);
  const ref = (row: number, w: number) => `${w & 0x4000 ? '' : '$'}${columnLetters(colOf(w) + 1)}${w & 0x8000 ? '' : '$'}${row + 1}`;
  // PtgRefN / PtgAreaN (a shared formula's): a relative row or column is an offset from the formula cell
  const refN = (row: number, w: number) => {
    let r = row;
    let c = colOf(w);
    if (w & 0x8000) r = ctx.row + (wide ? row | 0 : (row << 16) >> 16);
    if (w & 0x4000) c = ctx.col + (wide ? (c << 18) >> 18 : (c << 24) >> 24);
    if (r < 0 || c < 0) throw new Unreadable('offset before the sheet');
    return `${w & 0x4000 ? '' : '$'}${columnLetters(c + 1)}${w & 0x8000 ? '' : '$'}${r + 1}`;
  };
  // a shared formula's row: an offset, signed (PtgRefN / PtgAreaN)
  const offsetRow = () => (wide ? i32() : i16());
  // a reference's fields in the order the tokens write them: a cell's row then column; an area's two rows, two columns
  const cell = (at: (row: number, w: number) => string, row: () => number) => {
    const r = row();
    return at(r, u16());
  };
  const area = (at: (row: number, w: number) => string, row: () => number) => {
    const r1 = row();
    const r2 = row();
    const c1 = u16();
    const c2 = u16();
    return `${at(r1, c1)}:${at(r2, c2)}`;
  };
  const sheet = (ixti: number) => {
    const name = ctx.sheetOf?.(ixti);
    if (name === undefined) throw new Unreadable('3-D reference');
    return `${quoteSheetName(name)}!`;
  };
  while (p < end) {
    const ptg = u8();
    if (ptg === 0x01) {
      // PtgExp: the formula is a shared or array formula's, anchored at this row (and column, in BIFF8)
      if (p !== start + 1) throw new Unreadable('PtgExp inside');
      return wide ? { shared: true, row: u32() } : { shared: true, row: u16(), col: u16() };
    }
    if (ptg >= 0x03 && ptg <= 0x11) {
      const b = pop();
      const a = pop();
      stack.push(`${a}${BINARY[ptg - 0x03]}${b}`);
      continue;
    }
    switch (ptg) {
      case 0x12:
        stack.push(`+${pop()}`);
        continue;
      case 0x13:
        stack.push(`-${pop()}`);
        continue;
      case 0x14:
        stack.push(`${pop()}%`);
        continue;
      case 0x15:
        stack.push(`(${pop()})`);
        continue;
      case 0x16:
        stack.push('');
        continue;
      case 0x17: {
        // PtgStr: BIFF12 a count of UTF-16 units; BIFF8 a count, a flags byte (bit 0: two bytes a character)
        let text = '';
        if (wide) {
          const n = u16();
          for (let i = 0; i < n; i++) text += String.fromCharCode(u16());
        } else {
          const n = u8();
          const twoBytes = (u8() & 1) === 1;
          for (let i = 0; i < n; i++) text += String.fromCharCode(twoBytes ? u16() : u8());
        }
        stack.push(`"${text.replace(/"/g, '""')}"`);
        continue;
      }
      case 0x19: {
        // PtgAttr: a SUM of one argument renders; the others (space, if, goto, choose's jumps, semi) say nothing
        const kind = u8();
        const data = u16();
        if (kind & 0x04) take((data + 1) * 2);
        if (kind & 0x10) stack.push(`SUM(${pop()})`);
        continue;
      }
      case 0x1c:
        stack.push(ERROR_NAMES[u8()] ?? '#N/A');
        continue;
      case 0x1d:
        stack.push(u8() ? 'TRUE' : 'FALSE');
        continue;
      case 0x1e:
        stack.push(String(u16()));
        continue;
      case 0x1f:
        stack.push(numberText(dv.getFloat64(take(8), true)));
        continue;
    }
    if (ptg < 0x20 || ptg > 0x7f) throw new Unreadable(`token ${ptg}`);
    // the operand and function tokens, whichever class (reference, value, array) they are written in
    switch ((ptg & 0x1f) | 0x20) {
      case 0x21: {
        const fn = FUNCTIONS.get(u16());
        if (!fn || fn[1] === undefined) throw new Unreadable('function');
        call(stack, pop, fn[0], fn[1]);
        break;
      }
      case 0x22: {
        const n = u8();
        const tab = u16();
        const fn = tab & 0x8000 ? undefined : FUNCTIONS.get(tab);
        if (!fn) throw new Unreadable('function');
        call(stack, pop, fn[0], n);
        break;
      }
      case 0x24:
        stack.push(cell(ref, rowField));
        break;
      case 0x25:
        stack.push(area(ref, rowField));
        break;
      case 0x26:
      case 0x27:
      case 0x28:
        // PtgMemArea / MemErr / MemNoMem: a cached area; the tokens that follow compute it
        take(6);
        break;
      case 0x29:
        // PtgMemFunc: likewise, with only the count
        take(2);
        break;
      case 0x2c:
        stack.push(cell(refN, offsetRow));
        break;
      case 0x2d:
        stack.push(area(refN, offsetRow));
        break;
      case 0x3a: {
        const prefix = sheet(u16());
        stack.push(prefix + cell(ref, rowField));
        break;
      }
      case 0x3b: {
        const prefix = sheet(u16());
        stack.push(prefix + area(ref, rowField));
        break;
      }
      case 0x2a:
      case 0x2b:
      case 0x3c:
      case 0x3d:
        // PtgRefErr, PtgAreaErr and their 3-D forms: a reference whose cells were deleted
        take(REF_ERROR_BYTES[ptg & 0x1f][wide ? 1 : 0]);
        stack.push('#REF!');
        break;
      default:
        // an array constant, a defined name, an external name, a data table …
        throw new Unreadable(`token ${ptg}`);
    }
  }
  if (stack.length !== 1) throw new Unreadable('stack');
  return stack[0];
}

function call(stack: string[], pop: () => string, name: string, n: number): void {
  const args: string[] = [];
  for (let i = 0; i < n; i++) args.unshift(pop());
  stack.push(`${name}(${args.join(',')})`);
}

/** A number constant as Excel writes it: "0.5", "1E+20". */
function numberText(x: number): string {
  if (!Number.isFinite(x)) throw new Unreadable('number');
  return String(x).toUpperCase();
}
