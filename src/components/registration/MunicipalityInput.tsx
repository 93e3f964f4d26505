'use client'

import { useEffect, useRef, useState } from 'react'

type Props = { id: string; name: string; defaultValue: string; invalid: boolean; describedBy?: string }

/**
 * A text field over the municipality register: without JavaScript it is plain text that the
 * server matches by name (and asks for the district when the name is ambiguous); with
 * JavaScript the browser's own list offers matching municipalities as you type.
 */
export function MunicipalityInput({ id, name, defaultValue, invalid, describedBy }: Props) {
  const [typed, setTyped] = useState('')
  const [suggestions, setSuggestions] = useState<string[]>([])
  const latest = useRef('')

  useEffect(() => {
    if (typed.trim().length < 2) return
    latest.current = typed
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/registrations/municipalities?q=${encodeURIComponent(typed)}`).catch(() => null)
      if (!response?.ok || latest.current !== typed) return
      const { suggestions: found } = (await response.json()) as { suggestions: Array<{ label: string }> }
      setSuggestions(found.map((suggestion) => suggestion.label))
    }, 200)
    return () => clearTimeout(timer)
  }, [typed])

  return (
    <>
      <input
        id={id}
        name={name}
        list={`${id}-suggestions`}
        autoComplete="off"
        maxLength={160}
        defaultValue={defaultValue}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(event) => setTyped(event.target.value)}
      />
      <datalist id={`${id}-suggestions`}>
        {suggestions.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
    </>
  )
}
