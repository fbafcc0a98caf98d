/** Which indicators should fall, from their words (PermenPANRB 53/2014: their capaian is computed the other way round). */
import { isLowerBetterText, norm } from '../../src/core/vocabulary';

test.each([
  ['Angka Kematian Ibu (AKI)', true],
  ['Prevalensi stunting pada balita', true],
  ['Jumlah kasus DBD', true],
  ['Waktu tanggap kejadian kebakaran', true],
  ['Luas genangan banjir', true],
  ['Persentase penduduk buta aksara', true],
  ['Jumlah temuan BPK yang berulang', true],
  ['Tingkat Pengangguran Terbuka (semakin rendah semakin baik)', true],
  ['Indeks Gini', true],
  ['Waktu tanggap penanganan gangguan lalu lintas', true],
  ['Waktu penyelesaian dokumen kependudukan', true],
  ['Persentase kasus kekerasan terhadap anak yang tertangani', false],
  ['Penurunan angka kemiskinan', false],
  ['Cakupan penanganan kasus gizi buruk', false],
  ['Persentase desa bebas stunting', false],
  ['Persentase temuan BPK yang ditindaklanjuti', false],
  ['Persentase korban penyalahgunaan narkoba yang direhabilitasi', false],
  ['Persentase balita gizi kurang yang dilayani', false],
  ['Indeks Kepuasan Masyarakat', false],
  ['Persentase jalan dalam kondisi mantap', false],
])('%s → lower is better: %s', (text, expected) => {
  expect(isLowerBetterText(norm(text))).toBe(expected);
});
