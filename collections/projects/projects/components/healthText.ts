import type { HealthLevel, ProjectHealth } from '../health'

/** The words of the health, on the project page and in the portfolio. */
export const HEALTH_TEXT = {
  en: {
    title: 'Health',
    level: { green: 'On track', amber: 'At risk', red: 'In trouble' } as Record<HealthLevel, string>,
    slip: 'Slip vs baseline',
    noBaseline: 'no baseline yet',
    days: (n: number) => (n === 1 ? '1 working day' : `${n} working days`),
    overdue: 'Overdue activities',
    burn: 'Effort burn',
    ofBudget: 'of the budget',
    ofPlan: 'of the planned effort',
    progress: 'Progress',
    nextMilestone: 'Next milestone',
    none: '—',
    hours: (spent: number, of: number | null) => (of === null ? `${spent} h` : `${spent} / ${of} h`),
    loading: 'Reading the plan…',
    failure: 'The health could not be read.',
  },
  ro: {
    title: 'Sănătate',
    level: { green: 'Conform planului', amber: 'Cu risc', red: 'În dificultate' } as Record<HealthLevel, string>,
    slip: 'Întârziere față de referință',
    noBaseline: 'încă fără referință',
    // Romanian puts „de” before 20–99 of each hundred: 3 zile, 20 de zile, 101 zile.
    days: (n: number) =>
      n === 1
        ? '1 zi lucrătoare'
        : n % 100 >= 20 || (n >= 100 && n % 100 === 0)
          ? `${n} de zile lucrătoare`
          : `${n} zile lucrătoare`,
    overdue: 'Activități depășite',
    burn: 'Efort consumat',
    ofBudget: 'din buget',
    ofPlan: 'din efortul planificat',
    progress: 'Progres',
    nextMilestone: 'Următorul jalon',
    none: '—',
    hours: (spent: number, of: number | null) => (of === null ? `${spent} h` : `${spent} / ${of} h`),
    loading: 'Se citește planul…',
    failure: 'Starea de sănătate nu a putut fi citită.',
  },
}

export type HealthWords = (typeof HEALTH_TEXT)['en']
export const healthTextFor = (language: string): HealthWords => (language === 'ro' ? HEALTH_TEXT.ro : HEALTH_TEXT.en)

/** The colour of a level, from Payload's theme variables (light and dark mode). */
export const LEVEL_COLOUR: Record<HealthLevel, { background: string; color: string }> = {
  green: { background: 'var(--theme-success-100)', color: 'var(--theme-success-750)' },
  amber: { background: 'var(--theme-warning-150)', color: 'var(--theme-warning-750)' },
  red: { background: 'var(--theme-error-100)', color: 'var(--theme-error-750)' },
}

const percent = (value: number | null) => (value === null ? null : `${value.toLocaleString('ro-RO')} %`)

/** The health's figures as short lines of text. */
export function healthLines(health: ProjectHealth, text: HealthWords) {
  return {
    slip: health.slipDays === null ? text.noBaseline : text.days(health.slipDays),
    overdue: String(health.overdue),
    burnOfBudget: percent(health.burnOfBudget),
    burnOfPlan: percent(health.burnOfPlan),
    hours: text.hours(health.spentHours, health.budgetHours),
    progress: percent(health.progress) ?? text.none,
  }
}
