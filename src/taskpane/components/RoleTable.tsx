import * as React from 'react';
import { Dropdown, makeStyles, Option, tokens } from '@fluentui/react-components';
import type { LedgerColumnView, RoleChoice } from '../engine-types';
import { useLang } from '../lang';
import { roleChoices, roleLabel } from '../option-labels';

export type RoleTableProps = {
  readonly columns: readonly LedgerColumnView[];
  readonly onChange: (header: string, role: RoleChoice) => void;
};

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground2 },
  td: { padding: `${tokens.spacingVerticalXXS} 0`, verticalAlign: 'middle' },
  header: { overflowWrap: 'anywhere', paddingRight: tokens.spacingHorizontalS },
  dropdown: { minWidth: '150px', width: '100%' },
});

/** Each ledger column with the role the reader gave it, correctable from a dropdown. */
export function RoleTable(props: RoleTableProps): React.ReactElement {
  const styles = useStyles();
  const { lang, t } = useLang();
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th className={styles.th} scope="col">
            {t.columnHeader}
          </th>
          <th className={styles.th} scope="col">
            {t.columnRole}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.columns.map((c) => (
          <tr key={`${c.col}-${c.header}`}>
            <td className={`${styles.td} ${styles.header}`}>{c.header}</td>
            <td className={styles.td}>
              <Dropdown
                className={styles.dropdown}
                size="small"
                aria-label={t.roleFor(c.header)}
                value={roleLabel(c.role, lang)}
                selectedOptions={[c.role]}
                onOptionSelect={(_e, d) => props.onChange(c.header, d.optionValue as RoleChoice)}
              >
                {roleChoices.map((r) => (
                  <Option key={r} value={r}>
                    {roleLabel(r, lang)}
                  </Option>
                ))}
              </Dropdown>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
