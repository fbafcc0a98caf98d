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
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { rangeA1 } from '../core/address';
import { highlightPlan, LegendEntry } from '../core/highlight';
import { periksaWorkbook, Analysis } from '../core/periksa';
import { PRESETS, scaleById } from '../core/scale';
import { Finding, TABLE_KIND_LABEL } from '../core/types';
import { Capabilities, unsupportedMessage } from '../office/capabilities';
import { SheetFailure, WorkbookHost } from '../office/excel-host';

const useStyles = makeStyles({
  root: { padding: '12px', display: 'flex', flexDirection: 'column', gap: '12px', fontFamily: tokens.fontFamilyBase },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  list: { display: 'flex', flexDirection: 'column', gap: '4px', margin: 0, padding: 0, listStyleType: 'none' },
  item: { justifyContent: 'flex-start', textAlign: 'left', width: '100%', height: 'auto', padding: '6px 8px', whiteSpace: 'normal' },
  sheet: { marginTop: '8px' },
  swatch: { width: '16px', height: '16px', borderRadius: '3px', border: `1px solid ${tokens.colorNeutralStroke1}`, flexShrink: 0 },
  detail: { padding: '8px 12px', display: 'flex', flexDirection: 'column', gap: '4px' },
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
  const m = e instanceof Error ? e.message : String(e);
  return `Terjadi kesalahan: ${m}`;
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
  const [result, setResult] = React.useState<Analysis | null>(null);
  const [failed, setFailed] = React.useState<SheetFailure[]>([]);
  const [selected, setSelected] = React.useState<Finding | null>(null);
  const [scaleId, setScaleId] = React.useState<string>('workbook');
  const [legend, setLegend] = React.useState<LegendEntry[] | null>(null);
  const [note, setNote] = React.useState<string | null>(null);

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
    try {
      await fn();
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(null);
    }
  };

  const analyse = async (): Promise<Analysis> => {
    const read = await host.read();
    setFailed(read.failed);
    const r = periksaWorkbook(read.snapshot);
    setResult(r);
    setSelected(null);
    return r;
  };

  const hasOwnScale = !!result?.tables.some((t) => t.kind === 'skala-penilaian' && t.bands && t.bands.length >= 2);

  const selectCell = (sheet: string, address: string) => work('Memilih sel…', () => host.select(sheet, address));

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

  const findingsView = result && (
    <section aria-label="Temuan">
      <div className={s.row} data-testid="jumlah-temuan">
        <Badge color="danger" appearance="filled">{`${result.counts.galat} galat`}</Badge>
        <Badge color="warning" appearance="filled">{`${result.counts.peringatan} peringatan`}</Badge>
        <Badge color="informative" appearance="tint">{`${result.counts.info} info`}</Badge>
      </div>
      {result.findings.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>Tidak ada temuan: angka-angka di tabel yang dikenali saling cocok.</MessageBarBody>
        </MessageBar>
      ) : (
        bySheet(result.findings).map(([sheet, list]) => (
          <div key={sheet} className={s.sheet}>
            <Subtitle2 as="h3">{sheet}</Subtitle2>
            <ul className={s.list}>
              {list.map((f) => (
                <li key={`${f.rule}|${f.cell}`}>
                  <Button
                    appearance={selected === f ? 'secondary' : 'subtle'}
                    className={s.item}
                    data-testid="temuan"
                    onClick={() => {
                      setSelected(f);
                      void selectCell(f.sheet, f.cell);
                    }}
                  >
                    <span>
                      <Badge color={SEVERITY_COLOR[f.severity]} appearance="tint" size="small">
                        {SEVERITY_LABEL[f.severity]}
                      </Badge>{' '}
                      <Text weight="semibold">{f.cell}</Text> <Text>{f.message}</Text>
                    </span>
                  </Button>
                  {selected === f && (
                    <Card className={s.detail} data-testid="rincian">
                      <Caption1>Aturan: {f.rule}</Caption1>
                      <Text>Seharusnya: {show(f.expected)}</Text>
                      <Text>Tertulis: {show(f.actual)}</Text>
                      {f.related && f.related.length > 0 && (
                        <div className={s.row}>
                          <Text>Dibandingkan dengan:</Text>
                          {f.related.map((r) => (
                            <Button key={r} size="small" onClick={() => selectCell(f.sheet, r)}>
                              {r}
                            </Button>
                          ))}
                        </div>
                      )}
                    </Card>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
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
              const r = await analyse();
              const plan = highlightPlan(r.tables, scaleById(r.tables, scaleId));
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
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
        <Tab value="tabel">Kenali tabel</Tab>
        <Tab value="periksa">Periksa konsistensi</Tab>
        <Tab value="sorot">Sorot predikat</Tab>
      </TabList>
      {tab !== 'sorot' && (
        <div className={s.row}>
          <Button appearance="primary" disabled={!!busy} onClick={() => work('Membaca dan memeriksa buku kerja…', async () => void (await analyse()))}>
            {tab === 'tabel' ? 'Kenali tabel' : result ? 'Periksa ulang' : 'Periksa konsistensi'}
          </Button>
        </div>
      )}
      {busy && <Spinner size="small" label={busy} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {failed.map((f) => (
        <MessageBar key={f.sheet} intent="warning">
          <MessageBarBody>{`Sheet "${f.sheet}" gagal dibaca (${f.message}); sheet lain tetap diperiksa.`}</MessageBarBody>
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
