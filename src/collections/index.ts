import { Associations } from './Associations/config'
import { Categories } from './Categories/config'
import { Commissions } from './Commissions/config'
import { Documents } from './Documents/config'
import { EventSeries } from './EventSeries/config'
import { Events } from './Events/config'
import { GoodPractices } from './GoodPractices/config'
import { Media } from './Media/config'
import { Members } from './Members/config'
import { Memberships } from './Memberships/config'
import { Municipalities } from './Municipalities/config'
import { News } from './News/config'
import { Pages } from './Pages/config'
import { Partners } from './Partners/config'
import { PartnershipAttachments } from './PartnershipAttachments/config'
import { PartnershipRequests } from './PartnershipRequests/config'
import { Partnerships } from './Partnerships/config'
import { ProxyAuthorisations } from './ProxyAuthorisations/config'
import { People } from './People/config'
import { Regions } from './Regions/config'
import { RegistrationCounters } from './RegistrationCounters/config'
import { Registrations } from './Registrations/config'
import { Seminars } from './Seminars/config'
import { Services } from './Services/config'
import { Users } from './Users/config'

/** In the order the admin navigation shows them within their groups. */
export const collections = [
  News,
  Pages,
  Services,
  GoodPractices,
  Categories,
  Events,
  EventSeries,
  Seminars,
  Registrations,
  ProxyAuthorisations,
  RegistrationCounters,
  PartnershipRequests,
  Partnerships,
  PartnershipAttachments,
  Associations,
  Commissions,
  Municipalities,
  Memberships,
  Regions,
  People,
  Partners,
  Media,
  Documents,
  Members,
  Users,
]
