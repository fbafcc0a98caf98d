/**
 * Imported first by main.js, before its other modules: `lkjip periksa` starts its first worker now (worker-start),
 * so the worker boots while the rest of the command loads.
 */
import { startEarly } from './worker-start';

startEarly();
