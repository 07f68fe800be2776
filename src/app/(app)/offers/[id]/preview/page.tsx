import config from '@payload-config'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { createLocalReq, getPayload } from 'payload'
import { formatAdminURL } from 'payload/shared'
import type { ReactNode } from 'react'

import { labelsFor, type ReportLabels } from '@/collections/sales/offers/report/labels'
import { loadOfferReport } from '@/collections/sales/offers/report/model'
import type { OfferReport, PersonBlock, RichBlock, RichText, TextRun } from '@/collections/sales/offers/report/types'

import { PrintButton } from './PrintButton'
import './report.css'

interface PageProps {
  params: Promise<{ id: string }>
}

/**
 * `/offers/<id>/preview`: the offer as a printable A4 document, for a signed-in user who may read
 * it. Guests go to the admin login and come back here; an offer the reader may not see is a 404.
 */
export default async function OfferPreviewPage({ params }: PageProps) {
  const { id } = await params
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  const { admin, api } = payload.config.routes
  if (!user) {
    const login = formatAdminURL({ adminRoute: admin, path: payload.config.admin.routes.login })
    redirect(`${login}?redirect=${encodeURIComponent(`/offers/${encodeURIComponent(id)}/preview`)}`)
  }

  const req = await createLocalReq({ user }, payload)
  const model = await loadOfferReport(req, id).catch((error: unknown) => {
    if ((error as { status?: number }).status === 404) notFound()
    throw error
  })
  const labels = labelsFor(model.language)

  return (
    <>
      <title>{`${labels.offer} ${model.number}`}</title>
      <nav className="offer-toolbar no-print">
        <a
          className="offer-action"
          href={formatAdminURL({ adminRoute: admin, path: `/collections/offers/${model.id}` })}
        >
          {labels.back}
        </a>
        <a className="offer-action" href={`${api}/offers/${model.id}/pdf`} id="offer-pdf">
          {labels.pdf}
        </a>
        <PrintButton label={labels.print} />
      </nav>
      <article id="offer-preview" lang={model.language}>
        {model.mark && (
          <p className={`offer-status-mark offer-status-mark--${model.mark.category}`} id="offer-status-mark">
            {labels.statusMark(model.mark.label, model.mark.category)}
          </p>
        )}
        <Header labels={labels} model={model} />
        <div className="offer-parties">
          <ClientBlock labels={labels} model={model} />
          <Person person={model.contact} title={labels.contact} />
          <Person person={model.owner} title={labels.preparedBy} />
        </div>
        <h2 className="offer-title">{model.title}</h2>
        {model.subject && (
          <p>
            <strong>{labels.subject}: </strong>
            {model.subject}
          </p>
        )}
        <Part blocks={model.intro} title={labels.intro} />
        <Part blocks={model.requirements} title={labels.requirements} />
        {model.sections.map((section, index) => (
          <section className="offer-section" key={index}>
            <h2 className="offer-part-title">{section.title}</h2>
            <Rich blocks={section.content} />
          </section>
        ))}
        <div className="offer-lines-part">
          <h2 className="offer-part-title offer-part-title--captioned">
            {labels.lines}
            <span className="offer-caption">{labels.amountsIn(model.currency)}</span>
          </h2>
          <Lines labels={labels} model={model} />
          <Totals labels={labels} model={model} />
        </div>
        <Part blocks={model.terms} title={labels.terms} />
        <Acceptance labels={labels} model={model} />
      </article>
    </>
  )
}

interface BlockProps {
  labels: ReportLabels
  model: OfferReport
}

const joinLines = (lines: string[]) => lines.filter(Boolean).join('\n')

function Header({ labels, model }: BlockProps) {
  const { company } = model
  return (
    <header className="offer-header">
      <div>
        {/* The media file's own URL, on this server: the page fetches nothing from elsewhere. */}
        {/* eslint-disable-next-line @next/next/no-img-element -- a printable page, not a Next image */}
        {model.logo && <img alt="" className="offer-logo" src={model.logo.url} />}
        <p className="offer-company-name">{company.name}</p>
        <p className="offer-identity">
          {joinLines([
            company.fiscalCode && `${labels.fiscalCode}: ${company.fiscalCode}`,
            company.tradeRegisterNumber && `${labels.tradeRegister}: ${company.tradeRegisterNumber}`,
            company.address,
            company.iban && `${labels.iban}: ${company.iban}`,
            company.bank && `${labels.bank}: ${company.bank}`,
          ])}
        </p>
      </div>
      <div className="offer-heading">
        <h1>{labels.offer}</h1>
        <p className="offer-identity">
          {labels.number}: <span id="offer-number">{model.number}</span>
          {'\n'}
          {joinLines([
            model.issueDate && `${labels.issueDate}: ${model.issueDate}`,
            model.validUntil && `${labels.validUntil}: ${model.validUntil}`,
            model.validityDays !== null ? labels.validity(model.validityDays) : '',
          ])}
        </p>
      </div>
    </header>
  )
}

function ClientBlock({ labels, model }: BlockProps) {
  const { client } = model
  if (!client) return <div />
  return (
    <div id="offer-client">
      <p className="offer-label">{labels.client}</p>
      <p className="offer-party-name">{client.name}</p>
      <p className="offer-identity">
        {joinLines([
          client.fiscalCode && `${labels.fiscalCode}: ${client.fiscalCode}`,
          client.tradeRegisterNumber && `${labels.tradeRegister}: ${client.tradeRegisterNumber}`,
          ...client.addressLines,
        ])}
      </p>
    </div>
  )
}

function Person({ person, title }: { person: PersonBlock | null; title: string }) {
  if (!person) return <div />
  return (
    <div>
      <p className="offer-label">{title}</p>
      <p className="offer-party-name">{person.name}</p>
      <p className="offer-identity">{joinLines([person.jobTitle, person.email, person.phone])}</p>
    </div>
  )
}

/** An optional titled part: left out when the offer has nothing to say there. */
function Part({ blocks, title }: { blocks: RichText; title: string }) {
  if (blocks.length === 0) return null
  return (
    <>
      <h2 className="offer-part-title">{title}</h2>
      <Rich blocks={blocks} />
    </>
  )
}

function Run({ run }: { run: TextRun }) {
  let node: ReactNode = run.text
  if (run.strike) node = <s>{node}</s>
  if (run.underline) node = <u>{node}</u>
  if (run.italic) node = <em>{node}</em>
  if (run.bold) node = <strong>{node}</strong>
  return node
}

const runs = (items: TextRun[]) => items.map((run, index) => <Run key={index} run={run} />)

function Block({ block }: { block: RichBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <p style={block.align ? { textAlign: block.align } : undefined}>{runs(block.runs)}</p>
    case 'heading': {
      // The document's own titles are h1 and h2: the author's headings come below them.
      const Tag = `h${Math.min(block.level + 2, 6)}` as 'h3'
      return <Tag>{runs(block.runs)}</Tag>
    }
    case 'quote':
      return <blockquote>{runs(block.runs)}</blockquote>
    case 'listItem':
      return (
        <p className="offer-list-item" style={{ paddingLeft: `${block.depth * 16}px` }}>
          <span className="offer-list-marker">{block.marker}</span>
          <span>{runs(block.runs)}</span>
        </p>
      )
  }
}

function Rich({ blocks }: { blocks: RichText }) {
  return (
    <div className="offer-rich">
      {blocks.map((block, index) => (
        <Block block={block} key={index} />
      ))}
    </div>
  )
}

function Lines({ labels, model }: BlockProps) {
  if (model.lines.length === 0) return <p className="offer-muted">{labels.noLines}</p>
  const c = labels.columns
  return (
    <table className="offer-lines">
      <thead>
        <tr>
          <th>{c.no}</th>
          <th className="offer-text">{c.description}</th>
          <th>{c.quantity}</th>
          <th className="offer-text">{c.unit}</th>
          <th>{c.unitPrice}</th>
          <th>{c.discount}</th>
          <th>{c.net}</th>
          <th>{c.vatPercent}</th>
          <th>{c.vat}</th>
          <th>{c.gross}</th>
        </tr>
      </thead>
      <tbody>
        {model.lines.map((line) => (
          <tr className="offer-line" key={line.no}>
            <td>{line.no}</td>
            <td className="offer-text">{line.description}</td>
            <td>{line.quantity}</td>
            <td className="offer-text">{line.unit}</td>
            <td>{line.unitPrice}</td>
            <td>{line.discountPercent}</td>
            <td>{line.net}</td>
            <td>{line.vatPercent}</td>
            <td>{line.vat}</td>
            <td>
              <strong>{line.gross}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Totals({ labels, model }: BlockProps) {
  const { totals } = model
  const t = labels.totals
  const rows: [label: string, value: string][] = [
    ...(totals.discount === null
      ? []
      : ([
          [t.subtotal, totals.subtotal],
          [t.discount, totals.discount],
        ] as [string, string][])),
    [t.net, totals.net],
    ...(totals.vatByRate.length > 0
      ? totals.vatByRate.map((rate): [string, string] => [t.vatAt(rate.rate, rate.base), rate.vat])
      : [[t.vat, totals.vat] as [string, string]]),
  ]
  return (
    <table className="offer-totals">
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th>{label}</th>
            <td>{value}</td>
          </tr>
        ))}
        <tr className="offer-total-due">
          <th>{t.gross}</th>
          <td id="offer-total-gross">{totals.gross}</td>
        </tr>
      </tbody>
    </table>
  )
}

/** The supplier who prepared the offer, and the client's acceptance, filled in by hand on paper. */
function Acceptance({ labels, model }: BlockProps) {
  const a = labels.acceptance
  const line = (label: string, value = '') => (
    <p className="offer-sign-line">
      <span>{label}:</span> {value ? <strong>{value}</strong> : <span className="offer-sign-blank" />}
    </p>
  )
  return (
    <section className="offer-acceptance" id="offer-acceptance">
      <h2 className="offer-part-title">{a.title}</h2>
      <div className="offer-signatures">
        <div className="offer-signature">
          <p className="offer-label">{a.supplier}</p>
          <p className="offer-party-name">{model.company.name}</p>
          {line(labels.preparedBy, model.owner?.name)}
          {line(a.signature)}
        </div>
        <div className="offer-signature">
          <p className="offer-label">{a.client}</p>
          <p className="offer-party-name">{model.client?.name}</p>
          {line(a.name)}
          {line(a.position)}
          {line(a.signature)}
          {line(a.date)}
        </div>
      </div>
    </section>
  )
}
