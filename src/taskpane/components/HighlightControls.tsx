import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Eraser20Regular, Highlight20Regular } from "@fluentui/react-icons";
import type { Finding } from "../../engine/validation/finding";
import { useLang, useText } from "../i18n/language";
import type { HighlightControl } from "../state/useHighlights";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3 },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

export interface HighlightControlsProps {
  readonly control: HighlightControl;
  /** The last refresh's findings: what "highlight" marks. */
  readonly findings: readonly Finding[];
}

/** "Highlight problem cells" and "Clear highlights", with what the last press did. */
export function HighlightControls({ control, findings }: HighlightControlsProps) {
  const styles = useStyles();
  const lang = useLang();
  const text = useText().issues.highlight;
  const { status, unavailable } = control;
  const disabled = unavailable !== null || status.kind === "working";
  const message =
    unavailable !== null
      ? unavailable[lang]
      : status.kind === "working"
        ? text.working
        : status.kind === "applied"
          ? text.applied(status.cells)
          : status.kind === "cleared"
            ? text.cleared
            : status.kind === "failed"
              ? text.failed
              : null;
  return (
    <div role="group" aria-label={text.label} className={styles.group}>
      <div className={styles.buttons}>
        <Button
          size="small"
          icon={<Highlight20Regular />}
          disabled={disabled}
          onClick={() => control.apply(findings)}
        >
          {text.apply}
        </Button>
        <Button size="small" icon={<Eraser20Regular />} disabled={disabled} onClick={control.clear}>
          {text.clear}
        </Button>
      </div>
      <Text
        size={200}
        role="status"
        aria-live="polite"
        className={status.kind === "failed" ? styles.failed : styles.note}
      >
        {message}
      </Text>
    </div>
  );
}
