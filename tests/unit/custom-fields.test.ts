import { describe, expect, it } from 'vitest'

import { customFieldTargets, customFieldsField } from '@/fields/customFields'

describe('custom fields', () => {
  it('refuses, when the configuration is built, a collection with the field but without the hooks', () => {
    expect(() => customFieldTargets([{ slug: 'loose', fields: [customFieldsField()] }])).toThrow(
      /has a customFields field but not the custom-field hooks/,
    )
  })
})
