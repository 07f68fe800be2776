'use client'
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { type Column, DataTable } from '@/components/shared/DataTable'
import { apiBase, request } from '@/components/shared/request'
import { styles } from '@/components/shared/styles'
import { useApiAction } from '@/components/shared/useApiAction'
import { useApiResource } from '@/components/shared/useApiResource'
import { formatStoredDate } from '@/lib/dates'
import type { ContractActivityChoice, ContractActivityChoices } from '../fromContractActivities'

const TEXT = {
  en: {
    open: 'Take over contract activities',
    heading: (contract: string) => `Activities of contract ${contract} not yet in a plan`,
    title: 'Activity',
    type: 'Type',
    due: 'Due',
    responsible: 'Responsible',
    phase: 'Phase (optional)',
    submit: (count: number) => `Add ${count} to the plan`,
    cancel: 'Cancel',
    none: 'Every activity of the contract you may read is already in a plan.',
    loading: 'Loading the contract activities…',
    failure: 'The contract activities could not be read.',
    unreachable: 'The server could not be reached; nothing was added to the plan.',
  },
  ro: {
    open: 'Preia activitățile din contract',
    heading: (contract: string) => `Activitățile contractului ${contract} care nu sunt încă într-un plan`,
    title: 'Activitate',
    type: 'Tip',
    due: 'Termen',
    responsible: 'Responsabil',
    phase: 'Fază (opțional)',
    submit: (count: number) => `Adaugă ${count} în plan`,
    cancel: 'Renunță',
    none: 'Toate activitățile contractului pe care le puteți citi sunt deja într-un plan.',
    loading: 'Se încarcă activitățile contractului…',
    failure: 'Activitățile contractului nu au putut fi citite.',
    unreachable: 'Serverul nu a putut fi contactat; nimic nu a fost adăugat în plan.',
  },
}

/**
 * In the project's Activities tab, when the project implements a contract and the reader may change
 * it: the contract's activities not yet carried over into a plan, to tick and add to this plan
 * (`POST /api/projects/:id/from-contract-activities`); the page then reloads with them listed.
 */
export function TakeOverContractActivities() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = i18n.language === 'ro' ? TEXT.ro : TEXT.en
  const url = id ? `${apiBase(config)}/projects/${id}/from-contract-activities` : null
  const choices = useApiResource<ContractActivityChoices>(url, [i18n.language], { failure: text.failure })
  const [open, setOpen] = useState(false)
  const [chosen, setChosen] = useState<Set<number>>(new Set())
  const [phase, setPhase] = useState('')
  const { busy, error, run } = useApiAction(text.unreachable)

  const answer = choices.data
  if (!url || !answer?.contract || !answer.mayTakeOver) return null
  const toTake = answer.rows.filter((row) => !row.takenOver)
  const toggle = (rowId: number) =>
    setChosen((before) => {
      const next = new Set(before)
      if (!next.delete(rowId)) next.add(rowId)
      return next
    })
  const submit = () =>
    run(async () => {
      await request(url, {
        method: 'POST',
        headers: { 'accept-language': i18n.language },
        body: { activities: [...chosen], ...(phase.trim() ? { phase: phase.trim() } : {}) },
      })
      // The plan's list and timeline are read with the page.
      window.location.reload()
    })

  if (!open) {
    return (
      <div id="take-over-contract-activities" style={styles.section}>
        <Button buttonStyle="secondary" size="small" onClick={() => setOpen(true)}>
          {text.open}
        </Button>
      </div>
    )
  }
  const columns: Column<ContractActivityChoice>[] = [
    {
      label: '',
      cell: (row) => (
        <input
          type="checkbox"
          aria-label={row.title}
          checked={chosen.has(row.id)}
          onChange={() => toggle(row.id)}
          data-contract-activity={row.id}
        />
      ),
    },
    { label: text.title, cell: (row) => row.title },
    { label: text.type, cell: (row) => row.type ?? '—' },
    {
      label: text.due,
      cell: (row) =>
        row.dueDate
          ? formatStoredDate(row.dueDate, { withTime: false, timeZone: 'UTC', language: i18n.language })
          : '—',
    },
    { label: text.responsible, cell: (row) => row.responsible ?? '—' },
  ]
  const contract = [answer.contract.number, answer.contract.title].filter(Boolean).join(' ') || `#${answer.contract.id}`
  return (
    <div id="take-over-contract-activities" style={styles.section}>
      <h4 style={styles.sectionHeading}>{text.heading(contract)}</h4>
      {choices.error && <p style={styles.error}>{choices.error}</p>}
      {toTake.length === 0 ? (
        <p style={styles.muted}>{text.none}</p>
      ) : (
        <>
          <DataTable columns={columns} rows={toTake} rowKey={(row) => row.id} />
          <div style={styles.filters}>
            <label style={styles.field}>
              {text.phase}
              <input
                id="take-over-phase"
                style={styles.input}
                value={phase}
                onChange={(event) => setPhase(event.target.value)}
              />
            </label>
          </div>
        </>
      )}
      <div style={styles.buttons}>
        {toTake.length > 0 && (
          <Button size="small" disabled={busy || chosen.size === 0} onClick={() => void submit()}>
            {text.submit(chosen.size)}
          </Button>
        )}
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => setOpen(false)}>
          {text.cancel}
        </Button>
      </div>
      {error && (
        <p role="alert" style={styles.error}>
          {error}
        </p>
      )}
    </div>
  )
}
