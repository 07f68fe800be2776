import { describe, expect, it } from 'vitest'

import { escapeText, fold } from '@/hooks/calendar/ics'

describe('calendar (R10)', () => {
  describe('iCalendar feed', () => {
    it('writes RFC 5545 text: escaped values and lines folded at 75 octets without splitting a character', () => {
      expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
      const folded = fold(`SUMMARY:${'ă'.repeat(100)}`)
      const lines = folded.split('\r\n')
      expect(lines.length).toBeGreaterThan(1)
      for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
      expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true)
      expect(lines.map((line, i) => (i ? line.slice(1) : line)).join('')).toBe(`SUMMARY:${'ă'.repeat(100)}`)
    })
  })
})
