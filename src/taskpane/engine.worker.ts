/// <reference lib="webworker" />
/**
 * The engine off the pane's UI thread: a long check never freezes the pane, and the custom functions (which share the
 * page's runtime) keep recalculating meanwhile.
 */
import { EngineCore } from './engine-core';
import { EngineRequest, EngineResponse } from './engine-protocol';

const core = new EngineCore();
const scope = self as unknown as { onmessage: ((e: MessageEvent<EngineRequest>) => void) | null; postMessage(m: EngineResponse): void };

scope.onmessage = (e) => {
  const req = e.data;
  try {
    if (req.type === 'periksa') scope.postMessage({ id: req.id, type: 'periksa', result: core.periksa(req.snapshot) });
    else if (req.type === 'fixes') scope.postMessage({ id: req.id, type: 'fixes', changes: core.fixes(req.findings) });
    else scope.postMessage({ id: req.id, type: 'plan', plan: core.plan(req.scaleId) });
  } catch (err) {
    scope.postMessage({ id: req.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
