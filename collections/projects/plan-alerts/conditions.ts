import { type Bilingual, t } from '@/lib/i18n'

/** What an alert watches: the plan's items (activities, deliverables) or the project as a whole. */
export type Subject = 'activity' | 'deliverable' | 'project'
/** How the threshold counts: working days (Settings → Time), calendar days, or a percentage. */
export type Unit = 'workingDays' | 'days' | 'percent'

export interface Condition {
  value: string
  label: Bilingual
  subject: Subject
  unit: Unit
  /** The threshold a new kind starts with. */
  threshold: number
}

/** The conditions the evaluator knows (R3, R23); kinds (data) pick one of them. */
export const CONDITIONS = [
  {
    value: 'activity-not-started',
    label: t(
      'Activity not started N working days after its planned start',
      'Activitate neîncepută la N zile lucrătoare după începutul planificat',
    ),
    subject: 'activity',
    unit: 'workingDays',
    threshold: 2,
  },
  {
    value: 'activity-overdue',
    label: t('Activity overdue (N working days of grace)', 'Activitate întârziată (N zile lucrătoare de grație)'),
    subject: 'activity',
    unit: 'workingDays',
    threshold: 0,
  },
  {
    value: 'deliverable-overdue',
    label: t('Deliverable overdue (N working days of grace)', 'Livrabil întârziat (N zile lucrătoare de grație)'),
    subject: 'deliverable',
    unit: 'workingDays',
    threshold: 0,
  },
  {
    value: 'deliverable-due-soon',
    label: t('Deliverable due within N days', 'Livrabil cu termen în următoarele N zile'),
    subject: 'deliverable',
    unit: 'days',
    threshold: 3,
  },
  {
    value: 'milestone-missed',
    label: t('Milestone missed (N working days of grace)', 'Jalon ratat (N zile lucrătoare de grație)'),
    subject: 'activity',
    unit: 'workingDays',
    threshold: 0,
  },
  {
    value: 'activity-effort-over',
    label: t('Activity: spent effort above X % of planned', 'Activitate: efort consumat peste X % din cel planificat'),
    subject: 'activity',
    unit: 'percent',
    threshold: 100,
  },
  {
    value: 'project-effort-over',
    label: t('Project: spent effort above X % of the budget', 'Proiect: efort consumat peste X % din buget'),
    subject: 'project',
    unit: 'percent',
    threshold: 90,
  },
  {
    value: 'project-end-slipping',
    label: t('Project end more than N days past the baseline', 'Sfârșitul proiectului cu peste N zile după referință'),
    subject: 'project',
    unit: 'days',
    threshold: 5,
  },
] as const satisfies readonly Condition[]

export type ConditionKey = (typeof CONDITIONS)[number]['value']
export const conditionOf = (value: unknown): Condition | undefined => CONDITIONS.find((c) => c.value === value)

/** Who is told, by their part in the project. */
export const RECIPIENT_ROLES = [
  {
    value: 'responsible',
    label: t('Responsible (of the activity or deliverable)', 'Responsabilul (activității sau livrabilului)'),
  },
  { value: 'project-manager', label: t('Project manager', 'Managerul de proiect') },
  { value: 'team-manager', label: t('Team manager', 'Managerul echipei') },
  { value: 'client-owner', label: t('Client owner', 'Responsabilul clientului') },
] as const
export type RecipientRole = (typeof RECIPIENT_ROLES)[number]['value']
