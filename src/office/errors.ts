/**
 * Office errors in the user's words. Excel's JavaScript API rejects a request with an OfficeExtension.Error whose
 * `code` names the cause ("Error codes", Excel JavaScript API reference); the raw English text never reaches users.
 */

const BY_CODE: Record<string, string> = {
  InvalidOperationInCellEditMode: 'Excel sedang dalam mode mengedit sel. Selesaikan dulu pengeditan sel — tekan Enter atau Esc — lalu coba lagi.',
  AccessDenied: 'Excel menolak perubahan ini: sheet atau buku kerja dilindungi. Buka proteksinya (Tinjau → Buka Proteksi Sheet), lalu coba lagi.',
  InsertDeleteConflict: 'Sebagian sel sedang dipakai fitur lain (misalnya tabel atau sel gabungan). Coba lagi setelah selesai mengubah sheet.',
  ItemNotFound: 'Sheet atau sel yang dituju sudah tidak ada (mungkin diganti nama atau dihapus). Periksa ulang buku kerja.',
  InvalidReference: 'Alamat sel tidak dikenali Excel. Periksa ulang buku kerja, lalu coba lagi.',
  ServiceNotAvailable: 'Excel sedang sibuk atau layanannya tidak tersedia. Tunggu sebentar, lalu coba lagi.',
  ActivityLimitReached: 'Excel sedang sibuk melayani banyak permintaan. Tunggu sebentar, lalu coba lagi.',
  RequestAborted: 'Permintaan ke Excel terputus. Tunggu sebentar, lalu coba lagi.',
  Conflict: 'Buku kerja sedang diubah oleh orang lain atau proses lain. Tunggu sebentar, lalu coba lagi.',
  RequestPayloadSizeLimitExceeded:
    'Bagian buku kerja yang dibaca terlalu besar untuk satu permintaan Excel. Coba lagi; bila berulang, periksa berkasnya dengan perintah lkjip.',
  ResponsePayloadSizeLimitExceeded:
    'Bagian buku kerja yang dibaca terlalu besar untuk satu permintaan Excel. Coba lagi; bila berulang, periksa berkasnya dengan perintah lkjip.',
  UnsupportedOperation: 'Excel ini belum mendukung langkah ini. Gunakan Excel untuk Microsoft 365, Excel 2021 atau lebih baru, atau Excel di web.',
  ApiNotFound: 'Excel ini belum mendukung langkah ini. Gunakan Excel untuk Microsoft 365, Excel 2021 atau lebih baru, atau Excel di web.',
  InvalidOperation: 'Excel menolak langkah ini pada keadaan buku kerja sekarang (misalnya sheet tersembunyi atau sel terkunci).',
  GeneralException: 'Excel mengalami kesalahan umum saat memproses permintaan. Simpan pekerjaan Anda, lalu coba lagi.',
};

/** One Indonesian sentence for an error from Office.js (or anything thrown while talking to Excel). */
export function officeErrorMessage(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  if (code && BY_CODE[code]) return BY_CODE[code];
  const text = e instanceof Error ? e.message : String(e);
  if (/network|connection|offline|failed to fetch/i.test(text)) return 'Koneksi ke Excel terputus. Periksa jaringan, lalu coba lagi.';
  if (/cell-edit|edit mode/i.test(text)) return BY_CODE.InvalidOperationInCellEditMode;
  if (/protect/i.test(text)) return BY_CODE.AccessDenied;
  return 'Terjadi kesalahan saat berbicara dengan Excel. Simpan pekerjaan Anda, tutup dan buka lagi panel ini, lalu coba lagi.';
}
