import { describe, expect, it } from 'vitest'

import { computePlan, type Dates, planProblems, type PlanItem, reschedule } from '@/collections/projects/plan/schedule'
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  type WorkCalendar,
  workingDaysBetween,
} from '@/collections/projects/plan/workingDays'
import { addDays } from '@/lib/timeZone'

/** Monday to Friday with the Romanian public holidays of winter 2026/27 (Saint Andrew, 1 December, Christmas, New Year). */
const cal: WorkCalendar = {
  workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  holidays: ['2026-11-30', '2026-12-01', '2026-12-25', '2026-12-26', '2027-01-01', '2027-01-02'],
}

const item = (key: string, duration: number, predecessors: PlanItem['predecessors'] = [], offset = 0): PlanItem => ({
  key,
  offset,
  duration,
  predecessors,
})
const after = (key: string, lag = 0) => ({ key, lag })
const plain = (plan: Map<string, Dates>) => Object.fromEntries(plan)

describe('working days', () => {
  it('skips weekends and holidays', () => {
    expect(isWorkingDay('2026-12-01', cal)).toBe(false) // Tuesday, National Day
    expect(isWorkingDay('2026-12-05', cal)).toBe(false) // Saturday
    expect(isWorkingDay('2026-12-02', cal)).toBe(true)
    // Saturday 28 November → Sunday, Saint Andrew on Monday, National Day on Tuesday → Wednesday.
    expect(nextWorkingDay('2026-11-28', cal)).toBe('2026-12-02')
    expect(nextWorkingDay('2026-12-02', cal)).toBe('2026-12-02')
    expect(addWorkingDays('2026-12-24', 0, cal)).toBe('2026-12-24')
    expect(addWorkingDays('2026-12-24', 1, cal)).toBe('2026-12-28')
    // 28–31 December, then New Year's Day and the 2nd, a weekend, Monday 4 and Tuesday 5 January.
    expect(addWorkingDays('2026-12-24', 6, cal)).toBe('2027-01-05')
  })

  it('counts backwards and counts the working days of a span', () => {
    expect(addWorkingDays('2027-01-04', -1, cal)).toBe('2026-12-31')
    expect(addWorkingDays('2027-01-05', -6, cal)).toBe('2026-12-24') // the way back of +6 above
    // A day off counts from its next working day (Monday 28), so one back is Thursday 24.
    expect(addWorkingDays('2026-12-26', -1, cal)).toBe('2026-12-24')
    // December 2026 has 23 weekdays, two of them holidays.
    expect(workingDaysBetween('2026-12-01', '2026-12-31', cal)).toBe(21)
    expect(workingDaysBetween('2026-12-02', '2026-12-02', cal)).toBe(1)
    expect(workingDaysBetween('2026-12-31', '2026-12-01', cal)).toBe(0)
  })

  it('refuses a calendar without working days instead of searching forever', () => {
    const none: WorkCalendar = { workingDays: [], holidays: [] }
    expect(() => nextWorkingDay('2026-12-02', none)).toThrow(/no working days/)
    expect(() => addWorkingDays('2026-12-02', 3, none)).toThrow(/no working days/)
    expect(() => isWorkingDay('2026-12-02', { workingDays: ['monday'], holidays: [] })).toThrow(/no working days/)
    expect(() => workingDaysBetween('2026-12-01', '2026-12-31', none)).toThrow(/no working days/)
    // Mondays only, every one of them a holiday for eleven years: the search gives up.
    const mondays = Array.from({ length: 600 }, (_, week) => addDays('2026-01-05', 7 * week))
    expect(() => nextWorkingDay('2026-01-01', { workingDays: ['mon'], holidays: mondays })).toThrow(
      /No working day within/,
    )
  })
})

describe('computing a plan', () => {
  it('chains finish-to-start links with lags across a weekend and holidays', () => {
    const plan = computePlan(
      '2026-11-26', // Thursday
      [item('A', 2), item('B', 3, [after('A')]), item('C', 1, [after('B', 2)]), item('D', 1, [after('C', -1)])],
      cal,
    )
    expect(plain(plan)).toEqual({
      A: { start: '2026-11-26', end: '2026-11-27' },
      // The next working day after Friday 27 is Wednesday 2 (weekend, 30 November, 1 December).
      B: { start: '2026-12-02', end: '2026-12-04' },
      // Two working days after Monday 7, the first working day after B.
      C: { start: '2026-12-09', end: '2026-12-09' },
      // A negative lag overlaps: one day before the day after C.
      D: { start: '2026-12-09', end: '2026-12-09' },
    })
  })

  it('starts after the latest of parallel predecessors', () => {
    const items = (lagAfterB: number) => [item('A', 5), item('B', 2), item('C', 1, [after('A'), after('B', lagAfterB)])]
    // A ends Friday 11 → Monday 14; B ends Tuesday 8 → Wednesday 9 + 2 = Friday 11.
    expect(computePlan('2026-12-07', items(2), cal).get('C')).toEqual({ start: '2026-12-14', end: '2026-12-14' })
    // With a lag of 5 after B: Wednesday 16, later than what A allows.
    expect(computePlan('2026-12-07', items(5), cal).get('C')).toEqual({ start: '2026-12-16', end: '2026-12-16' })
  })

  it('places offsets from the project start, moved to a working day, unless a predecessor is later', () => {
    const plan = computePlan(
      '2026-11-28', // Saturday before two holidays: the project starts on Wednesday 2 December.
      [item('A', 1), item('B', 1, [], 3), item('C', 1, [after('A')], 10), item('D', 1, [after('B')], 1)],
      cal,
    )
    expect(plain(plan)).toEqual({
      A: { start: '2026-12-02', end: '2026-12-02' },
      B: { start: '2026-12-07', end: '2026-12-07' },
      C: { start: '2026-12-16', end: '2026-12-16' }, // the offset is later than A allows
      D: { start: '2026-12-08', end: '2026-12-08' }, // B is later than the offset
    })
  })

  it('lets a milestone take one day and its successors start that same day', () => {
    const plan = computePlan(
      '2026-12-21',
      [item('A', 4), item('M', 0, [after('A')]), item('B', 1, [after('M')]), item('C', 2, [after('M', 1)])],
      cal,
    )
    expect(plain(plan)).toEqual({
      A: { start: '2026-12-21', end: '2026-12-24' },
      M: { start: '2026-12-28', end: '2026-12-28' }, // after Christmas and the weekend
      B: { start: '2026-12-28', end: '2026-12-28' },
      C: { start: '2026-12-29', end: '2026-12-30' },
    })
  })
})

describe('plan problems', () => {
  it('finds none in a sound plan', () => {
    expect(planProblems([item('A', 1), item('B', 0, [after('A', -2)])])).toEqual({
      unknown: [],
      cycle: [],
      invalid: [],
    })
  })

  it('reports a cycle with its keys, and computePlan refuses it', () => {
    const items = [item('X', 1), item('A', 1, [after('C')]), item('B', 1, [after('A')]), item('C', 1, [after('B')])]
    expect(planProblems(items).cycle).toEqual(['A', 'B', 'C'])
    expect(() => computePlan('2026-12-07', items, cal)).toThrow(/cycle A → B → C → A/)
    expect(planProblems([item('S', 1, [after('S')])]).cycle).toEqual(['S'])
  })

  it('reports an unknown predecessor', () => {
    const items = [item('A', 1), item('B', 1, [after('A'), after('Z')])]
    expect(planProblems(items)).toEqual({ unknown: [{ activity: 'B', predecessor: 'Z' }], cycle: [], invalid: [] })
    expect(() => computePlan('2026-12-07', items, cal)).toThrow(/B: unknown predecessor Z/)
  })

  it('reports a duplicate key and impossible numbers', () => {
    const { invalid } = planProblems([item('A', 1), item('A', 2), item('B', -1), item('C', 1, [], 1.5)])
    expect(invalid.map((i) => `${i.activity} ${i.reason.split(' ')[0]}`)).toEqual([
      'A duplicate',
      'B duration',
      'C offset',
    ])
    expect(() => computePlan('2026-12-07', [item('A', 1), item('A', 2)], cal)).toThrow(/A: duplicate key/)
  })
})

describe('rescheduling', () => {
  /**
   * A 7–9 Dec → B 10–11 → C 14; X 7–11 → Y, hand-set to the 9th (before X ends: not valid, but not
   * downstream of A or B either).
   */
  const current = (changes: Record<string, Dates> = {}) => {
    const items = [
      item('A', 3),
      item('B', 2, [after('A')]),
      item('C', 1, [after('B')]),
      item('X', 5),
      item('Y', 1, [after('X')]),
    ]
    const plan = computePlan('2026-12-07', items, cal)
    const dates: Record<string, Dates> = { ...plain(plan), Y: { start: '2026-12-09', end: '2026-12-09' }, ...changes }
    return new Map(items.map((i) => [i.key, { ...i, ...dates[i.key] }]))
  }

  it('pushes the successors later and leaves everything else out', () => {
    // Saturday 19 → Monday 21; B starts on the 24th and, past Christmas and the weekend, ends on the 28th.
    const { changed, pushed } = reschedule(current(), 'A', { start: '2026-12-19' }, cal)
    expect(plain(changed)).toEqual({
      A: { start: '2026-12-21', end: '2026-12-23' },
      B: { start: '2026-12-24', end: '2026-12-28' },
      C: { start: '2026-12-29', end: '2026-12-29' },
    })
    expect(pushed).toEqual([
      { key: 'B', from: '2026-12-10', to: '2026-12-24', because: 'A' },
      { key: 'C', from: '2026-12-14', to: '2026-12-29', because: 'B' },
    ])
  })

  it('never pulls a successor earlier, and keeps hand-set dates that are still valid', () => {
    const earlier = reschedule(current(), 'A', { start: '2026-12-02' }, cal)
    expect(plain(earlier.changed)).toEqual({ A: { start: '2026-12-02', end: '2026-12-04' } })
    expect(earlier.pushed).toEqual([])

    // B set by hand to 15–16 and C to the 21st: A ending on the 14th still allows both.
    const handSet = current({
      B: { start: '2026-12-15', end: '2026-12-16' },
      C: { start: '2026-12-21', end: '2026-12-21' },
    })
    const later = reschedule(handSet, 'A', { start: '2026-12-10' }, cal)
    expect(plain(later.changed)).toEqual({ A: { start: '2026-12-10', end: '2026-12-14' } })
    expect(later.pushed).toEqual([])
  })

  it('pushes a moved activity that would start before its predecessor ends, and says why', () => {
    // C wanted on the 9th, but B ends on the 11th: C stays on Monday 14, so nothing changes.
    const early = reschedule(current(), 'C', { start: '2026-12-09' }, cal)
    expect(early.changed.size).toBe(0)
    expect(early.pushed).toEqual([{ key: 'C', from: '2026-12-09', to: '2026-12-14', because: 'B' }])

    // With two predecessors, the one that ends later is named.
    const plan = current()
    plan.set('Z', { ...item('Z', 1, [after('A'), after('X', 2)]), start: '2026-12-16', end: '2026-12-16' })
    expect(reschedule(plan, 'Z', { start: '2026-12-10' }, cal).pushed).toEqual([
      { key: 'Z', from: '2026-12-10', to: '2026-12-16', because: 'X' },
    ])

    // Moved too early and made longer: pushed back to the 10th, it now ends on the 15th and C follows.
    const longer = reschedule(current(), 'B', { start: '2026-12-07', duration: 4 }, cal)
    expect(plain(longer.changed)).toEqual({
      B: { start: '2026-12-10', end: '2026-12-15' },
      C: { start: '2026-12-16', end: '2026-12-16' },
    })
    expect(longer.pushed.map((p) => `${p.key}←${p.because}`)).toEqual(['B←A', 'C←B'])
  })

  it('moves only the successors of an activity whose duration changes', () => {
    const longer = reschedule(current(), 'A', { duration: 5 }, cal)
    expect(plain(longer.changed)).toEqual({
      A: { start: '2026-12-07', end: '2026-12-11' },
      B: { start: '2026-12-14', end: '2026-12-15' },
      C: { start: '2026-12-16', end: '2026-12-16' },
    })
    // Shorter: A ends sooner, B and C keep their dates.
    expect(plain(reschedule(current(), 'A', { duration: 1 }, cal).changed)).toEqual({
      A: { start: '2026-12-07', end: '2026-12-07' },
    })
  })
})
