import { Divider, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useText } from "../i18n/language";
import type { RefreshState } from "../state/refreshState";
import { FunnelView } from "./FunnelView";
import { RefreshPanel } from "./RefreshPanel";
import { ErrorMessage, InfoMessage } from "./StatusMessages";
import { SummaryCards } from "./SummaryCards";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface OverviewProps {
  readonly refresh: RefreshState;
  readonly asOf: string;
  readonly onAsOfChange: (value: string) => void;
  readonly onRefresh: () => void;
  readonly onCancel: () => void;
  readonly onDismissError: () => void;
  readonly onShowIssues: () => void;
}

/** The first screen: the refresh, what it said, and its numbers. */
export function Overview({ refresh, onDismissError, onShowIssues, ...panel }: OverviewProps) {
  const styles = useStyles();
  const text = useText();
  const { run, result } = refresh;
  return (
    <>
      <RefreshPanel run={run} {...panel} />
      {run.kind === "failed" && (
        <ErrorMessage error={run.error} onShowIssues={onShowIssues} onDismiss={onDismissError} />
      )}
      {run.kind === "cancelled" && <InfoMessage>{text.cancelled}</InfoMessage>}
      {run.kind === "done" && result !== null && (
        <InfoMessage intent="success">{text.done(result.asOf, result.ledgerSheet)}</InfoMessage>
      )}
      {result === null && run.kind === "idle" && <Text className={styles.hint}>{text.idleHint}</Text>}
      {result !== null && (
        <>
          <Divider />
          <SummaryCards summary={result.summary} />
          <Divider />
          <FunnelView rows={result.funnel} />
        </>
      )}
    </>
  );
}
