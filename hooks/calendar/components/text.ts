import type { CalendarKind } from '../types'

const en = {
  month: 'Month',
  week: 'Week',
  agenda: 'Agenda',
  previous: 'Previous',
  next: 'Next',
  today: 'Today',
  whose: 'Calendar of',
  me: 'Me',
  wholeTeam: 'Whole team',
  empty: 'Nothing is scheduled in this period.',
  truncated: 'There are too many items to show them all: choose a shorter period or one person.',
  loadFailed: 'The calendar could not be loaded.',
  moveFailed: 'The todo could not be moved.',
  createFailed: 'The todo could not be created.',
  newTodo: 'New todo on',
  title: 'Title',
  type: 'Type',
  time: 'Time (empty: all day)',
  save: 'Save',
  cancel: 'Cancel',
  allDay: 'all day',
  kinds: {
    call: 'Call',
    meeting: 'Meeting',
    email: 'Email',
    task: 'Task',
    visit: 'Visit',
    'marketing-action': 'Marketing action',
    'prospect-next-step': 'Prospect: next step',
    'opportunity-close': 'Opportunity: expected close',
  } as Record<CalendarKind, string>,
  states: { done: 'done', cancelled: 'cancelled' },
  subscribe: 'Subscribe (Outlook / Google)',
  feedLink: 'Your calendar link (your own items, 30 days back to a year ahead)',
  copy: 'Copy',
  copied: 'Copied',
  feedWarning:
    'Anyone who has this link sees your calendar, so keep it to yourself. Any link you made before has stopped working.',
  feedOff: 'Turn the feed off',
  feedIsOff: 'The calendar feed is off: every link to it has stopped working.',
  feedFailed: 'The calendar link could not be made.',
}

export type CalendarText = typeof en

const ro: CalendarText = {
  month: 'Lună',
  week: 'Săptămână',
  agenda: 'Agendă',
  previous: 'Înapoi',
  next: 'Înainte',
  today: 'Astăzi',
  whose: 'Calendarul pentru',
  me: 'Mine',
  wholeTeam: 'Toată echipa',
  empty: 'Nimic programat în această perioadă.',
  truncated:
    'Sunt prea multe elemente pentru a le afișa pe toate: alegeți o perioadă mai scurtă sau o singură persoană.',
  loadFailed: 'Calendarul nu a putut fi încărcat.',
  moveFailed: 'Acțiunea nu a putut fi mutată.',
  createFailed: 'Acțiunea nu a putut fi creată.',
  newTodo: 'Acțiune nouă pe',
  title: 'Titlu',
  type: 'Tip',
  time: 'Ora (goală: toată ziua)',
  save: 'Salvează',
  cancel: 'Renunță',
  allDay: 'toată ziua',
  kinds: {
    call: 'Apel',
    meeting: 'Întâlnire',
    email: 'Email',
    task: 'Sarcină',
    visit: 'Vizită',
    'marketing-action': 'Acțiune de marketing',
    'prospect-next-step': 'Prospect: pasul următor',
    'opportunity-close': 'Oportunitate: închidere estimată',
  },
  states: { done: 'finalizată', cancelled: 'anulată' },
  subscribe: 'Abonare (Outlook / Google)',
  feedLink: 'Linkul calendarului dvs. (elementele proprii, de acum 30 de zile până peste un an)',
  copy: 'Copiază',
  copied: 'Copiat',
  feedWarning:
    'Oricine are acest link vă vede calendarul, așa că păstrați-l pentru dvs. Orice link făcut înainte nu mai funcționează.',
  feedOff: 'Oprește fluxul',
  feedIsOff: 'Fluxul de calendar este oprit: niciun link către el nu mai funcționează.',
  feedFailed: 'Linkul calendarului nu a putut fi creat.',
}

export const textFor = (language: string | undefined): CalendarText => (language === 'ro' ? ro : en)

/** The locale dates are written in. */
export const localeFor = (language: string | undefined) => (language === 'ro' ? 'ro-RO' : 'en-GB')
