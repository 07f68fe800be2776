/** Placeholder: the calendar admin view (/admin/calendar). */
export function CalendarView() {
  return null
}
