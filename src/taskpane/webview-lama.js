/*
 * ES5 on purpose: this runs before the task pane bundle, in whatever webview Excel gives the add-in. Excel 2016/2019
 * and some old Windows builds use Internet Explorer 11 (Trident) or Edge Legacy (EdgeHTML), which cannot run the
 * bundle; without this the pane would stay blank. Here it shows one sentence in Bahasa Indonesia instead.
 * Keep it ES5 (var, function, no arrows, no template strings): a test parses it as ECMAScript 5.
 */
(function () {
  var ua = (window.navigator && window.navigator.userAgent) || '';
  // Trident is IE11's engine; EdgeHTML says "Edge/18…" (Chromium Edge says "Edg/").
  var old = /Trident\/|MSIE /.test(ua) || /\bEdge\/\d/.test(ua);
  if (!old) {
    try {
      // what the bundle needs beyond ES5 (ES2019/ES2020 library features; engines lacking them also lack its syntax)
      old =
        typeof Promise === 'undefined' ||
        typeof Symbol === 'undefined' ||
        typeof Object.fromEntries !== 'function' ||
        typeof String.prototype.matchAll !== 'function' ||
        typeof Promise.allSettled !== 'function' ||
        typeof globalThis === 'undefined';
    } catch (e) {
      old = true;
    }
  }
  if (!old) return;
  window.__lkjipWebviewLama = true;
  function show() {
    var root = document.getElementById('root');
    if (!root) return;
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'webview-lama');
    box.style.cssText =
      'font-family: Segoe UI, Arial, sans-serif; font-size: 14px; line-height: 1.5; margin: 12px; padding: 12px; border: 1px solid #c50f1f; background: #fdf3f4; color: #242424;';
    box.textContent =
      'Panel Periksa LKjIP tidak dapat berjalan di Excel ini, karena Excel ini memakai peramban lama (Internet Explorer atau Edge versi lama) untuk add-in. ' +
      'Gunakan Excel untuk Microsoft 365, Excel 2021 atau lebih baru, atau Excel di web; atau periksa berkas di komputer dengan perintah "lkjip periksa laporan.xlsx".';
    root.appendChild(box);
  }
  if (document.readyState === 'loading') {
    if (document.addEventListener) document.addEventListener('DOMContentLoaded', show);
    else window.attachEvent('onload', show);
  } else {
    show();
  }
})();
