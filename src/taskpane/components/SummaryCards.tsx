import { Caption1, makeStyles, mergeClasses, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useText } from "../i18n/language";
import type { SummaryNumbers } from "../state/result";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(96px, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  card: {
    display: "flex",
    // The label comes first for screen readers; the number shows on top.
    flexDirection: "column-reverse",
    justifyContent: "flex-end",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
  },
  label: { color: tokens.colorNeutralForeground2, margin: 0 },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  neutral: { borderLeftColor: tokens.colorNeutralStroke1 },
  high: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  medium: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  low: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  alert: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  note: { color: tokens.colorNeutralForeground3 },
});

type Accent = "neutral" | "high" | "medium" | "low" | "alert";

export function SummaryCards({ summary }: { readonly summary: SummaryNumbers }) {
  const styles = useStyles();
  const text = useText().summary;
  const cards: readonly { key: string; label: string; value: number; accent: Accent }[] = [
    { key: "customers", label: text.customers, value: summary.customers, accent: "neutral" },
    { key: "high", label: text.high, value: summary.high, accent: "high" },
    { key: "medium", label: text.medium, value: summary.medium, accent: "medium" },
    { key: "low", label: text.low, value: summary.low, accent: "low" },
    { key: "overdue", label: text.overdue, value: summary.overdueFollowUps, accent: "alert" },
    { key: "churn", label: text.churn, value: summary.churnRisk, accent: "alert" },
    {
      key: "errors",
      label: text.errors,
      value: summary.errors,
      accent: summary.errors > 0 ? "high" : "neutral",
    },
    { key: "warnings", label: text.warnings, value: summary.warnings, accent: "neutral" },
  ];
  return (
    <section className={styles.section} aria-labelledby="summary-title">
      <Subtitle2 as="h2" id="summary-title">
        {text.title}
      </Subtitle2>
      {/* A description list: each number is read together with its label. */}
      <dl className={styles.grid}>
        {cards.map((card) => (
          <div
            key={card.key}
            className={mergeClasses(styles.card, styles[card.accent])}
            data-summary={card.key}
          >
            <dt className={styles.label}>
              <Caption1>{card.label}</Caption1>
            </dt>
            <dd className={styles.value}>{card.value}</dd>
          </div>
        ))}
      </dl>
      {summary.lost > 0 && (
        <Text size={200} className={styles.note}>
          {text.lostNote(summary.lost)}
        </Text>
      )}
      {summary.errors > 0 && (
        <Text size={200} className={styles.note}>
          {text.errorsNote}
        </Text>
      )}
    </section>
  );
}
