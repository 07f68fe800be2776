// Unit tests have no database. Code that reads the configuration (organizeConfig, readEnv) still
// wants a DATABASE_URL: this one names a port nothing listens on, so a unit test that reached
// for PostgreSQL by mistake fails at once instead of using a developer's (or CI's) database.
process.env.DATABASE_URL = 'postgres://unit-tests@127.0.0.1:1/no_database_in_unit_tests'
process.env.DB_PUSH = 'false'
