import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useLang } from '../lang';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  main: { flexGrow: 1, padding: `0 ${tokens.spacingHorizontalL}` },
  // Read by screen readers only: the button's purpose, in the pane's language.
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

/** The pane's frame: title, the language switch, and the page content. */
export function Frame(props: { readonly children: React.ReactNode }): React.ReactElement {
  const styles = useStyles();
  const { lang, t, setLang } = useLang();
  const other = lang === 'sv' ? 'en' : 'sv';
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t.appTitle}</h1>
        <Button size="small" appearance="subtle" onClick={() => setLang(other)}>
          {/* Only the other language's own name is in that language; the rest of the name is in the pane's. */}
          <span lang={other}>{t.languageOther}</span>
          <span className={styles.hidden}> – {t.language}</span>
        </Button>
      </header>
      <main className={styles.main}>{props.children}</main>
    </div>
  );
}
