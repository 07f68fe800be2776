/** The part of frappe-gantt 1.2 (MIT, shipped without types) the plan's timeline uses. */
declare module 'frappe-gantt' {
  export interface GanttTask {
    id: string
    name: string
    /** 'YYYY-MM-DD'; the end day is included. */
    start: string
    end: string
    progress?: number
    /** Ids of the tasks it follows, comma separated. */
    dependencies?: string
    custom_class?: string
    [key: string]: unknown
  }

  export interface GanttBar {
    task: GanttTask & { _start: Date; _end: Date }
    $bar: SVGRectElement
    group: SVGGElement
    bar_group: SVGGElement
  }

  export interface PopupContext {
    task: GanttTask & { _start: Date; _end: Date }
    set_title: (html: string) => void
    set_subtitle: (html: string) => void
    set_details: (html: string) => void
  }

  export interface GanttOptions {
    view_mode?: string
    view_modes?: unknown[]
    language?: string
    readonly?: boolean
    readonly_dates?: boolean
    readonly_progress?: boolean
    move_dependencies?: boolean
    bar_height?: number
    padding?: number
    today_button?: boolean
    view_mode_select?: boolean
    infinite_padding?: boolean
    scroll_to?: string
    container_height?: number | 'auto'
    holidays?: Record<string, 'weekend' | ((day: Date) => boolean) | string[]>
    popup?: (ctx: PopupContext) => void | false
    popup_on?: 'click' | 'hover'
    on_date_change?: (task: GanttTask, start: Date, end: Date) => void
    on_view_change?: (this: Gantt, mode: unknown) => void
  }

  export default class Gantt {
    constructor(wrapper: HTMLElement | string, tasks: GanttTask[], options?: GanttOptions)
    bars: GanttBar[]
    gantt_start: Date
    config: { unit: string; step: number; column_width: number }
    refresh(tasks: GanttTask[]): void
    change_view_mode(mode?: string, maintain_pos?: boolean): void
  }
}
