import type { Lang } from "../../engine/labels";
import type { PaneHost, TemplateFile } from "../host";
import { planTemplate, type TemplatePlan } from "./templatePlan";

export interface TemplateActions {
  /** Adds the template sheets the workbook lacks; existing sheets are never touched. */
  setUp(lang: Lang): Promise<TemplatePlan>;
  /** Builds a template file and offers it for download; returns its file name. */
  download(lang: Lang, sample: boolean): Promise<string>;
}

type TemplateModule = typeof import("./templateFile");

function loadTemplateModule(): Promise<TemplateModule> {
  return import(/* webpackChunkName: "template-file" */ "./templateFile");
}

export function createTemplateActions(
  host: Pick<PaneHost, "withWorkbook" | "insertSheets">,
  load: () => Promise<TemplateModule> = loadTemplateModule,
): TemplateActions {
  return {
    async setUp(lang) {
      const module = await load();
      const template: TemplateFile = await module.buildTemplateFile(lang, false);
      const plan = planTemplate(await host.withWorkbook((port) => port.listSheets()), template.sheetNames);
      if (plan.insert.length > 0) await host.insertSheets(template, plan.insert);
      return plan;
    },
    async download(lang, sample) {
      const module = await load();
      const template = await module.buildTemplateFile(lang, sample);
      const fileName = module.templateFileName(lang, sample);
      module.offerDownload(template.bytes, fileName);
      return fileName;
    },
  };
}
