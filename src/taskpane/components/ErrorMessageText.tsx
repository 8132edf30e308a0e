import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useLang, useText } from "../i18n/language";
import type { PaneError } from "../state/paneError";

/** A failure inside a tab, as a readable sentence under a title. */
export function ErrorMessageText({ title, error }: { readonly title: string; readonly error: PaneError }) {
  const lang = useLang();
  const text = useText().errors;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {error.reason === null ? (error.detail ?? text.unexpected) : error.reason[lang]}
      </MessageBarBody>
    </MessageBar>
  );
}
