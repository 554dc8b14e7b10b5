import * as React from 'react';
import type { InsertTabHostProps } from './tab-props';
import { InsertTab } from '../components/InsertTab';
import { useLang } from '../lang';
import { formatSwedishNumber } from '../../core/text/number';
import { INVESTMENT_TEXT } from './investment-strings';
import type { ReportRef } from '../../core/port';

export type InvestmentsTabProps = Omit<InsertTabHostProps, 'asOf'> & {
  /** The tables this add-in wrote earlier: when the investment table is among them, the button updates it. */
  readonly reports: readonly ReportRef[];
  readonly refreshReports: () => Promise<void>;
};

/**
 * Investeringar: the top lines with their forecast variance (positive is under-spend) and
 * "Infoga investeringsrapport"; when the workbook already has the table, the button updates it
 * and keeps the Kommentar cells.
 */
export function InvestmentsTab(props: InvestmentsTabProps): React.ReactElement {
  const { lang } = useLang();
  const text = INVESTMENT_TEXT[lang];
  const { engine, snapshot } = props;
  const run = React.useMemo(() => engine.investments(snapshot, lang), [engine, snapshot, lang]);
  const lines = run.lines.map((l) => {
    const tkr = Math.round(l.variance / 1000) + 0;
    const shown = lang === 'sv' ? formatSwedishNumber(tkr, 0, '\u2212') : tkr.toLocaleString('en-GB');
    return { key: l.id, text: l.label, status: text.variance(tkr > 0 ? `+${shown}` : shown), tone: tkr < 0 ? ('red' as const) : ('green' as const) };
  });
  const name = run.grids[0]?.name;
  const exists = name !== undefined && props.reports.some((r) => r.name === name);
  const { onWritten, refreshReports } = props;
  const written = React.useCallback(() => {
    onWritten?.();
    void refreshReports();
  }, [onWritten, refreshReports]);
  return (
    <InsertTab
      port={props.port}
      intro={text.intro}
      found={run.found}
      noneText={text.none}
      summaryTitle={text.summary}
      lines={lines}
      grids={run.grids}
      issues={run.issues}
      buttonLabel={exists ? text.refresh : text.insert}
      insertedText={text.inserted}
      onWritten={written}
      afterWrite={props.afterWrite}
      mode={exists ? 'refresh' : 'insert'}
    />
  );
}
