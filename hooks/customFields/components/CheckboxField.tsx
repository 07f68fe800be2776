'use client'
import { CheckboxInput } from '@payloadcms/ui'

import { elementId, type FieldInputProps } from './fieldInput'

/** Yes or no; sits at the bottom of its grid cell, level with the inputs beside it. */
export function CheckboxField({ path, label, required, readOnly, value, onChange }: FieldInputProps) {
  return (
    <div className="field-type checkbox" style={{ alignSelf: 'end' }}>
      <CheckboxInput
        id={elementId(path)}
        name={path}
        label={label}
        required={required}
        readOnly={readOnly}
        checked={value === true}
        onToggle={(event) => onChange(event.target.checked)}
      />
    </div>
  )
}
