import config from '@payload-config'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { createLocalReq, getPayload } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { type ContractLabels, labelsFor, termRows } from '@/collections/contracts/contracts/report/labels'
import { loadContractReport } from '@/collections/contracts/contracts/report/model'
import type { ContractPerson, ContractReport, SignatureBlock } from '@/collections/contracts/contracts/report/types'

import { PrintButton } from './PrintButton'
import { Rich } from './RichText'
import './report.css'

interface PageProps {
  params: Promise<{ id: string }>
}

/**
 * `/contracts/<id>/preview`: the contract as a printable A4 document, for a signed-in user who may
 * read it, in the reader's language. Guests go to the admin login and come back here; a contract
 * the reader may not see, or an id that names none, is a 404.
 */
export default async function ContractPreviewPage({ params }: PageProps) {
  const { id } = await params
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  const { admin, api } = payload.config.routes
  if (!user) {
    const login = formatAdminURL({ adminRoute: admin, path: payload.config.admin.routes.login })
    redirect(`${login}?redirect=${encodeURIComponent(`/contracts/${encodeURIComponent(id)}/preview`)}`)
  }

  const req = await createLocalReq({ user }, payload)
  const model = await loadContractReport(req, id).catch((error: unknown) => {
    const status = (error as { status?: number }).status
    if (status === 404 || status === 400) notFound()
    throw error
  })
  const labels = labelsFor(model.language)

  return (
    <>
      <title>{`${labels.contract} ${model.number}`}</title>
      <nav className="contract-toolbar no-print">
        <a
          className="contract-action"
          href={formatAdminURL({ adminRoute: admin, path: `/collections/contracts/${model.id}` })}
        >
          {labels.back}
        </a>
        <a className="contract-action" href={`${api}/contracts/${model.id}/pdf`} id="contract-pdf">
          {labels.pdf}
        </a>
        <PrintButton label={labels.print} />
      </nav>
      <article id="contract-preview" lang={model.language}>
        {model.mark && (
          <p className={`contract-status-mark contract-status-mark--${model.mark.category}`} id="contract-status-mark">
            {labels.statusMark(model.mark.label, model.mark.category)}
          </p>
        )}
        <Header labels={labels} model={model} />
        <h2 className="contract-title">{model.title}</h2>
        <h2 className="contract-part-title">{labels.parties}</h2>
        <Parties labels={labels} model={model} />
        <h2 className="contract-part-title">{labels.term}</h2>
        <Terms labels={labels} model={model} />
        {model.description.length > 0 && (
          <>
            <h2 className="contract-part-title">{labels.description}</h2>
            <Rich blocks={model.description} />
          </>
        )}
        <h2 className="contract-part-title contract-part-title--captioned">
          {labels.lines}
          <span className="contract-caption">{labels.amountsIn(model.currency)}</span>
        </h2>
        <Lines labels={labels} model={model} />
        <Totals labels={labels} model={model} />
        {(model.ourPeople.length > 0 || model.clientPeople.length > 0) && (
          <>
            <h2 className="contract-part-title">{labels.people}</h2>
            <People labels={labels} people={model.ourPeople} title={labels.ourPeople} />
            <People labels={labels} people={model.clientPeople} title={labels.clientPeople} />
          </>
        )}
        {model.activities.length > 0 && (
          <>
            <h2 className="contract-part-title">{labels.schedule}</h2>
            <Schedule labels={labels} model={model} />
          </>
        )}
        <h2 className="contract-part-title">{labels.signatures}</h2>
        <div className="contract-signatures" id="contract-signatures">
          <Signature block={model.signatures.company} labels={labels} title={labels.supplier} />
          <Signature block={model.signatures.client} labels={labels} title={labels.client} />
        </div>
      </article>
    </>
  )
}

interface BlockProps {
  labels: ContractLabels
  model: ContractReport
}

const joinLines = (lines: string[]) => lines.filter(Boolean).join('\n')

function Header({ labels, model }: BlockProps) {
  return (
    <header className="contract-header">
      <p className="contract-company-name">{model.company.name}</p>
      <div className="contract-heading">
        <h1>{labels.contract}</h1>
        <p className="contract-identity">
          {labels.number}: <span id="contract-number">{model.number}</span>
          {model.type && `\n${labels.type}: ${model.type}`}
        </p>
      </div>
    </header>
  )
}

function Parties({ labels, model }: BlockProps) {
  const { company, client } = model
  return (
    <div className="contract-parties">
      <div id="contract-supplier">
        <p className="contract-label">{labels.supplier}</p>
        <p className="contract-party-name">{company.name}</p>
        <p className="contract-identity">
          {joinLines([
            company.fiscalCode && `${labels.fiscalCode}: ${company.fiscalCode}`,
            company.tradeRegisterNumber && `${labels.tradeRegister}: ${company.tradeRegisterNumber}`,
            company.address,
            company.iban && `${labels.iban}: ${company.iban}`,
            company.bank && `${labels.bank}: ${company.bank}`,
          ])}
        </p>
      </div>
      {client ? (
        <div id="contract-client">
          <p className="contract-label">{labels.client}</p>
          <p className="contract-party-name">{client.name}</p>
          <p className="contract-identity">
            {joinLines([
              client.fiscalCode && `${labels.fiscalCode}: ${client.fiscalCode}`,
              client.tradeRegisterNumber && `${labels.tradeRegister}: ${client.tradeRegisterNumber}`,
              ...client.addressLines,
            ])}
          </p>
        </div>
      ) : (
        <div />
      )}
    </div>
  )
}

function Terms({ labels, model }: BlockProps) {
  return (
    <table className="contract-terms">
      <tbody>
        {termRows(model, labels).map(([label, value]) => (
          <tr key={label}>
            <th>{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Lines({ labels, model }: BlockProps) {
  if (model.lines.length === 0) return <p className="contract-muted">{labels.noLines}</p>
  const c = labels.columns
  return (
    <table className="contract-grid">
      <thead>
        <tr>
          <th>{c.no}</th>
          <th className="contract-text">{c.description}</th>
          <th>{c.quantity}</th>
          <th className="contract-text">{c.unit}</th>
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
          <tr className="contract-line" key={line.no}>
            <td>{line.no}</td>
            <td className="contract-text">{line.description}</td>
            <td>{line.quantity}</td>
            <td className="contract-text">{line.unit}</td>
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
  const rows: [string, string, string?][] = [
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
    [t.gross, totals.gross, 'contract-total-gross'],
  ]
  return (
    <table className="contract-totals">
      <tbody>
        {rows.map(([label, value, id]) => (
          <tr key={label}>
            <th>{label}</th>
            <td id={id}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function People({ labels, people, title }: { labels: ContractLabels; people: ContractPerson[]; title: string }) {
  if (people.length === 0) return null
  const p = labels.person
  return (
    <>
      <p className="contract-label contract-people-title">{title}</p>
      <table className="contract-grid">
        <thead>
          <tr>
            <th className="contract-text">{p.name}</th>
            <th className="contract-text">{p.role}</th>
            <th className="contract-text">{p.contact}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person, index) => (
            <tr key={index}>
              <td className="contract-text">
                <strong>{person.name}</strong>
                {person.jobTitle && `\n${person.jobTitle}`}
              </td>
              <td className="contract-text">{person.role}</td>
              <td className="contract-text">{joinLines([person.email, person.phone])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

function Schedule({ labels, model }: BlockProps) {
  const a = labels.activity
  return (
    <table className="contract-grid" id="contract-schedule">
      <thead>
        <tr>
          <th>{a.no}</th>
          <th className="contract-text">{a.title}</th>
          <th className="contract-text">{a.type}</th>
          <th>{a.dueDate}</th>
          <th className="contract-text">{a.responsible}</th>
          <th>{a.amount}</th>
        </tr>
      </thead>
      <tbody>
        {model.activities.map((activity) => (
          <tr key={activity.no}>
            <td>{activity.no}</td>
            <td className="contract-text">{activity.title}</td>
            <td className="contract-text">{activity.type}</td>
            <td>{activity.dueDate}</td>
            <td className="contract-text">{activity.responsible}</td>
            <td>{activity.amount}</td>
          </tr>
        ))}
        {model.scheduledTotal !== null && (
          <tr className="contract-schedule-total">
            <td className="contract-text" colSpan={5}>
              {labels.scheduledTotal}
            </td>
            <td>{model.scheduledTotal}</td>
          </tr>
        )}
      </tbody>
    </table>
  )
}

function Signature({ block, labels, title }: { block: SignatureBlock; labels: ContractLabels; title: string }) {
  // One name line per signatory, or an empty one to be filled in by hand.
  const names = block.signatories.length > 0 ? block.signatories : ['']
  return (
    <div className="contract-signature">
      <p className="contract-label">{title}</p>
      <p className="contract-party-name">{block.party}</p>
      {names.map((name, index) => (
        <div key={index}>
          <p className="contract-sign-line">
            <span>{labels.signatory}:</span> <strong>{name}</strong>
          </p>
          <p className="contract-sign-line">
            <span>{labels.signature}:</span>
          </p>
        </div>
      ))}
      <p className="contract-sign-line">
        <span>{labels.date}:</span>
      </p>
    </div>
  )
}
