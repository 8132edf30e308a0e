export type Pipeline = typeof import("./pipelineModule");

/** The pipeline chunk; prefetched while the pane is idle, so the first refresh rarely waits. */
export function loadPipeline(): Promise<Pipeline> {
  return import(/* webpackChunkName: "pipeline", webpackPrefetch: true */ "./pipelineModule");
}
