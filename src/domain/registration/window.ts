import { hasFreeSeat, type SeatCounts, type SeatPolicy } from './seats'

/** The registration settings of an event or seminar (the `registration` group of both). */
export type RegistrationWindow = {
  enabled: boolean
  opensAt: string | null
  closesAt: string | null
  /** When the event or term starts; registration closes then unless `closesAt` says otherwise. */
  startsAt: string
}

export type RegistrationState = 'disabled' | 'not-yet-open' | 'open' | 'waitlist' | 'full' | 'closed'

/** What a visitor can do now: register, join the waitlist, or nothing (and why). */
export function registrationState(window: RegistrationWindow, counts: SeatCounts, policy: SeatPolicy, now: Date): RegistrationState {
  if (!window.enabled) return 'disabled'
  if (window.opensAt && now < new Date(window.opensAt)) return 'not-yet-open'
  if (now >= new Date(window.closesAt ?? window.startsAt)) return 'closed'
  if (hasFreeSeat(counts, policy)) return 'open'
  return policy.waitlist ? 'waitlist' : 'full'
}

export const acceptsRegistrations = (state: RegistrationState): boolean => state === 'open' || state === 'waitlist'
