import { outlineBySums, SumLine, topAddsUpTo } from '../../../src/core/recognise/outline-by-sums';

/** A line of money (pagu, realisasi), or a heading with no figures (null). */
const line = (amounts: [number, number] | null): SumLine => ({ amounts: amounts ?? [undefined, undefined] });

describe('outlineBySums: the levels of a budget list nothing marks, read from its sums', () => {
  test.each<[string, Array<[number, number] | null>, number[] | undefined]>([
    [
      'programme › kegiatan › sub kegiatan, every line with figures',
      [
        [730e6, 655.4e6],
        [730e6, 655.4e6],
        [310e6, 280.1e6],
        [420e6, 375.3e6],
        [1145.5e6, 1020.65e6],
        [645.5e6, 570.25e6],
        [400e6, 361e6],
        [245.5e6, 209.25e6],
        [500e6, 450.4e6],
        [500e6, 450.4e6],
      ],
      [0, 1, 2, 2, 0, 1, 2, 2, 1, 2],
    ],
    [
      'kegiatan written as headings with no figures between a programme and its sub kegiatan',
      [
        [1250e6, 1130.5e6],
        null,
        [900e6, 845e6],
        [350e6, 285.5e6],
        [2480.75e6, 2101.3375e6],
        null,
        [1200e6, 1050e6],
        [680.75e6, 566.3375e6],
        null,
        [600e6, 485e6],
      ],
      [0, 1, 2, 2, 0, 1, 2, 2, 1, 2],
    ],
    [
      'a kegiatan whose pagu is typed wrong still heads its sub kegiatan: its realisasi adds up',
      [
        [1145.5e6, 1020.65e6],
        [654.5e6, 570.25e6],
        [400e6, 361e6],
        [245.5e6, 209.25e6],
        [500e6, 450.4e6],
        [500e6, 450.4e6],
        [730e6, 655.4e6],
        [310e6, 280.1e6],
        [420e6, 375.3e6],
      ],
      [0, 1, 2, 2, 1, 2, 0, 1, 1],
    ],
    [
      // (75 = 50 + 25 in the pagu alone: no parent where the realisasi do not add up too)
      'a flat list of round pagu, one the sum of the next two by chance',
      [
        [75e6, 71.2e6],
        [50e6, 46.5e6],
        [25e6, 24.1e6],
        [120e6, 98.75e6],
        [60e6, 57.3e6],
        [60e6, 59.9e6],
      ],
      undefined,
    ],
    [
      'one parent adding up is no outline yet',
      [
        [730e6, 655.4e6],
        [310e6, 280.1e6],
        [420e6, 375.3e6],
        [145e6, 120e6],
        [95e6, 90e6],
      ],
      undefined,
    ],
  ])('%s', (_name, lines, depths) => {
    expect(outlineBySums(lines.map(line), 2)).toEqual(depths);
  });

  test('two sub kegiatan of the same pagu are siblings, not parent and child, where their realisasi differ', () => {
    const depths = outlineBySums(
      [
        [200e6, 181.25e6],
        [100e6, 90.5e6],
        [100e6, 90.75e6],
        [330e6, 300.4e6],
        [130e6, 120.15e6],
        [200e6, 180.25e6],
      ].map((a) => line(a as [number, number])),
      2,
    );
    expect(depths).toEqual([0, 1, 1, 0, 1, 1]);
  });

  test('sums of round amounts alone tell no outline (a realisasi of 100 % repeats its round pagu)', () => {
    // (every parent here adds up, but only in whole millions: 600 = 200 + 400 happens among siblings as often)
    const round = [
      [1000e6, 900e6],
      [600e6, 540e6],
      [200e6, 180e6],
      [400e6, 360e6],
      [400e6, 360e6],
      [700e6, 650e6],
      [300e6, 280e6],
      [400e6, 370e6],
    ].map((a) => line(a as [number, number]));
    expect(outlineBySums(round, 2)).toBeUndefined();
  });

  test('the top of an outline and the TOTAL: the programmes add up to it, one column typed wrong at most', () => {
    const lines = [
      [730e6, 655.4e6],
      [310e6, 280.1e6],
      [420e6, 375.3e6],
      [645.5e6, 570.25e6],
      [400e6, 361e6],
      [245.5e6, 209.25e6],
    ].map((a) => line(a as [number, number]));
    const depths = outlineBySums(lines, 2) as number[];
    expect(depths).toEqual([0, 1, 1, 0, 1, 1]);
    expect(topAddsUpTo(lines, depths, line([1375.5e6, 1225.65e6]), 2)).toBe(true);
    expect(topAddsUpTo(lines, depths, line([1357.5e6, 1225.65e6]), 2)).toBe(true);
    // (the TOTAL of every row: a flat list's, not this outline's)
    expect(topAddsUpTo(lines, depths, line([2751e6, 2451.3e6]), 2)).toBe(false);
  });
});
