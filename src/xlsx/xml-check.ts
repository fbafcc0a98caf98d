/**
 * A linear well-formedness check of an XML part, before any pattern-based reading: tags balanced and properly
 * nested, attributes quoted, comments, processing instructions and CDATA closed, no DTD (a workbook part never has
 * one, and entity tricks live there). One pass with indexOf; malformed XML is refused in time proportional to its
 * size, never scanned again and again.
 */

/** The reason the text is not well-formed XML, or undefined when it is. */
export function xmlProblem(xml: string): string | undefined {
  const n = xml.length;
  // open elements as (start, length) of their names in the text: no string made per tag
  const starts: number[] = [];
  const lengths: number[] = [];
  const nameAt = (k: number) => xml.slice(starts[k], starts[k] + lengths[k]);
  let roots = 0;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    if (starts.length === 0 && roots > 0 && xml.slice(i, lt).trim() !== '') return 'teks di luar elemen akar';
    const c = xml.charCodeAt(lt + 1);
    if (c === 63 /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return 'instruksi pemrosesan tidak ditutup';
      i = end + 2;
      continue;
    }
    if (c === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) return 'komentar tidak ditutup';
        i = end + 3;
        continue;
      }
      if (xml.startsWith('<![CDATA[', lt)) {
        if (starts.length === 0) return 'CDATA di luar elemen';
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) return 'CDATA tidak ditutup';
        i = end + 3;
        continue;
      }
      return 'deklarasi DTD tidak diizinkan';
    }
    if (c === 47 /* / */) {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) return 'tag penutup tidak lengkap';
      // the closing name, trailing whitespace allowed (</c >)
      let nameEnd = end;
      while (nameEnd > lt + 2 && xml.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
      const top = starts.length - 1;
      const same = top >= 0 && nameEnd - (lt + 2) === lengths[top] && xml.startsWith(nameAt(top), lt + 2);
      if (!same) {
        const name = xml.slice(lt + 2, end).trim();
        return top < 0 ? `tag penutup </${name.slice(0, 40)}> tanpa pembuka` : `<${nameAt(top).slice(0, 40)}> ditutup oleh </${name.slice(0, 40)}>`;
      }
      starts.pop();
      lengths.pop();
      i = end + 1;
      continue;
    }
    // a start tag: name, then attributes with quoted values, up to > or />
    let j = lt + 1;
    while (j < n) {
      const ch = xml.charCodeAt(j);
      if (ch === 62 || ch === 47 || ch <= 32) break;
      if (ch === 60 || ch === 34 || ch === 39 || ch === 61) return 'nama tag tidak sah';
      j++;
    }
    const nameLength = j - (lt + 1);
    if (nameLength === 0) return 'tag tanpa nama';
    let closed = false;
    let selfClosing = false;
    while (j < n) {
      const ch = xml.charCodeAt(j);
      if (ch === 34 || ch === 39) {
        const q = xml.indexOf(ch === 34 ? '"' : "'", j + 1);
        if (q < 0) return 'nilai atribut tidak ditutup';
        const lt2 = xml.indexOf('<', j + 1);
        if (lt2 >= 0 && lt2 < q) return 'tanda < di dalam nilai atribut';
        j = q + 1;
        continue;
      }
      if (ch === 60) return 'tag tidak ditutup';
      if (ch === 62) {
        closed = true;
        selfClosing = xml.charCodeAt(j - 1) === 47;
        j++;
        break;
      }
      j++;
    }
    if (!closed) return 'tag tidak ditutup';
    if (starts.length === 0) {
      roots++;
      if (roots > 1) return 'lebih dari satu elemen akar';
    }
    if (!selfClosing) {
      starts.push(lt + 1);
      lengths.push(nameLength);
    }
    i = j;
  }
  if (starts.length > 0) return `<${nameAt(starts.length - 1).slice(0, 40)}> tidak ditutup`;
  if (roots === 0) return 'tidak ada elemen';
  return undefined;
}

/**
 * The same XML in the one shape the pattern-based reader expects: element names without a namespace prefix
 * (`x:c` → `c`), every attribute value in double quotes, CDATA as escaped text, comments and processing
 * instructions dropped, line ends normalised to LF (XML 1.0 §2.11). Legal XML written by other producers (single
 * quotes, prefixes, CR LF) is then read exactly like Excel's own. Linear; the text is returned unchanged when it
 * has none of these (the usual case, at the cost of a few indexOf calls).
 */
export function canonicalXml(xml: string): string {
  const needs = xml.indexOf('\r') >= 0 || xml.indexOf("'") >= 0 || xml.indexOf('<![CDATA[') >= 0 || /<\/?[A-Za-z_][\w.-]*:/.test(xml);
  if (!needs) return xml;
  const text = xml.replace(/\r\n?/g, '\n');
  const out: string[] = [];
  let i = 0;
  const n = text.length;
  const esc = (s: string) =>
    s
      .replace(/&(?!(#\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);)/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/"/g, '&quot;');
  while (i < n) {
    const lt = text.indexOf('<', i);
    if (lt < 0) {
      out.push(text.slice(i));
      break;
    }
    out.push(text.slice(i, lt));
    if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt);
      const body = text.slice(lt + 9, end < 0 ? n : end);
      out.push(body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
      i = end < 0 ? n : end + 3;
      continue;
    }
    // a tag: name, attributes, end
    let j = lt + 1;
    const closing = text.charCodeAt(j) === 47;
    if (closing) j++;
    const nameStart = j;
    while (j < n && !/[\s/>]/.test(text[j])) j++;
    let name = text.slice(nameStart, j);
    const colon = name.indexOf(':');
    if (colon >= 0) name = name.slice(colon + 1);
    let tag = `<${closing ? '/' : ''}${name}`;
    // attributes
    for (;;) {
      while (j < n && /\s/.test(text[j])) j++;
      if (j >= n) break;
      if (text[j] === '>' || text.startsWith('/>', j)) break;
      const an = j;
      while (j < n && !/[\s=/>]/.test(text[j])) j++;
      const attrName = text.slice(an, j);
      while (j < n && /\s/.test(text[j])) j++;
      if (text[j] !== '=') {
        tag += ` ${attrName}`;
        continue;
      }
      j++;
      while (j < n && /\s/.test(text[j])) j++;
      const q = text[j];
      if (q !== '"' && q !== "'") break;
      const end = text.indexOf(q, j + 1);
      const value = text.slice(j + 1, end < 0 ? n : end);
      tag += ` ${attrName}="${q === "'" ? esc(value) : value}"`;
      j = end < 0 ? n : end + 1;
    }
    if (text.startsWith('/>', j)) {
      tag += '/>';
      j += 2;
    } else {
      tag += '>';
      j += 1;
    }
    out.push(tag);
    i = j;
  }
  return out.join('');
}
