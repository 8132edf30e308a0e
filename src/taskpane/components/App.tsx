import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { formatDay, parseIsoDay } from "../../engine/cells/calendar";
import type { Lang } from "../../engine/labels";
import type { Finding } from "../../engine/validation/finding";
import type { PaneHost } from "../host";
import { LanguageProvider, languageFromLocale } from "../i18n/language";
import { readChoice, writeChoice } from "../i18n/storedChoice";
import { loadPipeline as loadPipelineChunk, type Pipeline } from "../loadPipeline";
import { createRulesActions } from "../rules/rulesActions";
import { useHighlights } from "../state/useHighlights";
import { useLimitations } from "../state/useLimitations";
import { useRefresh } from "../state/useRefresh";
import { createTemplateActions } from "../template/templateActions";
import { Pane, type PaneTab } from "./Pane";

const LANGUAGE_KEY = "language";

export interface AppProps {
  readonly host: PaneHost;
  /** The pipeline chunk; tests hand in the modules directly. */
  readonly loadPipeline?: () => Promise<Pipeline>;
}

function initialLanguage(locale: string | null): Lang {
  const stored = readChoice(LANGUAGE_KEY);
  return stored === "zh" || stored === "en" ? stored : languageFromLocale(locale);
}

/** The pane's root: owns the state, hands it to the presentational `Pane` with the actions. */
export function App({ host, loadPipeline = loadPipelineChunk }: AppProps) {
  const [lang, setLang] = useState<Lang>(() => initialLanguage(host.locale));
  const langRef = useRef(lang);
  langRef.current = lang;
  const [tab, setTab] = useState<PaneTab>("overview");
  const [asOf, setAsOf] = useState(() => formatDay(host.defaultAsOf?.() ?? host.today()));
  const [selectFailed, setSelectFailed] = useState(false);
  const currentLang = useCallback(() => langRef.current, []);
  const refresh = useRefresh(host, host.refreshStatus, loadPipeline, currentLang);
  const [limitations, dismissLimitations] = useLimitations(host);
  const highlights = useHighlights(host.highlights);
  const rulesActions = useMemo(
    () => createRulesActions(host, currentLang, loadPipeline),
    [host, loadPipeline, currentLang],
  );
  const templateActions = useMemo(() => createTemplateActions(host), [host]);

  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en-US";
  }, [lang]);

  const toggleLanguage = useCallback(() => {
    const next: Lang = langRef.current === "zh" ? "en" : "zh";
    writeChoice(LANGUAGE_KEY, next);
    setLang(next);
  }, []);

  const startRefresh = useCallback(() => {
    const day = parseIsoDay(asOf);
    if (day !== null) refresh.start(day);
  }, [asOf, refresh.start]);

  const refreshFromRules = useCallback(() => {
    setTab("overview");
    startRefresh();
  }, [startRefresh]);

  const selectIssue = useCallback(
    (finding: Finding) => {
      if (finding.row === null) return;
      setSelectFailed(false);
      host
        .selectCell(finding.sheet, finding.row, finding.columnIndex ?? 0)
        .catch(() => setSelectFailed(true));
    },
    [host],
  );

  return (
    <FluentProvider
      theme={host.theme === "dark" ? webDarkTheme : webLightTheme}
      lang={lang === "zh" ? "zh-CN" : "en-US"}
      style={{ height: "100%" }}
    >
      <LanguageProvider lang={lang}>
        <Pane
          tab={tab}
          onTabChange={setTab}
          onToggleLanguage={toggleLanguage}
          refresh={refresh.state}
          asOf={asOf}
          onAsOfChange={setAsOf}
          onRefresh={startRefresh}
          onCancel={refresh.cancel}
          onDismissError={refresh.dismissError}
          limitations={limitations}
          onDismissLimitations={dismissLimitations}
          onSelectIssue={selectIssue}
          selectFailed={selectFailed}
          highlights={highlights}
          rulesActions={rulesActions}
          templateActions={templateActions}
          onRefreshRequested={refreshFromRules}
        />
      </LanguageProvider>
    </FluentProvider>
  );
}
