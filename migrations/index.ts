import * as migration_20261128_013045_initial from './20261128_013045_initial';

export const migrations = [
  {
    up: migration_20261128_013045_initial.up,
    down: migration_20261128_013045_initial.down,
    name: '20261128_013045_initial'
  },
];
