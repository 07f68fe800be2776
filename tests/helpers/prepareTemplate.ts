/**
 * `npm run test:template`: makes TEST_TEMPLATE_DATABASE on DATABASE_URL's server, with the schema
 * and reference data every test run starts from, replacing an older one of that name. Test runs
 * started with the same TEST_TEMPLATE_DATABASE copy it (`create database … template`, a second)
 * instead of each pushing the schema and loading the data (a minute or more): CI prepares it once
 * for its shards. Whoever made it drops it after.
 */
import { databaseUrl, onServer, prepareSchemaAndReference } from './testDatabase'

const serverUrl = process.env.DATABASE_URL
const name = process.env.TEST_TEMPLATE_DATABASE
if (!serverUrl || !name)
  throw new Error('test:template needs DATABASE_URL (the server) and TEST_TEMPLATE_DATABASE (the name)')

await onServer(serverUrl, `drop database if exists "${name}" with (force)`)
await onServer(serverUrl, `create database "${name}"`)
prepareSchemaAndReference(databaseUrl(serverUrl, name))
console.log(`[tests] template ${name} prepared`)
