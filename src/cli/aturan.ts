/** `lkjip aturan [--format text|json]`: every rule with its severity and its explanation in Bahasa Indonesia. */
import { RULES } from '../core/rules';

export interface RuleDoc {
  id: string;
  severity: string;
  kategori: string;
  penjelasan: string;
}

export function ruleDocs(): RuleDoc[] {
  return RULES.map((r) => ({ id: r.meta.id, severity: r.meta.severity, kategori: r.meta.category, penjelasan: r.meta.penjelasan }));
}

export function runAturan(argv: string[], out: (s: string) => void): number | string {
  let format = 'text';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--format') format = argv[++i] ?? '';
    else if (argv[i].startsWith('--format=')) format = argv[i].slice('--format='.length);
    else return `pilihan tidak dikenal untuk aturan: ${argv[i]}`;
  }
  if (format === 'json') {
    out(JSON.stringify(ruleDocs(), null, 2));
    return 0;
  }
  if (format !== 'text') return `--format harus text atau json, bukan "${format}"`;
  const lines: string[] = ['Aturan pemeriksaan lkjip', ''];
  for (const d of ruleDocs()) {
    lines.push(`${d.id} (${d.severity}, ${d.kategori})`);
    lines.push(`  ${d.penjelasan}`);
    lines.push('');
  }
  out(lines.join('\n'));
  return 0;
}
