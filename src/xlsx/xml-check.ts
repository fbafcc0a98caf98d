/**
 * Every XML part is read through here, in one linear pass with indexOf and char codes: first checked to be
 * well-formed (tags balanced and properly nested, attributes quoted, comments, processing instructions and CDATA
 * closed, no DTD — a workbook part never has one, and entity tricks live there), and in the same pass brought to the
 * one shape the pattern-based readers expect: element names without a namespace prefix (`x:c` → `c`), every
 * attribute value in double quotes, CDATA as escaped text, comments and processing instructions dropped, line ends
 * normalised to LF (XML 1.0 §2.11). Legal XML written by other producers is then read exactly like Excel's own.
 * Malformed XML is refused in time proportional to its size; a part already in that shape (the usual case) is
 * returned as it is, with no copy and no string made per tag.
 */
import { Ch, isSpace } from './chars';

/** A part as the readers read it, or why it is not well-formed XML. */
export type PreparedXml = { xml: string; problem?: undefined } | { xml?: undefined; problem: string };

/** An attribute value written in single quotes, as a double-quoted one says it. */
const requote = (s: string) =>
  s
    .replace(/&(?!(#\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;');

/** A tag written with prefixes or single quotes, rewritten (the text between < and >, both included). */
function rewriteTag(text: string, lt: number, gt: number): string {
  let j = lt + 1;
  const closing = text.charCodeAt(j) === Ch.Slash;
  if (closing) j++;
  const nameStart = j;
  while (j < gt && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== Ch.Slash) j++;
  let name = text.slice(nameStart, j);
  const colon = name.indexOf(':');
  if (colon >= 0) name = name.slice(colon + 1);
  let tag = `<${closing ? '/' : ''}${name}`;
  for (;;) {
    while (j < gt && isSpace(text.charCodeAt(j))) j++;
    if (j >= gt || text.charCodeAt(j) === Ch.Slash) break;
    const an = j;
    while (j < gt && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== Ch.Eq) j++;
    const attrName = text.slice(an, j);
    while (j < gt && isSpace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== Ch.Eq) {
      tag += ` ${attrName}`;
      continue;
    }
    j++;
    while (j < gt && isSpace(text.charCodeAt(j))) j++;
    const q = text.charCodeAt(j);
    if (q !== Ch.Quote && q !== Ch.Apos) break;
    const end = text.indexOf(q === Ch.Apos ? "'" : '"', j + 1);
    const value = text.slice(j + 1, end);
    tag += ` ${attrName}="${q === Ch.Apos ? requote(value) : value}"`;
    j = end + 1;
  }
  return `${tag}${text.charCodeAt(gt - 1) === Ch.Slash && !closing ? '/>' : '>'}`;
}

/** The part checked and in the readers' shape, or the reason it is not well-formed XML. */
export function prepareXml(source: string): PreparedXml {
  const xml = source.indexOf('\r') >= 0 ? source.replace(/\r\n?/g, '\n') : source;
  const n = xml.length;
  // open elements as (start, length) of their names in the text: no string made per tag
  const starts: number[] = [];
  const lengths: number[] = [];
  const nameAt = (k: number) => xml.slice(starts[k], starts[k] + lengths[k]);
  // the rewritten text in pieces, made only once something needs rewriting: xml[copied..] is still to copy
  let out: string[] | undefined;
  let copied = 0;
  const replace = (from: number, to: number, by: string) => {
    out ??= [];
    out.push(xml.slice(copied, from), by);
    copied = to;
  };
  let roots = 0;
  let i = 0;
  // the next "<" after a start tag, found while checking it, so the loop need not look for it again
  let ahead = -1;
  while (i < n) {
    const lt = ahead >= i ? ahead : xml.indexOf('<', i);
    if (lt < 0) break;
    if (starts.length === 0 && roots > 0 && xml.slice(i, lt).trim() !== '') return { problem: 'teks di luar elemen akar' };
    const c = xml.charCodeAt(lt + 1);
    if (c === Ch.Question) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return { problem: 'instruksi pemrosesan tidak ditutup' };
      i = end + 2;
      // the XML declaration is left where it is; any other instruction goes
      if (!(lt === 0 && xml.startsWith('<?xml', 0))) replace(lt, i, '');
      continue;
    }
    if (c === Ch.Bang) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) return { problem: 'komentar tidak ditutup' };
        i = end + 3;
        replace(lt, i, '');
        continue;
      }
      if (xml.startsWith('<![CDATA[', lt)) {
        if (starts.length === 0) return { problem: 'CDATA di luar elemen' };
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) return { problem: 'CDATA tidak ditutup' };
        i = end + 3;
        replace(
          lt,
          i,
          xml
            .slice(lt + 9, end)
            .replace(/&/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;'),
        );
        continue;
      }
      return { problem: 'deklarasi DTD tidak diizinkan' };
    }
    if (c === Ch.Slash) {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) return { problem: 'tag penutup tidak lengkap' };
      // the closing name, trailing whitespace allowed (</c >)
      let nameEnd = end;
      while (nameEnd > lt + 2 && xml.charCodeAt(nameEnd - 1) <= Ch.Space) nameEnd--;
      const top = starts.length - 1;
      let same = top >= 0 && nameEnd - (lt + 2) === lengths[top];
      for (let k = 0; same && k < lengths[top]; k++) same = xml.charCodeAt(lt + 2 + k) === xml.charCodeAt(starts[top] + k);
      if (!same) {
        const name = xml.slice(lt + 2, end).trim();
        return {
          problem: top < 0 ? `tag penutup </${name.slice(0, 40)}> tanpa pembuka` : `<${nameAt(top).slice(0, 40)}> ditutup oleh </${name.slice(0, 40)}>`,
        };
      }
      let prefixed = false;
      for (let k = lt + 2; k < nameEnd && !prefixed; k++) prefixed = xml.charCodeAt(k) === Ch.Colon;
      starts.pop();
      lengths.pop();
      i = end + 1;
      if (prefixed) replace(lt, i, rewriteTag(xml, lt, end));
      continue;
    }
    // a start tag: name, then attributes with quoted values, up to > or /> — all before the next "<" (a "<" inside
    // a value or before the ">" is malformed), found once here and kept for the loop
    const next = xml.indexOf('<', lt + 1);
    const bound = next < 0 ? n : next;
    ahead = next;
    let j = lt + 1;
    let prefixed = false;
    while (j < bound) {
      const ch = xml.charCodeAt(j);
      if (ch === Ch.Gt || ch === Ch.Slash || ch <= Ch.Space) break;
      if (ch === Ch.Quote || ch === Ch.Apos || ch === Ch.Eq) return { problem: 'nama tag tidak sah' };
      if (ch === Ch.Colon) prefixed = true;
      j++;
    }
    const nameLength = j - (lt + 1);
    if (nameLength === 0) return { problem: 'tag tanpa nama' };
    let closed = false;
    let selfClosing = false;
    let singleQuoted = false;
    while (j < bound) {
      const ch = xml.charCodeAt(j);
      if (ch === Ch.Quote || ch === Ch.Apos) {
        const q = xml.indexOf(ch === Ch.Quote ? '"' : "'", j + 1);
        if (q < 0) return { problem: 'nilai atribut tidak ditutup' };
        if (q > bound) return { problem: 'tanda < di dalam nilai atribut' };
        if (ch === Ch.Apos) singleQuoted = true;
        j = q + 1;
        continue;
      }
      if (ch === Ch.Gt) {
        closed = true;
        selfClosing = xml.charCodeAt(j - 1) === Ch.Slash;
        j++;
        break;
      }
      j++;
    }
    if (!closed) return { problem: 'tag tidak ditutup' };
    if (starts.length === 0) {
      roots++;
      if (roots > 1) return { problem: 'lebih dari satu elemen akar' };
    }
    if (!selfClosing) {
      starts.push(lt + 1);
      lengths.push(nameLength);
    }
    if (prefixed || singleQuoted) replace(lt, j, rewriteTag(xml, lt, j - 1));
    i = j;
  }
  if (starts.length > 0) return { problem: `<${nameAt(starts.length - 1).slice(0, 40)}> tidak ditutup` };
  if (roots === 0) return { problem: 'tidak ada elemen' };
  if (!out) return { xml };
  out.push(xml.slice(copied));
  return { xml: out.join('') };
}
