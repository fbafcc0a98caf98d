/** The page's handle on its worker (dist/checker-worker.js). Batal ends the worker; the next request starts another. */
import { CheckerRequest, CheckerResponse, Stage } from './protocol';

export const CHECKER_WORKER_URL = 'checker-worker.js';

export class Cancelled extends Error {
  constructor() {
    super('Dibatalkan');
    this.name = 'Cancelled';
  }
}

type Ask = CheckerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

interface Waiting {
  resolve: (r: CheckerResponse) => void;
  reject: (e: Error) => void;
  onStage?: (s: Stage) => void;
}

export class CheckerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private waiting = new Map<number, Waiting>();

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(CHECKER_WORKER_URL);
    w.onmessage = (e: MessageEvent<CheckerResponse>) => {
      const p = this.waiting.get(e.data.id);
      if (!p) return;
      if (e.data.type === 'tahap') {
        p.onStage?.(e.data.stage);
        return;
      }
      this.waiting.delete(e.data.id);
      p.resolve(e.data);
    };
    w.onerror = (e) => {
      e.preventDefault();
      const message = /memory|allocation/i.test(e.message ?? '')
        ? 'berkas terlalu besar untuk diperiksa di peramban ini (memori tidak cukup); pakai lkjip di komputer (CLI)'
        : 'pemeriksa di peramban berhenti tiba-tiba; muat ulang halaman lalu coba lagi';
      for (const p of this.waiting.values()) p.resolve({ id: 0, type: 'gagal', message });
      this.waiting.clear();
      this.worker?.terminate();
      this.worker = null;
    };
    this.worker = w;
    return w;
  }

  ask(req: Ask, onStage?: (s: Stage) => void): Promise<CheckerResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, onStage });
      this.start().postMessage({ ...req, id } as CheckerRequest);
    });
  }

  /** Starts the worker now, so its script is loaded while the page is online. */
  warmUp(): void {
    this.start();
  }

  /** Stops whatever the worker is doing: every waiting request ends with Cancelled. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.waiting.values()) p.reject(new Cancelled());
    this.waiting.clear();
  }
}
