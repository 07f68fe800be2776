'use client'
import { Button, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { apiBase, request } from '@/components/shared/request'
import { useApiAction } from '@/components/shared/useApiAction'
import { useApiResource } from '@/components/shared/useApiResource'
import { dayToText, displayFormat, textToDay } from '@/lib/dates'
import { dayIn } from '@/lib/timeZone'

const TEXT = {
  en: {
    create: 'Create the project',
    hint: 'The contract is signed: plan its implementation from a project template.',
    template: 'Template',
    start: 'Start',
    badStart: (format: string) => `Type the start as ${format}.`,
    noTemplate: 'Choose a template.',
    unreachable: 'The server could not be reached; the project was not created.',
  },
  ro: {
    create: 'Creează proiectul',
    hint: 'Contractul este semnat: planificați implementarea pornind de la un șablon de proiect.',
    template: 'Șablon',
    start: 'Început',
    badStart: (format: string) => `Scrieți începutul ca ${format}.`,
    noTemplate: 'Alegeți un șablon.',
    unreachable: 'Serverul nu a putut fi contactat; proiectul nu a fost creat.',
  },
}

/** The contract states in which the work it sells can start (the contracts flow's signed ones). */
const SIGNED = ['signed', 'active']

/**
 * In a signed contract's sidebar, while no project implements it: a template and a start day
 * (typed day first), then POST /api/projects/from-template for the contract's client, and the new
 * project opens. A refusal is shown in the server's words.
 */
export function CreateFromContract() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  const client = useFormFields(([fields]) => fields.client?.value)
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const text = i18n.language === 'ro' ? TEXT.ro : TEXT.en
  const api = apiBase(config)
  const signed = Boolean(id) && SIGNED.includes(String(status))
  const made = useApiResource<{ totalDocs: number }>(
    signed ? `${api}/projects?where[contract][equals]=${id}&limit=1&depth=0&select[number]=true` : null,
  )
  const templates = useApiResource<{ docs: { id: number; name: string }[] }>(
    signed ? `${api}/project-templates?limit=100&depth=0&sort=name&select[name]=true` : null,
  )
  const [template, setTemplate] = useState('')
  const [start, setStart] = useState(() =>
    // Today where the person is: a default they see and may change.
    dayToText(dayIn(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone), i18n.language),
  )
  const [problem, setProblem] = useState<string | null>(null)
  const { busy, error, run } = useApiAction(text.unreachable)

  if (!signed || made.data?.totalDocs !== 0 || !templates.data?.docs.length) return null

  const create = () => {
    const day = textToDay(start, i18n.language)
    const chosen = template || String(templates.data!.docs[0].id)
    if (!day) return setProblem(text.badStart(displayFormat(i18n.language, false)))
    setProblem(null)
    return run(async () => {
      const { doc } = await request<{ doc: { id: number } }>(`${api}/projects/from-template`, {
        method: 'POST',
        headers: { 'accept-language': i18n.language },
        body: { template: Number(chosen), start: day, client, contract: Number(id) },
      })
      router.push(`${config.routes.admin}/collections/projects/${doc.id}`)
    })
  }

  return (
    <div className="project-from-contract" style={{ marginBottom: 'var(--base)' }}>
      <p style={{ margin: '0 0 0.5rem', opacity: 0.8 }}>{text.hint}</p>
      <label style={{ display: 'block', marginBottom: '0.5rem' }}>
        {text.template}{' '}
        <select id="project-from-contract-template" value={template} onChange={(e) => setTemplate(e.target.value)}>
          {templates.data.docs.map((doc) => (
            <option key={doc.id} value={doc.id}>
              {doc.name}
            </option>
          ))}
        </select>
      </label>
      <label style={{ display: 'block', marginBottom: '0.5rem' }}>
        {text.start}{' '}
        <input
          id="project-from-contract-start"
          value={start}
          placeholder={displayFormat(i18n.language, false)}
          onChange={(e) => setStart(e.target.value)}
          size={10}
        />
      </label>
      <Button id="project-from-contract" size="small" disabled={busy} onClick={() => void create()}>
        {text.create}
      </Button>
      {(problem || error) && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', margin: '0.5rem 0 0' }}>
          {problem ?? error}
        </p>
      )}
    </div>
  )
}
