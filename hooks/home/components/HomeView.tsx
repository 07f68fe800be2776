import { Gutter } from '@payloadcms/ui'
import { RenderServerComponent } from '@payloadcms/ui/elements/RenderServerComponent'
import type { AdminViewServerProps } from 'payload'

import { sendGuestsToLogin } from '@/components/shell/AdminFrame'
import { readHome } from '../read'
import type { HomeBlock, HomeFigure } from '../types'
import { homeText } from './text'

/** Hover, focus and the grid: what inline styles cannot say. Colours are Payload's theme variables (light and dark). */
const CSS = `
.home-blocks { display: grid; gap: calc(var(--base) * 0.75); grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr)); margin: calc(var(--base) * 0.75) 0 calc(var(--base) * 1.5); }
.home-block { padding: calc(var(--base) * 0.75); border-radius: var(--style-radius-m); background: var(--theme-elevation-50); border: 1px solid var(--theme-elevation-100); min-width: 0; }
.home-block h2 { margin: 0 0 8px; font-size: 1.05rem; }
.home-block h3 { margin: 10px 0 6px; font-size: 0.85rem; font-weight: 600; color: var(--theme-elevation-800); }
.home-figures { display: grid; gap: 6px; grid-template-columns: repeat(auto-fill, minmax(7.5rem, 1fr)); list-style: none; margin: 0; padding: 0; }
.home-figure { display: block; height: 100%; padding: 8px 10px; border-radius: var(--style-radius-s); background: var(--theme-elevation-0); border: 1px solid var(--theme-elevation-150); color: var(--theme-text); text-decoration: none; }
.home-figure:hover { border-color: var(--theme-elevation-500); }
.home-figure:focus-visible { outline: 2px solid var(--theme-text); outline-offset: 2px; }
.home-figures .home-wide { grid-column: 1 / -1; }
.home-figure strong { display: block; font-size: 1.35rem; line-height: 1.2; overflow-wrap: anywhere; }
.home-figure span { display: block; font-size: 0.85rem; color: var(--theme-elevation-800); }
.home-figure[data-alert="true"] { background: var(--theme-error-100); border-color: var(--theme-error-400); }
.home-figure[data-alert="true"] strong, .home-figure[data-alert="true"] span { color: var(--theme-error-750); }
.home-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`

/** A figure as a link into the list of its records; its name reads "Tickets, my team: 3 Open". */
function FigureLink({ figure, owner }: { figure: HomeFigure; owner: string }) {
  return (
    // An amount takes the whole row: it is longer than a count and must not break inside.
    <li className={figure.currency ? 'home-wide' : undefined}>
      <a
        className="home-figure"
        href={figure.href}
        data-figure={figure.key}
        data-value={figure.value}
        data-alert={figure.alert ? 'true' : undefined}
      >
        <span className="home-hidden">{owner}: </span>
        <strong>{figure.display}</strong>
        <span>{figure.label}</span>
      </a>
    </li>
  )
}

function Block({ block, text }: { block: HomeBlock; text: ReturnType<typeof homeText> }) {
  const figures = (figures: HomeFigure[], owner: string) => (
    <ul className="home-figures">
      {figures.map((figure) => (
        <FigureLink key={figure.key} figure={figure} owner={owner} />
      ))}
    </ul>
  )
  return (
    <section className="home-block" data-block={block.key} aria-labelledby={`home-${block.key}`}>
      <h2 id={`home-${block.key}`}>{block.label}</h2>
      {block.team ? (
        <>
          <h3>{text.mine}</h3>
          <div data-whose="mine">{figures(block.mine, `${block.label}, ${text.mine}`)}</div>
          <h3>{text.team}</h3>
          <div data-whose="team">{figures(block.team, `${block.label}, ${text.team}`)}</div>
        </>
      ) : (
        <div data-whose="mine">{figures(block.mine, block.label)}</div>
      )}
    </section>
  )
}

/**
 * `/admin`, the home page of each person (issue 14), in place of Payload's collection cards: the
 * blocks the modules registered, read here on the server with the reader's access (no request to
 * SERVER_URL), each figure a link into the list of exactly the records it counts. The slots
 * around the dashboard (the short My work list) follow.
 */
export async function HomeView(props: AdminViewServerProps) {
  sendGuestsToLogin(props.initPageResult, '/')
  const { req, locale, permissions } = props.initPageResult
  const text = homeText(req.i18n.language)
  const home = await readHome(req)
  const { beforeDashboard, afterDashboard } = req.payload.config.admin.components
  const render = (Component: NonNullable<typeof beforeDashboard>) =>
    RenderServerComponent({
      Component,
      importMap: req.payload.importMap,
      serverProps: {
        i18n: req.i18n,
        locale,
        params: props.params,
        payload: req.payload,
        permissions,
        searchParams: props.searchParams,
        user: req.user,
      },
    })
  // A wide table in a slot (My work's) scrolls inside its own box, never the page (390 px phones).
  const slot = (Component: typeof beforeDashboard) =>
    Component && <div style={{ maxWidth: '100%', overflowX: 'auto' }}>{render(Component)}</div>
  const teams = home.teams.map((team) => team.name ?? `#${team.id}`).join(', ')
  return (
    <Gutter className="home">
      <style>{CSS}</style>
      {slot(beforeDashboard)}
      <h1 style={{ margin: 'calc(var(--base) * 0.5) 0 4px' }}>{text.title}</h1>
      <p style={{ margin: 0, color: 'var(--theme-elevation-800)' }}>
        {text.today(home.today.split('-').reverse().join('.'))}
        {teams ? ` ${text.teams(teams)}` : ''}
      </p>
      {home.blocks.length > 0 ? (
        <div className="home-blocks">
          {home.blocks.map((block) => (
            <Block key={block.key} block={block} text={text} />
          ))}
        </div>
      ) : (
        <p>{text.nothing}</p>
      )}
      {slot(afterDashboard)}
    </Gutter>
  )
}
