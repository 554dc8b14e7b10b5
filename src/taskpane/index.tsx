/**
 * Composition root: decides where the pane runs, builds the port for it, and renders.
 * Inside Excel the Office.js adapter; anywhere else the file adapter, loaded on demand (exceljs
 * is a separate chunk fetched only in standalone mode).
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createExcelPort, missingRequirement } from '../io/excel';
import { App } from './App';
import { detectHost } from './boot/host';
import { Frame } from './components/Frame';
import { Unsupported } from './components/Unsupported';
import { engine } from './engine';
import type { FilePort } from './hooks/useFileWorkbook';
import { LangProvider } from './lang';
import { Standalone } from './Standalone';

async function openFile(data: Uint8Array, fileName: string): Promise<FilePort> {
  const { createFilePort } = await import(/* webpackChunkName: "file-adapter" */ '../io/xlsx/file-port');
  return createFilePort(data, fileName);
}

/** Today as yyyy-mm-dd in local time: the one place the pane reads the clock. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function start(): Promise<void> {
  const host = await detectHost(window as unknown as Parameters<typeof detectHost>[0]);
  const container = document.getElementById('root');
  if (!container) return;
  const theme = host.kind === 'excel' && host.theme === 'dark' ? webDarkTheme : webLightTheme;
  const body =
    host.kind === 'excel' ? (
      // An Excel older than the minimum API set gets a plain explanation instead of failing later.
      missingRequirement(host.supports) !== null ? (
        <Unsupported />
      ) : (
        <App port={createExcelPort(host.run, { supports: host.supports, ...(host.settings ? { settings: host.settings } : {}) })} engine={engine} asOf={today()} />
      )
    ) : (
      <Standalone engine={engine} asOf={today()} openFile={openFile} />
    );
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <LangProvider initial={host.lang}>
        <Frame>{body}</Frame>
      </LangProvider>
    </FluentProvider>,
  );
  // First render, in ms from navigation start: read by the e2e test and the benchmark.
  requestAnimationFrame(() => {
    document.documentElement.dataset.krReadyMs = String(Math.round(performance.now()));
    document.documentElement.dataset.krHost = host.kind;
  });
}

void start();
