import type { Progress, ProgressSink } from "../workbook/port";
import type { Lang } from "../engine/labels";

const STEP_NAMES: Record<Progress["step"], Record<Lang, string>> = {
  reading: { zh: "读取", en: "Reading" },
  validating: { zh: "校验", en: "Validating" },
  scoring: { zh: "评分", en: "Scoring" },
  writing: { zh: "写入", en: "Writing" },
  charts: { zh: "图表", en: "Charts" },
};

/** One self-overwriting progress line on stderr, only when stderr is a terminal. */
export function terminalProgress(
  stream: NodeJS.WriteStream,
  lang: Lang,
): { sink: ProgressSink; done: () => void } {
  if (!stream.isTTY) return { sink: () => undefined, done: () => undefined };
  let last = "";
  return {
    sink: ({ step, fraction }) => {
      const line = `${STEP_NAMES[step][lang]} ${Math.round(fraction * 100)}%`;
      if (line === last) return;
      last = line;
      stream.write(`\r\x1b[K${line}`);
    },
    done: () => {
      if (last) stream.write("\r\x1b[K");
    },
  };
}
