import { formatAmount, formatMoney } from '@/lib/money'

/** The board's texts in both interface languages, and how it writes money and days. */
export const TEXT = {
  en: {
    title: 'Pipeline board',
    owner: 'Owner',
    team: 'Team',
    from: 'Closing from',
    to: 'to',
    everyone: 'Everyone',
    allTeams: 'All teams',
    reset: 'Reset filters',
    weighted: 'weighted',
    opportunities: (n: number) => (n === 1 ? '1 opportunity' : `${n} opportunities`),
    empty: 'No opportunities',
    noClient: 'no client shown',
    truncated:
      'Some columns show only their first cards; counts and totals cover them all. Narrow the filters to see the rest.',
    lostTitle: 'Why was the opportunity lost?',
    lostReason: 'Lost reason',
    choose: 'Choose…',
    confirmLost: 'Mark as lost',
    cancel: 'Cancel',
    loading: 'Loading…',
    unreachable: 'The server could not be reached. Try again.',
    notAllowed: 'You may not see opportunities.',
    hint: 'Drag a card to another column to move it to that stage.',
  },
  ro: {
    title: 'Pipeline vânzări',
    owner: 'Responsabil',
    team: 'Echipă',
    from: 'Închidere de la',
    to: 'până la',
    everyone: 'Toți',
    allTeams: 'Toate echipele',
    reset: 'Șterge filtrele',
    weighted: 'ponderat',
    opportunities: (n: number) => (n === 1 ? 'o oportunitate' : `${n} oportunități`),
    empty: 'Nicio oportunitate',
    noClient: 'client nevizibil',
    truncated:
      'Unele coloane arată doar primele carduri; numărul și totalurile le cuprind pe toate. Restrângeți filtrele pentru a le vedea pe celelalte.',
    lostTitle: 'De ce s-a pierdut oportunitatea?',
    lostReason: 'Motivul pierderii',
    choose: 'Alegeți…',
    confirmLost: 'Marchează pierdută',
    cancel: 'Renunță',
    loading: 'Se încarcă…',
    unreachable: 'Serverul nu a putut fi contactat. Încercați din nou.',
    notAllowed: 'Nu aveți acces la oportunități.',
    hint: 'Trageți un card în altă coloană pentru a-l muta în acea etapă.',
  },
}
export type Text = (typeof TEXT)['en']

export const textFor = (language: string | undefined): Text => (language === 'ro' ? TEXT.ro : TEXT.en)

/** An amount in its currency, Romanian style (1.000,10 RON); a plain number when there is no valid code. */
export function money(amount: number | null, currency: string | null): string {
  if (amount === null) return '—'
  return currency && /^[A-Z]{3}$/.test(currency) ? formatMoney(amount, currency) : formatAmount(amount)
}

/** A date-only value (stored at 12:00 UTC) as dd.MM.yyyy, the admin's day format. */
export function day(iso: string | null): string {
  if (!iso) return '—'
  const [year, month, date] = iso.slice(0, 10).split('-')
  return `${date}.${month}.${year}`
}
