import { buildConfig } from 'payload'

import { organizeConfig } from '@/config'

export default buildConfig(organizeConfig())
