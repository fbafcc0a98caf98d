/* global Office, Excel */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Capabilities, detectCapabilities } from '../office/capabilities';
import { ExcelHost } from '../office/excel-host';
import { App } from './App';

function mount(): void {
  const el = document.getElementById('root');
  // webview-lama.js has already told the user this webview is too old
  if (!el || (window as unknown as { __lkjipWebviewLama?: boolean }).__lkjipWebviewLama) return;
  const inExcel = typeof Excel !== 'undefined';
  const capabilities: Capabilities | undefined = inExcel ? detectCapabilities() : undefined;
  const host = inExcel && capabilities && capabilities.missing.length === 0 ? new ExcelHost(undefined, undefined, capabilities.mergedAreas) : null;
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} capabilities={capabilities} />
    </FluentProvider>,
  );
}

if (typeof Office !== 'undefined' && Office.onReady) {
  Office.onReady(() => mount());
} else {
  mount();
}
