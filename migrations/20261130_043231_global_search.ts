import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { createSearchFunctions, dropSearchFunctions } from '@/hooks/search/database'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // The extensions and immutable_unaccent() the indexes below are built on (hooks/search/database.ts).
  await createSearchFunctions({ db })
  await db.execute(sql`
   CREATE INDEX "clients_name_search_idx" ON "clients" USING gin (immutable_unaccent("name") gin_trgm_ops);
  CREATE INDEX "clients_fiscal_code_search_idx" ON "clients" USING gin (immutable_unaccent("fiscal_code") gin_trgm_ops);
  CREATE INDEX "contacts_name_search_idx" ON "contacts" USING gin (immutable_unaccent("name") gin_trgm_ops);
  CREATE INDEX "contacts_email_search_idx" ON "contacts" USING gin (immutable_unaccent("email") gin_trgm_ops);
  CREATE INDEX "contacts_phone_search_idx" ON "contacts" USING gin (immutable_unaccent("phone") gin_trgm_ops);
  CREATE INDEX "opportunities_title_search_idx" ON "opportunities" USING gin (immutable_unaccent("title") gin_trgm_ops);
  CREATE INDEX "offers_number_search_idx" ON "offers" USING gin (immutable_unaccent("number") gin_trgm_ops);
  CREATE INDEX "offers_title_search_idx" ON "offers" USING gin (immutable_unaccent("title") gin_trgm_ops);
  CREATE INDEX "offers_subject_search_idx" ON "offers" USING gin (immutable_unaccent("subject") gin_trgm_ops);
  CREATE INDEX "tickets_number_search_idx" ON "tickets" USING gin (immutable_unaccent("number") gin_trgm_ops);
  CREATE INDEX "tickets_title_search_idx" ON "tickets" USING gin (immutable_unaccent("title") gin_trgm_ops);
  CREATE INDEX "contracts_number_search_idx" ON "contracts" USING gin (immutable_unaccent("number") gin_trgm_ops);
  CREATE INDEX "contracts_title_search_idx" ON "contracts" USING gin (immutable_unaccent("title") gin_trgm_ops);
  CREATE INDEX "projects_number_search_idx" ON "projects" USING gin (immutable_unaccent("number") gin_trgm_ops);
  CREATE INDEX "projects_name_search_idx" ON "projects" USING gin (immutable_unaccent("name") gin_trgm_ops);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "clients_name_search_idx";
  DROP INDEX "clients_fiscal_code_search_idx";
  DROP INDEX "contacts_name_search_idx";
  DROP INDEX "contacts_email_search_idx";
  DROP INDEX "contacts_phone_search_idx";
  DROP INDEX "opportunities_title_search_idx";
  DROP INDEX "offers_number_search_idx";
  DROP INDEX "offers_title_search_idx";
  DROP INDEX "offers_subject_search_idx";
  DROP INDEX "tickets_number_search_idx";
  DROP INDEX "tickets_title_search_idx";
  DROP INDEX "contracts_number_search_idx";
  DROP INDEX "contracts_title_search_idx";
  DROP INDEX "projects_number_search_idx";
  DROP INDEX "projects_name_search_idx";`)
  await dropSearchFunctions({ db })
}
