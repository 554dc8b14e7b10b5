import * as React from 'react';
import type { Lang } from '../core/i18n/types';
import { strings, type Strings } from './strings';

type LangState = { readonly lang: Lang; readonly t: Strings; readonly setLang: (lang: Lang) => void };

const LangContext = React.createContext<LangState>({ lang: 'sv', t: strings.sv, setLang: () => undefined });

/** Holds the pane's language; starts from Office's display language, switchable by the user. */
export function LangProvider(props: { readonly initial: Lang; readonly children: React.ReactNode }): React.ReactElement {
  const [lang, setLang] = React.useState<Lang>(props.initial);
  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = React.useMemo(() => ({ lang, t: strings[lang], setLang }), [lang]);
  return <LangContext.Provider value={value}>{props.children}</LangContext.Provider>;
}

export function useLang(): LangState {
  return React.useContext(LangContext);
}
