/**
 * The task pane: Kenali tabel, Periksa konsistensi, Sorot predikat. It never calls Office.js itself: everything
 * that touches the workbook goes through the `host` it is given (the Excel adapter, or a fake in tests). Cell text
 * is always rendered as text by React, never as HTML.
 */
import * as React from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  Text,
  Title3,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { rangeA1 } from '../core/address';
import { LegendEntry } from '../core/highlight';
import { Cancelled, createEngine } from './engine-client';
import { PaneAnalysis } from './engine-protocol';
import { PRESETS } from '../core/scale';
import { Finding, Severity, TABLE_KIND_LABEL } from '../core/types';
import { Capabilities, unsupportedMessage } from '../office/capabilities';
import { officeErrorMessage } from '../office/errors';
import { FindingItem, findingItems } from '../core/present';
import { RULES } from '../core/rules';
import { HiddenSheetError, SheetFailure, StaleFixError, TooManyFixesError, WorkbookHost } from '../office/excel-host';
import { CellChange, isFixable, shownValue, sumFormula } from '../core/fixes';

const useStyles = makeStyles({
  root: {
    padding: '12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    fontFamily: tokens.fontFamilyBase,
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflowX: 'hidden',
  },
  tabs: { flexWrap: 'wrap' },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  list: { display: 'flex', flexDirection: 'column', gap: '4px', margin: 0, padding: 0, listStyleType: 'none' },
  item: { justifyContent: 'flex-start', textAlign: 'left', width: '100%', height: 'auto', padding: '6px 8px', whiteSpace: 'normal' },
  sheet: { marginTop: '8px' },
  swatch: { width: '16px', height: '16px', borderRadius: '3px', border: `1px solid ${tokens.colorNeutralStroke1}`, flexShrink: 0 },
  detail: { padding: '8px 12px', display: 'flex', flexDirection: 'column', gap: '4px' },
  preview: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': { textAlign: 'left', padding: '2px 6px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  },
});

type TabId = 'tabel' | 'periksa' | 'sorot';

const SEVERITY_LABEL: Record<Finding['severity'], string> = { galat: 'Galat', peringatan: 'Peringatan', info: 'Info' };
const SEVERITY_COLOR: Record<Finding['severity'], 'danger' | 'warning' | 'informative'> = { galat: 'danger', peringatan: 'warning', info: 'informative' };

function bySheet<T extends { sheet: string }>(items: T[]): Array<[string, T[]]> {
  const m = new Map<string, T[]>();
  for (const x of items) m.set(x.sheet, [...(m.get(x.sheet) ?? []), x]);
  return [...m.entries()];
}

function message(e: unknown): string {
  if (e instanceof StaleFixError || e instanceof TooManyFixesError) return e.message;
  return officeErrorMessage(e);
}

interface Preview {
  title: string;
  changes: CellChange[];
}

function show(v: string | number | null | undefined): string {
  if (v === null || v === undefined || v === '') return '(kosong)';
  return typeof v === 'number' ? v.toLocaleString('id-ID', { maximumFractionDigits: 4 }) : v;
}

export interface AppProps {
  host: WorkbookHost | null;
  /** What this Excel supports (absent outside Excel). */
  capabilities?: Capabilities;
}

export function App({ host, capabilities }: AppProps): React.ReactElement {
  const s = useStyles();
  const [tab, setTab] = React.useState<TabId>('periksa');
  const [busy, setBusy] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [result, setResult] = React.useState<PaneAnalysis | null>(null);
  const [hidden, setHidden] = React.useState<{ sheet: string; address: string } | null>(null);
  const [withoutMerges, setWithoutMerges] = React.useState<string[]>([]);
  const engine = React.useRef(createEngine());
  const cancelled = React.useRef(false);
  const [failed, setFailed] = React.useState<SheetFailure[]>([]);
  const [selectedKey, setSelectedKey] = React.useState<string | null>(null);
  const [shown, setShown] = React.useState<Record<Severity, boolean>>({ galat: true, peringatan: true, info: true });
  const [scaleId, setScaleId] = React.useState<string>('workbook');
  const [legend, setLegend] = React.useState<LegendEntry[] | null>(null);
  const [note, setNote] = React.useState<string | null>(null);
  const [preview, setPreview] = React.useState<Preview | null>(null);
  const [rumus, setRumus] = React.useState(false);
  const [undoAvailable, setUndoAvailable] = React.useState(false);
  // a fix made earlier (even before the pane was last closed) can still be undone
  React.useEffect(() => {
    if (host) host.hasFixUndo().then(setUndoAvailable, () => setUndoAvailable(false));
  }, [host]);

  if (capabilities && capabilities.missing.length > 0) {
    return (
      <main className={s.root}>
        <Title3 as="h1">Periksa LKjIP</Title3>
        <MessageBar intent="error" data-testid="tidak-didukung">
          <MessageBarBody>{unsupportedMessage(capabilities.missing)}</MessageBarBody>
        </MessageBar>
      </main>
    );
  }

  if (!host) {
    return (
      <main className={s.root}>
        <Title3 as="h1">Periksa LKjIP</Title3>
        <MessageBar intent="warning">
          <MessageBarBody>Panel ini perlu dibuka dari Excel (tab Beranda, tombol Periksa LKjIP).</MessageBarBody>
        </MessageBar>
      </main>
    );
  }

  const work = async (label: string, fn: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    setNote(null);
    cancelled.current = false;
    try {
      await fn();
    } catch (e) {
      if (e instanceof Cancelled) setNote('Dibatalkan. Tidak ada yang diubah di buku kerja.');
      else setError(message(e));
    } finally {
      setBusy(null);
    }
  };

  const cancel = () => {
    cancelled.current = true;
    engine.current.cancel();
  };

  const analyse = async (): Promise<PaneAnalysis> => {
    const read = await host.read((p) => {
      if (cancelled.current) throw new Cancelled();
      setBusy(`Membaca sheet ${p.index + 1} dari ${p.total}: ${p.sheet}…`);
    });
    if (cancelled.current) throw new Cancelled();
    setFailed(read.failed);
    setWithoutMerges(read.withoutMerges ?? []);
    setBusy('Memeriksa konsistensi…');
    const r = await engine.current.periksa(read.snapshot);
    setResult(r);
    setSelectedKey(null);
    setHidden(null);
    return r;
  };

  // a scale table, or a scale written in a note under a table
  const hasOwnScale = !!result?.tables.some((t) => (t.kind === 'skala-penilaian' && t.bands && t.bands.length >= 2) || t.noteBands);

  const selectCell = (sheet: string, address: string) =>
    work('Memilih sel…', async () => {
      try {
        await host.select(sheet, address);
        setHidden(null);
      } catch (e) {
        // a finding on a hidden sheet: offer to show it, inline
        if (e instanceof HiddenSheetError) setHidden({ sheet: e.sheet, address });
        else throw e;
      }
    });

  /** Shows what fixing these items would change, before anything is written. */
  const proposeFix = (title: string, chosen: FindingItem[]) =>
    work('Menyiapkan perbaikan…', async () => {
      if (!result) return;
      const indices = chosen.flatMap((i) => i.findings.map((f) => result.findings.indexOf(f))).filter((i) => i >= 0);
      const changes = await engine.current.fixes(indices);
      if (changes.length === 0) setNote('Temuan ini tidak dapat diperbaiki otomatis: jawaban yang benar tidak dapat dipastikan.');
      else setPreview({ title, changes });
    });

  const applyFix = (p: Preview) =>
    work('Memperbaiki…', async () => {
      const n = await host.applyFixes(p.changes, { rumus });
      setPreview(null);
      setUndoAvailable(true);
      setBusy('Memeriksa ulang…');
      await analyse();
      setNote(`${n} sel diperbaiki dan buku kerja diperiksa ulang. Tekan Batalkan untuk mengembalikan isi sel sebelumnya.`);
    });

  const undoFix = () =>
    work('Membatalkan perbaikan…', async () => {
      const n = await host.undoFixes();
      setUndoAvailable(false);
      setPreview(null);
      if (result) {
        setBusy('Memeriksa ulang…');
        await analyse();
      }
      setNote(n ? `Perbaikan dibatalkan: ${n} sel kembali seperti sebelumnya.` : 'Tidak ada perbaikan dari lkjip untuk dibatalkan.');
    });

  const tablesView = result && (
    <section aria-label="Tabel dikenali">
      <Body1>{result.tables.length} tabel dikenali.</Body1>
      {bySheet(result.tables).map(([sheet, tables]) => (
        <div key={sheet} className={s.sheet}>
          <Subtitle2 as="h3">{sheet}</Subtitle2>
          <ul className={s.list}>
            {tables.map((t) => (
              <li key={rangeA1(t.range)}>
                <Button appearance="subtle" className={s.item} onClick={() => selectCell(t.sheet, rangeA1(t.range))}>
                  <Text weight="semibold">{TABLE_KIND_LABEL[t.kind]}</Text>&nbsp;
                  <Caption1>
                    {rangeA1(t.range)}
                    {t.caption ? ` — ${t.caption}` : ''}
                  </Caption1>
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );

  const items = result ? findingItems(result.findings) : [];
  const keyOf = (i: FindingItem) => `${i.severity}|${i.rule}|${i.sheet}|${i.cell}`;
  const visible = items.filter((i) => shown[i.severity]);
  const nothingChecked = !!result && result.findings.some((f) => f.rule === 'tanpa-tabel');
  const choose = (item: FindingItem) => {
    setSelectedKey(keyOf(item));
    void selectCell(item.sheet, item.cells[0].split(':')[0]);
  };
  const step = (delta: number) => {
    if (visible.length === 0) return;
    const at = visible.findIndex((i) => keyOf(i) === selectedKey);
    choose(visible[(at + delta + visible.length) % visible.length]);
  };

  const findingsView = result && (
    <section aria-label="Temuan">
      <div className={s.row} data-testid="jumlah-temuan">
        <Badge color="danger" appearance="filled">{`${result.counts.galat} galat`}</Badge>
        <Badge color="warning" appearance="filled">{`${result.counts.peringatan} peringatan`}</Badge>
        <Badge color="informative" appearance="tint">{`${result.counts.info} info`}</Badge>
      </div>
      {failed.length > 0 && (
        <MessageBar intent="warning" data-testid="tidak-lengkap">
          <MessageBarBody>{`Hasil tidak lengkap: ${failed.length} sheet gagal dibaca, jadi angkanya belum diperiksa.`}</MessageBarBody>
        </MessageBar>
      )}
      {nothingChecked ? (
        <MessageBar intent="info" data-testid="tanpa-tabel">
          <MessageBarBody>
            {result.tables.length > 0
              ? `Tidak ada tabel LKjIP yang dikenali; ${result.tables.length} tabel lain hanya diperiksa jumlah, total dan persentasenya.`
              : 'Tidak ada tabel LKjIP yang dikenali, jadi belum ada angka yang diperiksa.'}{' '}
            Pastikan judul kolom tabel memuat kata seperti Indikator, Target, Realisasi, Capaian, Pagu atau Anggaran, lalu tekan Periksa konsistensi lagi.
          </MessageBarBody>
        </MessageBar>
      ) : result.findings.length === 0 && failed.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{`Tidak ada temuan: angka-angka di ${result.tables.length} tabel yang dikenali saling cocok.`}</MessageBarBody>
        </MessageBar>
      ) : null}
      {items.length > 0 && (
        <div className={s.row} role="toolbar" aria-label="Saring temuan">
          {(['galat', 'peringatan', 'info'] as const).map((sev) => (
            <ToggleButton
              key={sev}
              size="small"
              checked={shown[sev]}
              onClick={() => setShown({ ...shown, [sev]: !shown[sev] })}
            >{`${SEVERITY_LABEL[sev]} (${result.counts[sev]})`}</ToggleButton>
          ))}
          <Button size="small" onClick={() => step(-1)} disabled={visible.length === 0}>
            Sebelumnya
          </Button>
          <Button size="small" onClick={() => step(1)} disabled={visible.length === 0}>
            Berikutnya
          </Button>
        </div>
      )}
      {preview && (
        <Card className={s.detail} data-testid="pratinjau-perbaikan" role="region" aria-label="Pratinjau perbaikan">
          <Subtitle2 as="h3">{preview.title}</Subtitle2>
          <Caption1>Belum ada yang diubah. Periksa perubahan ini, lalu tekan Terapkan.</Caption1>
          <table className={s.preview}>
            <thead>
              <tr>
                <th scope="col">Sel</th>
                <th scope="col">Sebelum</th>
                <th scope="col">Sesudah</th>
              </tr>
            </thead>
            <tbody>
              {preview.changes.map((c) => (
                <tr key={`${c.sheet}!${c.cell}`} data-testid="perubahan" data-sheet={c.sheet} data-cell={c.cell}>
                  <td>{`${c.sheet}!${c.cell}`}</td>
                  <td>{shownValue(c.before) || '(kosong)'}</td>
                  <td>{rumus && sumFormula(c) ? sumFormula(c) : typeof c.after === 'number' ? show(c.after) : c.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.changes.some((c) => sumFormula(c)) && (
            <Checkbox checked={rumus} onChange={(_, d) => setRumus(!!d.checked)} label="Pakai rumus (=SUM) untuk jumlah" />
          )}
          <div className={s.row}>
            <Button appearance="primary" disabled={!!busy} onClick={() => applyFix(preview)}>
              Terapkan
            </Button>
            <Button disabled={!!busy} onClick={() => setPreview(null)}>
              Jangan ubah
            </Button>
          </div>
        </Card>
      )}
      {groupedBySheet(visible).map(([sheet, list], gi) => (
        <div key={`${gi}|${sheet}`} className={s.sheet}>
          <div className={s.row}>
            <Subtitle2 as="h3">{sheet}</Subtitle2>
            {list.filter(isFixable).length >= 2 && (
              <Button size="small" disabled={!!busy} onClick={() => proposeFix(`Perbaiki semua di sheet ${sheet}`, list.filter(isFixable))}>
                {`Perbaiki semua (${list.filter(isFixable).length})`}
              </Button>
            )}
          </div>
          <ul className={s.list}>
            {list.map((item) => (
              <li key={`${item.rule}|${item.cell}|${item.severity}`}>
                <Button
                  appearance={selectedKey === keyOf(item) ? 'secondary' : 'subtle'}
                  className={s.item}
                  data-testid="temuan"
                  data-severity={item.severity}
                  data-rule={item.rule}
                  data-sheet={item.sheet}
                  data-cell={item.cell}
                  aria-pressed={selectedKey === keyOf(item)}
                  onClick={() => choose(item)}
                >
                  <span>
                    <Badge color={SEVERITY_COLOR[item.severity]} appearance="tint" size="small">
                      {SEVERITY_LABEL[item.severity]}
                    </Badge>{' '}
                    <Text weight="semibold">{item.cell}</Text> <Text>{item.message}</Text>
                  </span>
                </Button>
                {isFixable(item) && (
                  <Button
                    size="small"
                    disabled={!!busy}
                    aria-label={`Perbaiki ${item.sheet}!${item.cell}`}
                    onClick={() => proposeFix(`Perbaiki ${item.sheet}!${item.cell}`, [item])}
                  >
                    Perbaiki
                  </Button>
                )}
                {selectedKey === keyOf(item) && <FindingDetail item={item} onSelect={selectCell} />}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );

  const sorotView = (
    <section aria-label="Sorot predikat">
      <div className={s.row}>
        <label htmlFor="skala">Skala penilaian</label>
        <Select id="skala" value={scaleId} onChange={(_, d) => setScaleId(d.value)}>
          <option value="workbook">{hasOwnScale || !result ? 'Dari tabel skala di buku kerja' : 'Dari buku kerja (tidak ada; permendagri-86)'}</option>
          {Object.values(PRESETS).map((p) => (
            <option key={p.id} value={p.id}>
              {`${p.id} — ${p.name}`}
            </option>
          ))}
        </Select>
      </div>
      <div className={s.row}>
        <Button
          appearance="primary"
          disabled={!!busy}
          onClick={() =>
            work('Menyorot baris menurut predikat…', async () => {
              await analyse();
              const plan = await engine.current.plan(scaleId);
              setBusy('Menyorot baris…');
              await host.applyHighlights(plan);
              setLegend(plan.legend);
              setNote(
                plan.rows.length ? `${plan.rows.length} baris disorot (${plan.scale.name}).` : 'Tidak ada baris pengukuran atau efisiensi yang dapat disorot.',
              );
            })
          }
        >
          Sorot predikat
        </Button>
        <Button
          disabled={!!busy}
          onClick={() =>
            work('Menghapus sorotan…', async () => {
              const n = await host.clearHighlights();
              setLegend(null);
              setNote(n ? `Sorotan pada ${n} baris dihapus; isian sel lain tidak diubah.` : 'Tidak ada sorotan dari lkjip untuk dihapus.');
            })
          }
        >
          Hapus sorotan
        </Button>
      </div>
      {legend && (
        <ul className={s.list} aria-label="Legenda">
          {legend.map((l) => (
            <li key={l.label} className={s.row}>
              <span className={s.swatch} style={{ backgroundColor: l.color }} />
              <Text>{`${l.label}${l.lower !== undefined ? ` (≥ ${l.lower.toLocaleString('id-ID')} %)` : ''}: ${l.rows} baris`}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <main className={s.root}>
      <Title3 as="h1">Periksa LKjIP</Title3>
      <TabList className={s.tabs} size="small" selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
        <Tab value="tabel">Kenali tabel</Tab>
        <Tab value="periksa">Periksa konsistensi</Tab>
        <Tab value="sorot">Sorot predikat</Tab>
      </TabList>
      {tab !== 'sorot' && (
        <div className={s.row}>
          <Button appearance="primary" disabled={!!busy} onClick={() => work('Membaca dan memeriksa buku kerja…', async () => void (await analyse()))}>
            {tab === 'tabel' ? 'Kenali tabel' : 'Periksa konsistensi'}
          </Button>
          {tab === 'periksa' && undoAvailable && !busy && <Button onClick={undoFix}>Batalkan</Button>}
          {tab === 'periksa' && result && <Caption1>Sudah memperbaiki sesuatu? Tekan lagi untuk memeriksa ulang.</Caption1>}
        </div>
      )}
      {busy && (
        <div className={s.row}>
          <Spinner size="small" label={busy} />
          <Button size="small" onClick={cancel}>
            Batal
          </Button>
        </div>
      )}
      {hidden && (
        <MessageBar intent="warning" data-testid="sheet-tersembunyi">
          <MessageBarBody>{`Sheet "${hidden.sheet}" tersembunyi, jadi sel ${hidden.address} tidak dapat dipilih.`}</MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              onClick={() =>
                work('Menampilkan sheet…', async () => {
                  await host.showSheet(hidden.sheet);
                  await host.select(hidden.sheet, hidden.address);
                  setHidden(null);
                })
              }
            >
              Tampilkan sheet
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {withoutMerges.length > 0 && result && (
        <MessageBar intent="info">
          <MessageBarBody>{`Sel gabungan di sheet ${withoutMerges.map((x) => `"${x}"`).join(', ')} terlalu banyak untuk dibaca Excel; judul kolom bertingkat di sana dibaca tanpanya.`}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {failed.map((f) => (
        <MessageBar key={f.sheet} intent="warning">
          <MessageBarBody>{`Sheet "${f.sheet}" gagal dibaca (${officeErrorMessage(f.error ?? f.message)}); sheet lain tetap diperiksa.`}</MessageBarBody>
        </MessageBar>
      ))}
      {capabilities && !capabilities.mergedAreas && result && (
        <MessageBar intent="info">
          <MessageBarBody>
            Excel ini belum dapat membaca sel gabungan (ExcelApi 1.13), jadi judul kolom bertingkat dibaca tanpanya; bila ada tabel yang tidak dikenali,
            perbarui Excel atau periksa berkasnya dengan perintah lkjip.
          </MessageBarBody>
        </MessageBar>
      )}
      {note && (
        <MessageBar intent="info">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
      {tab === 'tabel' && tablesView}
      {tab === 'periksa' && findingsView}
      {tab === 'sorot' && sorotView}
    </main>
  );
}

/** Consecutive items of one sheet under one heading (items stay in severity order). */
function groupedBySheet(items: FindingItem[]): Array<[string, FindingItem[]]> {
  const out: Array<[string, FindingItem[]]> = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && last[0] === item.sheet) last[1].push(item);
    else out.push([item.sheet, [item]]);
  }
  return out;
}

const PENJELASAN = new Map(RULES.map((r) => [r.meta.id, r.meta.penjelasan]));

function FindingDetail({ item, onSelect }: { item: FindingItem; onSelect: (sheet: string, cell: string) => Promise<void> }): React.ReactElement {
  const s = useStyles();
  const f: Finding = item.findings[0];
  const single = item.findings.length === 1;
  return (
    <Card className={s.detail} data-testid="rincian">
      <Caption1>{`Aturan: ${item.rule}`}</Caption1>
      {single && f.expected !== undefined && f.expected !== null && <Text>{`Seharusnya: ${f.expectedText ?? show(f.expected)}`}</Text>}
      {single && f.actual !== undefined && f.actual !== null && <Text>{`Tertulis: ${f.actualText ?? show(f.actual)}`}</Text>}
      {single && f.differenceText && <Text>{f.differenceText.charAt(0).toUpperCase() + f.differenceText.slice(1)}</Text>}
      {single && f.computation && <Text>{`Perhitungan: ${f.computation}`}</Text>}
      {(single ? (f.related ?? []) : item.cells).length > 0 && (
        <div className={s.row}>
          <Text>{single ? 'Dibandingkan dengan:' : 'Sel:'}</Text>
          {(single ? (f.related ?? []) : item.cells).map((r) => (
            <Button key={r} size="small" onClick={() => void onSelect(item.sheet, r)}>
              {r}
            </Button>
          ))}
        </div>
      )}
      {single && item.rule === 'lintas-sheet' && (
        <div className={s.row} data-testid="ke-kedua-sel">
          <Text>Mana yang benar tidak dapat dipastikan otomatis; buka kedua sel, lalu perbaiki yang salah:</Text>
          <Button size="small" onClick={() => void onSelect(item.sheet, item.cell)}>{`Ke ${item.sheet}!${item.cell}`}</Button>
          {(f.related ?? []).map((r) => (
            <Button key={r} size="small" onClick={() => void onSelect(item.sheet, r)}>
              {`Ke ${r.includes('!') ? r : `${item.sheet}!${r}`}`}
            </Button>
          ))}
        </div>
      )}
      {PENJELASAN.get(item.rule) && (
        <details>
          <summary>Mengapa ini penting</summary>
          <Text>{PENJELASAN.get(item.rule)}</Text>
        </details>
      )}
    </Card>
  );
}
