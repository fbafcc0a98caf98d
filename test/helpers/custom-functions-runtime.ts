/**
 * A test double of Excel's custom-functions runtime built from the real declarations: the ErrorCode values are read
 * from @types/custom-functions-runtime (not typed in by us), so a wrong code in our wrappers fails here as it would
 * in Excel.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './cli';

/** `enum ErrorCode { invalidValue = "#VALUE!", … }` as declared for the runtime. */
export function realErrorCodes(): Record<string, string> {
  const dts = fs.readFileSync(path.join(ROOT, 'node_modules', '@types', 'custom-functions-runtime', 'index.d.ts'), 'utf8');
  const body = /enum ErrorCode\s*\{([\s\S]*?)\n\s*\}/.exec(dts);
  if (!body) throw new Error('enum ErrorCode tidak ditemukan di @types/custom-functions-runtime');
  const codes: Record<string, string> = {};
  for (const m of body[1].replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(\w+)\s*=\s*"([^"]+)"/g)) codes[m[1]] = m[2];
  return codes;
}

export class RuntimeError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    if (!Object.values(realErrorCodes()).includes(code)) throw new TypeError(`CustomFunctions.Error: kode "${code}" bukan CustomFunctions.ErrorCode`);
  }
}

export interface FakeRuntime {
  CustomFunctions: { associate: (id: string, fn: (...a: unknown[]) => unknown) => void; Error: typeof RuntimeError; ErrorCode: Record<string, string> };
  associated: Map<string, (...a: unknown[]) => unknown>;
}

export function fakeCustomFunctionsRuntime(): FakeRuntime {
  const associated = new Map<string, (...a: unknown[]) => unknown>();
  return {
    associated,
    CustomFunctions: {
      associate: (id, fn) => {
        if (associated.has(id.toUpperCase())) throw new Error(`fungsi ${id} didaftarkan dua kali`);
        associated.set(id.toUpperCase(), fn);
      },
      Error: RuntimeError,
      ErrorCode: realErrorCodes(),
    },
  };
}

/** Calls fn and returns the CustomFunctions.Error it throws. */
export function thrown(fn: () => unknown): RuntimeError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuntimeError) return e;
    throw new Error(`bukan CustomFunctions.Error: ${String(e)}`);
  }
  throw new Error('tidak ada galat yang dilempar');
}
