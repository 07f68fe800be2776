import { describe, expect, it } from 'vitest'

import { openingDay } from '@/collections/projects/projects/components/timelinePlan'

const bar = (start: string, end: string) => ({ start, end })
/** A plan of three weeks in March 2027, its phase bar first as timelineTasks gives them. */
const plan = [bar('2027-03-15', '2027-04-02'), bar('2027-03-15', '2027-03-16'), bar('2027-03-17', '2027-04-02')]

describe('the day the plan timeline opens on', () => {
  it('is the plan’s first day when the plan starts months from today', () => {
    expect(openingDay(plan, '2027-03-15', '2026-11-30')).toBe('2027-03-15')
  })

  it('is the plan’s first day when the plan is over', () => {
    expect(openingDay(plan, '2027-03-15', '2027-09-01')).toBe('2027-03-15')
  })

  it('is today while the plan runs, its first and last days included', () => {
    expect(openingDay(plan, '2027-03-15', '2027-03-22')).toBe('2027-03-22')
    expect(openingDay(plan, '2027-03-15', '2027-03-15')).toBe('2027-03-15')
    expect(openingDay(plan, '2027-03-15', '2027-04-02')).toBe('2027-04-02')
    expect(openingDay(plan, '2027-03-15', '2027-04-03')).toBe('2027-03-15')
  })

  it('starts the plan at the project’s start when it comes before the earliest activity', () => {
    expect(openingDay(plan, '2027-03-08', '2026-11-30')).toBe('2027-03-08')
    expect(openingDay(plan, '2027-03-08', '2027-03-10')).toBe('2027-03-10')
  })

  it('starts it at the earliest activity when the project’s start is later or unknown', () => {
    expect(openingDay(plan, '2027-03-20', '2026-11-30')).toBe('2027-03-15')
    expect(openingDay(plan, null, '2026-11-30')).toBe('2027-03-15')
  })

  it('has no day without bars', () => {
    expect(openingDay([], '2027-03-15', '2026-11-30')).toBeNull()
  })
})
