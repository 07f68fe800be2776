import { SetStepNav } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { AdminFrame, sendGuestsToLogin } from '@/components/shell/AdminFrame'
import { styles } from '@/components/shared/styles'
import { type PortfolioRow, portfolioOf } from '../portfolio'
import { healthLines, healthTextFor, LEVEL_COLOUR } from './healthText'

const TEXT = {
  en: {
    title: 'Project portfolio',
    intro: 'The projects you may read, with their health computed as on each project page.',
    project: 'Project',
    client: 'Client',
    manager: 'Manager',
    status: 'Status',
    start: 'Start',
    end: 'Planned end',
    none: 'There is no project here for you.',
    closedToo: 'Show completed and cancelled projects too',
    openOnly: 'Show only the projects under way',
    more: (shown: number, total: number) => `The ${shown} newest of ${total} projects.`,
  },
  ro: {
    title: 'Portofoliul de proiecte',
    intro: 'Proiectele pe care le puteți vedea, cu starea de sănătate calculată ca pe pagina fiecărui proiect.',
    project: 'Proiect',
    client: 'Client',
    manager: 'Manager',
    status: 'Stare',
    start: 'Început',
    end: 'Sfârșit planificat',
    none: 'Nu aveți niciun proiect aici.',
    closedToo: 'Arată și proiectele finalizate sau anulate',
    openOnly: 'Arată doar proiectele în curs',
    more: (shown: number, total: number) => `Cele mai noi ${shown} din ${total} proiecte.`,
  },
}

const CLOSED = ['done', 'cancelled']
const day = (value: string | null) => (value ? value.split('-').reverse().join('.') : '—')

/**
 * `/admin/portfolio`: the projects the signed-in user may read (their access decides, so a member
 * sees only their own), each with its health, progress, next milestone, manager and status, and a
 * link to the project. Projects under way by default; `?all=1` adds the finished ones.
 */
export async function PortfolioView(props: AdminViewServerProps) {
  sendGuestsToLogin(props.initPageResult, '/portfolio')
  const { req } = props.initPageResult
  const text = req.i18n.language === 'ro' ? TEXT.ro : TEXT.en
  const words = healthTextFor(req.i18n.language)
  const all = props.searchParams?.all === '1'
  const { rows, totalDocs } = await portfolioOf(req, {
    where: all ? undefined : { statusCategory: { not_in: CLOSED } },
  })
  const adminRoute = req.payload.config.routes.admin
  const link = (path: `/${string}`) => formatAdminURL({ adminRoute, path })

  const cell = styles.td
  const head = styles.th
  const figures = new Set([words.progress, words.overdue])
  const row = (project: PortfolioRow) => {
    const { health } = project
    const lines = healthLines(health, words)
    return (
      <tr key={project.id} data-project={project.id} data-level={health.level}>
        <td style={cell}>
          <a href={link(`/collections/projects/${project.id}`)} style={styles.link}>
            {project.number ? `${project.number} · ` : ''}
            {project.name}
          </a>
          <div style={styles.muted}>{project.client ?? ''}</div>
        </td>
        <td style={cell}>{project.manager ?? '—'}</td>
        <td style={cell}>{project.statusLabel ?? '—'}</td>
        <td style={cell}>
          <span
            style={{
              ...LEVEL_COLOUR[health.level],
              padding: '0 6px',
              borderRadius: 'var(--style-radius-s)',
              // One badge, not a label broken over two lines.
              whiteSpace: 'nowrap',
            }}
            data-health="level"
          >
            {words.level[health.level]}
          </span>
        </td>
        <td style={{ ...cell, ...styles.number }} data-health="progress">
          {lines.progress}
        </td>
        <td style={cell} data-health="slip">
          {lines.slip}
        </td>
        <td style={{ ...cell, ...styles.number }} data-health="overdue">
          {lines.overdue}
        </td>
        <td style={cell} data-health="burn">
          {lines.hours}
          {lines.burnOfBudget && <div style={styles.muted}>{`${lines.burnOfBudget} ${words.ofBudget}`}</div>}
        </td>
        <td style={cell} data-health="milestone">
          {health.nextMilestone ? (
            <>
              <a href={link(`/collections/project-activities/${health.nextMilestone.id}`)}>
                {health.nextMilestone.title}
              </a>
              <div style={styles.muted}>{day(health.nextMilestone.plannedEnd)}</div>
            </>
          ) : (
            words.none
          )}
        </td>
        <td style={{ ...cell, whiteSpace: 'nowrap' }}>{day(project.startDate)}</td>
        <td style={{ ...cell, whiteSpace: 'nowrap' }}>{day(health.plannedEnd)}</td>
      </tr>
    )
  }

  return (
    <AdminFrame {...props}>
      <div className="project-portfolio" id="project-portfolio">
        <SetStepNav nav={[{ label: text.title }]} />
        <h1>{text.title}</h1>
        <p style={styles.notice}>{text.intro}</p>
        <p>
          <a href={link(all ? '/portfolio' : '/portfolio?all=1')} style={styles.link}>
            {all ? text.openOnly : text.closedToo}
          </a>
        </p>
        {rows.length === 0 ? (
          <p style={styles.notice}>{text.none}</p>
        ) : (
          <table style={styles.table}>
            <thead>
              <tr>
                {[
                  text.project,
                  text.manager,
                  text.status,
                  words.title,
                  words.progress,
                  words.slip,
                  words.overdue,
                  words.burn,
                  words.nextMilestone,
                  text.start,
                  text.end,
                ].map((label) => (
                  // The figures' headings stand over their right-aligned figures.
                  <th key={label} scope="col" style={figures.has(label) ? { ...head, ...styles.number } : head}>
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{rows.map(row)}</tbody>
          </table>
        )}
        {totalDocs > rows.length && <p style={styles.notice}>{text.more(rows.length, totalDocs)}</p>}
      </div>
    </AdminFrame>
  )
}
