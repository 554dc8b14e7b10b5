import * as React from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { WorkbookPort } from '../../core/port';
import type { Issue } from '../../core/issue';
import { issueText } from '../../core/i18n/render';
import { huvudbokGrid, readSie } from '../../core/sie';
import { readBytes } from '../hooks/useFileWorkbook';
import { SETTINGS_KEY } from '../hooks/useReportOptions';
import { userMessage, type Messages } from '../user-error';
import { Notice } from './Messages';
import { FilePicker } from './FilePicker';
import { useLang } from '../lang';

/**
 * *Importera SIE-fil*: reads an SIE file here in the pane (nothing leaves the machine), writes
 * its ledger as a Huvudbok sheet into the open workbook through the port (the adapters write in
 * size-bounded syncs), then reads the workbook again so the pane continues as with any ledger.
 * The dimension columns are named by the file's #DIM records ("Resultatenheter", "Medarbetare"),
 * which the ledger reader does not know by name: they are saved as dimension roles in the
 * workbook's settings, as if the user had marked them in the column table.
 */
export type SieImportProps = { readonly port: WorkbookPort; readonly onImported: () => void };

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'done'; readonly sheet: string; readonly rows: number; readonly warnings: readonly Issue[] }
  | { readonly kind: 'refused'; readonly issues: readonly Issue[] }
  | { readonly kind: 'failed'; readonly message: Messages };

const TEXT = {
  sv: {
    button: 'Importera SIE-fil',
    hint: 'Har du en SIE-fil från ekonomisystemet (.se, .si)? Den läses här och läggs in som ett blad Huvudbok.',
    working: 'Läser SIE-filen …',
    done: (sheet: string, rows: number) => `Huvudboken från SIE-filen (${rows} rader) lades in på bladet '${sheet}'.`,
    failed: 'SIE-filen kunde inte läggas in i arbetsboken. Försök igen.',
  },
  en: {
    button: 'Import SIE file',
    hint: 'Do you have an SIE file from the finance system (.se, .si)? It is read here and added as a Huvudbok sheet.',
    working: 'Reading the SIE file …',
    done: (sheet: string, rows: number) => `The ledger from the SIE file (${rows} rows) was added on sheet '${sheet}'.`,
    failed: 'The SIE file could not be added to the workbook. Try again.',
  },
} as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalM },
  button: { alignSelf: 'flex-start' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function useSieImport(port: WorkbookPort, onImported: () => void) {
  const [state, setState] = React.useState<State>({ kind: 'idle' });
  const importFile = React.useCallback(
    async (file: Blob) => {
      setState({ kind: 'working' });
      try {
        const read = readSie(await readBytes(file));
        if (read.snapshot === null) {
          setState({ kind: 'refused', issues: read.issues.filter((i) => i.severity === 'error') });
          return;
        }
        const sheet = read.snapshot.sheets[0];
        const written = await port.writeGrid(huvudbokGrid(sheet), 'insert');
        const settings = await port.loadSettings();
        const saved = settings[SETTINGS_KEY];
        const report = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {};
        const roles = typeof report.roles === 'object' && report.roles !== null ? (report.roles as Record<string, unknown>) : {};
        await port.saveSettings({ ...settings, [SETTINGS_KEY]: { ...report, roles: { ...roles, ...read.roles } } });
        setState({ kind: 'done', sheet: written.sheet, rows: sheet.values.length - 1, warnings: read.issues.filter((i) => i.severity === 'warning') });
        onImported();
      } catch (e) {
        setState({ kind: 'failed', message: userMessage(e, { sv: TEXT.sv.failed, en: TEXT.en.failed }) });
      }
    },
    [port, onImported],
  );
  return { state, importFile };
}

export function SieImport(props: SieImportProps): React.ReactElement {
  const styles = useStyles();
  const { lang } = useLang();
  const text = TEXT[lang];
  const { state, importFile } = useSieImport(props.port, props.onImported);
  const input = React.useRef<HTMLInputElement>(null);
  const list = (issues: readonly Issue[]): React.ReactElement => (
    <ul className={styles.list}>
      {issues.map((i, n) => (
        <li key={`${i.code}-${n}`}>{issueText(i, lang)}</li>
      ))}
    </ul>
  );
  return (
    <div className={styles.root}>
      <Text size={200}>{text.hint}</Text>
      <FilePicker ref={input} accept=".se,.si,.sie,.SE,.SI,text/plain" label={text.button} testId="sie-input" onFile={(f) => void importFile(f)} />
      <Button className={styles.button} size="small" appearance="secondary" disabledFocusable={state.kind === 'working'} onClick={() => input.current?.click()}>
        {text.button}
      </Button>
      {state.kind === 'working' ? <Text role="status">{text.working}</Text> : null}
      {state.kind === 'done' ? (
        <Notice intent="success">
          {text.done(state.sheet, state.rows)}
          {state.warnings.length > 0 ? list(state.warnings) : null}
        </Notice>
      ) : null}
      {state.kind === 'refused' ? <Notice intent="error">{list(state.issues)}</Notice> : null}
      {state.kind === 'failed' ? <Notice intent="error">{state.message[lang]}</Notice> : null}
    </div>
  );
}
