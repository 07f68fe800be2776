import { addDays } from './timeZone'

/** A public holiday: its day (`YYYY-MM-DD`) and its name. */
export interface Holiday {
  day: string
  name: string
}

/**
 * Orthodox Easter Sunday (Meeus' Julian algorithm, moved to the Gregorian calendar: +13 days from
 * 1900 to 2099), the day Romanian Good Friday, Easter and Pentecost hang on.
 */
export function orthodoxEaster(year: number): string {
  const a = year % 4
  const b = year % 7
  const c = year % 19
  const d = (19 * c + 15) % 30
  const e = (2 * a + 4 * b - d + 34) % 7
  const month = Math.floor((d + e + 114) / 31)
  const day = ((d + e + 114) % 31) + 1
  const julian = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return addDays(julian, 13)
}

/** Romania's legal public holidays (Codul muncii, art. 139) in a year, in date order. */
export function romanianHolidays(year: number): Holiday[] {
  const on = (md: string, name: string) => ({ day: `${year}-${md}`, name })
  const easter = orthodoxEaster(year)
  const list: Holiday[] = [
    on('01-01', 'Anul Nou'),
    on('01-02', 'Anul Nou (a doua zi)'),
    on('01-06', 'Boboteaza'),
    on('01-07', 'Sfântul Ioan Botezătorul'),
    on('01-24', 'Ziua Unirii Principatelor Române'),
    { day: addDays(easter, -2), name: 'Vinerea Mare' },
    { day: easter, name: 'Paștele' },
    { day: addDays(easter, 1), name: 'Paștele (a doua zi)' },
    on('05-01', 'Ziua Muncii'),
    on('06-01', 'Ziua Copilului'),
    { day: addDays(easter, 49), name: 'Rusaliile' },
    { day: addDays(easter, 50), name: 'Rusaliile (a doua zi)' },
    on('08-15', 'Adormirea Maicii Domnului'),
    on('11-30', 'Sfântul Andrei'),
    on('12-01', 'Ziua Națională a României'),
    on('12-25', 'Crăciunul'),
    on('12-26', 'Crăciunul (a doua zi)'),
  ]
  return list.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0))
}
