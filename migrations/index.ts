import * as migration_20261128_024524_initial from './20261128_024524_initial';

export const migrations = [
  {
    up: migration_20261128_024524_initial.up,
    down: migration_20261128_024524_initial.down,
    name: '20261128_024524_initial'
  },
];
