import { buildConfig } from 'payload'

import { organizeConfig } from './src/config'

export default buildConfig(organizeConfig())
