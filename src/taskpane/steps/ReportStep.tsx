import * as React from 'react';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ForecastMethod, LedgerView, ReportOptions, ReportRun, SignConvention, Unit } from '../engine-types';
import { ChoiceField, type Choice } from '../components/ChoiceField';
import { Notice } from '../components/Messages';
import { PreviewTable } from '../components/PreviewTable';
import { CommentaryPreview } from '../components/CommentaryPreview';
import { ChartPreview } from '../components/ChartPreview';
import { Section } from '../components/Section';
import { useLang } from '../lang';
import { forecastMethods, monthLabel, units } from '../option-labels';
import { BY_ACCOUNT } from '../hooks/useReportOptions';

export type ReportStepProps = {
  readonly ledger: LedgerView;
  readonly options: ReportOptions;
  readonly run: ReportRun | null;
  readonly onChange: (patch: Partial<ReportOptions>) => void;
  /** Picks an amount cell of the preview for *Visa underlag* (0-based grid row and column). */
  readonly onPickCell?: (row: number, col: number) => void;
};

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalL },
});

const NO_BREAKDOWN = '__none__';
/** The line label and the budget, outcome, forecast and variance columns: what fits a pane. */
const PREVIEW_COLUMNS = 7;

/** Step 2: the report's options and a live preview of its lines. */
export function ReportStep(props: ReportStepProps): React.ReactElement {
  const styles = useStyles();
  const { lang, t } = useLang();
  const { options, ledger } = props;
  const method = forecastMethods[options.forecast];

  const months: Choice<string>[] = [
    ...(ledger.months.length === 0 ? [{ value: '0', label: t.throughAuto }] : []),
    ...ledger.months.map((m) => ({ value: String(m), label: monthLabel(m, lang) })),
  ];
  const methods: Choice<ForecastMethod>[] = (Object.keys(forecastMethods) as ForecastMethod[]).map((m) => ({ value: m, label: forecastMethods[m].label[lang] }));
  const unitChoices: Choice<Unit>[] = (Object.keys(units) as Unit[]).map((u) => ({ value: u, label: units[u][lang] }));
  const signs: Choice<SignConvention>[] = [
    { value: 'costs-negative', label: t.signsCostsNegative },
    { value: 'income-negative', label: t.signsIncomeNegative },
  ];
  const dims: Choice<string>[] = [
    { value: NO_BREAKDOWN, label: t.byNone },
    ...ledger.dimensions.map((d) => ({ value: d, label: d })),
    { value: BY_ACCOUNT, label: t.byAccount },
  ];
  const layouts: Choice<'blocks' | 'table'>[] = [
    { value: 'blocks', label: t.layoutBlocks },
    { value: 'table', label: t.layoutTable },
  ];

  return (
    <>
      <div className={styles.fields}>
        <ChoiceField label={t.through} value={String(options.through)} choices={months} onChange={(v) => props.onChange({ through: Number(v) })} />
        <ChoiceField label={t.forecast} value={options.forecast} choices={methods} hint={method.hint[lang]} onChange={(v) => props.onChange({ forecast: v })} />
        {options.forecast === 'linear' ? <Notice intent="warning">{t.runRateWarning}</Notice> : null}
        <ChoiceField label={t.unit} value={options.unit} choices={unitChoices} onChange={(v) => props.onChange({ unit: v })} />
        <ChoiceField label={t.signs} value={options.signs} choices={signs} onChange={(v) => props.onChange({ signs: v })} />
        <ChoiceField label={t.by} value={options.by ?? NO_BREAKDOWN} choices={dims} onChange={(v) => props.onChange({ by: v === NO_BREAKDOWN ? undefined : v })} />
        {options.by !== undefined ? <ChoiceField label={t.layout} value={options.layout ?? 'blocks'} choices={layouts} onChange={(v) => props.onChange({ layout: v })} /> : null}
      </div>
      <Section title={t.preview} level={3} minor>
        {props.run?.grid ? (
          <PreviewTable
            grid={props.run.grid}
            columns={PREVIEW_COLUMNS}
            caption={t.previewCaption(units[options.unit][lang])}
            {...(props.onPickCell ? { onPickCell: props.onPickCell, pickLabel: t.underlagFor } : {})}
          />
        ) : (
          <Text>{t.previewEmpty}</Text>
        )}
      </Section>
      {props.run?.grid?.charts && props.run.grid.charts.length > 0 ? (
        <Section title={t.chart} level={3} minor>
          {props.run.grid.charts.map((c, i) => (
            <ChartPreview key={i} grid={props.run?.grid as NonNullable<typeof props.run.grid>} chart={c} lang={lang} />
          ))}
        </Section>
      ) : null}
      {props.run?.grid && props.run.commentary && props.run.commentary.length > 0 ? (
        <Section title={t.commentary} level={3} minor>
          <CommentaryPreview paragraphs={props.run.commentary} />
        </Section>
      ) : null}
    </>
  );
}
