'use client'
import { FieldLabel } from '@payloadcms/ui'

import { DayInput } from '@/components/shared/dates/DayInput'
import { elementId, type FieldInputProps } from './fieldInput'

/** Looks like Payload's own inputs beside it. */
const INPUT_STYLE = {
  width: '100%',
  padding: '8px',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s, 3px)',
  background: 'var(--theme-input-bg)',
  color: 'var(--theme-text)',
}

/** A day (`YYYY-MM-DD`), typed as people here write it. */
export function DateField({ path, label, description, required, readOnly, value, onChange }: FieldInputProps) {
  return (
    <div className="field-type date-time-field">
      <FieldLabel htmlFor={elementId(path)} label={label} required={required} />
      <DayInput
        id={elementId(path)}
        value={typeof value === 'string' ? value : ''}
        disabled={readOnly}
        onChange={onChange}
        style={INPUT_STYLE}
      />
      {description ? <div className="field-description">{description}</div> : null}
    </div>
  )
}
