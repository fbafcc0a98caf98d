/* global Office, Excel */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ExcelHost } from '../office/excel-host';
import { App } from './App';

function mount(): void {
  const el = document.getElementById('root');
  if (!el) return;
  const host = typeof Excel !== 'undefined' ? new ExcelHost() : null;
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

if (typeof Office !== 'undefined' && Office.onReady) {
  Office.onReady(() => mount());
} else {
  mount();
}
