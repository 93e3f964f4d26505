export const isWebUrl = (value: string): boolean => {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
  } catch {
    return false
  }
}

/** Czech and Polish numbers are written with spaces: "+420 257 280 853", "237 709 716". */
export const isPhone = (value: string): boolean => /^\+?[0-9][0-9 ]{5,22}[0-9]$/.test(value.trim())
