/**
 * The pane's handle on the engine: a Web Worker (dist/engine-worker.js) when the page can start one, else the same
 * engine on the page. A cancelled check terminates the worker (a new one starts for the next check).
 */
import { CellChange } from '../core/fixes';
import { HighlightPlan } from '../core/highlight';
import { WorkbookSnapshot } from '../core/snapshot';
import { EngineCore } from './engine-core';
import { EngineRequest, EngineResponse, PaneAnalysis } from './engine-protocol';

export class Cancelled extends Error {
  constructor() {
    super('Dibatalkan');
    this.name = 'Cancelled';
  }
}

export interface Engine {
  periksa(snapshot: WorkbookSnapshot): Promise<PaneAnalysis>;
  plan(scaleId: string): Promise<HighlightPlan>;
  /** The cells fixing these findings (indices into the last check's findings) would change. */
  fixes(findings: number[]): Promise<CellChange[]>;
  cancel(): void;
}

export const WORKER_URL = 'engine-worker.js';

class WorkerEngine implements Engine {
  private worker: Worker | null = null;
  /** The engine on the page, used when the worker cannot start (a host that blocks workers). */
  private fallback: InlineEngine | null = null;
  private nextId = 1;
  private waiting = new Map<number, { resolve: (r: EngineResponse) => void; reject: (e: Error) => void }>();

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(WORKER_URL);
    w.onmessage = (e: MessageEvent<EngineResponse>) => {
      const p = this.waiting.get(e.data.id);
      if (!p) return;
      this.waiting.delete(e.data.id);
      if (e.data.type === 'error') p.reject(new Error(e.data.message));
      else p.resolve(e.data);
    };
    w.onerror = (e) => {
      for (const p of this.waiting.values()) p.reject(new Error(e.message || 'pemeriksa berhenti'));
      this.waiting.clear();
      this.worker = null;
    };
    this.worker = w;
    return w;
  }

  private ask(
    req: { type: 'periksa'; snapshot: WorkbookSnapshot } | { type: 'plan'; scaleId: string } | { type: 'fixes'; findings: number[] },
  ): Promise<EngineResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.start().postMessage({ ...req, id } as EngineRequest);
    });
  }

  async periksa(snapshot: WorkbookSnapshot): Promise<PaneAnalysis> {
    if (this.fallback) return this.fallback.periksa(snapshot);
    try {
      const r = await this.ask({ type: 'periksa', snapshot });
      if (r.type !== 'periksa') throw new Error('jawaban pemeriksa tidak dikenal');
      return r.result;
    } catch (e) {
      if (e instanceof Cancelled) throw e;
      this.fallback = new InlineEngine();
      return this.fallback.periksa(snapshot);
    }
  }

  async plan(scaleId: string): Promise<HighlightPlan> {
    if (this.fallback) return this.fallback.plan(scaleId);
    const r = await this.ask({ type: 'plan', scaleId });
    if (r.type !== 'plan') throw new Error('jawaban pemeriksa tidak dikenal');
    return r.plan;
  }

  async fixes(findings: number[]): Promise<CellChange[]> {
    if (this.fallback) return this.fallback.fixes(findings);
    const r = await this.ask({ type: 'fixes', findings });
    if (r.type !== 'fixes') throw new Error('jawaban pemeriksa tidak dikenal');
    return r.changes;
  }

  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.waiting.values()) p.reject(new Cancelled());
    this.waiting.clear();
  }
}

class InlineEngine implements Engine {
  private core = new EngineCore();
  async periksa(snapshot: WorkbookSnapshot): Promise<PaneAnalysis> {
    return this.core.periksa(snapshot);
  }
  async plan(scaleId: string): Promise<HighlightPlan> {
    return this.core.plan(scaleId);
  }
  async fixes(findings: number[]): Promise<CellChange[]> {
    return this.core.fixes(findings);
  }
  cancel(): void {
    /* a check on the page runs to its end */
  }
}

/** A worker engine where Worker exists, else the engine on the page. */
export function createEngine(): Engine {
  return typeof Worker !== 'undefined' ? new WorkerEngine() : new InlineEngine();
}

export { InlineEngine };
