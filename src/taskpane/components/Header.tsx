import { Button, Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { LocalLanguage20Regular } from "@fluentui/react-icons";
import { useText } from "../i18n/language";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
  },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  subtitle: { color: tokens.colorNeutralForeground3 },
});

export interface HeaderProps {
  readonly onToggleLanguage: () => void;
}

export function Header({ onToggleLanguage }: HeaderProps) {
  const styles = useStyles();
  const text = useText();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Subtitle1 as="h1">{text.appTitle}</Subtitle1>
        <Caption1 className={styles.subtitle}>{text.appSubtitle}</Caption1>
      </div>
      <Button
        appearance="subtle"
        size="small"
        icon={<LocalLanguage20Regular />}
        aria-label={text.switchLanguageLabel}
        title={text.switchLanguageLabel}
        onClick={onToggleLanguage}
      >
        {text.switchLanguage}
      </Button>
    </header>
  );
}
