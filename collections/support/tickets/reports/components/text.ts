/** The reports view's texts in both interface languages, and how it writes its numbers. */
export const TEXT = {
  en: {
    title: 'Support reports',
    from: 'From',
    to: 'To',
    team: 'Team',
    type: 'Ticket type',
    allTeams: 'All teams',
    allTypes: 'All types',
    export: 'Export (.xlsx)',
    empty: 'No tickets in this period.',
    loading: 'Loading…',
    unreachable: 'The server could not be reached. Try again.',
    notAllowed: 'You are not allowed to see the reports: they need the "Reports" function of a role.',
    hint: 'Counts cover the tickets you may read, created in the period; resolution times and weekly resolutions cover the tickets resolved in it.',
  },
  ro: {
    title: 'Rapoarte suport',
    from: 'De la',
    to: 'Până la',
    team: 'Echipă',
    type: 'Tip de tichet',
    allTeams: 'Toate echipele',
    allTypes: 'Toate tipurile',
    export: 'Export (.xlsx)',
    empty: 'Niciun tichet în această perioadă.',
    loading: 'Se încarcă…',
    unreachable: 'Serverul nu a putut fi contactat. Încercați din nou.',
    notAllowed: 'Nu aveți acces la rapoarte: ele necesită funcția „Rapoarte” a unui rol.',
    hint: 'Numărătorile cuprind tichetele pe care le puteți vedea, create în perioadă; timpii de rezolvare și rezolvările pe săptămână cuprind tichetele rezolvate în ea.',
  },
}
export type Text = (typeof TEXT)['en']

export const textFor = (language: string | undefined): Text => (language === 'ro' ? TEXT.ro : TEXT.en)

/** A figure as the language writes it (28,67 in Romanian); an empty figure as a dash. */
export function figure(value: unknown, language: string): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value !== 'number') return String(value)
  return new Intl.NumberFormat(language === 'ro' ? 'ro-RO' : 'en-GB', { maximumFractionDigits: 2 }).format(value)
}
