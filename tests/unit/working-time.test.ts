import { describe, expect, it } from 'vitest'

import { addWorkingHours, type WorkingWeek } from '@/lib/workingTime'

const week: WorkingWeek = {
  timeZone: 'Europe/Bucharest',
  workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  workStart: '09:00',
  workEnd: '17:00',
}
const bucharest = (iso: string) => new Date(iso).toLocaleString('sv-SE', { timeZone: 'Europe/Bucharest' }).slice(0, 16)

/** Service-level due dates are counted in working hours (settings → time). */
describe('working hours', () => {
  it('carries an 8-hour target opened on Friday afternoon over the weekend to Monday afternoon', () => {
    // Friday 27 November 2026, 15:00 in Bucharest (UTC+2).
    expect(bucharest(addWorkingHours(new Date('2026-11-27T13:00:00Z'), 8, week).toISOString())).toBe('2026-11-30 15:00')
  })

  it('starts counting at the next working moment when opened at night or on a weekend', () => {
    expect(bucharest(addWorkingHours(new Date('2026-11-28T10:00:00Z'), 2, week).toISOString())).toBe('2026-11-30 11:00')
    expect(bucharest(addWorkingHours(new Date('2026-11-26T20:00:00Z'), 1.5, week).toISOString())).toBe(
      '2026-11-27 10:30',
    )
  })

  it('spans several days and a change of clock (the last Sunday of March)', () => {
    // Friday 27 March 2026 16:00 + 9 working hours: 1 h on Friday, 8 h on Monday 30 March (UTC+3 by then).
    const due = addWorkingHours(new Date('2026-03-27T14:00:00Z'), 9, week)
    expect(bucharest(due.toISOString())).toBe('2026-03-30 17:00')
    expect(due.toISOString()).toBe('2026-03-30T14:00:00.000Z')
  })

  it('honours another working week and refuses one without working time', () => {
    const sixDays = { ...week, workingDays: [...week.workingDays, 'sat'], workStart: '08:00', workEnd: '12:00' }
    expect(bucharest(addWorkingHours(new Date('2026-11-27T13:00:00Z'), 4, sixDays).toISOString())).toBe(
      '2026-11-28 12:00',
    )
    expect(() => addWorkingHours(new Date(), 1, { ...week, workingDays: [] })).toThrow(/working/)
  })
})
