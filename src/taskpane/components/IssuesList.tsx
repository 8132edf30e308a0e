import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Finding } from "../../engine/validation/finding";
import { useLang, useText } from "../i18n/language";
import { ruleTitle } from "../i18n/ruleTitles";
import { countIssues, groupIssues, type IssueGroup, type SeverityFilter } from "../state/issues";
import { IssueItem } from "./IssueItem";

/** Items rendered per group before "show more": thousands of findings stay quick. */
const PAGE = 50;

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, width: "100%" },
  title: { flexGrow: 1, minWidth: 0 },
  items: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  more: {
    alignSelf: "flex-start",
    marginTop: tokens.spacingVerticalXS,
    background: "none",
    border: "none",
    padding: 0,
    color: tokens.colorBrandForegroundLink,
    cursor: "pointer",
    fontSize: tokens.fontSizeBase200,
    ":hover": { textDecorationLine: "underline" },
  },
  empty: { color: tokens.colorNeutralForeground3 },
});

export interface IssuesListProps {
  readonly findings: readonly Finding[];
  /** Whether a refresh has run (an empty list then means "no problems"). */
  readonly checked: boolean;
  readonly onSelect: (finding: Finding) => void;
}

export function IssuesList({ findings, checked, onSelect }: IssuesListProps) {
  const styles = useStyles();
  const text = useText().issues;
  const [filter, setFilter] = useState<SeverityFilter>("all");
  const counts = useMemo(() => countIssues(findings), [findings]);
  const groups = useMemo(() => groupIssues(findings, filter), [findings, filter]);

  if (findings.length === 0) {
    return <Text className={styles.empty}>{checked ? text.none : text.noneYet}</Text>;
  }
  return (
    <section className={styles.list} aria-label={text.title}>
      <RadioGroup
        layout="horizontal"
        aria-label={text.filterLabel}
        value={filter}
        onChange={(_, data) => setFilter(data.value as SeverityFilter)}
      >
        <Radio value="all" label={`${text.all} ${counts.all}`} />
        <Radio value="error" label={`${text.errors} ${counts.error}`} />
        <Radio value="warning" label={`${text.warnings} ${counts.warning}`} />
      </RadioGroup>
      {groups.length === 0 ? (
        <Text className={styles.empty}>{text.noneOfSeverity}</Text>
      ) : (
        <Accordion multiple collapsible defaultOpenItems={[groups[0].rule]} key={filter}>
          {groups.map((group) => (
            <IssueGroupView key={group.rule} group={group} onSelect={onSelect} />
          ))}
        </Accordion>
      )}
    </section>
  );
}

function IssueGroupView({
  group,
  onSelect,
}: {
  readonly group: IssueGroup;
  readonly onSelect: (f: Finding) => void;
}) {
  const styles = useStyles();
  const lang = useLang();
  const text = useText().issues;
  const [shown, setShown] = useState(PAGE);
  const severity = group.errors > 0 ? "error" : "warning";
  return (
    <AccordionItem value={group.rule} data-rule={group.rule}>
      <AccordionHeader>
        <span className={styles.header}>
          <span className={styles.title}>{ruleTitle(group.rule, lang)}</span>
          <Badge appearance="tint" color={severity === "error" ? "danger" : "warning"} shape="rounded">
            {text.groupCount(group.items.length, group.errors)}
          </Badge>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <ul className={styles.items}>
          {group.items.slice(0, shown).map((finding, index) => (
            <IssueItem key={index} finding={finding} onSelect={onSelect} />
          ))}
        </ul>
        {shown < group.items.length && (
          <button type="button" className={styles.more} onClick={() => setShown(shown + PAGE)}>
            {text.showMore(shown, group.items.length)}
          </button>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}
