import * as React from 'react';
import { Body1, Title3 } from '@fluentui/react-components';

/** The task pane. Actions (Kenali tabel, Periksa konsistensi, Sorot predikat) arrive with the add-in issue. */
export function App(): React.ReactElement {
  return (
    <main style={{ padding: 16 }}>
      <Title3 as="h1">Periksa LKjIP</Title3>
      <Body1 as="p">Pemeriksa konsistensi Laporan Kinerja Instansi Pemerintah.</Body1>
    </main>
  );
}
