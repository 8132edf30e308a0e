import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import type { Parameter } from "../../engine/config/parameterTypes";
import type { Bilingual, Lang } from "../../engine/labels";
import { useLang, useText } from "../i18n/language";

export interface ParameterFieldProps {
  readonly param: Parameter;
  readonly text: string;
  /** The default as the field would show it, for the hint. */
  readonly defaultText: string;
  readonly errors: readonly Bilingual[];
  /** The language the field's text is written in: the rules sheet's, not necessarily the pane's. */
  readonly valueLang: Lang;
  readonly onChange: (key: string, text: string) => void;
}

/** One parameter of the registry as a labelled control, its problems shown as the user types. */
export function ParameterField({
  param,
  text,
  defaultText,
  errors,
  valueLang,
  onChange,
}: ParameterFieldProps) {
  const lang = useLang();
  const labels = useText().rules;
  const blankMeans = param.optional
    ? labels.optionalBlank
    : defaultText === ""
      ? ""
      : labels.defaultIs(defaultText);
  const hint = [param.note[lang], blankMeans].filter((part) => part !== "").join(" · ");
  const invalid = errors.length > 0;
  const change = (value: string) => onChange(param.key, value);
  return (
    <Field
      label={param.label[lang]}
      hint={hint}
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? errors.map((message) => message[lang]).join(" ") : undefined}
      data-param={param.key}
    >
      {renderControl(param, text, lang, valueLang, change)}
    </Field>
  );
}

function renderControl(
  param: Parameter,
  text: string,
  lang: Lang,
  valueLang: Lang,
  change: (value: string) => void,
) {
  const { kind } = param;
  switch (kind.type) {
    case "choice": {
      // Values stay in the rules' language (what the sheet gets); labels follow the pane's.
      const known = kind.options.some((option) => option.label[valueLang] === text);
      return (
        <Select value={text} onChange={(_, data) => change(data.value)}>
          {!known && <option value={text}>{text}</option>}
          {kind.options.map((option) => (
            <option key={option.value} value={option.label[valueLang]}>
              {option.label[lang]}
            </option>
          ))}
        </Select>
      );
    }
    case "text":
    case "list":
      return <Textarea value={text} resize="vertical" onChange={(_, data) => change(data.value)} />;
    case "percent":
      return (
        <Input value={text} inputMode="decimal" contentAfter="%" onChange={(_, data) => change(data.value)} />
      );
    case "integer":
    case "number":
    case "days":
    case "amount":
      return <Input value={text} inputMode="decimal" onChange={(_, data) => change(data.value)} />;
    default:
      return <Input value={text} onChange={(_, data) => change(data.value)} />;
  }
}
