/** manifest.xml: well-formed, and carrying what Excel needs for a task pane + custom functions in a shared runtime. */
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { execFileSync } from 'child_process';
import { ROOT } from '../helpers/cli';
import { validateManifest } from '../helpers/xsd';

const FILE = path.join(ROOT, 'manifest.xml');
const xml = fs.readFileSync(FILE, 'utf8');
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  isArray: (name) => ['Set', 'Host', 'Runtime', 'ExtensionPoint', 'Image', 'Url', 'String', 'Control', 'Group', 'AppDomain'].includes(name),
});
const doc = parser.parse(xml).OfficeApp;

/** Every resource id in the manifest, with its value. */
function resources(): Map<string, string> {
  const out = new Map<string, string>();
  const res = doc.VersionOverrides.Resources;
  for (const group of [res.Images.Image, res.Urls.Url, res.ShortStrings.String, res.LongStrings.String])
    for (const x of group) out.set(x['@id'], x['@DefaultValue']);
  return out;
}

test('is well-formed XML that office-addin-manifest can read', async () => {
  expect(XMLValidator.validate(xml)).toBe(true);
  // office-addin-manifest loads ESM dependencies jest cannot; plain node can
  const info = JSON.parse(
    execFileSync(
      process.execPath,
      [
        '-e',
        `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(${JSON.stringify(FILE)}).then((i) => process.stdout.write(JSON.stringify(i)))`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    ),
  );
  expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(info.displayName).toBe('Periksa LKjIP');
});

test('is valid against Office’s manifest XSD', () => {
  const r = validateManifest(FILE);
  expect(r.output).toContain('validates');
  expect(r.valid).toBe(true);
});

test('the XSD check is real: a description over 250 characters is refused', () => {
  const tmp = path.join(require('os').tmpdir(), `lkjip-manifest-${process.pid}.xml`);
  fs.writeFileSync(tmp, xml.replace(/<Description DefaultValue="[^"]*"/, `<Description DefaultValue="${'a'.repeat(251)}"`));
  try {
    const r = validateManifest(tmp);
    expect(r.valid).toBe(false);
    expect(r.output).toMatch(/maxLength/);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
});

test('declares the ExcelApi version it cannot work without, next to the shared runtime', () => {
  const sets = doc.Requirements.Sets.Set.map((s: { '@Name': string; '@MinVersion': string }) => [s['@Name'], s['@MinVersion']]);
  expect(sets).toContainEqual(['ExcelApi', '1.9']);
  expect(sets).toContainEqual(['SharedRuntime', '1.1']);
});

test('task pane for Excel, Indonesian name and description, least permission that works', () => {
  expect(doc['@type']).toBe('TaskPaneApp');
  expect(doc.Hosts.Host.map((h: { '@Name': string }) => h['@Name'])).toEqual(['Workbook']);
  expect(doc.DefaultLocale).toBe('id-ID');
  expect(doc.Description['@DefaultValue']).toMatch(/memeriksa konsistensi/);
  expect(doc.Permissions).toBe('ReadWriteDocument');
  expect(doc.DefaultSettings.SourceLocation['@DefaultValue']).toMatch(/^https:\/\/.+\/taskpane\.html$/);
  // SupportUrl is a page the build serves, not a placeholder
  const support = new URL(doc.SupportUrl['@DefaultValue']).pathname.replace(/^\//, '');
  expect(fs.existsSync(path.join(ROOT, 'src', 'taskpane', support))).toBe(true);
});

test('custom functions in a shared runtime, namespace LKJIP', () => {
  expect(doc.Requirements.Sets.Set.map((s: { '@Name': string }) => s['@Name'])).toContain('SharedRuntime');
  const host = doc.VersionOverrides.Hosts.Host[0];
  const runtime = host.Runtimes.Runtime[0];
  expect(runtime['@lifetime']).toBe('long');
  const res = resources();
  const cf = host.AllFormFactors.ExtensionPoint.find((e: { '@type': string }) => e['@type'] === 'CustomFunctions');
  expect(res.get(cf.Namespace['@resid'])).toBe('LKJIP');
  expect(res.get(cf.Script.SourceLocation['@resid'])).toMatch(/\/functions\.js$/);
  expect(res.get(cf.Metadata.SourceLocation['@resid'])).toMatch(/\/functions\.json$/);
  // the functions page is the task pane page: one runtime for both
  expect(cf.Page.SourceLocation['@resid']).toBe(runtime['@resid']);
  expect(host.DesktopFormFactor.FunctionFile['@resid']).toBe(runtime['@resid']);
});

test('a ribbon button "Periksa LKjIP" that opens the task pane', () => {
  const res = resources();
  const host = doc.VersionOverrides.Hosts.Host[0];
  const surface = host.DesktopFormFactor.ExtensionPoint.find((e: { '@type': string }) => e['@type'] === 'PrimaryCommandSurface');
  const button = surface.OfficeTab.Group[0].Control[0];
  expect(res.get(button.Label['@resid'])).toBe('Periksa LKjIP');
  expect(button.Action['@type']).toBe('ShowTaskpane');
  expect(res.get(button.Action.SourceLocation['@resid'])).toMatch(/\/taskpane\.html$/);
});

test('every resource id used is defined, and every icon URL is a file the build serves', () => {
  const res = resources();
  const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
  for (const id of used) expect(res.has(id)).toBe(true);
  const iconUrls = [
    doc.IconUrl['@DefaultValue'],
    doc.HighResolutionIconUrl['@DefaultValue'],
    ...[...res.entries()].filter(([k]) => k.startsWith('Icon.')).map(([, v]) => v),
  ];
  for (const url of iconUrls) {
    const rel = new URL(url).pathname.replace(/^\//, '');
    expect(fs.existsSync(path.join(ROOT, rel))).toBe(true); // assets/… is copied to dist/assets/… by the build
  }
});
