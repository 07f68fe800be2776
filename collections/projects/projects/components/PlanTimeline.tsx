'use client'
import { toast, useAuth, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import Gantt from 'frappe-gantt'
import { formatAdminURL } from 'payload/shared'
import { stringify } from 'qs-esm'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import { apiBase, request } from '@/components/shared/request'
import { styles } from '@/components/shared/styles'
import { useApiResource } from '@/components/shared/useApiResource'
import { dayIn, DEFAULT_TIME_ZONE } from '@/lib/timeZone'
import type { WorkCalendar } from '../../plan/workingDays'
import { PLAN_CHANGED } from './planEvents'
import {
  dragChange,
  localDay,
  openingDay,
  type TimelineActivity,
  type TimelineTask,
  timelineTasks,
} from './timelinePlan'
// frappe-gantt's package exports its stylesheet only under the "style" condition, which Next's
// bundler does not read: the file is imported by its path.
import '../../../../node_modules/frappe-gantt/dist/frappe-gantt.css'
import './timeline.css'

const TEXT = {
  en: {
    day: 'Days',
    week: 'Weeks',
    legendPlan: 'Plan',
    legendBaseline: 'Baseline (at approval)',
    legendToday: 'Today',
    empty: 'The plan has no scheduled activity yet.',
    loading: 'Loading the plan…',
    failure: 'The plan could not be read.',
    moved: 'The activity was rescheduled.',
    pushed: (titles: string) => `Its successors moved too: ${titles}.`,
    refused: 'The activity was not moved.',
    readOnly: 'You may look at the plan; moving its activities is for those who may edit them.',
    dates: 'Planned',
    baseline: 'Baseline',
    progress: 'Complete',
    open: 'Open the activity',
  },
  ro: {
    day: 'Zile',
    week: 'Săptămâni',
    legendPlan: 'Plan',
    legendBaseline: 'Referință (la aprobare)',
    legendToday: 'Azi',
    empty: 'Planul nu are încă nicio activitate programată.',
    loading: 'Se încarcă planul…',
    failure: 'Planul nu a putut fi citit.',
    moved: 'Activitatea a fost reprogramată.',
    pushed: (titles: string) => `Au fost mutate și activitățile care urmează: ${titles}.`,
    refused: 'Activitatea nu a fost mutată.',
    readOnly: 'Puteți vedea planul; activitățile le mută cei care le pot modifica.',
    dates: 'Planificat',
    baseline: 'Referință',
    progress: 'Realizat',
    open: 'Deschide activitatea',
  },
}

const VIEW_MODES = { day: 'Day', week: 'Week' } as const
type ViewMode = keyof typeof VIEW_MODES

interface Settings {
  time?: { timeZone?: string | null; workingDays?: string[] | null; holidays?: { day?: string | null }[] | null }
}

const planQuery = (projectId: number | string) =>
  stringify(
    {
      where: { project: { equals: projectId } },
      select: {
        title: true,
        phase: true,
        plannedStart: true,
        plannedEnd: true,
        duration: true,
        baselineStart: true,
        baselineEnd: true,
        percentComplete: true,
        milestone: true,
        actualEnd: true,
        statusCategory: true,
        predecessors: true,
      },
      sort: 'plannedStart',
      pagination: false,
      depth: 0,
    },
    { addQueryPrefix: true },
  )

const dayText = (day: string) => day.split('-').reverse().join('.')
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const localDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(y, m - 1, d)
}

/** Draws each activity's baseline as a thin bar just under its planned bar, behind it. */
function drawBaselines(gantt: Gantt) {
  const { unit, step, column_width: width } = gantt.config
  // Days and weeks are the views offered; both count in days.
  if (unit !== 'day') return
  const perDay = width / step
  const origin = gantt.gantt_start.getTime()
  const daysFrom = (day: string) => Math.round((localDate(day).getTime() - origin) / 86_400_000)
  for (const bar of gantt.bars) {
    bar.group.querySelector('.plan-baseline')?.remove()
    const baseline = (bar.task as unknown as TimelineTask).baseline
    if (!baseline) continue
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect')
    rect.setAttribute('class', 'plan-baseline')
    rect.setAttribute('x', String(daysFrom(baseline.start) * perDay))
    rect.setAttribute(
      'width',
      String(Math.max(perDay * 0.5, (daysFrom(baseline.end) + 1 - daysFrom(baseline.start)) * perDay)),
    )
    rect.setAttribute('y', String(Number(bar.$bar.getAttribute('y')) + Number(bar.$bar.getAttribute('height')) + 2))
    rect.setAttribute('height', '5')
    rect.setAttribute('rx', '2')
    bar.group.insertBefore(rect, bar.group.firstChild)
  }
}

/** Whether the signed-in user may edit some activities at all (each save is still checked by the server). */
function mayEditActivities(permissions: unknown): boolean {
  const update = (permissions as { collections?: Record<string, { update?: unknown }> } | null)?.collections?.[
    'project-activities'
  ]?.update
  return (
    update === true ||
    (typeof update === 'object' && update !== null && (update as { permission?: boolean }).permission === true)
  )
}

/**
 * The Plan tab's timeline (frappe-gantt, MIT): phases and activities as bars with their
 * finish-to-start links, milestones as diamonds, today's line, and the baseline under each bar.
 * Dragging or resizing an activity PATCHes it through the same API as the form, so the server's
 * rules apply (working days, predecessors, successors pushed, rights); the plan is read again after.
 */
export function PlanTimeline() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { permissions } = useAuth()
  const { i18n } = useTranslation()
  const text = i18n.language === 'ro' ? TEXT.ro : TEXT.en
  const api = apiBase(config)
  const [mode, setMode] = useState<ViewMode>('day')
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<Gantt | null>(null)
  const editable = mayEditActivities(permissions)

  const plan = useApiResource<{ docs: TimelineActivity[] }>(
    id ? `${api}/project-activities${planQuery(id)}` : null,
    [],
    {
      failure: text.failure,
    },
  )
  const settings = useApiResource<Settings>(`${api}/globals/settings?depth=0`)
  const timeZone = settings.data?.time?.timeZone || DEFAULT_TIME_ZONE
  const cal = useMemo<WorkCalendar>(
    () => ({
      workingDays: settings.data?.time?.workingDays ?? ['mon', 'tue', 'wed', 'thu', 'fri'],
      holidays: (settings.data?.time?.holidays ?? []).flatMap((h) => (h.day ? [dayIn(h.day, timeZone)] : [])),
    }),
    [settings.data, timeZone],
  )
  const tasks = useMemo(
    () => timelineTasks(plan.data?.docs ?? [], timeZone, dayIn(new Date(), timeZone)),
    [plan.data, timeZone],
  )
  // The project's start as the form holds it (a day field, stored at 12:00 UTC).
  const startValue = useFormFields(([fields]) => fields.startDate?.value)
  const projectStart =
    (typeof startValue === 'string' || startValue instanceof Date) && !Number.isNaN(new Date(startValue).getTime())
      ? dayIn(startValue, timeZone)
      : null
  // frappe-gantt's own 'today' scrolls only when today is on the chart, padding included: a plan
  // starting within its padding opened on empty columns. The chart opens on the plan instead.
  const opening = useMemo(
    () => openingDay(tasks, projectStart, dayIn(new Date(), timeZone)),
    [tasks, projectStart, timeZone],
  )

  const { reload } = plan
  const move = useCallback(
    async (task: TimelineTask, start: Date, end: Date) => {
      const before = tasks.find((t) => t.id === task.id)
      if (!before?.activityId) return void reload()
      const change = dragChange(
        { start: before.start, end: before.end, milestone: String(before.custom_class).includes('plan-milestone') },
        { start: localDay(start), end: localDay(end) },
        cal,
      )
      // Nothing the plan keeps changed (a milestone stretched): the chart is drawn again as it was.
      if (!change) return void reload()
      try {
        const answer = await request<{ doc?: { lastReschedule?: { title: string }[] | null } }>(
          `${api}/project-activities/${before.activityId}?depth=0`,
          { method: 'PATCH', body: change, headers: { 'accept-language': i18n.language }, failure: text.refused },
        )
        const pushed = (answer.doc?.lastReschedule ?? []).map((p) => p.title).filter((title) => title !== before.name)
        toast.success(pushed.length > 0 ? `${text.moved} ${text.pushed(pushed.join(', '))}` : text.moved)
        window.dispatchEvent(new CustomEvent(PLAN_CHANGED))
      } catch (error) {
        toast.error((error as Error).message)
      }
      await reload()
    },
    [api, cal, i18n.language, reload, tasks, text],
  )
  // frappe-gantt keeps the callbacks it was made with: they reach the latest ones through a ref.
  const latestMove = useRef(move)
  useEffect(() => {
    latestMove.current = move
  }, [move])

  const adminRoute = config.routes.admin
  useEffect(() => {
    if (!box.current || tasks.length === 0) return
    const options = {
      view_mode: VIEW_MODES[mode],
      language: i18n.language === 'ro' ? 'ro' : 'en',
      readonly: !editable,
      readonly_progress: true,
      // The server moves the successors; the chart shows its answer, not a guess.
      move_dependencies: false,
      bar_height: 24,
      padding: 22,
      today_button: true,
      // Today while the plan runs, else its first day (openingDay).
      scroll_to: opening ?? 'start',
      view_mode_select: false,
      infinite_padding: false,
      holidays: {
        'var(--g-weekend-highlight-color)': (d: Date) => {
          const day = localDay(d)
          const weekday = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][d.getDay()]
          return !cal.workingDays.includes(weekday) || cal.holidays.includes(day)
        },
      },
      popup: (ctx: Parameters<NonNullable<import('frappe-gantt').GanttOptions['popup']>>[0]) => {
        const task = ctx.task as unknown as TimelineTask
        ctx.set_title(escape(task.name))
        ctx.set_subtitle(
          task.activityId
            ? `<a href="${formatAdminURL({ adminRoute, path: `/collections/project-activities/${task.activityId}` })}">${text.open}</a>`
            : '',
        )
        const lines = [
          `${text.dates}: ${dayText(task.start)} – ${dayText(task.end)}`,
          task.baseline ? `${text.baseline}: ${dayText(task.baseline.start)} – ${dayText(task.baseline.end)}` : '',
          `${text.progress}: ${task.progress ?? 0} %`,
        ]
        ctx.set_details(lines.filter(Boolean).join('<br/>'))
      },
      on_date_change: (task: TimelineTask, start: Date, end: Date) => void latestMove.current(task, start, end),
      on_view_change: function (this: Gantt) {
        drawBaselines(this)
      },
    }
    // Built afresh on every change: frappe-gantt keeps its options, and a plan is small.
    box.current.innerHTML = ''
    // frappe-gantt keeps and marks up the tasks it is given: a copy each time.
    chart.current = new Gantt(
      box.current,
      tasks.map((task) => ({ ...task })),
      options as never,
    )
    drawBaselines(chart.current)
    // frappe-gantt words its "Today" button in English only.
    const today = box.current.querySelector('.today-button')
    if (today) today.textContent = text.legendToday
  }, [tasks, opening, mode, editable, cal, i18n.language, adminRoute, text])

  if (!id) return null
  if (plan.error) return <p style={styles.error}>{plan.error}</p>
  if (!plan.data) return <p style={styles.muted}>{text.loading}</p>
  return (
    <div className="plan-timeline" id="plan-timeline" data-editable={editable ? 'true' : 'false'}>
      <div className="plan-timeline__toolbar">
        {(Object.keys(VIEW_MODES) as ViewMode[]).map((key) => (
          <button
            key={key}
            type="button"
            className={`btn btn--style-${mode === key ? 'primary' : 'secondary'} btn--size-small`}
            style={{ margin: 0 }}
            onClick={() => setMode(key)}
            aria-pressed={mode === key}
          >
            {text[key]}
          </button>
        ))}
        <span className="plan-timeline__legend">
          <span>
            <span className="plan-timeline__swatch" style={{ background: 'var(--theme-elevation-300)' }} />
            {text.legendPlan}
          </span>
          <span>
            <span className="plan-timeline__swatch" style={{ background: 'var(--theme-elevation-400)', height: 4 }} />
            {text.legendBaseline}
          </span>
          <span>
            <span
              className="plan-timeline__swatch"
              style={{ background: 'var(--theme-error-500)', width: 2, height: 12 }}
            />
            {text.legendToday}
          </span>
        </span>
      </div>
      {!editable && <p style={styles.muted}>{text.readOnly}</p>}
      {tasks.length === 0 ? <p style={styles.muted}>{text.empty}</p> : <div ref={box} />}
    </div>
  )
}
