import { Caption1, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { FunnelRow } from "../../engine/funnel/funnel";
import { stageLabel } from "../../engine/labels";
import { useLang, useText } from "../i18n/language";
import { formatPercent } from "./format";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  line: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  stage: { fontWeight: tokens.fontWeightSemibold },
  track: {
    height: "10px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    overflow: "hidden",
  },
  bar: {
    height: "100%",
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: tokens.borderRadiusSmall,
  },
  figures: { color: tokens.colorNeutralForeground2, fontVariantNumeric: "tabular-nums" },
  note: { color: tokens.colorNeutralForeground3 },
});

export function FunnelView({ rows }: { readonly rows: readonly FunnelRow[] }) {
  const styles = useStyles();
  const lang = useLang();
  const text = useText().funnel;
  const leads = rows[0]?.reached ?? 0;
  return (
    <section className={styles.section} aria-labelledby="funnel-title">
      <Subtitle2 as="h2" id="funnel-title">
        {text.title}
      </Subtitle2>
      {leads === 0 ? (
        <Text className={styles.note}>{text.empty}</Text>
      ) : (
        <ol className={styles.list}>
          {rows.map((row) => (
            <li key={row.stage} className={styles.row} data-stage={row.stage}>
              <div className={styles.line}>
                <Text className={styles.stage}>{stageLabel(row.stage, lang)}</Text>
                <Text className={styles.figures}>
                  {text.reached} {row.reached}
                </Text>
              </div>
              <div className={styles.track} aria-hidden="true">
                <div className={styles.bar} style={{ width: `${(row.reached / leads) * 100}%` }} />
              </div>
              <Caption1 className={styles.figures}>
                {row.conversionToNext !== null && `${text.step} ${formatPercent(row.conversionToNext)} · `}
                {text.cumulative} {formatPercent(row.cumulative)}
              </Caption1>
            </li>
          ))}
        </ol>
      )}
      <Caption1 className={styles.note}>{text.note}</Caption1>
    </section>
  );
}
