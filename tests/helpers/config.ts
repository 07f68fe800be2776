import { buildConfig } from 'payload'

import { organizeConfig } from '@/config'
import { CustomFieldFixtures } from './customFieldFixtures'
import { FixtureRecords } from './fixtures'
import { WorkflowChildren, WorkflowFixtures } from './workflowFixtures'

/** The application's configuration plus the fixture collections the engine tests need. */
export default buildConfig(
  organizeConfig({
    fixtures: {
      collections: [FixtureRecords, CustomFieldFixtures, WorkflowFixtures, WorkflowChildren],
      notificationKinds: { test: { en: 'Tests', ro: 'Teste' } },
    },
  }),
)
