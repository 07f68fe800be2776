import type { TicketSection } from './types'

type Counts = TicketSection['byCategory']

/** The "My work" texts in both interface languages. */
export const TEXT = {
  en: {
    title: 'My work',
    tickets: 'My tickets',
    actions: 'My ticket actions',
    todos: 'My todos today',
    contractActivities: 'My contract activities',
    number: 'No.',
    subject: 'Title',
    client: 'Client',
    type: 'Type',
    priority: 'Priority',
    status: 'Status',
    due: 'Due',
    planned: 'Planned',
    ticket: 'Ticket',
    contract: 'Contract',
    amount: 'Amount',
    when: 'When',
    overdue: 'past due',
    allDay: 'all day',
    noTickets: 'No open tickets assigned to you.',
    noActions: 'No ticket actions left to carry out.',
    noTodos: 'Nothing due today.',
    noContractActivities: 'No contract activities left to carry out.',
    more: (shown: number, total: number) => `Showing ${shown} of ${total}.`,
    byCategory: (c: Counts) => `${c.open} open, ${c.active} in progress, ${c.waiting} waiting`,
    seeAll: 'See all my work',
    loading: 'Loading…',
    unreachable: 'The server could not be reached. Try again.',
    todoTypes: { call: 'Call', meeting: 'Meeting', email: 'Email', task: 'Task', visit: 'Visit' } as Record<
      string,
      string
    >,
  },
  ro: {
    title: 'Activitatea mea',
    tickets: 'Tichetele mele',
    actions: 'Acțiunile mele pe tichete',
    todos: 'Acțiunile mele de azi',
    contractActivities: 'Activitățile mele din contracte',
    number: 'Nr.',
    subject: 'Titlu',
    client: 'Client',
    type: 'Tip',
    priority: 'Prioritate',
    status: 'Stare',
    due: 'Termen',
    planned: 'Planificată',
    ticket: 'Tichet',
    contract: 'Contract',
    amount: 'Sumă',
    when: 'Când',
    overdue: 'depășit',
    allDay: 'toată ziua',
    noTickets: 'Niciun tichet deschis alocat dvs.',
    noActions: 'Nicio acțiune pe tichete de efectuat.',
    noTodos: 'Nimic scadent azi.',
    noContractActivities: 'Nicio activitate din contracte de efectuat.',
    more: (shown: number, total: number) => `Se afișează ${shown} din ${total}.`,
    byCategory: (c: Counts) => `${c.open} deschise, ${c.active} în lucru, ${c.waiting} în așteptare`,
    seeAll: 'Toată activitatea mea',
    loading: 'Se încarcă…',
    unreachable: 'Serverul nu a putut fi contactat. Încercați din nou.',
    todoTypes: { call: 'Apel', meeting: 'Întâlnire', email: 'Email', task: 'Sarcină', visit: 'Vizită' } as Record<
      string,
      string
    >,
  },
}
export type Text = (typeof TEXT)['en']

export const textFor = (language: string | undefined): Text => (language === 'ro' ? TEXT.ro : TEXT.en)
