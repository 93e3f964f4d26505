import { describe, expect, it } from 'vitest'

import { isPhone, isWebUrl } from './formats'

describe('isWebUrl', () => {
  it.each(['https://www.smocr.cz', 'http://kongressekretarzy.pl/program'])('accepts %s', (url) => {
    expect(isWebUrl(url)).toBe(true)
  })
  it.each(['javascript:alert(1)', 'www.smocr.cz', 'https://localhost', 'ftp://files.example.cz', ''])('refuses %j', (url) => {
    expect(isWebUrl(url)).toBe(false)
  })
})

describe('isPhone', () => {
  it.each(['257 280 853', '+420 237 709 716', '+48 22 123 45 67'])('accepts %s', (phone) => {
    expect(isPhone(phone)).toBe(true)
  })
  it.each(['call me', '12', '+420-257-280-853<script>'])('refuses %j', (phone) => {
    expect(isPhone(phone)).toBe(false)
  })
})
