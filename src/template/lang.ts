/** The template speaks Chinese first, English second. */
export type TemplateLang = "zh" | "en";

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export function pick(text: Bilingual, lang: TemplateLang): string {
  return text[lang];
}
