/**
 * The checker page: drop workbooks (or a folder), see what the add-in would say, download the same JSON, checked copy
 * and corrected copy as the CLI writes. Everything runs in this browser, in a worker; nothing is sent anywhere.
 * Cell text is always rendered as text by React, never as HTML.
 */
import * as React from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Subtitle2,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { PeriksaDocument } from '../core/document';
import { isFixable } from '../core/fixes';
import { FindingItem, findingItems, itemsBySheet } from '../core/present';
import { RULES } from '../core/rules';
import { Finding, TABLE_KIND_LABEL } from '../core/types';
import { Cancelled, CheckerClient } from './client';
import { Stage } from './protocol';

const useStyles = makeStyles({
  root: {
    maxWidth: '1200px',
    margin: '0 auto',
    padding: '16px 24px 48px',
    display: 'flex',
    flexDirection: 'column',
    gap: '16px',
    fontFamily: tokens.fontFamilyBase,
    boxSizing: 'border-box',
  },
  header: { display: 'flex', flexDirection: 'column', gap: '4px' },
  lead: { margin: 0, display: 'block' },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: '20px',
    display: 'flex',
    flexDirection: 'column',
    gap: '10px',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  file: { padding: '12px 16px', display: 'flex', flexDirection: 'column', gap: '8px' },
  list: { display: 'flex', flexDirection: 'column', gap: '6px', margin: 0, padding: 0, listStyleType: 'none' },
  item: { padding: '6px 8px', borderLeft: `4px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
  galat: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  peringatan: { borderLeftColor: tokens.colorPaletteDarkOrangeBorderActive },
  detail: { display: 'flex', gap: '4px 16px', flexWrap: 'wrap', color: tokens.colorNeutralForeground2 },
  tables: { margin: 0, paddingLeft: '20px' },
  message: { flex: '1 1 24rem' },
});

/** Formats the page takes: what the reader reads, and the legacy formats it names clearly. */
const WORKBOOK = /\.(xlsx|xlsm|xltx|xltm|xlsb|xls|ods)$/i;
/** Items shown per file before "Tampilkan semua": a book with thousands of findings must not freeze the page. */
const SHOWN_AT_FIRST = 200;

type Status = 'menunggu' | Stage | 'selesai' | 'gagal' | 'dibatalkan';

interface Entry {
  key: string;
  name: string;
  file: File;
  status: Status;
  doc?: PeriksaDocument;
  error?: string;
  /** A download being prepared, and its outcome. */
  busy?: string;
  note?: string;
}

const STATUS_TEXT: Record<Status, string> = {
  menunggu: 'Menunggu giliran',
  membaca: 'Membaca berkas…',
  memeriksa: 'Memeriksa angka…',
  menulis: 'Menyiapkan unduhan…',
  selesai: 'Selesai diperiksa',
  gagal: 'Tidak dapat diperiksa',
  dibatalkan: 'Dibatalkan',
};

const SEVERITY_LABEL: Record<Finding['severity'], string> = { galat: 'Galat', peringatan: 'Peringatan', info: 'Info' };
const SEVERITY_COLOR: Record<Finding['severity'], 'danger' | 'warning' | 'informative'> = { galat: 'danger', peringatan: 'warning', info: 'informative' };
const PENJELASAN = new Map(RULES.map((r) => [r.meta.id, r.meta.penjelasan]));

function show(v: string | number | null | undefined): string {
  if (v === null || v === undefined || v === '') return '(kosong)';
  return typeof v === 'number' ? v.toLocaleString('id-ID', { maximumFractionDigits: 4 }) : v;
}

/** An ordinary browser download of bytes made on this page (no save-file picker, nothing sent anywhere). */
function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The CLI's `--format json` text. */
function jsonText(doc: PeriksaDocument | PeriksaDocument[]): string {
  return JSON.stringify(doc, null, 2) + '\n';
}

/** Every file under a dropped folder (webkitGetAsEntry), with its path inside the drop. */
async function filesOf(entry: FileSystemEntry, prefix = ''): Promise<Array<{ file: File; name: string }>> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [{ file, name: `${prefix}${entry.name}` }];
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries returns the folder in batches until an empty one
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const b of batch) children.push(b);
  }
  const out: Array<{ file: File; name: string }> = [];
  // appended one by one: a spread of a huge folder's files into one call would overflow the stack
  for (const c of children) for (const f of await filesOf(c, `${prefix}${entry.name}/`)) out.push(f);
  return out;
}

export function App(): React.ReactElement {
  const s = useStyles();
  const [entries, setEntries] = React.useState<Entry[]>([]);
  const [dragging, setDragging] = React.useState(false);
  const [note, setNote] = React.useState<string | null>(null);
  const client = React.useRef<CheckerClient | null>(null);
  const running = React.useRef(false);
  const entriesRef = React.useRef<Entry[]>([]);
  const counter = React.useRef(0);
  entriesRef.current = entries;

  const engine = () => (client.current ??= new CheckerClient());
  // the worker is started (and its script fetched) as soon as the page opens: the page then works offline
  React.useEffect(() => engine().warmUp(), []);
  const update = (key: string, patch: Partial<Entry>) => setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));

  const runQueue = React.useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (;;) {
        const next = entriesRef.current.find((e) => e.status === 'menunggu');
        if (!next) break;
        update(next.key, { status: 'membaca' });
        entriesRef.current = entriesRef.current.map((e) => (e.key === next.key ? { ...e, status: 'membaca' } : e));
        try {
          const r = await engine().ask({ type: 'periksa', key: next.key, name: next.name, file: next.file }, (stage) => update(next.key, { status: stage }));
          if (r.type === 'hasil') update(next.key, { status: 'selesai', doc: r.doc });
          else update(next.key, { status: 'gagal', error: r.type === 'gagal' ? r.message : 'jawaban pemeriksa tidak dikenal' });
        } catch (e) {
          if (!(e instanceof Cancelled)) update(next.key, { status: 'gagal', error: String(e) });
        }
      }
    } finally {
      running.current = false;
    }
  }, []);

  const add = (files: Array<{ file: File; name: string }>, fromFolder: boolean) => {
    const taken = fromFolder ? files.filter((f) => WORKBOOK.test(f.name) && !/(^|\/)~\$/.test(f.name)) : files;
    const skipped = files.length - taken.length;
    setNote(
      taken.length === 0 && files.length > 0
        ? 'Tidak ada buku kerja (.xlsx, .xlsm, .xlsb, .xls, .ods) di folder itu.'
        : skipped > 0
          ? `${skipped} berkas lain di folder itu dilewati karena bukan buku kerja.`
          : null,
    );
    const added: Entry[] = taken.map((f) => ({ key: `f${++counter.current}`, name: f.name, file: f.file, status: 'menunggu' }));
    entriesRef.current = [...entriesRef.current, ...added];
    setEntries(entriesRef.current);
    void runQueue();
  };

  const onPick = (e: React.ChangeEvent<HTMLInputElement>, fromFolder: boolean) => {
    const files = Array.from(e.target.files ?? []).map((file) => ({ file, name: fromFolder && file.webkitRelativePath ? file.webkitRelativePath : file.name }));
    e.target.value = '';
    add(files, fromFolder);
  };

  const onDrop = async (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const items = Array.from(e.dataTransfer.items);
    const entriesIn = items.map((i) => (i.kind === 'file' ? i.webkitGetAsEntry?.() : null));
    if (entriesIn.some((x) => x && x.isDirectory)) {
      const all: Array<{ file: File; name: string }> = [];
      for (const x of entriesIn) if (x) for (const f of await filesOf(x)) all.push(f);
      add(all, true);
    } else {
      add(
        Array.from(e.dataTransfer.files).map((file) => ({ file, name: file.name })),
        false,
      );
    }
  };

  const cancel = () => {
    client.current?.cancel();
    const list = entriesRef.current.map((e) =>
      e.status === 'menunggu' || e.status === 'membaca' || e.status === 'memeriksa'
        ? { ...e, status: 'dibatalkan' as const }
        : e.busy
          ? { ...e, busy: undefined }
          : e,
    );
    entriesRef.current = list;
    setEntries(list);
  };

  const fetchFile = async (entry: Entry, type: 'salinan' | 'perbaikan', label: string) => {
    update(entry.key, { busy: label, note: undefined });
    try {
      const r = await engine().ask({ type, key: entry.key, name: entry.name, file: entry.file });
      if (r.type === 'berkas') {
        download(r.name, r.bytes as Uint8Array<ArrayBuffer>, XLSX_TYPE);
        update(entry.key, { busy: undefined, note: `${r.name} diunduh.` });
      } else update(entry.key, { busy: undefined, note: r.type === 'gagal' ? `${label} gagal: ${r.message}` : undefined });
    } catch (e) {
      update(entry.key, { busy: undefined, note: e instanceof Cancelled ? `${label} dibatalkan.` : String(e) });
    }
  };

  const done = entries.filter((e) => e.status === 'selesai' && e.doc);
  const working = entries.some((e) => e.status === 'menunggu' || e.status === 'membaca' || e.status === 'memeriksa' || !!e.busy);
  const summary = async () => {
    const rows = entries
      .filter((e) => e.status === 'selesai' || e.status === 'gagal')
      .map((e) => ({
        input: e.name,
        counts: e.doc ? { galat: e.doc.summary.galat, peringatan: e.doc.summary.peringatan, info: e.doc.summary.info } : undefined,
        error: e.error,
      }));
    const r = await engine().ask({ type: 'ringkasan', rows });
    if (r.type === 'berkas') download(r.name, r.bytes as Uint8Array<ArrayBuffer>, XLSX_TYPE);
    else if (r.type === 'gagal') setNote(`Ringkasan gagal dibuat: ${r.message}`);
  };

  return (
    <main className={s.root}>
      <header className={s.header}>
        <Title2 as="h1">Periksa LKjIP</Title2>
        <Body1 as="p" className={s.lead}>
          Periksa konsistensi angka Laporan Kinerja (LKjIP/LAKIP) di buku kerja Excel tanpa memasang apa pun. Berkas diperiksa di peramban ini saja: tidak ada
          yang dikirim ke mana pun.
        </Body1>
      </header>

      <section
        aria-label="Pilih buku kerja"
        className={dragging ? `${s.drop} ${s.dropActive}` : s.drop}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => void onDrop(e)}
        data-testid="area-berkas"
      >
        <div className={s.row}>
          <label htmlFor="berkas">
            <Text weight="semibold">Pilih buku kerja (.xlsx, .xlsm; beberapa sekaligus boleh):</Text>
          </label>
          <input id="berkas" type="file" multiple accept=".xlsx,.xlsm,.xltx,.xltm,.xlsb,.xls,.ods,.xml,.htm,.html,.csv" onChange={(e) => onPick(e, false)} />
        </div>
        <div className={s.row}>
          <label htmlFor="folder">
            <Text>Atau satu folder berisi buku kerja:</Text>
          </label>
          <input id="folder" type="file" multiple onChange={(e) => onPick(e, true)} {...({ webkitdirectory: '', directory: '' } as Record<string, string>)} />
        </div>
        <Caption1>Berkas atau folder juga dapat diseret ke kotak ini.</Caption1>
      </section>

      {note && (
        <MessageBar intent="info">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}

      {(working || done.length > 1) && (
        <div className={s.row} role="toolbar" aria-label="Semua berkas">
          {working && (
            <Button appearance="primary" onClick={cancel}>
              Batal
            </Button>
          )}
          {done.length > 1 && (
            <>
              <Button onClick={() => download('lkjip-periksa.json', jsonText(done.map((e) => e.doc as PeriksaDocument)), 'application/json')}>
                Unduh semua JSON
              </Button>
              <Button onClick={() => void summary()}>Unduh ringkasan</Button>
            </>
          )}
        </div>
      )}

      {entries.map((e) => (
        <FileResult
          key={e.key}
          entry={e}
          onCopy={() => void fetchFile(e, 'salinan', 'Salinan diperiksa')}
          onFix={() => void fetchFile(e, 'perbaikan', 'Hasil perbaikan')}
        />
      ))}
    </main>
  );
}

function FileResult({ entry, onCopy, onFix }: { entry: Entry; onCopy: () => void; onFix: () => void }): React.ReactElement {
  const s = useStyles();
  const [all, setAll] = React.useState(false);
  const doc = entry.doc;
  const running = entry.status === 'menunggu' || entry.status === 'membaca' || entry.status === 'memeriksa';
  const items = doc ? findingItems(doc.findings) : [];
  const nothingChecked = !!doc && (doc.tables.length === 0 || doc.findings.some((f) => f.rule === 'tanpa-tabel'));
  const shownItems = all ? items : items.slice(0, SHOWN_AT_FIRST);
  const fixable = !!doc && doc.findings.some(isFixable);
  return (
    <Card className={s.file} data-testid="berkas" data-file={entry.name} data-status={entry.status} aria-busy={running}>
      <Subtitle1 as="h2">{entry.name}</Subtitle1>
      <div className={s.row} role="status" aria-live="polite">
        {running && <Spinner size="tiny" />}
        <Text>{STATUS_TEXT[entry.status]}</Text>
        {entry.busy && (
          <>
            <Spinner size="tiny" />
            <Text>{`${entry.busy}: menyiapkan…`}</Text>
          </>
        )}
      </div>
      {entry.error && (
        <MessageBar intent="error">
          <MessageBarBody>{entry.error}</MessageBarBody>
        </MessageBar>
      )}
      {doc && (
        <>
          <div className={s.row} data-testid="jumlah-temuan">
            <Text>{`${doc.summary.tabel} tabel dikenali`}</Text>
            <Badge color="danger" appearance="filled">{`${doc.summary.galat} galat`}</Badge>
            <Badge color="warning" appearance="filled">{`${doc.summary.peringatan} peringatan`}</Badge>
            <Badge color="informative" appearance="tint">{`${doc.summary.info} info`}</Badge>
          </div>
          {nothingChecked ? (
            <MessageBar intent="warning" data-testid="tanpa-tabel">
              <MessageBarBody>
                {doc.tables.length > 0
                  ? `Tidak ada tabel LKjIP yang dikenali; ${doc.tables.length} tabel lain hanya diperiksa jumlah, total dan persentasenya.`
                  : 'Tidak ada tabel LKjIP yang dikenali, jadi tidak ada angka yang diperiksa.'}{' '}
                Pastikan judul kolom tabel memuat kata seperti Indikator, Target, Realisasi, Capaian, Pagu atau Anggaran.
              </MessageBarBody>
            </MessageBar>
          ) : doc.findings.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{`Tidak ada temuan: angka-angka di ${doc.tables.length} tabel yang dikenali saling cocok.`}</MessageBarBody>
            </MessageBar>
          ) : null}
          <div className={s.row} role="toolbar" aria-label={`Unduhan untuk ${entry.name}`}>
            <Button onClick={() => download(`${entry.name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')}.json`, jsonText(doc), 'application/json')}>
              Unduh JSON
            </Button>
            <Button onClick={onCopy} disabled={!!entry.busy}>
              Unduh salinan diperiksa
            </Button>
            {fixable && (
              <Button onClick={onFix} disabled={!!entry.busy}>
                Unduh hasil perbaikan
              </Button>
            )}
          </div>
          {entry.note && <Caption1 role="status">{entry.note}</Caption1>}
          {doc.tables.length > 0 && (
            <details>
              <summary>{`Tabel dikenali (${doc.tables.length})`}</summary>
              <ul className={s.tables}>
                {doc.tables.map((t) => (
                  <li key={`${t.sheet}|${t.range}`}>{`${TABLE_KIND_LABEL[t.kind]} — ${t.sheet}!${t.range}`}</li>
                ))}
              </ul>
            </details>
          )}
          {items.length > 0 && (
            <section aria-label={`Temuan ${entry.name}`}>
              {itemsBySheet(shownItems).map(([sheet, list]) => (
                <div key={sheet}>
                  <Subtitle2 as="h3">{`Sheet ${sheet}`}</Subtitle2>
                  <ul className={s.list}>
                    {list.map((item) => (
                      <FindingRow key={`${item.rule}|${item.cell}|${item.severity}`} item={item} />
                    ))}
                  </ul>
                </div>
              ))}
              {items.length > shownItems.length && <Button appearance="subtle" onClick={() => setAll(true)}>{`Tampilkan semua ${items.length} temuan`}</Button>}
            </section>
          )}
        </>
      )}
    </Card>
  );
}

function FindingRow({ item }: { item: FindingItem }): React.ReactElement {
  const s = useStyles();
  const f = item.findings[0];
  const single = item.findings.length === 1;
  const cls = item.severity === 'galat' ? `${s.item} ${s.galat}` : item.severity === 'peringatan' ? `${s.item} ${s.peringatan}` : s.item;
  return (
    <li className={cls} data-testid="temuan" data-severity={item.severity} data-rule={item.rule} data-sheet={item.sheet} data-cell={item.cell}>
      <div className={s.row}>
        <Badge color={SEVERITY_COLOR[item.severity]} appearance="tint" size="small">
          {SEVERITY_LABEL[item.severity]}
        </Badge>
        <Text weight="semibold">{item.cell}</Text>
        <Text className={s.message}>{item.message}</Text>
      </div>
      {single && (
        <div className={s.detail}>
          {f.expected !== undefined && f.expected !== null && <Caption1>{`Seharusnya: ${f.expectedText ?? show(f.expected)}`}</Caption1>}
          {f.actual !== undefined && f.actual !== null && <Caption1>{`Tertulis: ${f.actualText ?? show(f.actual)}`}</Caption1>}
          {f.differenceText && <Caption1>{f.differenceText.charAt(0).toUpperCase() + f.differenceText.slice(1)}</Caption1>}
          {f.computation && <Caption1>{`Perhitungan: ${f.computation}`}</Caption1>}
          {f.related && f.related.length > 0 && <Caption1>{`Dibandingkan dengan: ${f.related.join(', ')}`}</Caption1>}
        </div>
      )}
      {!single && <Caption1 className={s.detail}>{`Sel: ${item.cells.join(', ')}`}</Caption1>}
      {PENJELASAN.get(item.rule) && (
        <details>
          <summary>
            <Caption1>Mengapa ini penting</Caption1>
          </summary>
          <Caption1>{PENJELASAN.get(item.rule)}</Caption1>
        </details>
      )}
    </li>
  );
}
