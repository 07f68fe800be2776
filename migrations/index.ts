import * as migration_20261128_025225_initial from './20261128_025225_initial';

export const migrations = [
  {
    up: migration_20261128_025225_initial.up,
    down: migration_20261128_025225_initial.down,
    name: '20261128_025225_initial'
  },
];
