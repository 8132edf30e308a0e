import { createContext, useContext, type ReactNode } from "react";
import type { Lang } from "../../engine/labels";
import { PANE_TEXT, type PaneText } from "./text";

/**
 * The pane's language from an Office display language such as `zh-CN` or `en-US`: Chinese for
 * Chinese, English for every other known language (it reads better than Chinese for most of
 * them), Chinese when the host does not say.
 */
export function languageFromLocale(locale: string | undefined | null): Lang {
  const tag = (locale ?? "").trim().toLowerCase();
  if (tag === "" || tag.startsWith("zh")) return "zh";
  return "en";
}

const LanguageContext = createContext<Lang>("zh");

export function LanguageProvider({ lang, children }: { readonly lang: Lang; readonly children: ReactNode }) {
  return <LanguageContext.Provider value={lang}>{children}</LanguageContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LanguageContext);
}

export function useText(): PaneText {
  return PANE_TEXT[useContext(LanguageContext)];
}
