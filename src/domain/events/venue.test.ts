import { describe, expect, it } from 'vitest'

import { addressLine, mapLink } from './venue'

const address = { street: 'Masarykovo nám. 2799', postalCode: '536 02', city: 'Pardubice' }

describe('addressLine', () => {
  it('joins street, postal code and town', () => {
    expect(addressLine(address)).toBe('Masarykovo nám. 2799, 536 02 Pardubice')
    expect(addressLine({ city: 'Plzeň' })).toBe('Plzeň')
    expect(addressLine(undefined)).toBe('')
  })
})

describe('mapLink', () => {
  it('marks the coordinates when they are known', () => {
    expect(mapLink('Congress Centre', { ...address, latitude: 50.0343, longitude: 15.7812 })).toBe(
      'https://www.openstreetmap.org/?mlat=50.0343&mlon=15.7812#map=17/50.0343/15.7812',
    )
  })
  it('searches for the venue and address otherwise', () => {
    expect(mapLink('Congress Centre', address)).toBe(
      'https://www.openstreetmap.org/search?query=Congress%20Centre%2C%20Masarykovo%20n%C3%A1m.%202799%2C%20536%2002%20Pardubice',
    )
  })
  it('has no link for an online event', () => {
    expect(mapLink(null, {})).toBeNull()
  })
})
