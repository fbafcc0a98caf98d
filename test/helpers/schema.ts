import Ajv2020 from 'ajv/dist/2020';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './cli';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'contract', 'periksa.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
export const validatePeriksa = ajv.compile(schema);

export function schemaErrors(doc: unknown): string {
  return validatePeriksa(doc) ? '' : JSON.stringify(validatePeriksa.errors, null, 2);
}
