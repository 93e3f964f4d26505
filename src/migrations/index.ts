import * as migration_20261123_054931_initial from './20261123_054931_initial';
import * as migration_20261123_070741_member_portal from './20261123_070741_member_portal';

export const migrations = [
  {
    up: migration_20261123_054931_initial.up,
    down: migration_20261123_054931_initial.down,
    name: '20261123_054931_initial',
  },
  {
    up: migration_20261123_070741_member_portal.up,
    down: migration_20261123_070741_member_portal.down,
    name: '20261123_070741_member_portal'
  },
];
