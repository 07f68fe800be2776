import type { PayloadRequest } from 'payload'

import { textToDay } from '@/lib/dates'
import { badRequest } from '@/lib/errors'
import { isRecordId } from '@/lib/ids'
import { isDay } from '@/lib/timeZone'
import { mondayOf, mondayOfIsoWeek } from './sheet'

export interface TimesheetQuery {
  /** The week's Monday. */
  monday: string
  /** Absent: the caller. */
  person?: number
}

const param = (req: PayloadRequest, name: string) => (req.searchParams.get(name) ?? '').trim()

/** A day written `YYYY-MM-DD` or `dd.MM.yyyy`, from 1900 on; null otherwise. */
const readDay = (raw: string) => {
  const day = isDay(raw) ? raw : /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(raw) ? textToDay(raw, 'ro') : null
  return day && day >= '1900-01-01' ? day : null
}

/**
 * `week=YYYY-Www` (ISO week) or `from=` a day of the week (`YYYY-MM-DD` or `dd.MM.yyyy`), this
 * week (`today`) when neither; `person=` a user id. 400 with a bilingual message otherwise.
 */
export function timesheetQuery(req: PayloadRequest, today: string): TimesheetQuery {
  const week = param(req, 'week')
  const from = param(req, 'from')
  if (week && from) {
    throw badRequest(req, {
      en: 'Give the week either as "week" (YYYY-Www) or as "from" (a day), not both.',
      ro: 'Indicați săptămâna fie cu „week” (AAAA-Sss), fie cu „from” (o zi), nu cu amândouă.',
    })
  }
  let monday = mondayOf(today)
  if (week) {
    const found = mondayOfIsoWeek(week)
    if (!found) {
      throw badRequest(req, {
        en: `"week" must be an ISO week written YYYY-Www, such as 2037-W10 (received "${week}").`,
        ro: `„week” trebuie să fie o săptămână ISO scrisă AAAA-Sss, de exemplu 2037-W10 (primit „${week}”).`,
      })
    }
    monday = found
  } else if (from) {
    const day = readDay(from)
    if (!day) {
      throw badRequest(req, {
        en: `"from" must be a day written dd.MM.yyyy or YYYY-MM-DD (received "${from}").`,
        ro: `„from” trebuie să fie o zi scrisă zz.LL.aaaa sau AAAA-LL-ZZ (primit „${from}”).`,
      })
    }
    monday = mondayOf(day)
  }
  const person = param(req, 'person')
  if (person && !isRecordId(person)) {
    throw badRequest(req, {
      en: `"person" must be a person's numeric id (received "${person}").`,
      ro: `„person” trebuie să fie id-ul numeric al unei persoane (primit „${person}”).`,
    })
  }
  return { monday, person: person ? Number(person) : undefined }
}
