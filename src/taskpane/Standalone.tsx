import * as React from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { WorkbookPort } from '../core/port';
import { App } from './App';
import type { Engine } from './engine-types';
import { Notice } from './components/Messages';
import { FilePicker } from './components/FilePicker';
import { useLang } from './lang';
import { useFileWorkbook, type FilePort, type OpenFile } from './hooks/useFileWorkbook';

export type StandaloneProps = {
  readonly engine: Engine;
  readonly asOf: string;
  /** Loads the file adapter (a separate chunk: exceljs is fetched only here). */
  readonly openFile: OpenFile;
};

const useStyles = makeStyles({
  intro: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalL },
  bar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  fileName: { overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  download: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  start: { alignSelf: 'flex-start' },
});

/** Outside Excel: open an .xlsx, run the same pane on it, download the result. */
export function Standalone(props: StandaloneProps): React.ReactElement {
  const styles = useStyles();
  const { lang, t } = useLang();
  const file = useFileWorkbook(props.openFile);
  const input = React.useRef<HTMLInputElement>(null);
  const choose = (): void => input.current?.click();

  const picker = (
    <FilePicker
      ref={input}
      accept=".xlsx,.xlsm,.se,.si,.sie,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      label={t.openWorkbook}
      testId="file-input"
      onFile={(f) => void file.open(f)}
    />
  );
  const download = (
    <div className={styles.download}>
      <Text block>{t.downloadHint}</Text>
      <Button appearance="primary" onClick={() => void file.download()}>
        {t.downloadWorkbook}
      </Button>
    </div>
  );

  const port: FilePort | null = file.state.kind === 'open' ? file.state.port : null;
  return (
    <>
      {picker}
      {port ? (
        <div className={styles.bar}>
          <span className={styles.fileName}>{t.fileOpened(port.fileName)}</span>
          <Button size="small" appearance="secondary" onClick={choose}>
            {t.openAnother}
          </Button>
        </div>
      ) : (
        <div className={styles.intro}>
          <Text>{t.standaloneIntro}</Text>
          <Button className={styles.start} appearance="primary" onClick={choose} disabledFocusable={file.state.kind === 'opening'}>
            {t.openWorkbook}
          </Button>
        </div>
      )}
      {file.state.kind === 'opening' ? <Text role="status">{t.loading}</Text> : null}
      {file.state.kind === 'failed' ? <Notice intent="error">{file.state.message[lang]}</Notice> : null}
      {file.downloadError ? <Notice intent="error">{file.downloadError[lang]}</Notice> : null}
      {port ? (
        <App
          key={port.fileName + String(file.generation)}
          port={port as WorkbookPort}
          engine={props.engine}
          asOf={props.asOf}
          afterWrite={download}
        />
      ) : null}
    </>
  );
}
