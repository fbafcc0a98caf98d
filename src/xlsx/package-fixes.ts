/**
 * Fixes to the package exceljs reads and writes, for the checked copy:
 * - Merged areas too large for exceljs: it expands a merge into one object per cell, so a merge over a whole sheet
 *   (17 billion cells) or thousands of large merges would exhaust memory. They are taken out of the package before
 *   exceljs loads it and put back, as they were, into the copy it writes. Linear in the size of the XML.
 * - Links inside the workbook: exceljs writes a link to a cell ("'Realisasi Anggaran'!C11") as an external
 *   relationship (and, for a sheet name with "!", without its location), which Excel treats as a file to open. The
 *   Temuan sheet's links are rewritten as internal links: a `location` and no relationship.
 */
import JSZip from 'jszip';
import { parseRange } from '../core/address';
import { attr, relationships, sheetEntries } from './xlsx-snapshot';

/** A merge covering more cells than this is kept out of exceljs. */
export const MAX_EXPANDED_MERGE_CELLS = 50000;

const MERGE_RE = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([^"]+)"[^>]*\/>/g;

function area(ref: string): number {
  try {
    const r = parseRange(ref);
    return (r.bottom - r.top + 1) * (r.right - r.left + 1);
  } catch {
    return 0;
  }
}

/** Sheet name → worksheet part path, from a package's workbook.xml and its relationships (xlsx-snapshot's reading). */
function sheetParts(workbookXml: string, relsXml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const { name, rel } of sheetEntries(workbookXml, relationships(relsXml, 'xl'))) if (rel) out.set(name, rel.target);
  return out;
}

/**
 * The package with its large merges taken out (or the bytes unchanged when it has none), and the merges taken, by
 * sheet name.
 */
export async function withoutLargeMerges(buf: Uint8Array, parts: Map<string, Uint8Array>): Promise<{ bytes: Uint8Array; taken: Map<string, string[]> }> {
  const utf8 = new TextDecoder('utf-8');
  const text = (part: string) => {
    const b = parts.get(part);
    return b ? utf8.decode(b) : undefined;
  };
  const taken = new Map<string, string[]>();
  const changed = new Map<string, string>();
  const workbook = text('xl/workbook.xml') ?? '';
  const rels = text('xl/_rels/workbook.xml.rels') ?? '';
  for (const [sheet, part] of sheetParts(workbook, rels)) {
    const xml = text(part);
    if (!xml || xml.indexOf('mergeCell') < 0) continue;
    const refs: string[] = [];
    const kept = xml.replace(MERGE_RE, (whole, ref: string) => {
      if (area(ref) <= MAX_EXPANDED_MERGE_CELLS) return whole;
      refs.push(ref);
      return '';
    });
    if (refs.length === 0) continue;
    taken.set(sheet, refs);
    changed.set(part, kept.replace(/<(?:\w+:)?mergeCells\b[^>]*>\s*<\/(?:\w+:)?mergeCells>/, ''));
  }
  if (changed.size === 0) return { bytes: buf, taken };
  const zip = await JSZip.loadAsync(buf);
  for (const [part, xml] of changed) zip.file(part, xml);
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), taken };
}

/** Elements that follow mergeCells in a worksheet (ECMA-376 order): a new mergeCells goes before the first of them. */
const AFTER_MERGES =
  /<(?:\w+:)?(phoneticPr|conditionalFormatting|dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/;

/** A link target that is a cell of this workbook: Sheet!A1 or 'Sheet name'!A1 (quotes doubled inside). */
const INTERNAL_TARGET = /^(?:'(?:[^']|'')+'|[^'!\s][^'!]*)![A-Z]{1,3}\d+$/;

function xmlAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The worksheet's relationships part: xl/worksheets/sheet3.xml → xl/worksheets/_rels/sheet3.xml.rels. */
function relsOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

/** Rewrites a sheet's links to cells of the workbook as internal links (location, no external relationship). */
async function internalLinks(zip: JSZip, part: string): Promise<void> {
  const relsFile = zip.file(relsOf(part));
  const sheetFile = zip.file(part);
  if (!relsFile || !sheetFile) return;
  let rels = await relsFile.async('string');
  const internal = new Map<string, string>();
  rels = rels.replace(/<Relationship\b[^>]*\/>/g, (rel) => {
    if (!/relationships\/hyperlink"/.test(rel) || !/TargetMode="External"/.test(rel)) return rel;
    const id = /\sId="([^"]+)"/.exec(rel)?.[1];
    const target = attr(rel, 'Target') ?? '';
    if (!id || !INTERNAL_TARGET.test(target)) return rel;
    internal.set(id, target);
    return '';
  });
  if (internal.size === 0) return;
  let xml = await sheetFile.async('string');
  xml = xml.replace(/<hyperlink\b[^>]*\/>/g, (link) => {
    const id = /\sr:id="([^"]+)"/.exec(link)?.[1];
    const target = id ? internal.get(id) : undefined;
    if (!target) return link;
    const ref = /\sref="([^"]+)"/.exec(link)?.[1] ?? '';
    const tooltip = /\stooltip="([^"]*)"/.exec(link)?.[1];
    return `<hyperlink ref="${ref}" location="${xmlAttr(target)}"${tooltip !== undefined ? ` tooltip="${tooltip}"` : ''}/>`;
  });
  zip.file(part, xml);
  zip.file(relsOf(part), rels);
}

/**
 * Finishes a package written by exceljs: puts back merges taken out by withoutLargeMerges, and makes the named
 * sheets' cell links internal.
 */
export async function finishPackage(bytes: Uint8Array, taken: Map<string, string[]>, linkSheets: string[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const parts = sheetParts(workbook, rels);
  for (const sheet of linkSheets) {
    const part = parts.get(sheet);
    if (part) await internalLinks(zip, part);
  }
  for (const [sheet, refs] of taken) {
    const part = parts.get(sheet);
    const file = part ? zip.file(part) : null;
    if (!file || !part) continue;
    let xml = await file.async('string');
    const cells = refs.map((r) => `<mergeCell ref="${r}"/>`).join('');
    const existing = /<mergeCells\b[^>]*>([\s\S]*?)<\/mergeCells>/.exec(xml);
    if (existing) {
      const count = (existing[1].match(/<mergeCell\b/g) ?? []).length + refs.length;
      xml = xml.replace(existing[0], `<mergeCells count="${count}">${existing[1]}${cells}</mergeCells>`);
    } else {
      const block = `<mergeCells count="${refs.length}">${cells}</mergeCells>`;
      const end = xml.indexOf('</sheetData>');
      const after = end >= 0 ? end + '</sheetData>'.length : -1;
      const rest = after >= 0 ? xml.slice(after) : '';
      const m = AFTER_MERGES.exec(rest);
      const at = m ? after + m.index : xml.lastIndexOf('</worksheet>');
      xml = xml.slice(0, at) + block + xml.slice(at);
    }
    zip.file(part, xml);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
