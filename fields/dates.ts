import type { DateField } from 'payload'

const FIELD = '/src/components/shared/dates/ZonedDateField#ZonedDateField'
const CELL = '/src/components/shared/dates/ZonedDateCell#ZonedDateCell'

type Options = Omit<DateField, 'type'>

/**
 * A date field as people here write it: `dd.MM.yyyy` (English: `dd/MM/yyyy`), typed or picked,
 * read day first, never as US month/day. Stored at 12:00 UTC of the day (Payload's day-only rule).
 */
export const dateField = ({ admin, ...field }: Options): DateField => ({
  ...field,
  type: 'date',
  admin: {
    ...admin,
    date: { ...admin?.date, pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' },
    components: { ...admin?.components, Field: FIELD, Cell: CELL },
  },
})

/**
 * A date and time: `dd.MM.yyyy HH:mm`, 24 h, read as wall time in the application's time zone
 * (Settings → time) whatever the browser's zone, stored as that instant in UTC.
 */
export const dateTimeField = ({ admin, ...field }: Options): DateField => ({
  ...field,
  type: 'date',
  admin: {
    ...admin,
    date: {
      timeIntervals: 15,
      ...admin?.date,
      pickerAppearance: 'dayAndTime',
      displayFormat: 'dd.MM.yyyy HH:mm',
      timeFormat: 'HH:mm',
    },
    components: { ...admin?.components, Field: FIELD, Cell: CELL },
  },
})
