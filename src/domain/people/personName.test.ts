import { describe, expect, it } from 'vitest'

import { formatPersonName } from './personName'

describe('formatPersonName', () => {
  it('puts titles before the name and post-nominals after a comma', () => {
    expect(formatPersonName({ titlesBefore: 'Mgr.', firstName: 'Miroslav', lastName: 'Žbánek', titlesAfter: 'MPA.' })).toBe(
      'Mgr. Miroslav Žbánek, MPA.',
    )
  })
  it('leaves out missing titles', () => {
    expect(formatPersonName({ firstName: 'Pavlína', lastName: 'Jandoušová' })).toBe('Pavlína Jandoušová')
  })
})
