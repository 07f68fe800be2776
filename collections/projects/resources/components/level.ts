import type { CSSProperties } from 'react'

import type { ResourceCell } from '../types'

/** Green up to 80 %, amber up to 100 %, red above: of the higher of load and allocation. */
export function levelOf(cell: ResourceCell): 'free' | 'busy' | 'full' | 'over' {
  if (cell.over) return 'over'
  const level = Math.max(cell.load ?? 0, cell.allocation)
  if (level === 0) return 'free'
  return level <= 80 ? 'busy' : 'full'
}

export const LEVEL_STYLE: Record<ReturnType<typeof levelOf>, CSSProperties> = {
  free: {},
  busy: { background: 'var(--theme-success-100)', color: 'var(--theme-success-800)' },
  full: { background: 'var(--theme-warning-100)', color: 'var(--theme-warning-800)' },
  over: { background: 'var(--theme-error-100)', color: 'var(--theme-error-800)' },
}
