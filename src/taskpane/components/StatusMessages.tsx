import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import type { Bilingual } from "../../engine/labels";
import { useLang, useText } from "../i18n/language";
import type { PaneError } from "../state/paneError";

export interface ErrorMessageProps {
  readonly error: PaneError;
  readonly onShowIssues: () => void;
  readonly onDismiss: () => void;
}

/** A failed refresh as one readable sentence; what the pipeline guarantees is said plainly. */
export function ErrorMessage({ error, onShowIssues, onDismiss }: ErrorMessageProps) {
  const lang = useLang();
  const text = useText().errors;
  const title = error.reason === null ? text.unexpected : text.refreshFailed;
  const body = error.reason === null ? error.detail : error.reason[lang];
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
        {error.unchanged && ` ${text.unchanged}`}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={text.dismiss}
            icon={<Dismiss20Regular />}
            onClick={onDismiss}
          />
        }
      >
        {error.hasFindings && <Button onClick={onShowIssues}>{text.seeIssues}</Button>}
      </MessageBarActions>
    </MessageBar>
  );
}

export function InfoMessage({
  children,
  intent = "info",
}: {
  readonly children: string;
  readonly intent?: "info" | "success" | "warning";
}) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}

export interface LimitationsMessageProps {
  readonly limitations: readonly Bilingual[];
  readonly onDismiss: () => void;
}

/** What this Excel cannot do, said once and dismissible. */
export function LimitationsMessage({ limitations, onDismiss }: LimitationsMessageProps) {
  const lang = useLang();
  const text = useText();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{text.notices.degradedTitle}</MessageBarTitle>
        {limitations.map((item) => item[lang]).join(" ")}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={text.errors.dismiss}
            icon={<Dismiss20Regular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
