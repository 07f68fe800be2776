'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import { messageOf } from '@/components/shared/messages'
import { apiBase, isUnreachable, request } from '@/components/shared/request'

type Option = { id: number; label: string }
type Docs = { docs: { id: number; name: string }[] }

const optionsOf = (body: Docs): Option[] => body.docs.map((d) => ({ id: d.id, label: d.name }))

const TEXT = {
  en: {
    title: 'New offer from a template',
    template: 'Template',
    client: 'Client',
    search: 'Type to search clients',
    create: 'Create the offer',
    failed: 'The offer could not be created.',
  },
  ro: {
    title: 'Ofertă nouă din șablon',
    template: 'Șablon',
    client: 'Client',
    search: 'Scrieți pentru a căuta clientul',
    create: 'Creează oferta',
    failed: 'Oferta nu a putut fi creată.',
  },
}

/**
 * Above the offers list: pick a template and a client, and the server makes the draft offer with
 * its sections (POST /api/offers/from-template); then the new offer opens.
 */
export function NewFromTemplate() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const text = i18n.language === 'ro' ? TEXT.ro : TEXT.en
  const api = apiBase(config)
  const [templates, setTemplates] = useState<Option[]>([])
  const [clients, setClients] = useState<Option[]>([])
  const [template, setTemplate] = useState('')
  const [client, setClient] = useState('')
  const [search, setSearch] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    request<Docs>(`${api}/offer-templates?depth=0&limit=100&where[active][equals]=true&select[name]=true`)
      .then((body) => setTemplates(optionsOf(body)))
      .catch(() => undefined)
  }, [api])

  useEffect(() => {
    const query = search.trim() ? `&where[name][like]=${encodeURIComponent(search.trim())}` : ''
    const timer = setTimeout(() => {
      request<Docs>(`${api}/clients?depth=0&limit=20&sort=name&select[name]=true${query}`)
        .then((body) => setClients(optionsOf(body)))
        .catch((error) => {
          // Refused: no client to offer; offline: the last list stays.
          if (!isUnreachable(error)) setClients([])
        })
    }, 250)
    return () => clearTimeout(timer)
  }, [api, search])

  async function create() {
    setBusy(true)
    setError(null)
    try {
      const { doc } = await request<{ doc: { id: number } }>(`${api}/offers/from-template`, {
        method: 'POST',
        headers: { 'accept-language': i18n.language },
        body: { template: Number(template), client: Number(client) },
      })
      setBusy(false)
      router.push(`${config.routes.admin}/collections/offers/${doc.id}`)
    } catch (failure) {
      setBusy(false)
      setError(messageOf(failure) ?? text.failed)
    }
  }

  return (
    <div
      className="offer-from-template"
      style={{ display: 'flex', gap: '12px', alignItems: 'flex-end', flexWrap: 'wrap', margin: '0 0 var(--base)' }}
    >
      <strong style={{ width: '100%' }}>{text.title}</strong>
      <label>
        {text.template}
        <br />
        <select id="offer-from-template-template" value={template} onChange={(e) => setTemplate(e.target.value)}>
          <option value="">—</option>
          {templates.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {text.client}
        <br />
        <input
          id="offer-from-template-search"
          placeholder={text.search}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <select id="offer-from-template-client" value={client} onChange={(e) => setClient(e.target.value)}>
          <option value="">—</option>
          {clients.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <button
        id="offer-from-template-create"
        type="button"
        className="btn btn--style-primary btn--size-small"
        disabled={!template || !client || busy}
        onClick={create}
        style={{ margin: 0 }}
      >
        {text.create}
      </button>
      {error && (
        <p
          className="offer-from-template__error"
          role="alert"
          style={{ color: 'var(--theme-error-500)', width: '100%', margin: 0 }}
        >
          {error}
        </p>
      )}
    </div>
  )
}
