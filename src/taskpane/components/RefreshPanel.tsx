import { Button, Field, Input, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { ArrowSync20Regular, Dismiss20Regular } from "@fluentui/react-icons";
import { parseIsoDay } from "../../engine/cells/calendar";
import { useText } from "../i18n/language";
import { canCancel, overallFraction, STEP_ORDER, type RunState } from "../state/refreshState";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  refresh: { flexGrow: 1 },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface RefreshPanelProps {
  readonly run: RunState;
  /** `YYYY-MM-DD`, as the date input holds it. */
  readonly asOf: string;
  readonly onAsOfChange: (value: string) => void;
  readonly onRefresh: () => void;
  readonly onCancel: () => void;
}

export function RefreshPanel({ run, asOf, onAsOfChange, onRefresh, onCancel }: RefreshPanelProps) {
  const styles = useStyles();
  const text = useText();
  const running = run.kind === "running";
  const asOfValid = parseIsoDay(asOf) !== null;
  return (
    <section className={styles.panel} aria-label={text.refresh}>
      <Field
        label={text.asOfLabel}
        hint={asOfValid ? text.asOfHint : undefined}
        validationState={asOfValid ? "none" : "error"}
        validationMessage={asOfValid ? undefined : text.asOfInvalid}
      >
        <Input type="date" value={asOf} disabled={running} onChange={(_, data) => onAsOfChange(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button
          className={styles.refresh}
          appearance="primary"
          icon={<ArrowSync20Regular />}
          disabled={running || !asOfValid}
          onClick={onRefresh}
        >
          {running ? text.refreshing : text.refresh}
        </Button>
        {running && run.source === "pane" && (
          <Button icon={<Dismiss20Regular />} disabled={!canCancel(run)} onClick={onCancel}>
            {run.cancelRequested ? text.cancelling : text.cancel}
          </Button>
        )}
      </div>
      {running && <RefreshProgress run={run} />}
    </section>
  );
}

function RefreshProgress({ run }: { readonly run: Extract<RunState, { kind: "running" }> }) {
  const styles = useStyles();
  const text = useText();
  const step = run.progress?.step ?? "reading";
  const index = STEP_ORDER.indexOf(step) + 1;
  const label = text.stepOf(index, STEP_ORDER.length, text.steps[step]);
  const writing = step === "writing" || step === "charts";
  return (
    <div className={styles.progress}>
      <Field label={label} validationState="none" aria-live="polite">
        <ProgressBar value={overallFraction(run.progress)} thickness="large" aria-label={label} />
      </Field>
      {writing && (
        <Text size={200} className={styles.note}>
          {text.cancelTooLate}
        </Text>
      )}
    </div>
  );
}
