import { describe, expect, it } from 'vitest'

import { orthodoxEaster, romanianHolidays } from '@/lib/holidays'

describe('Romanian public holidays', () => {
  it('finds Orthodox Easter', () => {
    expect(orthodoxEaster(2024)).toBe('2024-05-05')
    expect(orthodoxEaster(2025)).toBe('2025-04-20')
    expect(orthodoxEaster(2026)).toBe('2026-04-12')
    expect(orthodoxEaster(2027)).toBe('2027-05-02')
  })

  it('lists the year in order, with the movable feasts', () => {
    const days = romanianHolidays(2026).map((h) => h.day)
    expect(days).toHaveLength(17)
    expect(days).toEqual([...days].sort())
    expect(days).toContain('2026-04-10')
    expect(days).toContain('2026-05-31')
    expect(days).toContain('2026-06-01')
    expect(days).toContain('2026-12-01')
  })
})
