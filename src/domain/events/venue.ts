export type Address = {
  street?: string | null
  postalCode?: string | null
  city?: string | null
  latitude?: number | null
  longitude?: number | null
}

/** "Masarykovo nám. 2799, 536 02 Pardubice" */
export function addressLine(address: Address | null | undefined): string {
  if (!address) return ''
  const town = [address.postalCode, address.city].map((part) => part?.trim()).filter(Boolean).join(' ')
  return [address.street?.trim(), town].filter(Boolean).join(', ')
}

/**
 * A link to the venue on OpenStreetMap: a marker at the coordinates when the editor gave them,
 * otherwise a search for the venue name and address.
 */
export function mapLink(venueName: string | null | undefined, address: Address | null | undefined): string | null {
  const { latitude, longitude } = address ?? {}
  if (typeof latitude === 'number' && typeof longitude === 'number') {
    return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`
  }
  const query = [venueName?.trim(), addressLine(address)].filter(Boolean).join(', ')
  return query ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}` : null
}
