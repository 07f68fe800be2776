import type { FieldHook } from 'payload'

import { appTimeZone } from '@/lib/settings'
import { dayIn } from '@/lib/timeZone'
import { storedDay } from '../plan/calendar'

/** An entry without a date is for today, the day in the settings' time zone, stored as days are. */
export const todayWhenEmpty: FieldHook = async ({ value, req }) =>
  value === undefined || value === null || value === '' ? storedDay(dayIn(new Date(), await appTimeZone(req))) : value
