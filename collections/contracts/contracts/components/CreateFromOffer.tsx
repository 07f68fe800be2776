'use client'
import { Button, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'

import { apiBase, request } from '@/components/shared/request'
import { useApiAction } from '@/components/shared/useApiAction'
import { useApiResource } from '@/components/shared/useApiResource'

const TEXT = {
  en: {
    create: 'Create contract',
    hint: 'The client accepted the offer: make its contract, prefilled with the client, lines and value.',
    unreachable: 'The server could not be reached; the contract was not created.',
  },
  ro: {
    create: 'Creează contractul',
    hint: 'Clientul a acceptat oferta: faceți contractul, completat cu clientul, liniile și valoarea.',
    unreachable: 'Serverul nu a putut fi contactat; contractul nu a fost creat.',
  },
}

/**
 * In an accepted offer's sidebar, while no contract was made from it: makes the contract
 * (POST /api/contracts/from-offer) and opens it. A refusal is shown in the server's words.
 */
export function CreateFromOffer() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const text = i18n.language === 'ro' ? TEXT.ro : TEXT.en
  const api = apiBase(config)
  const accepted = Boolean(id) && status === 'accepted'
  const made = useApiResource<{ totalDocs: number }>(
    accepted ? `${api}/contracts?where[offer][equals]=${id}&limit=1&depth=0&select[number]=true` : null,
  )
  const { busy, error, run } = useApiAction(text.unreachable)

  if (!accepted || made.data?.totalDocs !== 0) return null

  const create = () =>
    run(async () => {
      const { doc } = await request<{ doc: { id: number } }>(`${api}/contracts/from-offer`, {
        method: 'POST',
        headers: { 'accept-language': i18n.language },
        body: { offer: Number(id) },
      })
      router.push(`${config.routes.admin}/collections/contracts/${doc.id}`)
    })

  return (
    <div className="contract-from-offer" style={{ marginBottom: 'var(--base)' }}>
      <p style={{ margin: '0 0 0.5rem', opacity: 0.8 }}>{text.hint}</p>
      <Button id="contract-from-offer" size="small" disabled={busy} onClick={() => void create()}>
        {text.create}
      </Button>
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', margin: '0.5rem 0 0' }}>
          {error}
        </p>
      )}
    </div>
  )
}
