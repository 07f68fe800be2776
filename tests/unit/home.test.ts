import { describe, expect, it } from 'vitest'

import { isOverdue, pastDue } from '@/collections/crm/todos/windows'
import { figureWhere, listHref, whereOfHref } from '@/hooks/home/link'
import { homeMoment } from '@/hooks/home/moment'
import { displayOf } from '@/hooks/home/read'
import { beforeToday, onToday } from '@/hooks/home/windows'

const zone = 'Europe/Bucharest'
const hours = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 3_600_000

/** "Today" and "past due" on the home page are the settings' zone's, not the server's. */
describe('home page: today in Europe/Bucharest', () => {
  it('turns the day at Bucharest midnight, not at UTC midnight', () => {
    // 23:59:59 in Bucharest (UTC+2 in winter): still the 29th.
    const before = homeMoment(new Date('2026-11-29T21:59:59.000Z'), zone)
    expect(before.today).toBe('2026-11-29')
    expect(before.dayStart.toISOString()).toBe('2026-11-28T22:00:00.000Z')
    expect(before.dayEnd.toISOString()).toBe('2026-11-29T22:00:00.000Z')
    // One second later, 00:00 in Bucharest while UTC is still on the 29th.
    const after = homeMoment(new Date('2026-11-29T22:00:00.000Z'), zone)
    expect(after.today).toBe('2026-11-30')
    expect(after.dayStart.toISOString()).toBe('2026-11-29T22:00:00.000Z')
    // Summer time: UTC+3.
    const summer = homeMoment(new Date('2026-07-01T21:30:00.000Z'), zone)
    expect(summer.today).toBe('2026-07-02')
    expect(summer.dayStart.toISOString()).toBe('2026-07-01T21:00:00.000Z')
  })

  it('gives the clock-change days 23 and 25 hours', () => {
    const spring = homeMoment(new Date('2026-03-29T12:00:00.000Z'), zone)
    expect(spring.dayStart.toISOString()).toBe('2026-03-28T22:00:00.000Z')
    expect(spring.dayEnd.toISOString()).toBe('2026-03-29T21:00:00.000Z')
    expect(hours(spring.dayStart, spring.dayEnd)).toBe(23)
    const autumn = homeMoment(new Date('2026-10-25T12:00:00.000Z'), zone)
    expect(autumn.dayStart.toISOString()).toBe('2026-10-24T21:00:00.000Z')
    expect(autumn.dayEnd.toISOString()).toBe('2026-10-25T22:00:00.000Z')
    expect(hours(autumn.dayStart, autumn.dayEnd)).toBe(25)
  })

  it('says "due today" and "past due" with the same bounds as My work', () => {
    const moment = homeMoment(new Date('2026-11-30T00:30:00.000+02:00'), zone)
    expect(onToday('dueDate', moment)).toEqual([
      { dueDate: { greater_than_equal: '2026-11-29T22:00:00.000Z' } },
      { dueDate: { less_than: '2026-11-30T22:00:00.000Z' } },
    ])
    expect(beforeToday('dueDate', moment)).toEqual({ dueDate: { less_than: '2026-11-29T22:00:00.000Z' } })
    // An all-day todo of yesterday is past due half an hour after midnight; a timed one at 23:00 too;
    // a timed one due at 00:15 today is, one at 01:00 is not yet.
    const yesterday = { due: '2026-11-29T10:00:00.000Z', allDay: true }
    const today = { due: '2026-11-30T10:00:00.000Z', allDay: true }
    expect(isOverdue(yesterday, moment.now, zone)).toBe(true)
    expect(isOverdue(today, moment.now, zone)).toBe(false)
    expect(isOverdue({ due: '2026-11-29T22:15:00.000Z', allDay: false }, moment.now, zone)).toBe(true)
    expect(isOverdue({ due: '2026-11-29T23:00:00.000Z', allDay: false }, moment.now, zone)).toBe(false)
    expect(pastDue(moment.now, moment.dayStart)).toEqual([
      [{ allDay: { equals: true } }, { due: { less_than: '2026-11-29T22:00:00.000Z' } }],
      [{ allDay: { not_equals: true } }, { due: { less_than: '2026-11-29T22:30:00.000Z' } }],
    ])
  })
})

describe('home page: links and figures', () => {
  it('links to the admin list filtered the way its filter bar reads (or of ands)', () => {
    const where = figureWhere({ responsible: { equals: 7 } }, [
      [{ statusCategory: { in: ['open', 'active'] } }],
      [{ dueDate: { less_than: '2026-11-29T22:00:00.000Z' } }],
    ])
    const href = listHref('/admin', 'tickets', where)
    expect(href.startsWith('/admin/collections/tickets?where[or][0][and][0][responsible][equals]=7&')).toBe(true)
    expect(href).toContain('where[or][0][and][1][statusCategory][in][1]=active')
    // The list reads back the very query counted (numbers come back as text, as from any URL).
    expect(whereOfHref(href)).toEqual({
      or: [
        { and: [{ responsible: { equals: '7' } }, { statusCategory: { in: ['open', 'active'] } }] },
        { and: [{ responsible: { equals: '7' } }, { dueDate: { less_than: '2026-11-29T22:00:00.000Z' } }] },
      ],
    })
  })

  it('writes amounts the Romanian way with their currency', () => {
    expect(displayOf(1234567.5, 'RON')).toBe('1.234.567,50 RON')
    expect(displayOf(0, 'RON')).toBe('0,00 RON')
    expect(displayOf(12)).toBe('12')
  })
})
