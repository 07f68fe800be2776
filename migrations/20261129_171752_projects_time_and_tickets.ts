import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'time-entries' BEFORE 'roles';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'time-entries' BEFORE 'roles';
  CREATE TABLE "time_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"activity_id" integer NOT NULL,
  	"date" timestamp(3) with time zone,
  	"hours" numeric NOT NULL,
  	"person_id" integer NOT NULL,
  	"note" varchar,
  	"project_id" integer,
  	"team_id" integer,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "tickets_rels" ADD COLUMN "projects_id" integer;
  ALTER TABLE "tickets_rels" ADD COLUMN "project_activities_id" integer;
  ALTER TABLE "_tickets_v_rels" ADD COLUMN "projects_id" integer;
  ALTER TABLE "_tickets_v_rels" ADD COLUMN "project_activities_id" integer;
  ALTER TABLE "projects" ADD COLUMN "spent_hours" numeric DEFAULT 0;
  ALTER TABLE "_projects_v" ADD COLUMN "version_spent_hours" numeric DEFAULT 0;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "time_entries_id" integer;
  ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_activity_id_project_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."project_activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_person_id_users_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "time_entries_activity_idx" ON "time_entries" USING btree ("activity_id");
  CREATE INDEX "time_entries_date_idx" ON "time_entries" USING btree ("date");
  CREATE INDEX "time_entries_person_idx" ON "time_entries" USING btree ("person_id");
  CREATE INDEX "time_entries_project_idx" ON "time_entries" USING btree ("project_id");
  CREATE INDEX "time_entries_team_idx" ON "time_entries" USING btree ("team_id");
  CREATE INDEX "time_entries_created_by_idx" ON "time_entries" USING btree ("created_by_id");
  CREATE INDEX "time_entries_updated_by_idx" ON "time_entries" USING btree ("updated_by_id");
  CREATE INDEX "time_entries_updated_at_idx" ON "time_entries" USING btree ("updated_at");
  CREATE INDEX "time_entries_created_at_idx" ON "time_entries" USING btree ("created_at");
  CREATE INDEX "person_date_idx" ON "time_entries" USING btree ("person_id","date");
  CREATE INDEX "project_date_idx" ON "time_entries" USING btree ("project_id","date");
  ALTER TABLE "tickets_rels" ADD CONSTRAINT "tickets_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tickets_rels" ADD CONSTRAINT "tickets_rels_project_activities_fk" FOREIGN KEY ("project_activities_id") REFERENCES "public"."project_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tickets_v_rels" ADD CONSTRAINT "_tickets_v_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tickets_v_rels" ADD CONSTRAINT "_tickets_v_rels_project_activities_fk" FOREIGN KEY ("project_activities_id") REFERENCES "public"."project_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_time_entries_fk" FOREIGN KEY ("time_entries_id") REFERENCES "public"."time_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tickets_rels_projects_id_idx" ON "tickets_rels" USING btree ("projects_id");
  CREATE INDEX "tickets_rels_project_activities_id_idx" ON "tickets_rels" USING btree ("project_activities_id");
  CREATE INDEX "_tickets_v_rels_projects_id_idx" ON "_tickets_v_rels" USING btree ("projects_id");
  CREATE INDEX "_tickets_v_rels_project_activities_id_idx" ON "_tickets_v_rels" USING btree ("project_activities_id");
  CREATE INDEX "payload_locked_documents_rels_time_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("time_entries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "time_entries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "time_entries" CASCADE;
  ALTER TABLE "tickets_rels" DROP CONSTRAINT "tickets_rels_projects_fk";
  
  ALTER TABLE "tickets_rels" DROP CONSTRAINT "tickets_rels_project_activities_fk";
  
  ALTER TABLE "_tickets_v_rels" DROP CONSTRAINT "_tickets_v_rels_projects_fk";
  
  ALTER TABLE "_tickets_v_rels" DROP CONSTRAINT "_tickets_v_rels_project_activities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_time_entries_fk";
  
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'custom-fields', 'workflows', 'workflow-events', 'counters', 'clients', 'contacts', 'prospects', 'opportunities', 'campaigns', 'marketing-actions', 'todos', 'products', 'offer-templates', 'offers', 'offer-sections', 'ticket-types', 'tickets', 'ticket-actions', 'contracts', 'contract-activities', 'contract-amendments', 'project-templates', 'projects', 'project-activities', 'roles');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum__roles_v_version_permissions_collection";
  CREATE TYPE "public"."enum__roles_v_version_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'custom-fields', 'workflows', 'workflow-events', 'counters', 'clients', 'contacts', 'prospects', 'opportunities', 'campaigns', 'marketing-actions', 'todos', 'products', 'offer-templates', 'offers', 'offer-sections', 'ticket-types', 'tickets', 'ticket-actions', 'contracts', 'contract-activities', 'contract-amendments', 'project-templates', 'projects', 'project-activities', 'roles');
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum__roles_v_version_permissions_collection" USING "collection"::"public"."enum__roles_v_version_permissions_collection";
  DROP INDEX "tickets_rels_projects_id_idx";
  DROP INDEX "tickets_rels_project_activities_id_idx";
  DROP INDEX "_tickets_v_rels_projects_id_idx";
  DROP INDEX "_tickets_v_rels_project_activities_id_idx";
  DROP INDEX "payload_locked_documents_rels_time_entries_id_idx";
  ALTER TABLE "tickets_rels" DROP COLUMN "projects_id";
  ALTER TABLE "tickets_rels" DROP COLUMN "project_activities_id";
  ALTER TABLE "_tickets_v_rels" DROP COLUMN "projects_id";
  ALTER TABLE "_tickets_v_rels" DROP COLUMN "project_activities_id";
  ALTER TABLE "projects" DROP COLUMN "spent_hours";
  ALTER TABLE "_projects_v" DROP COLUMN "version_spent_hours";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "time_entries_id";`)
}
