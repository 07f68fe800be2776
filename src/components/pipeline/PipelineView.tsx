/** Placeholder: the pipeline board admin view (/admin/pipeline). */
export function PipelineView() {
  return null
}
