/** The one pass every XML part goes through: refused when malformed, brought to the readers' shape when legal. */
import { prepareXml } from '../../src/xlsx/xml-check';

describe('prepareXml refuses malformed XML with a reason', () => {
  test.each([
    ['<a><b></a>', 'ditutup oleh'],
    ['<a>', 'tidak ditutup'],
    ['</a>', 'tanpa pembuka'],
    ['<a x="1></a>', 'nilai atribut tidak ditutup'],
    ['<a x="<"></a>', 'tanda <'],
    ['<a><!-- x </a>', 'komentar tidak ditutup'],
    ['<a><![CDATA[x</a>', 'CDATA tidak ditutup'],
    ['<!DOCTYPE a [<!ENTITY x "y">]><a/>', 'DTD'],
    ['<a/><b/>', 'lebih dari satu elemen akar'],
    ['<a/>teks<b/>', 'teks di luar elemen akar'],
    ['', 'tidak ada elemen'],
    ['<?xml version="1.0"', 'instruksi pemrosesan tidak ditutup'],
    ['<a><b x="1"</a>', 'tag tidak ditutup'],
  ])('%s', (xml, reason) => {
    const r = prepareXml(xml);
    expect(r.xml).toBeUndefined();
    expect(r.problem).toContain(reason);
  });
});

describe('prepareXml gives legal XML of other producers in the shape Excel writes', () => {
  test.each([
    // already in shape: the same string back
    ['<?xml version="1.0"?><a x="1"><b>t\'s</b></a>', '<?xml version="1.0"?><a x="1"><b>t\'s</b></a>'],
    ['<a x=\'1\' y="2"><b/></a>', '<a x="1" y="2"><b/></a>'],
    ['<a x=\'say "hi" & <go>\'/>'.replace('<go>', 'go'), '<a x="say &quot;hi&quot; &amp; go"/>'],
    ['<x:a xmlns:x="u"><x:c r="A1"><x:v>1</x:v></x:c></x:a>', '<a xmlns:x="u"><c r="A1"><v>1</v></c></a>'],
    ['<a><b><![CDATA[1 < 2 & 3]]></b></a>', '<a><b>1 &lt; 2 &amp; 3</b></a>'],
    ['<a>\r\n<!-- <c r="A1"><v>9</v></c> --><b>x\ry</b></a>', '<a>\n<b>x\ny</b></a>'],
    ['<a><?pi data?><b /></a >', '<a><b /></a >'],
  ])('%s', (xml, expected) => {
    const r = prepareXml(xml);
    expect(r.problem).toBeUndefined();
    expect(r.xml).toBe(expected);
  });

  test('a part already in shape is returned as the same string, not a copy', () => {
    const xml = `<worksheet><sheetData>${'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(1000)}</sheetData></worksheet>`;
    expect(prepareXml(xml).xml).toBe(xml);
  });
});
