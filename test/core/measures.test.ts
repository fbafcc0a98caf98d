import { Figure, parseFigure } from '../../src/core/figures';
import { ratioCheck } from '../../src/core/measures';

const fig = (v: number, numFmt?: string): Figure => {
  const f = parseFigure(v, numFmt);
  if (f.kind !== 'figure') throw new Error(`no figure: ${v}`);
  return f;
};

/** A stored percentage as Excel shows it: to 15 significant digits first, then to the format's digits. */
function shownAsExcel(v: number, decimals: number): number {
  const k = Math.pow(10, decimals);
  return Math.round(Number((v * 100 * k).toPrecision(15))) / k;
}

describe('ratioCheck reads a stored percentage as Excel shows it', () => {
  it('a fraction a hair below a half under its format is shown rounded up (1,035 × 100 = 103,49999999999999)', () => {
    // 1,035 under "0%" shows 104 %; realisasi ÷ target = 103,5 % shows 104 % too
    expect(ratioCheck(fig(1.035, '0%'), fig(1035), fig(1000)).ok).toBe(true);
    // 0,0035 under "0.0%" shows 0,4 % (0,35 % rounded half up), as 35 ÷ 10 000 does
    expect(ratioCheck(fig(0.0035, '0.0%'), fig(35), fig(10000)).ok).toBe(true);
  });

  it('a fraction far from a half is right where it shows the computed figure, wrong where it is off by more than a unit', () => {
    // 56 937 352 ÷ 77 000 000 = 73,94 %: stored 0,7394461 under "0.00%" shows 73,94 %
    expect(ratioCheck(fig(0.7394461, '0.00%'), fig(56937352), fig(77000000)).ok).toBe(true);
    // stored 0,6394461 shows 63,94 %, ten points off
    expect(ratioCheck(fig(0.6394461, '0.00%'), fig(56937352), fig(77000000)).ok).toBe(false);
  });

  it('agrees with Excel’s reading on stored fractions at and around every half of their last shown digit', () => {
    let seed = 20261206;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let checked = 0;
    for (const decimals of [0, 1, 2]) {
      const fmt = decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%`;
      const k = Math.pow(10, decimals);
      for (let i = 0; i < 400; i++) {
        // a half of the last shown digit, typed as a fraction (so stored a hair above or below it), or a value near it
        const half = (Math.floor(rand() * 150 * k) + 0.5) / k;
        const v = i % 2 === 0 ? half / 100 : (half + (rand() - 0.5) * 2e-3) / 100;
        const shown = shownAsExcel(v, decimals);
        // a base and a part whose quotient is exactly what the cell shows, and one a whole unit off it
        const base = 1000 * k;
        const right = ratioCheck(fig(v, fmt), fig(Math.round((shown * base) / 100)), fig(base));
        const wrong = ratioCheck(fig(v, fmt), fig(Math.round(((shown + 2 / k) * base) / 100)), fig(base));
        expect(right.ok).toBe(true);
        expect(wrong.ok).toBe(false);
        checked++;
      }
    }
    expect(checked).toBe(1200);
  });
});
