/**
 * A sheet is checked for well-formed XML while it is read (one pass), and anything unusual goes through the full check
 * first. The two ways must never differ: same cells, same refusal. Compared here on the sample, on the public test
 * files of other libraries (../shared/wild, read in place) and on thousands of damaged or unusual variants of a sheet.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { NODE_INFLATER } from '../../src/cli/container';
import { openPackage } from '../../src/xlsx/container';
import * as xmlCheck from '../../src/xlsx/xml-check';
import { Cell, WorkbookSnapshot } from '../../src/core/snapshot';
import { readSnapshotFromParts } from '../../src/xlsx/xlsx-snapshot';

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'contoh', 'lkjip-gowa-2024.xlsx');
const WILD = path.resolve(ROOT, '..', 'shared', 'wild');

type Outcome = { snapshot: WorkbookSnapshot } | { refused: string };

function outcome(parts: Map<string, Uint8Array>, fused: boolean): Outcome {
  try {
    return { snapshot: readSnapshotFromParts(new Map(parts), { fused }) };
  } catch (e) {
    return { refused: e instanceof Error ? e.message : String(e) };
  }
}

const cellKey = (c: Cell) => JSON.stringify([c.row, c.col, c.formula, c.numFmt, c.bold, c.indent, typeof c.value === 'string' ? undefined : c.value]);

/** The first difference between two outcomes, '' when they are the same (cell by cell: a JSON of a sheet whose
 * shared strings are repeated megabytes would take minutes). */
function difference(a: Outcome, b: Outcome): string {
  if ('refused' in a || 'refused' in b)
    return JSON.stringify(a) === JSON.stringify(b) ? '' : `${'refused' in a ? a.refused : 'read'} / ${'refused' in b ? b.refused : 'read'}`;
  const [x, y] = [a.snapshot.sheets, b.snapshot.sheets];
  if (x.length !== y.length) return 'sheet count';
  for (let i = 0; i < x.length; i++) {
    const { cells: cx, ...restX } = x[i];
    const { cells: cy, ...restY } = y[i];
    if (JSON.stringify(restX) !== JSON.stringify(restY)) return `${x[i].name}: merges, range or hidden rows and columns`;
    if (cx.length !== cy.length) return `${x[i].name}: ${cx.length} / ${cy.length} cells`;
    for (let k = 0; k < cx.length; k++) {
      if (cellKey(cx[k]) !== cellKey(cy[k]) || (typeof cx[k].value === 'string' && cx[k].value !== cy[k].value)) return `${x[i].name}: cell ${k}`;
    }
  }
  return '';
}

function partsOf(file: string): Map<string, Uint8Array> | undefined {
  try {
    return openPackage(new Uint8Array(fs.readFileSync(file)), path.basename(file), NODE_INFLATER);
  } catch {
    return undefined;
  }
}

/** A small deterministic PRNG (mulberry32): the same variants on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = [
  '<',
  '>',
  '"',
  "'",
  '/',
  '</row>',
  '<row r="99">',
  '<row r="98"/>',
  '</c>',
  '<c r="Z9">',
  '<c r="Z8"/>',
  '<v>',
  '</v>',
  '<f>A1</f>',
  '<!-- <c r="Y1"><v>7</v></c> -->',
  '<![CDATA[1<2]]>',
  'x:',
  '\r\n',
  ' a="1"',
  " b='2'",
  '<?pi x?>',
  '&amp;',
  '</sheetData>',
  '<sheetData>',
];

function mutate(xml: string, rnd: () => number): string {
  const at = Math.floor(rnd() * xml.length);
  const r = rnd();
  if (r < 0.3) return xml.slice(0, at) + xml.slice(at + 1 + Math.floor(rnd() * 3));
  if (r < 0.4) {
    const len = Math.floor(rnd() * 40);
    return xml.slice(0, at) + xml.slice(at, at + len) + xml.slice(at);
  }
  return xml.slice(0, at) + INSERTS[Math.floor(rnd() * INSERTS.length)] + xml.slice(at);
}

describe('the fused reading equals the full check then the reading', () => {
  test('the sample workbook, its sheets checked in the reading pass', () => {
    const parts = partsOf(SAMPLE) as Map<string, Uint8Array>;
    // what the separate check is given, each way
    const spy = jest.spyOn(xmlCheck, 'prepareXml');
    const rowsWalked = () => spy.mock.calls.filter(([xml]) => xml.includes('<row')).length;
    const fused = outcome(parts, true);
    const fusedRows = rowsWalked();
    spy.mockClear();
    expect(difference(fused, outcome(parts, false))).toBe('');
    const fullRows = rowsWalked();
    spy.mockRestore();
    expect('snapshot' in fused).toBe(true);
    // the sheets' rows never go through a pass of their own (only the XML around them does)
    expect(fusedRows).toBe(0);
    expect(fullRows).toBeGreaterThan(0);
  });

  const wild = fs.existsSync(WILD) ? fs.readdirSync(WILD).filter((f) => /\.(xlsx|xlsm|xltx)$/i.test(f)) : [];
  (wild.length ? test : test.skip)(`the public test files of other libraries (${wild.length})`, () => {
    let read = 0;
    for (const f of wild) {
      const parts = partsOf(path.join(WILD, f));
      if (!parts) continue;
      const fused = outcome(parts, true);
      expect({ f, difference: difference(fused, outcome(parts, false)) }).toEqual({ f, difference: '' });
      if ('snapshot' in fused) read++;
    }
    expect(read).toBeGreaterThan(150);
  });

  test('3,000 damaged or unusual variants of a sheet: same cells or the same refusal', async () => {
    const parts = partsOf(SAMPLE) as Map<string, Uint8Array>;
    const sheets = [...parts.keys()].filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k));
    expect(sheets.length).toBeGreaterThan(0);
    const rnd = prng(20261130);
    let refused = 0;
    let differentCells = 0;
    const original = outcome(parts, false);
    const sameAsOriginal = (o: Outcome) => difference(o, original) === '';
    for (let i = 0; i < 3000; i++) {
      const name = sheets[i % sheets.length];
      let xml = new TextDecoder().decode(parts.get(name));
      for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) xml = mutate(xml, rnd);
      const variant = new Map(parts);
      variant.set(name, new TextEncoder().encode(xml));
      const fused = outcome(variant, true);
      expect(difference(fused, outcome(variant, false))).toBe('');
      if ('refused' in fused) refused++;
      else if (!sameAsOriginal(fused)) differentCells++;
    }
    // the variants do exercise both outcomes
    expect(refused).toBeGreaterThan(300);
    expect(differentCells).toBeGreaterThan(100);
  });

  test.each([
    ['the last </row> gone', (x: string) => x.slice(0, x.lastIndexOf('</row>')) + x.slice(x.lastIndexOf('</row>') + 6)],
    ['the first </row> gone', (x: string) => x.replace('</row>', '')],
    ['a </c> gone', (x: string) => x.replace('</c>', '')],
    ['a row inside a row', (x: string) => x.replace('</row>', '<row r="500"></row></row>')],
    ['a cell after the rows', (x: string) => x.replace('</sheetData>', '<c r="A999"><v>1</v></c></sheetData>')],
    ['a value left open', (x: string) => x.replace('</v>', '')],
    ['an attribute without quotes', (x: string) => x.replace(/<c r="([A-Z]+\d+)"/, '<c r=$1')],
    ['a ">" inside a value', (x: string) => x.replace(/<c r="([A-Z]+\d+)"/, '<c r="$1" x="a>b"')],
    ['an empty row element', (x: string) => x.replace('</row>', '</row><row r="400"/>')],
    ['a comment between rows', (x: string) => x.replace('</row>', '</row><!-- <row r="401"><c r="A401"><v>5</v></c></row> -->')],
    ['a formula with its value', (x: string) => x.replace(/<v>(\d+)<\/v>/, '<f>SUM(A1:A2)</f><v>$1</v>')],
    ['a shared formula reference', (x: string) => x.replace(/<v>(\d+)<\/v>/, '<f t="shared" si="0"/><v>$1</v>')],
    ['a space before a closing >', (x: string) => x.replace('</row>', '</row >')],
    ['text between cells', (x: string) => x.replace('</c>', '</c> teks ')],
    ['a second sheetData', (x: string) => x.replace('</sheetData>', '</sheetData><sheetData></sheetData>')],
  ])('%s: the same cells or the same refusal', (_, edit) => {
    const parts = partsOf(SAMPLE) as Map<string, Uint8Array>;
    for (const name of [...parts.keys()].filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k))) {
      const variant = new Map(parts);
      variant.set(name, new TextEncoder().encode(edit(new TextDecoder().decode(parts.get(name)))));
      expect({ name, difference: difference(outcome(variant, true), outcome(variant, false)) }).toEqual({ name, difference: '' });
    }
  });

  test('a sheet as other producers write it (prefixes, single quotes) is read by the full path alike', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
    const name = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(name)!.async('string');
    const parts = partsOf(SAMPLE) as Map<string, Uint8Array>;
    const variant = new Map(parts);
    variant.set(
      name,
      new TextEncoder().encode(
        xml
          .replace(/(\s[\w:]+)="([^"]*)"/g, "$1='$2'")
          .replace(/<(\/?)(?!\?)([a-zA-Z]+)([\s>/])/g, '<$1x:$2$3')
          .replace('<x:worksheet', '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'),
      ),
    );
    expect(difference(outcome(variant, true), outcome(parts, true))).toBe('');
  });
});

describe('labels written inline or as text results (streaming writers) read as the same cells as shared strings', () => {
  /**
   * The sample with every shared-string cell written inline (<is>, wrap's body) or, with `str`, as a text result
   * (t="str", <v>), its text escaped as the shared string had it.
   */
  function inlined(parts: Map<string, Uint8Array>, wrap: (text: string, i: number) => string, str = false): Map<string, Uint8Array> {
    const sst = new TextDecoder().decode(parts.get('xl/sharedStrings.xml'));
    const texts = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...m[1].matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''));
    const variant = new Map(parts);
    let i = 0;
    for (const name of [...parts.keys()].filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k))) {
      const xml = new TextDecoder().decode(parts.get(name));
      const out = xml.replace(/<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_m, a, b, n) =>
        str ? `<c ${a}t="str"${b}>${wrap(texts[Number(n)], i++)}</c>` : `<c ${a}t="inlineStr"${b}><is>${wrap(texts[Number(n)], i++)}</is></c>`,
      );
      variant.set(name, new TextEncoder().encode(out));
    }
    return variant;
  }

  test.each([
    ['plain <t>', (s: string) => `<t>${s}</t>`],
    ['<t xml:space="preserve">', (s: string) => `<t xml:space="preserve">${s}</t>`],
    ['every other one a rich run', (s: string, i: number) => (i % 2 ? `<r><t>${s}</t></r>` : `<t>${s}</t>`)],
    ['entities written as numeric references', (s: string) => `<t>${s.replace(/ /g, '&#32;')}</t>`],
  ])('%s', (_, wrap) => {
    const parts = partsOf(SAMPLE) as Map<string, Uint8Array>;
    const shared = outcome(parts, true);
    const variant = inlined(parts, wrap);
    // the variant does hold inline strings, and they read as the shared ones did, by each way of reading
    expect(new TextDecoder().decode(variant.get('xl/worksheets/sheet1.xml'))).toContain('t="inlineStr"');
    const fused = outcome(variant, true);
    expect(difference(fused, shared)).toBe('');
    expect(difference(outcome(variant, false), shared)).toBe('');
  });

  test.each([
    ['plain <v>', (s: string) => `<v>${s}</v>`],
    ['entities written as numeric references', (s: string) => `<v>${s.replace(/ /g, '&#32;')}</v>`],
    ['a formula kept with every other one', (s: string, i: number) => (i % 2 ? `<f>"x"</f><v>${s}</v>` : `<v>${s}</v>`)],
  ])('text results (t="str"): %s', (name, wrap) => {
    const parts = partsOf(SAMPLE) as Map<string, Uint8Array>;
    const variant = inlined(parts, wrap, true);
    expect(new TextDecoder().decode(variant.get('xl/worksheets/sheet1.xml'))).toContain('t="str"');
    const fused = outcome(variant, true);
    expect(difference(fused, outcome(variant, false))).toBe('');
    // the same texts as the shared strings (a kept formula is the only difference)
    if (!name.includes('formula')) expect(difference(fused, outcome(parts, true))).toBe('');
    else expect(difference(fused, outcome(parts, true))).toMatch(/cell/);
  });

  test('a text with markup in it, an empty one and a damaged one: as the full reading reads them', () => {
    const parts = partsOf(SAMPLE) as Map<string, Uint8Array>;
    for (const wrap of [
      (s: string, i: number) => (i % 3 ? `<v>${s}</v>` : `<v>${s}<b/></v>`),
      (s: string, i: number) => (i % 3 ? `<v>${s}</v>` : '<v></v>'),
      (s: string, i: number) => (i % 3 ? `<v>${s}</v>` : `<v>${s}&bogus;</v>`),
    ]) {
      const variant = inlined(parts, wrap, true);
      expect(difference(outcome(variant, true), outcome(variant, false))).toBe('');
    }
    for (const wrap of [
      (s: string, i: number) => (i % 3 ? `<t>${s}</t>` : `<t>${s}<b/></t>`),
      (s: string, i: number) => (i % 3 ? `<t>${s}</t>` : '<t/>'),
      (s: string, i: number) => (i % 3 ? `<t>${s}</t>` : `<t>${s}</is>`),
      (s: string, i: number) => (i % 3 ? `<t>${s}</t>` : `<t>${s}&bogus;</t>`),
    ]) {
      const variant = inlined(parts, wrap);
      expect(difference(outcome(variant, true), outcome(variant, false))).toBe('');
    }
  });
});

describe('numbers as writers write them read as the same doubles Number reads', () => {
  /** Number texts of every shape: whole, decimal, signed, long, tiny, with an exponent, with leading zeros. */
  function numberTexts(count: number): string[] {
    const rnd = prng(20261205);
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
    const fixed = [
      '0',
      '-0',
      '0.0',
      '-0.0',
      '5.',
      '.5',
      '-.5',
      '007',
      '1e5',
      '1E-7',
      '+3',
      '9007199254740991',
      '9007199254740992',
      '9007199254740993',
      '12345678901234567890',
      '0.1',
      '0.2',
      '0.30000000000000004',
      '123456789012345.6',
      '1.7976931348623157e308',
      '5e-324',
      '0.' + '0'.repeat(21) + '1',
      '0.' + '0'.repeat(22) + '1',
      '4.35',
      '1.005',
      '0.8140705184178461',
      '17370636722',
      '-162355000',
    ];
    const out = [...fixed];
    while (out.length < count) {
      const whole = digits(1 + Math.floor(rnd() * 12)).replace(/^0+(?=\d)/, '');
      const decimals = Math.floor(rnd() * 20);
      const sign = rnd() < 0.2 ? '-' : '';
      out.push(decimals ? `${sign}${whole}.${digits(decimals)}` : `${sign}${whole}`);
    }
    return out;
  }

  test.each([true, false])('fused %s: every value is Number(text), bit for bit', (fused) => {
    const parts = partsOf(SAMPLE) as Map<string, Uint8Array>;
    const texts = numberTexts(5000);
    const name = 'xl/worksheets/sheet1.xml';
    const xml = new TextDecoder().decode(parts.get(name));
    const rows = texts.map((t, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${t}</v></c><c r="B${i + 1}" t="n"><v>${t}</v></c></row>`).join('');
    const variant = new Map(parts);
    variant.set(name, new TextEncoder().encode(xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${rows}</sheetData>`)));
    const result = outcome(variant, fused);
    if (!('snapshot' in result)) throw new Error(result.refused);
    const cells = result.snapshot.sheets[0].cells;
    expect(cells.length).toBe(texts.length * 2);
    const wrong = cells.filter((c) => !Object.is(c.value, Number(texts[c.row - 1]))).map((c) => `${texts[c.row - 1]} → ${String(c.value)}`);
    expect(wrong).toEqual([]);
  });
});
