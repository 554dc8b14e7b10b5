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
});

/** The pane's frame: title, the language switch, and the page content. */
export function Frame(props: { readonly children: React.ReactNode }): React.ReactElement {
  const styles = useStyles();
  const { lang, t, setLang } = useLang();
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t.appTitle}</h1>
        <Button
          size="small"
          appearance="subtle"
          lang={lang === 'sv' ? 'en' : 'sv'}
          aria-label={`${t.languageOther} – ${t.language}`}
          onClick={() => setLang(lang === 'sv' ? 'en' : 'sv')}
        >
          {t.languageOther}
        </Button>
      </header>
      <main className={styles.main}>{props.children}</main>
    </div>
  );
}
