import { book, findings, sheet } from '../../helpers/snap';

test('angka-tidak-valid: "123.476.67,-" is a galat when the same program stands readable elsewhere', () => {
  const alokasi = sheet('Alokasi', [
    ['Sasaran Strategis', 'Program', 'Anggaran'],
    ['Menurunnya kemiskinan', 'Program Pemberdayaan Sosial', '144.905.214,-'],
    ['Meningkatkan rehabilitasi sosial', 'Perlindungan dan Jaminan Sosial', '123.476.67,-'],
  ]);
  const f = findings(book(alokasi), 'angka-tidak-valid');
  expect(f.map((x) => [x.cell, x.severity])).toEqual([['C3', 'peringatan']]);
  const rencana = sheet('Rencana', [
    ['No', 'Sasaran Strategis', 'Program', 'Anggaran'],
    ['1', 'Menurunnya kemiskinan', 'Perlindungan dan Jaminan Sosial', '123.476.657,-'],
  ]);
  const g = findings(book(alokasi, rencana), 'angka-tidak-valid');
  expect(g.map((x) => [x.cell, x.severity, x.related])).toEqual([['C3', 'galat', ['Rencana!D2']]]);
  expect(g[0].message).toContain('tidak dapat dibaca sebagai angka');
});

test('angka-teks: one peringatan per column of figures typed as text; numbers stored as numbers give none', () => {
  const text = sheet('PK', [
    ['Sasaran Strategis', 'Indikator Kinerja', 'Target'],
    ['Sasaran A', 'Indikator A', '94,6 %'],
    ['Sasaran B', 'Indikator B', '19 Kegiatan'],
    ['Sasaran C', 'Indikator C', '3,1%'],
  ]);
  const f = findings(book(text), 'angka-teks');
  expect(f.map((x) => [x.cell, x.severity])).toEqual([['C2:C4', 'peringatan']]);
  const numbers = sheet('PK', [
    ['Sasaran Strategis', 'Indikator Kinerja', 'Target'],
    ['Sasaran A', 'Indikator A', { v: 0.946, fmt: '0.0%' }],
    ['Sasaran B', 'Indikator B', 19],
  ]);
  expect(findings(book(numbers), 'angka-teks')).toEqual([]);
});
