import { describe, expect, it } from 'vitest'

import { isActiveMemberOf } from './activeMembership'

describe('isActiveMemberOf', () => {
  const isUnion = (ref: number) => ref === 1

  it('counts an active membership of the association', () => {
    expect(isActiveMemberOf([{ association: 1, status: 'active' }], isUnion)).toBe(true)
  })

  it('does not mix a left membership of one association with an active one of another', () => {
    expect(
      isActiveMemberOf(
        [
          { association: 1, status: 'left' },
          { association: 2, status: 'active' },
        ],
        isUnion,
      ),
    ).toBe(false)
  })

  it('treats missing memberships as none', () => {
    expect(isActiveMemberOf(undefined, isUnion)).toBe(false)
  })
})
