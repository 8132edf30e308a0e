/** The template speaks Chinese first, English second. */
export type TemplateLang = "zh" | "en";

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}
