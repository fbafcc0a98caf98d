import { runCli } from '../helpers/cli';

function fungsi(...args: string[]): { status: number | null; value: unknown; stderr: string } {
  const r = runCli(['fungsi', ...args]);
  const lines = r.stdout.trim().split('\n');
  return { status: r.status, value: r.stdout.trim() ? JSON.parse(lines[0]) : undefined, stderr: r.stderr };
}

test.each([
  [['CAPAIAN', '580', '653'], 653 / 580],
  [['CAPAIAN', '68.14', '69.16'], 69.16 / 68.14],
  [['CAPAIAN', '"<5%"', '6%', 'negatif'], 0.8],
  [['SERAPAN', 'Rp. 547.279.000', 'Rp. 436.802.132'], 436802132 / 547279000],
  [['EFISIENSI', '112%', '94%'], 0.18],
  [['EFISIENSI', '1.12', '0.94', 'rasio'], 1.12 / 0.94],
  [['ANGKA', 'Rp 4.681.577.821,-'], 4681577821],
  [['ANGKA', '94,6 %'], 0.946],
  [['PREDIKAT', '0.905'], 'Tinggi'],
  [['PREDIKAT', '0.9864', 'memuaskan-5'], 'Sangat Baik'],
  [['PREDIKAT', '1.12', '[[110,"Sangat Berhasil"],[90,"Berhasil"],[60,"Cukup Berhasil"],[0,"Tidak Berhasil"]]'], 'Sangat Berhasil'],
  [['lkjip.capaian', '580', '653'], 653 / 580],
  [['CAPAIAN', '100', '80'], 0.8],
  [['PREDIKAT', '50'], 'Sangat Rendah'],
  [['PREDIKAT', '70'], 'Sedang'],
  [['PREDIKAT', '95'], 'Sangat Tinggi'],
  [['PREDIKAT', '97,62', 'berhasil-4'], 'Berhasil'],
  [['PREDIKAT', '80', '[["Capaian (%)","Predikat"],[91,"Sangat Tinggi"],[null,null],[76,"Tinggi"],[0,"Rendah"]]'], 'Tinggi'],
])('lkjip fungsi %j', (args, expected) => {
  const r = fungsi(...(args as string[]));
  expect(r.status).toBe(0);
  if (typeof expected === 'number') expect(r.value as number).toBeCloseTo(expected, 12);
  else expect(r.value).toBe(expected);
});

test('Excel-error results are JSON objects with an Indonesian message, exit 0', () => {
  const r = fungsi('CAPAIAN', '0', '5');
  expect(r.status).toBe(0);
  expect(r.value).toEqual({ error: '#DIV/0!', pesan: 'target bernilai 0; capaian tidak dapat dihitung' });
  const v = fungsi('ANGKA', '123.476.67,-');
  expect((v.value as { error: string }).error).toBe('#VALUE!');
});

test.each([
  [['CAPAIAN', '1E-320', '1'], '#NUM!'],
  [['CAPAIAN', '1', '1E-320'], '#NUM!'],
  [['SERAPAN', '1e-300', '1e300'], '#NUM!'],
  [['ANGKA', '1e400'], '#NUM!'],
  [['SERAPAN', '0', '5'], '#DIV/0!'],
  [['PREDIKAT', '0.2', '[[91,"Sangat Tinggi"],[60,"Cukup"]]'], '#N/A'],
])('lkjip fungsi %j → %s, never Infinity', (args, code) => {
  const r = fungsi(...(args as string[]));
  expect(r.status).toBe(0);
  expect((r.value as { error: string }).error).toBe(code);
});

test('usage errors exit 2', () => {
  expect(fungsi('ENTAH', '1').status).toBe(2);
  expect(fungsi().status).toBe(2);
});
