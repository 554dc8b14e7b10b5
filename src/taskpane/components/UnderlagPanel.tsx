import * as React from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Unit } from '../engine-types';
import type { InsertState, UnderlagState } from '../hooks/useUnderlag';
import { signedAmount } from '../../core/commentary/format';
import { useLang } from '../lang';
import { Notice } from './Messages';

export type UnderlagPanelProps = {
  readonly state: UnderlagState;
  readonly unit: Unit;
  readonly onShow: () => void;
  readonly onGoTo: (sheet: string, address: string) => void;
  readonly onInsert: () => void;
  readonly inserted: InsertState;
};

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** *Visa underlag* for the selected report cell: its accounts and ledger rows, each with *Gå till*. */
export function UnderlagPanel(props: UnderlagPanelProps): React.ReactElement {
  const styles = useStyles();
  const { lang, t } = useLang();
  const fig = (kr: number) => signedAmount(kr, props.unit, lang);
  const s = props.state;
  return (
    <>
      <Text size={200}>{t.underlagHint}</Text>
      <div>
        <Button onClick={props.onShow}>{t.showUnderlag}</Button>
      </div>
      {s.kind === 'no-cell' ? <Notice intent="info">{t.underlagNoCell}</Notice> : null}
      {s.kind === 'failed' ? <Notice intent="warning">{t.underlagFailed}</Notice> : null}
      {s.kind === 'shown' ? (
        <section aria-label={s.view.title}>
          <Text weight="semibold">
            {s.view.title}: {fig(s.view.value)}
          </Text>
          <ul className={styles.list}>
            {s.view.accounts.map((a) => (
              <li key={a.label}>
                {a.label}: {fig(a.amount)}
                <ul className={styles.list}>
                  {a.rows.map((r) => (
                    <li key={`${r.sheet}!${r.row}`} className={styles.row}>
                      <span>{t.underlagRow(r.row, fig(r.amount))}</span>
                      <Button size="small" appearance="subtle" aria-label={t.goToRow(r.row, r.sheet)} onClick={() => props.onGoTo(r.sheet, r.address)}>
                        {t.goTo}
                      </Button>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <Button onClick={props.onInsert}>{t.insertUnderlag}</Button>
        </section>
      ) : null}
      {props.inserted.kind === 'done' ? <Notice intent="success">{t.underlagInserted(props.inserted.sheet)}</Notice> : null}
      {props.inserted.kind === 'failed' ? <Notice intent="error">{props.inserted.message[lang]}</Notice> : null}
    </>
  );
}
