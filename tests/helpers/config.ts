import { buildConfig } from 'payload'

import { organizeConfig } from '../../src/config'
import { FixtureRecords } from './fixtures'

/** The application's configuration plus the fixture collections the engine tests need. */
export default buildConfig(organizeConfig({ extraCollections: [FixtureRecords] }))
