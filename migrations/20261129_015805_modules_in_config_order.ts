import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "nomenclators" ALTER COLUMN "list" SET DATA TYPE text;
  DROP TYPE "public"."enum_nomenclators_list";
  CREATE TYPE "public"."enum_nomenclators_list" AS ENUM('currencies', 'vat-rates', 'units', 'document-types', 'industries', 'client-types', 'lead-sources', 'opportunity-stages', 'campaign-types', 'marketing-action-types', 'lost-reasons', 'activity-types', 'contract-types', 'ticket-categories', 'ticket-priorities', 'ticket-action-types');
  ALTER TABLE "nomenclators" ALTER COLUMN "list" SET DATA TYPE "public"."enum_nomenclators_list" USING "list"::"public"."enum_nomenclators_list";
  ALTER TABLE "_nomenclators_v" ALTER COLUMN "version_list" SET DATA TYPE text;
  DROP TYPE "public"."enum__nomenclators_v_version_list";
  CREATE TYPE "public"."enum__nomenclators_v_version_list" AS ENUM('currencies', 'vat-rates', 'units', 'document-types', 'industries', 'client-types', 'lead-sources', 'opportunity-stages', 'campaign-types', 'marketing-action-types', 'lost-reasons', 'activity-types', 'contract-types', 'ticket-categories', 'ticket-priorities', 'ticket-action-types');
  ALTER TABLE "_nomenclators_v" ALTER COLUMN "version_list" SET DATA TYPE "public"."enum__nomenclators_v_version_list" USING "version_list"::"public"."enum__nomenclators_v_version_list";
  ALTER TABLE "workflows" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflows_collection";
  CREATE TYPE "public"."enum_workflows_collection" AS ENUM('prospects', 'campaigns', 'marketing-actions', 'todos', 'offers', 'offer-sections', 'tickets', 'ticket-actions');
  ALTER TABLE "workflows" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_workflows_collection" USING "collection"::"public"."enum_workflows_collection";
  ALTER TABLE "_workflows_v" ALTER COLUMN "version_collection" SET DATA TYPE text;
  DROP TYPE "public"."enum__workflows_v_version_collection";
  CREATE TYPE "public"."enum__workflows_v_version_collection" AS ENUM('prospects', 'campaigns', 'marketing-actions', 'todos', 'offers', 'offer-sections', 'tickets', 'ticket-actions');
  ALTER TABLE "_workflows_v" ALTER COLUMN "version_collection" SET DATA TYPE "public"."enum__workflows_v_version_collection" USING "version_collection"::"public"."enum__workflows_v_version_collection";
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'custom-fields', 'workflows', 'workflow-events', 'counters', 'clients', 'contacts', 'prospects', 'opportunities', 'campaigns', 'marketing-actions', 'todos', 'products', 'offer-templates', 'offers', 'offer-sections', 'ticket-types', 'tickets', 'ticket-actions', 'roles');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum__roles_v_version_permissions_collection";
  CREATE TYPE "public"."enum__roles_v_version_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'custom-fields', 'workflows', 'workflow-events', 'counters', 'clients', 'contacts', 'prospects', 'opportunities', 'campaigns', 'marketing-actions', 'todos', 'products', 'offer-templates', 'offers', 'offer-sections', 'ticket-types', 'tickets', 'ticket-actions', 'roles');
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum__roles_v_version_permissions_collection" USING "collection"::"public"."enum__roles_v_version_permissions_collection";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "nomenclators" ALTER COLUMN "list" SET DATA TYPE text;
  DROP TYPE "public"."enum_nomenclators_list";
  CREATE TYPE "public"."enum_nomenclators_list" AS ENUM('industries', 'client-types', 'lead-sources', 'opportunity-stages', 'campaign-types', 'marketing-action-types', 'contract-types', 'document-types', 'ticket-categories', 'ticket-priorities', 'ticket-action-types', 'units', 'vat-rates', 'currencies', 'lost-reasons', 'activity-types');
  ALTER TABLE "nomenclators" ALTER COLUMN "list" SET DATA TYPE "public"."enum_nomenclators_list" USING "list"::"public"."enum_nomenclators_list";
  ALTER TABLE "_nomenclators_v" ALTER COLUMN "version_list" SET DATA TYPE text;
  DROP TYPE "public"."enum__nomenclators_v_version_list";
  CREATE TYPE "public"."enum__nomenclators_v_version_list" AS ENUM('industries', 'client-types', 'lead-sources', 'opportunity-stages', 'campaign-types', 'marketing-action-types', 'contract-types', 'document-types', 'ticket-categories', 'ticket-priorities', 'ticket-action-types', 'units', 'vat-rates', 'currencies', 'lost-reasons', 'activity-types');
  ALTER TABLE "_nomenclators_v" ALTER COLUMN "version_list" SET DATA TYPE "public"."enum__nomenclators_v_version_list" USING "version_list"::"public"."enum__nomenclators_v_version_list";
  ALTER TABLE "workflows" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflows_collection";
  CREATE TYPE "public"."enum_workflows_collection" AS ENUM('prospects', 'campaigns', 'marketing-actions', 'offers', 'offer-sections', 'tickets', 'ticket-actions', 'todos');
  ALTER TABLE "workflows" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_workflows_collection" USING "collection"::"public"."enum_workflows_collection";
  ALTER TABLE "_workflows_v" ALTER COLUMN "version_collection" SET DATA TYPE text;
  DROP TYPE "public"."enum__workflows_v_version_collection";
  CREATE TYPE "public"."enum__workflows_v_version_collection" AS ENUM('prospects', 'campaigns', 'marketing-actions', 'offers', 'offer-sections', 'tickets', 'ticket-actions', 'todos');
  ALTER TABLE "_workflows_v" ALTER COLUMN "version_collection" SET DATA TYPE "public"."enum__workflows_v_version_collection" USING "version_collection"::"public"."enum__workflows_v_version_collection";
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'clients', 'contacts', 'prospects', 'opportunities', 'campaigns', 'marketing-actions', 'products', 'offer-templates', 'offers', 'offer-sections', 'ticket-types', 'tickets', 'ticket-actions', 'todos', 'custom-fields', 'workflows', 'workflow-events', 'counters', 'roles');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum__roles_v_version_permissions_collection";
  CREATE TYPE "public"."enum__roles_v_version_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'clients', 'contacts', 'prospects', 'opportunities', 'campaigns', 'marketing-actions', 'products', 'offer-templates', 'offers', 'offer-sections', 'ticket-types', 'tickets', 'ticket-actions', 'todos', 'custom-fields', 'workflows', 'workflow-events', 'counters', 'roles');
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum__roles_v_version_permissions_collection" USING "collection"::"public"."enum__roles_v_version_permissions_collection";`)
}
