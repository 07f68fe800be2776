import { describe, expect, it } from 'vitest'

import { formatStoredDate, fromPickerDate, parseTypedDate, toPickerDate, typedFormats } from '@/lib/dates'

const zone = 'Europe/Bucharest'

/** Dates typed as people here write them mean the wall time they name in the settings' zone. */
describe('typed dates, day first, in the settings time zone', () => {
  it('reads 02.12.2026 10:00 as 2 December, 10:00 in Bucharest, never 12 February', () => {
    expect(parseTypedDate('02.12.2026 10:00', { withTime: true, timeZone: zone })).toBe('2026-12-02T08:00:00.000Z')
    expect(parseTypedDate('02/12/2026 10:00', { withTime: true, timeZone: zone, language: 'en' })).toBe(
      '2026-12-02T08:00:00.000Z',
    )
    // Summer time: three hours ahead of UTC.
    expect(parseTypedDate('2.7.2026 9:05', { withTime: true, timeZone: zone })).toBe('2026-07-02T06:05:00.000Z')
    // Without a year: this year's 3 December, not 12 March.
    const year = new Date().getFullYear()
    expect(parseTypedDate('03.12', { withTime: false, timeZone: zone })).toBe(`${year}-12-03T12:00:00.000Z`)
    expect(parseTypedDate('31.02.2026', { withTime: false, timeZone: zone })).toBeNull()
    expect(parseTypedDate('not a date', { withTime: true, timeZone: zone })).toBeNull()
  })

  it('shows a stored instant as the wall time of the zone, day first, 24 h', () => {
    expect(formatStoredDate('2026-12-02T08:00:00.000Z', { withTime: true, timeZone: zone })).toBe('02.12.2026 10:00')
    expect(formatStoredDate('2026-12-02T20:30:00.000Z', { withTime: true, timeZone: zone, language: 'en' })).toBe(
      '02/12/2026 22:30',
    )
    expect(formatStoredDate('2026-12-02T12:00:00.000Z', { withTime: false, timeZone: zone })).toBe('02.12.2026')
    expect(typedFormats('ro', true)[0]).toBe('dd.MM.yyyy HH:mm')
    expect(typedFormats('en', true)[0]).toBe('dd/MM/yyyy HH:mm')
  })

  it('moves the picker value through the browser zone without changing the meant wall time', () => {
    const picked = toPickerDate('2026-12-02T08:00:00.000Z', zone)
    expect([picked.getDate(), picked.getMonth() + 1, picked.getHours(), picked.getMinutes()]).toEqual([2, 12, 10, 0])
    expect(fromPickerDate(new Date(2026, 11, 2, 10, 0), zone)).toBe('2026-12-02T08:00:00.000Z')
    expect(fromPickerDate(new Date(2026, 11, 2, 10, 0), 'UTC')).toBe('2026-12-02T10:00:00.000Z')
  })
})
