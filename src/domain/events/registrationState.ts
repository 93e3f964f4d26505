export type RegistrationSettings = {
  enabled?: boolean | null
  opensAt?: string | null
  closesAt?: string | null
}

export type RegistrationState =
  | { kind: 'none' }
  | { kind: 'not-yet-open'; opensAt: string }
  | { kind: 'open'; closesAt: string | null }
  | { kind: 'closed' }

/**
 * Whether a visitor can register now: registration must be enabled, open already, not closed
 * yet, and the event (or term) must not have started.
 */
export function registrationState(settings: RegistrationSettings | null | undefined, startsAt: string, now: Date): RegistrationState {
  if (!settings?.enabled) return { kind: 'none' }
  const time = now.getTime()
  if (settings.opensAt && time < Date.parse(settings.opensAt)) return { kind: 'not-yet-open', opensAt: settings.opensAt }
  const closesAt = settings.closesAt ?? null
  if ((closesAt && time >= Date.parse(closesAt)) || time >= Date.parse(startsAt)) return { kind: 'closed' }
  return { kind: 'open', closesAt }
}
