/** The timesheet's texts in both interface languages. */
export const TEXT = {
  en: {
    title: 'Timesheet',
    intro:
      'Hours per activity and day. Type the hours (in quarters: 6.5 or 6,5) and leave the cell to save; empty or 0 deletes the entry.',
    person: 'Person',
    me: (name: string | null) => (name ? `Me (${name})` : 'Me'),
    previous: '‹ Previous week',
    thisWeek: 'This week',
    next: 'Next week ›',
    week: (number: string) => `week ${number}`,
    activity: 'Project › activity',
    total: 'Total',
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    holiday: (name: string) => `Public holiday: ${name}`,
    weekend: 'Weekend',
    noRows: 'No activity in progress and no time this week.',
    readOnly: 'You see this timesheet but do not enter time for this person.',
    notAssigned: 'Time entered this week on an activity no longer open or no longer theirs.',
    cellLabel: (activity: string, day: string) => `Hours on ${day}: ${activity}`,
    notHours: (text: string) => `"${text}" is not a number of hours (for example 6.5 or 6,5).`,
    notQuarters: 'Hours are entered in quarters of an hour (0.25, 0.5, 0.75).',
    notSaved: (day: string) => `Not saved (${day}):`,
    several: (count: number) =>
      `There are ${count} entries on this day: this cell shows their sum. Change them on the project's Time tab.`,
    openTimeTab: "Open the project's Time tab",
    saving: 'Saving…',
    loading: 'Loading…',
    unreachable: 'The server could not be reached. Try again.',
    notAllowed: 'The timesheet is for those who enter or read time entries.',
  },
  ro: {
    title: 'Foaie de pontaj',
    intro:
      'Orele pe activitate și zi. Scrieți orele (în sferturi: 6,5 sau 6.5) și ieșiți din celulă pentru a salva; gol sau 0 șterge pontajul.',
    person: 'Persoana',
    me: (name: string | null) => (name ? `Eu (${name})` : 'Eu'),
    previous: '‹ Săptămâna anterioară',
    thisWeek: 'Săptămâna curentă',
    next: 'Săptămâna următoare ›',
    week: (number: string) => `săptămâna ${number}`,
    activity: 'Proiect › activitate',
    total: 'Total',
    weekdays: ['Lun', 'Mar', 'Mie', 'Joi', 'Vin', 'Sâm', 'Dum'],
    holiday: (name: string) => `Sărbătoare legală: ${name}`,
    weekend: 'Sfârșit de săptămână',
    noRows: 'Nicio activitate în lucru și niciun pontaj în această săptămână.',
    readOnly: 'Vedeți această foaie de pontaj, dar nu introduceți timp pentru această persoană.',
    notAssigned: 'Timp pontat săptămâna aceasta pe o activitate care nu mai este deschisă sau nu mai este a sa.',
    cellLabel: (activity: string, day: string) => `Ore în ${day}: ${activity}`,
    notHours: (text: string) => `„${text}” nu este un număr de ore (de exemplu 6,5 sau 6.5).`,
    notQuarters: 'Orele se introduc în sferturi de oră (0,25, 0,5, 0,75).',
    notSaved: (day: string) => `Nesalvat (${day}):`,
    several: (count: number) =>
      `În această zi sunt ${count} pontaje: celula arată suma lor. Modificați-le în fila Pontaj a proiectului.`,
    openTimeTab: 'Deschide fila Pontaj a proiectului',
    saving: 'Se salvează…',
    loading: 'Se încarcă…',
    unreachable: 'Serverul nu a putut fi contactat. Încercați din nou.',
    notAllowed: 'Foaia de pontaj este pentru cei care introduc sau citesc pontaje.',
  },
}

export type Text = (typeof TEXT)['en']

export const textFor = (language: string | undefined): Text => (language === 'ro' ? TEXT.ro : TEXT.en)
