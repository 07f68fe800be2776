/** The resources view's texts in both interface languages. */
export const TEXT = {
  en: {
    title: 'Resources',
    intro:
      'Load = planned hours of the activities a person is responsible for ÷ their working hours that week. Allocation = their project allocations that week. Above 100 % is over-allocated.',
    from: 'From',
    weeks: 'Weeks',
    team: 'Team',
    allTeams: 'All teams',
    person: 'Person',
    week: (day: string) => `Week of ${day}`,
    noPeople: 'Nobody has work or an allocation in this period.',
    load: 'load',
    allocation: 'allocation',
    hours: (hours: number, capacity: number) => `${hours} h of ${capacity} h`,
    over: 'Over-allocated',
    noWorkingTime: 'no working time',
    activities: (count: number) => (count === 1 ? '1 activity' : `${count} activities`),
    openActivities: (name: string, day: string) => `Activities of ${name} in the week of ${day}`,
    // Beside a swatch of each colour (Payload's theme: its "success" is blue, not green).
    legend: {
      title: 'Colours:',
      busy: 'up to 80 %',
      full: 'up to 100 %',
      over: 'above (also marked ⚠ Over-allocated)',
    },
    loading: 'Loading…',
    unreachable: 'The server could not be reached. Try again.',
    notAllowed: 'The resources view is for those who read the team\u2019s projects (project managers).',
    responsibleLoad: 'Load of the responsible person',
    chooseResponsible: 'Choose a responsible person and a planned start to see their load.',
    fine: 'Not over-allocated in this period.',
  },
  ro: {
    title: 'Resurse',
    intro:
      'Încărcare = orele planificate ale activităților de care răspunde persoana ÷ orele ei lucrătoare din săptămână. Alocare = alocările ei pe proiecte în acea săptămână. Peste 100 % înseamnă supraalocare.',
    from: 'De la',
    weeks: 'Săptămâni',
    team: 'Echipă',
    allTeams: 'Toate echipele',
    person: 'Persoană',
    week: (day: string) => `Săptămâna din ${day}`,
    noPeople: 'Nimeni nu are activități sau alocări în această perioadă.',
    load: 'încărcare',
    allocation: 'alocare',
    hours: (hours: number, capacity: number) => `${hours} h din ${capacity} h`,
    over: 'Supraalocare',
    noWorkingTime: 'fără timp lucrător',
    activities: (count: number) =>
      count === 1 ? 'o activitate' : count < 20 ? `${count} activități` : `${count} de activități`,
    openActivities: (name: string, day: string) => `${name}: activitățile din săptămâna ${day}`,
    legend: {
      title: 'Culori:',
      busy: 'până la 80 %',
      full: 'până la 100 %',
      over: 'peste (marcat și cu ⚠ Supraalocare)',
    },
    loading: 'Se încarcă…',
    unreachable: 'Serverul nu a putut fi contactat. Încercați din nou.',
    notAllowed: 'Vederea resurselor este pentru cei care citesc proiectele echipei (managerii de proiect).',
    responsibleLoad: 'Încărcarea responsabilului',
    chooseResponsible: 'Alegeți un responsabil și un început planificat pentru a-i vedea încărcarea.',
    fine: 'Fără supraalocare în această perioadă.',
  },
}

export type Text = (typeof TEXT)['en']

export const textFor = (language: string | undefined): Text => (language === 'ro' ? TEXT.ro : TEXT.en)
