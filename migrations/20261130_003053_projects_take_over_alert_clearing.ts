import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_alert_events_cleared_because" AS ENUM('condition', 'switched-off', 'not-running');
  ALTER TABLE "project_activities" ADD COLUMN "description" varchar;
  ALTER TABLE "project_activities" ADD COLUMN "from_contract_activity_id" integer;
  ALTER TABLE "_project_activities_v" ADD COLUMN "version_description" varchar;
  ALTER TABLE "_project_activities_v" ADD COLUMN "version_from_contract_activity_id" integer;
  ALTER TABLE "alert_events" ADD COLUMN "cleared_because" "enum_alert_events_cleared_because";
  ALTER TABLE "project_activities" ADD CONSTRAINT "project_activities_from_contract_activity_id_contract_activities_id_fk" FOREIGN KEY ("from_contract_activity_id") REFERENCES "public"."contract_activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_activities_v" ADD CONSTRAINT "_project_activities_v_version_from_contract_activity_id_contract_activities_id_fk" FOREIGN KEY ("version_from_contract_activity_id") REFERENCES "public"."contract_activities"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "project_activities_from_contract_activity_idx" ON "project_activities" USING btree ("from_contract_activity_id");
  CREATE INDEX "_project_activities_v_version_version_from_contract_acti_idx" ON "_project_activities_v" USING btree ("version_from_contract_activity_id");
  CREATE INDEX "responsible_statusCategory_dueDate_2_idx" ON "project_deliverables" USING btree ("responsible_id","status_category","due_date");
  CREATE INDEX "version_responsible_version_statusCategory_version_due_2_idx" ON "_project_deliverables_v" USING btree ("version_responsible_id","version_status_category","version_due_date");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "project_activities" DROP CONSTRAINT "project_activities_from_contract_activity_id_contract_activities_id_fk";
  
  ALTER TABLE "_project_activities_v" DROP CONSTRAINT "_project_activities_v_version_from_contract_activity_id_contract_activities_id_fk";
  
  DROP INDEX "project_activities_from_contract_activity_idx";
  DROP INDEX "_project_activities_v_version_version_from_contract_acti_idx";
  DROP INDEX "responsible_statusCategory_dueDate_2_idx";
  DROP INDEX "version_responsible_version_statusCategory_version_due_2_idx";
  ALTER TABLE "project_activities" DROP COLUMN "description";
  ALTER TABLE "project_activities" DROP COLUMN "from_contract_activity_id";
  ALTER TABLE "_project_activities_v" DROP COLUMN "version_description";
  ALTER TABLE "_project_activities_v" DROP COLUMN "version_from_contract_activity_id";
  ALTER TABLE "alert_events" DROP COLUMN "cleared_because";
  DROP TYPE "public"."enum_alert_events_cleared_because";`)
}
