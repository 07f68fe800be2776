import type { PayloadRequest } from 'payload'

import { appTimeZone, settingsOf } from '@/lib/settings'
import { dayIn } from '@/lib/timeZone'
import type { WorkCalendar } from './workingDays'

/** A stored day-only date (12:00 UTC) as the day it stands for, in the application's time zone; null if none or not a date. */
export function dayOf(value: unknown, timeZone: string): string | null {
  const instant = value ? new Date(String(value)) : null
  return instant && !Number.isNaN(instant.getTime()) ? dayIn(instant, timeZone) : null
}

/** A day as day-only date fields store it. */
export const storedDay = (day: string) => `${day}T12:00:00.000Z`

/** The company's working days and public holidays (Settings → Time), as plans count them. */
export async function workCalendarOf(req: PayloadRequest): Promise<WorkCalendar & { timeZone: string }> {
  const time = (await settingsOf(req)).time
  const timeZone = await appTimeZone(req)
  const holidays = (time?.holidays ?? [])
    .map((holiday) => dayOf(holiday.day, timeZone))
    .filter((day): day is string => Boolean(day))
  return { workingDays: time?.workingDays ?? ['mon', 'tue', 'wed', 'thu', 'fri'], holidays, timeZone }
}
