/**
 * Validates an add-in manifest against Office's own XML schemas (../shared/reference/office-manifest-xsd/, used
 * unchanged) with xmllint, as Office validates a manifest before it installs it.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './cli';

export const XSD_DIR = path.resolve(ROOT, '..', 'shared', 'reference', 'office-manifest-xsd');
export const XSD = path.join(XSD_DIR, 'OfficeAppManifestV1_1.xsd');

export function validateManifest(file: string): { valid: boolean; output: string } {
  if (!fs.existsSync(XSD)) throw new Error(`skema manifest Office tidak ditemukan di ${XSD}`);
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', XSD, file], { encoding: 'utf8' });
  if (r.error) throw new Error(`xmllint tidak dapat dijalankan (${r.error.message}); pasang paket Debian libxml2-utils (.ci/run memasangnya)`);
  return { valid: r.status === 0, output: `${r.stdout}${r.stderr}` };
}
