import * as migration_20261123_054931_initial from './20261123_054931_initial';
import * as migration_20261123_063654_public_site from './20261123_063654_public_site';

export const migrations = [
  {
    up: migration_20261123_054931_initial.up,
    down: migration_20261123_054931_initial.down,
    name: '20261123_054931_initial',
  },
  {
    up: migration_20261123_063654_public_site.up,
    down: migration_20261123_063654_public_site.down,
    name: '20261123_063654_public_site'
  },
];
