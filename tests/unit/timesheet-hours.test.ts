import { describe, expect, it } from 'vitest'

import { formatHours, readHours } from '@/collections/projects/time-entries/timesheet/components/hours'
import { isoWeekOf, mondayOfIsoWeek, totalsOf } from '@/collections/projects/time-entries/timesheet/sheet'

/** The timesheet's cells: hours typed either way, in quarters; ISO weeks; the totals. */
describe('timesheet hours and weeks', () => {
  it('reads hours typed with a comma or a dot, in quarters; empty or 0 is none', () => {
    expect(readHours('6,5')).toEqual({ hours: 6.5 })
    expect(readHours(' 6.25 ')).toEqual({ hours: 6.25 })
    expect(readHours(',75')).toEqual({ hours: 0.75 })
    expect(readHours('8')).toEqual({ hours: 8 })
    expect(readHours('')).toEqual({ hours: 0 })
    expect(readHours('0')).toEqual({ hours: 0 })
    expect(readHours('6,3')).toEqual({ error: 'notQuarters' })
    expect(readHours('6h')).toEqual({ error: 'notHours' })
    expect(readHours('1,000.5')).toEqual({ error: 'notHours' })
    // Out of range is the collection's to refuse, in its own words.
    expect(readHours('25')).toEqual({ hours: 25 })
    expect(readHours('-1')).toEqual({ hours: -1 })
  })

  it('writes hours the Romanian way in Romanian, nothing for none', () => {
    expect(formatHours(6.5, 'ro')).toBe('6,5')
    expect(formatHours(6.5, 'en')).toBe('6.5')
    expect(formatHours(0.1 + 0.2, 'en')).toBe('0.3')
    expect(formatHours(0, 'ro')).toBe('')
    expect(formatHours(0, 'ro', '0')).toBe('0')
  })

  it('counts ISO weeks from the week holding 4 January', () => {
    expect(isoWeekOf('2037-03-12')).toBe('2037-W11')
    expect(isoWeekOf('2036-12-29')).toBe('2037-W01')
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53')
    expect(mondayOfIsoWeek('2037-W11')).toBe('2037-03-09')
    expect(mondayOfIsoWeek('2037w01')).toBe('2036-12-29')
    expect(mondayOfIsoWeek('2026-W53')).toBe('2026-12-28')
    expect(mondayOfIsoWeek('2027-W53')).toBeNull()
    expect(mondayOfIsoWeek('2037-W00')).toBeNull()
    expect(mondayOfIsoWeek('0099-W10')).toBeNull()
  })

  it('sums rows, days and the week without float noise', () => {
    const cell = (hours: number) => ({ hours, entries: [] })
    const rows = [{ cells: [0.1, 0.2, 0, 0, 0, 0, 0].map(cell) }, { cells: [0.25, 0, 0, 0, 0, 0, 7.75].map(cell) }]
    expect(totalsOf(rows)).toEqual({ rows: [0.3, 8], days: [0.35, 0.2, 0, 0, 0, 0, 7.75], week: 8.3 })
  })
})
