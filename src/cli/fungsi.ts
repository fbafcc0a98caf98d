/** `lkjip fungsi <NAMA> <arg>...`: one custom function, result as one line of JSON. */
import { FormulaError, FUNCTIONS } from '../core/formulas';

/** An argument that parses as JSON is that value (68.14, [[91,"Sangat Tinggi"]]); anything else is figure text. */
function parseArg(a: string): unknown {
  try {
    return JSON.parse(a);
  } catch {
    return a;
  }
}

export function runFungsi(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const [name, ...rest] = argv;
  if (!name) {
    err(`lkjip: sebutkan nama fungsi: ${Object.keys(FUNCTIONS).join(', ')}`);
    return 2;
  }
  const fn = FUNCTIONS[name.toUpperCase().replace(/^LKJIP\./, '')];
  if (!fn) {
    err(`lkjip: fungsi "${name}" tidak dikenal; pilih salah satu: ${Object.keys(FUNCTIONS).join(', ')}`);
    return 2;
  }
  try {
    const result = (fn as (...a: unknown[]) => number | string)(...rest.map(parseArg));
    out(JSON.stringify(result));
  } catch (e) {
    if (e instanceof FormulaError) {
      out(JSON.stringify({ error: e.code, pesan: e.pesan }));
    } else {
      out(JSON.stringify({ error: '#VALUE!', pesan: e instanceof Error ? e.message : String(e) }));
    }
  }
  return 0;
}
