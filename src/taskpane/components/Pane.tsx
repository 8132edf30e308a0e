import { makeStyles, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { Bilingual } from "../../engine/labels";
import type { Finding } from "../../engine/validation/finding";
import { useText } from "../i18n/language";
import type { RulesActions } from "../rules/rulesActions";
import type { RefreshState } from "../state/refreshState";
import type { HighlightControl } from "../state/useHighlights";
import type { TemplateActions } from "../template/templateActions";
import { Header } from "./Header";
import { HighlightControls } from "./HighlightControls";
import { IssuesList } from "./IssuesList";
import { Overview } from "./Overview";
import { InfoMessage, LimitationsMessage } from "./StatusMessages";
import { TemplatePanel } from "./TemplatePanel";

// Not on the first screen: loaded when its tab is first opened.
const RulesEditor = lazy(() => import(/* webpackChunkName: "rules-editor" */ "../rules/RulesEditor"));

export type PaneTab = "overview" | "issues" | "rules" | "template";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    minWidth: "280px",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  tabs: {
    paddingLeft: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  body: {
    flexGrow: 1,
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXL}`,
    // The body scrolls; its blocks keep their height instead of being squeezed to fit.
    "& > *": { flexShrink: 0 },
  },
});

export interface PaneProps {
  readonly tab: PaneTab;
  readonly onTabChange: (tab: PaneTab) => void;
  readonly onToggleLanguage: () => void;
  readonly refresh: RefreshState;
  readonly asOf: string;
  readonly onAsOfChange: (value: string) => void;
  readonly onRefresh: () => void;
  readonly onCancel: () => void;
  readonly onDismissError: () => void;
  readonly limitations: readonly Bilingual[];
  readonly onDismissLimitations: () => void;
  readonly onSelectIssue: (finding: Finding) => void;
  /** Set when the last "go to cell" could not be done. */
  readonly selectFailed: boolean;
  /** Marks on problem cells; null when the host has none. */
  readonly highlights: HighlightControl | null;
  readonly rulesActions: RulesActions;
  readonly templateActions: TemplateActions;
  /** Asked by the rules editor after a save: refresh with the new rules. */
  readonly onRefreshRequested: () => void;
}

/** The whole pane: header, tabs, and the open tab. Renders state; every change goes through a prop. */
export function Pane(props: PaneProps) {
  const styles = useStyles();
  const text = useText();
  const issueCount = props.refresh.findings.length;
  return (
    <div className={styles.pane}>
      <Header onToggleLanguage={props.onToggleLanguage} />
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={props.tab}
        onTabSelect={(_, data) => props.onTabChange(data.value as PaneTab)}
      >
        <Tab value="overview">{text.tabs.overview}</Tab>
        <Tab value="issues">{issueCount > 0 ? `${text.tabs.issues} ${issueCount}` : text.tabs.issues}</Tab>
        <Tab value="rules">{text.tabs.rules}</Tab>
        <Tab value="template">{text.tabs.template}</Tab>
      </TabList>
      <main className={styles.body}>
        {props.limitations.length > 0 && (
          <LimitationsMessage limitations={props.limitations} onDismiss={props.onDismissLimitations} />
        )}
        {props.tab === "overview" && (
          <Overview
            refresh={props.refresh}
            asOf={props.asOf}
            onAsOfChange={props.onAsOfChange}
            onRefresh={props.onRefresh}
            onCancel={props.onCancel}
            onDismissError={props.onDismissError}
            onShowIssues={() => props.onTabChange("issues")}
          />
        )}
        {props.tab === "issues" && (
          <>
            {props.selectFailed && <InfoMessage intent="warning">{text.issues.selectFailed}</InfoMessage>}
            {props.highlights !== null && issueCount > 0 && (
              <HighlightControls control={props.highlights} findings={props.refresh.findings} />
            )}
            <IssuesList
              findings={props.refresh.findings}
              checked={props.refresh.result !== null || props.refresh.findings.length > 0}
              onSelect={props.onSelectIssue}
            />
          </>
        )}
        {props.tab === "rules" && (
          <Suspense fallback={<Spinner size="small" label={text.loading} />}>
            <RulesEditor actions={props.rulesActions} onRefreshRequested={props.onRefreshRequested} />
          </Suspense>
        )}
        {props.tab === "template" && <TemplatePanel actions={props.templateActions} />}
      </main>
    </div>
  );
}
