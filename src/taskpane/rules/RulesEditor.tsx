import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { PARAM_GROUP_LABELS, PARAMETERS } from "../../engine/config/parameters";
import type { ParamGroup, Parameter } from "../../engine/config/parameterTypes";
import { useLang, useText } from "../i18n/language";
import { ErrorMessageText } from "../components/ErrorMessageText";
import { ParameterField } from "./ParameterField";
import type { RulesActions } from "./rulesActions";
import { textsOf } from "./rulesForm";
import { useRulesEditor } from "./useRulesEditor";
import { WeightsTotal } from "./WeightsTotal";

const useStyles = makeStyles({
  editor: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  note: { color: tokens.colorNeutralForeground3 },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  footer: {
    position: "sticky",
    // Sticks to the pane's bottom edge, over the scrolling body's bottom padding.
    bottom: `calc(-1 * ${tokens.spacingVerticalXL})`,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: `calc(${tokens.spacingVerticalS} + ${tokens.spacingVerticalXL})`,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  status: { flexGrow: 1 },
});

export interface RulesEditorProps {
  readonly actions: RulesActions;
  readonly onRefreshRequested: () => void;
}

/** Parameters by group, in the sheet's order. */
function groupedParameters(): [ParamGroup, Parameter[]][] {
  const groups = new Map<ParamGroup, Parameter[]>();
  for (const param of PARAMETERS) groups.set(param.group, [...(groups.get(param.group) ?? []), param]);
  return Array.from(groups);
}

/** The numbers of 评分规则 as a form, checked as the user types, saved to the workbook. */
export default function RulesEditor({ actions, onRefreshRequested }: RulesEditorProps) {
  const styles = useStyles();
  const lang = useLang();
  const text = useText().rules;
  const { state, edit, resetToDefaults, save } = useRulesEditor(actions);
  const groups = useMemo(groupedParameters, []);
  const defaultTexts = useMemo(
    () => (state.kind === "ready" ? textsOf(state.loaded.defaults, state.loaded.lang) : {}),
    [state.kind === "ready" ? state.loaded : null],
  );

  if (state.kind === "loading") return <Spinner size="small" label={text.loading} />;
  if (state.kind === "failed") return <ErrorMessageText title={text.loadFailed} error={state.error} />;

  const { evaluation, texts, loaded } = state;
  const groupProblems = (params: readonly Parameter[]) =>
    params.reduce((sum, param) => sum + (evaluation.fieldErrors.get(param.key)?.length ?? 0), 0);
  return (
    <section className={styles.editor} aria-label={text.title}>
      <Text>{text.intro}</Text>
      <Text size={200} className={styles.note}>
        {text.ownership(loaded.sheet)}
      </Text>
      {loaded.findings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text.sheetProblems(loaded.findings.length)}</MessageBarBody>
        </MessageBar>
      )}
      <WeightsTotal total={evaluation.weightsTotal} />
      {evaluation.otherProblems.map((problem, index) => (
        <MessageBar key={index} intent="error" layout="multiline">
          <MessageBarBody>{problem[lang]}</MessageBarBody>
        </MessageBar>
      ))}
      <Accordion multiple collapsible defaultOpenItems={["opportunity"]}>
        {groups.map(([group, params]) => {
          const problems = groupProblems(params);
          return (
            <AccordionItem key={group} value={group} data-group={group}>
              <AccordionHeader>
                <span className={styles.header}>
                  {PARAM_GROUP_LABELS[group][lang]}
                  {problems > 0 && (
                    <Badge appearance="tint" color="danger" shape="rounded">
                      {text.problems(problems)}
                    </Badge>
                  )}
                </span>
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                {params.map((param) => (
                  <ParameterField
                    key={param.key}
                    param={param}
                    text={texts[param.key] ?? ""}
                    defaultText={defaultTexts[param.key] ?? ""}
                    errors={evaluation.fieldErrors.get(param.key) ?? []}
                    valueLang={loaded.lang}
                    onChange={edit}
                  />
                ))}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      {state.saveError !== null && <ErrorMessageText title={text.saveFailed} error={state.saveError} />}
      {state.savedTo !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{text.saved(state.savedTo)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onRefreshRequested}>{text.refreshAfterSave}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.footer}>
        <Text size={200} className={styles.status} role="status">
          {evaluation.problemCount > 0 ? text.problems(evaluation.problemCount) : ""}
        </Text>
        <Button onClick={resetToDefaults} disabled={state.saving}>
          {text.reset}
        </Button>
        <Button appearance="primary" onClick={save} disabled={state.saving || evaluation.problemCount > 0}>
          {state.saving ? text.saving : text.save}
        </Button>
      </div>
    </section>
  );
}
