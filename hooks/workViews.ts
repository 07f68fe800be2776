import { calendarEndpoints } from '@/hooks/calendar'
import { homeEndpoint } from '@/hooks/home/endpoint'
import { defineModule, type NavReader } from '@/hooks/modules'
import { myWorkEndpoint } from '@/hooks/myWork/endpoint'
import { t } from '@/lib/i18n'

const readsAny = ({ collections }: NavReader, slugs: string[]) => slugs.some((slug) => collections[slug]?.read)

/**
 * The views every module feeds and none owns: the home page (each module's home sources), "my
 * work" (each module's my-work sources) and the calendar (each module's dated records). The
 * navigation shows the last two to whoever reads at least one of their sources.
 */
export const workViews = () =>
  defineModule({
    name: 'work views',
    endpoints: [...calendarEndpoints, myWorkEndpoint, homeEndpoint],
    views: {
      // Each person's home page (the modules' home sources) in place of Payload's collection cards.
      dashboard: { Component: '/hooks/home/components/HomeView#HomeView' },
      myWork: { Component: '/src/components/shell/myWork/MyWorkView#MyWorkView', path: '/my-work' },
      calendar: { Component: '/hooks/calendar/components/CalendarView#CalendarView', path: '/calendar' },
    },
    // The short My work list under the home page's figures.
    adminComponents: { afterDashboard: ['/src/components/shell/myWork/MyWorkDashboard#MyWorkDashboard'] },
    navLinks: [
      {
        href: '/admin/my-work',
        id: 'nav-my-work',
        label: t('My work', 'Activitatea mea'),
        order: 10,
        show: (reader) =>
          readsAny(
            reader,
            reader.registry.myWorkSources.map((source) => source.collection),
          ),
      },
      {
        href: '/admin/calendar',
        id: 'nav-calendar',
        label: t('Calendar', 'Calendar'),
        order: 20,
        show: (reader) =>
          readsAny(
            reader,
            reader.registry.calendarSources.map((source) => source.collection),
          ),
      },
    ],
  })
