import * as migration_20261123_054931_initial from './20261123_054931_initial';
import * as migration_20261123_065051_partnerships from './20261123_065051_partnerships';
import * as migration_20261123_072245_event_registration from './20261123_072245_event_registration';
import * as migration_20261123_075500_member_portal from './20261123_075500_member_portal';
import * as migration_20261123_090239_register_memberships from './20261123_090239_register_memberships';
import * as migration_20261123_131246_public_site from './20261123_131246_public_site';

export const migrations = [
  {
    up: migration_20261123_054931_initial.up,
    down: migration_20261123_054931_initial.down,
    name: '20261123_054931_initial',
  },
  {
    up: migration_20261123_065051_partnerships.up,
    down: migration_20261123_065051_partnerships.down,
    name: '20261123_065051_partnerships',
  },
  {
    up: migration_20261123_072245_event_registration.up,
    down: migration_20261123_072245_event_registration.down,
    name: '20261123_072245_event_registration',
  },
  {
    up: migration_20261123_075500_member_portal.up,
    down: migration_20261123_075500_member_portal.down,
    name: '20261123_075500_member_portal',
  },
  {
    up: migration_20261123_090239_register_memberships.up,
    down: migration_20261123_090239_register_memberships.down,
    name: '20261123_090239_register_memberships',
  },
  {
    up: migration_20261123_131246_public_site.up,
    down: migration_20261123_131246_public_site.down,
    name: '20261123_131246_public_site'
  },
];
