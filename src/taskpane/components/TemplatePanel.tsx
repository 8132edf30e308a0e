import {
  Button,
  makeStyles,
  Radio,
  RadioGroup,
  Field,
  Subtitle2,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload20Regular, TableAdd20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Lang } from "../../engine/labels";
import { useLang, useText } from "../i18n/language";
import { describeError, type PaneError } from "../state/paneError";
import type { TemplateActions } from "../template/templateActions";
import type { TemplatePlan } from "../template/templatePlan";
import { ErrorMessageText } from "./ErrorMessageText";
import { InfoMessage } from "./StatusMessages";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
  },
  hint: { color: tokens.colorNeutralForeground2 },
});

type Busy = "setup" | "download" | null;

export function TemplatePanel({ actions }: { readonly actions: TemplateActions }) {
  const styles = useStyles();
  const lang = useLang();
  const text = useText().template;
  const [busy, setBusy] = useState<Busy>(null);
  const [plan, setPlan] = useState<TemplatePlan | null>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const [sample, setSample] = useState(false);
  const [fileLang, setFileLang] = useState<Lang>(lang);

  const run = async (kind: Exclude<Busy, null>, task: () => Promise<void>) => {
    setBusy(kind);
    setError(null);
    try {
      await task();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(null);
    }
  };
  const setUp = () =>
    run("setup", async () => {
      setPlan(null);
      setPlan(await actions.setUp(lang));
    });
  const download = () =>
    run("download", async () => {
      setDownloaded(null);
      setDownloaded(await actions.download(fileLang, sample));
    });

  const separator = lang === "zh" ? "、" : ", ";
  return (
    <div className={styles.panel}>
      <section className={styles.section} aria-labelledby="setup-title">
        <Subtitle2 as="h2" id="setup-title">
          {text.setUpTitle}
        </Subtitle2>
        <Text className={styles.hint}>{text.setUpHint}</Text>
        <Button appearance="primary" icon={<TableAdd20Regular />} disabled={busy !== null} onClick={setUp}>
          {busy === "setup" ? text.settingUp : text.setUp}
        </Button>
        {plan !== null && plan.insert.length > 0 && (
          <InfoMessage intent="success">{text.inserted(plan.insert.join(separator))}</InfoMessage>
        )}
        {plan !== null && plan.insert.length === 0 && <InfoMessage>{text.nothingToInsert}</InfoMessage>}
        {plan !== null && plan.skip.length > 0 && plan.insert.length > 0 && (
          <InfoMessage>{text.skipped(plan.skip.join(separator))}</InfoMessage>
        )}
      </section>
      <section className={styles.section} aria-labelledby="download-title">
        <Subtitle2 as="h2" id="download-title">
          {text.downloadTitle}
        </Subtitle2>
        <Text className={styles.hint}>{text.downloadHint}</Text>
        <Field label={text.templateLanguage}>
          <RadioGroup
            layout="horizontal"
            value={fileLang}
            onChange={(_, data) => setFileLang(data.value as Lang)}
          >
            <Radio value="zh" label="中文" />
            <Radio value="en" label="English" />
          </RadioGroup>
        </Field>
        <Switch checked={sample} label={text.withSample} onChange={(_, data) => setSample(data.checked)} />
        <Button icon={<ArrowDownload20Regular />} disabled={busy !== null} onClick={download}>
          {busy === "download" ? text.preparing : text.download}
        </Button>
        {downloaded !== null && <InfoMessage intent="success">{text.downloaded(downloaded)}</InfoMessage>}
      </section>
      {error !== null && <ErrorMessageText title={text.failed} error={error} />}
    </div>
  );
}
