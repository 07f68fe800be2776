import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_project_deliverables_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum__project_deliverables_v_version_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  ALTER TYPE "public"."enum_workflows_collection" ADD VALUE 'project-deliverables';
  ALTER TYPE "public"."enum__workflows_v_version_collection" ADD VALUE 'project-deliverables';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'project-deliverables' BEFORE 'time-entries';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'project-deliverables' BEFORE 'time-entries';
  CREATE TABLE "project_deliverables" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"project_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"activity_id" integer,
  	"due_date" timestamp(3) with time zone,
  	"needs_acceptance" boolean DEFAULT true,
  	"description" varchar,
  	"client_accepted_by_id" integer,
  	"client_accepted_on" timestamp(3) with time zone,
  	"responsible_id" integer NOT NULL,
  	"submitted_at" timestamp(3) with time zone,
  	"accepted_at" timestamp(3) with time zone,
  	"project_manager_id" integer,
  	"team_id" integer,
  	"status" varchar,
  	"status_category" "enum_project_deliverables_status_category",
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_project_deliverables_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_project_id" integer NOT NULL,
  	"version_name" varchar NOT NULL,
  	"version_activity_id" integer,
  	"version_due_date" timestamp(3) with time zone,
  	"version_needs_acceptance" boolean DEFAULT true,
  	"version_description" varchar,
  	"version_client_accepted_by_id" integer,
  	"version_client_accepted_on" timestamp(3) with time zone,
  	"version_responsible_id" integer NOT NULL,
  	"version_submitted_at" timestamp(3) with time zone,
  	"version_accepted_at" timestamp(3) with time zone,
  	"version_project_manager_id" integer,
  	"version_team_id" integer,
  	"version_status" varchar,
  	"version_status_category" "enum__project_deliverables_v_version_status_category",
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "project_activities_predecessors" ALTER COLUMN "activity_id" DROP NOT NULL;
  ALTER TABLE "_project_activities_v_version_predecessors" ALTER COLUMN "activity_id" DROP NOT NULL;
  ALTER TABLE "todos_rels" ADD COLUMN "project_deliverables_id" integer;
  ALTER TABLE "_todos_v_rels" ADD COLUMN "project_deliverables_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "project_deliverables_id" integer;
  ALTER TABLE "project_deliverables" ADD CONSTRAINT "project_deliverables_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_deliverables" ADD CONSTRAINT "project_deliverables_activity_id_project_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."project_activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_deliverables" ADD CONSTRAINT "project_deliverables_client_accepted_by_id_contacts_id_fk" FOREIGN KEY ("client_accepted_by_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_deliverables" ADD CONSTRAINT "project_deliverables_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_deliverables" ADD CONSTRAINT "project_deliverables_project_manager_id_users_id_fk" FOREIGN KEY ("project_manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_deliverables" ADD CONSTRAINT "project_deliverables_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_deliverables" ADD CONSTRAINT "project_deliverables_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_deliverables" ADD CONSTRAINT "project_deliverables_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_deliverables_v" ADD CONSTRAINT "_project_deliverables_v_parent_id_project_deliverables_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."project_deliverables"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_deliverables_v" ADD CONSTRAINT "_project_deliverables_v_version_project_id_projects_id_fk" FOREIGN KEY ("version_project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_deliverables_v" ADD CONSTRAINT "_project_deliverables_v_version_activity_id_project_activities_id_fk" FOREIGN KEY ("version_activity_id") REFERENCES "public"."project_activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_deliverables_v" ADD CONSTRAINT "_project_deliverables_v_version_client_accepted_by_id_contacts_id_fk" FOREIGN KEY ("version_client_accepted_by_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_deliverables_v" ADD CONSTRAINT "_project_deliverables_v_version_responsible_id_users_id_fk" FOREIGN KEY ("version_responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_deliverables_v" ADD CONSTRAINT "_project_deliverables_v_version_project_manager_id_users_id_fk" FOREIGN KEY ("version_project_manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_deliverables_v" ADD CONSTRAINT "_project_deliverables_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_deliverables_v" ADD CONSTRAINT "_project_deliverables_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_project_deliverables_v" ADD CONSTRAINT "_project_deliverables_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "project_deliverables_project_idx" ON "project_deliverables" USING btree ("project_id");
  CREATE INDEX "project_deliverables_activity_idx" ON "project_deliverables" USING btree ("activity_id");
  CREATE INDEX "project_deliverables_due_date_idx" ON "project_deliverables" USING btree ("due_date");
  CREATE INDEX "project_deliverables_client_accepted_by_idx" ON "project_deliverables" USING btree ("client_accepted_by_id");
  CREATE INDEX "project_deliverables_responsible_idx" ON "project_deliverables" USING btree ("responsible_id");
  CREATE INDEX "project_deliverables_project_manager_idx" ON "project_deliverables" USING btree ("project_manager_id");
  CREATE INDEX "project_deliverables_team_idx" ON "project_deliverables" USING btree ("team_id");
  CREATE INDEX "project_deliverables_status_idx" ON "project_deliverables" USING btree ("status");
  CREATE INDEX "project_deliverables_status_category_idx" ON "project_deliverables" USING btree ("status_category");
  CREATE INDEX "project_deliverables_created_by_idx" ON "project_deliverables" USING btree ("created_by_id");
  CREATE INDEX "project_deliverables_updated_by_idx" ON "project_deliverables" USING btree ("updated_by_id");
  CREATE INDEX "project_deliverables_updated_at_idx" ON "project_deliverables" USING btree ("updated_at");
  CREATE INDEX "project_deliverables_created_at_idx" ON "project_deliverables" USING btree ("created_at");
  CREATE INDEX "project_dueDate_idx" ON "project_deliverables" USING btree ("project_id","due_date");
  CREATE INDEX "_project_deliverables_v_parent_idx" ON "_project_deliverables_v" USING btree ("parent_id");
  CREATE INDEX "_project_deliverables_v_version_version_project_idx" ON "_project_deliverables_v" USING btree ("version_project_id");
  CREATE INDEX "_project_deliverables_v_version_version_activity_idx" ON "_project_deliverables_v" USING btree ("version_activity_id");
  CREATE INDEX "_project_deliverables_v_version_version_due_date_idx" ON "_project_deliverables_v" USING btree ("version_due_date");
  CREATE INDEX "_project_deliverables_v_version_version_client_accepted__idx" ON "_project_deliverables_v" USING btree ("version_client_accepted_by_id");
  CREATE INDEX "_project_deliverables_v_version_version_responsible_idx" ON "_project_deliverables_v" USING btree ("version_responsible_id");
  CREATE INDEX "_project_deliverables_v_version_version_project_manager_idx" ON "_project_deliverables_v" USING btree ("version_project_manager_id");
  CREATE INDEX "_project_deliverables_v_version_version_team_idx" ON "_project_deliverables_v" USING btree ("version_team_id");
  CREATE INDEX "_project_deliverables_v_version_version_status_idx" ON "_project_deliverables_v" USING btree ("version_status");
  CREATE INDEX "_project_deliverables_v_version_version_status_category_idx" ON "_project_deliverables_v" USING btree ("version_status_category");
  CREATE INDEX "_project_deliverables_v_version_version_created_by_idx" ON "_project_deliverables_v" USING btree ("version_created_by_id");
  CREATE INDEX "_project_deliverables_v_version_version_updated_by_idx" ON "_project_deliverables_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_project_deliverables_v_version_version_updated_at_idx" ON "_project_deliverables_v" USING btree ("version_updated_at");
  CREATE INDEX "_project_deliverables_v_version_version_created_at_idx" ON "_project_deliverables_v" USING btree ("version_created_at");
  CREATE INDEX "_project_deliverables_v_created_at_idx" ON "_project_deliverables_v" USING btree ("created_at");
  CREATE INDEX "_project_deliverables_v_updated_at_idx" ON "_project_deliverables_v" USING btree ("updated_at");
  CREATE INDEX "version_project_version_dueDate_idx" ON "_project_deliverables_v" USING btree ("version_project_id","version_due_date");
  ALTER TABLE "todos_rels" ADD CONSTRAINT "todos_rels_project_deliverables_fk" FOREIGN KEY ("project_deliverables_id") REFERENCES "public"."project_deliverables"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_todos_v_rels" ADD CONSTRAINT "_todos_v_rels_project_deliverables_fk" FOREIGN KEY ("project_deliverables_id") REFERENCES "public"."project_deliverables"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_project_deliverables_fk" FOREIGN KEY ("project_deliverables_id") REFERENCES "public"."project_deliverables"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "todos_rels_project_deliverables_id_idx" ON "todos_rels" USING btree ("project_deliverables_id");
  CREATE INDEX "_todos_v_rels_project_deliverables_id_idx" ON "_todos_v_rels" USING btree ("project_deliverables_id");
  CREATE INDEX "payload_locked_documents_rels_project_deliverables_id_idx" ON "payload_locked_documents_rels" USING btree ("project_deliverables_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "project_deliverables" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_project_deliverables_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "project_deliverables" CASCADE;
  DROP TABLE "_project_deliverables_v" CASCADE;
  ALTER TABLE "todos_rels" DROP CONSTRAINT "todos_rels_project_deliverables_fk";
  
  ALTER TABLE "_todos_v_rels" DROP CONSTRAINT "_todos_v_rels_project_deliverables_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_project_deliverables_fk";
  
  ALTER TABLE "workflows" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflows_collection";
  CREATE TYPE "public"."enum_workflows_collection" AS ENUM('prospects', 'campaigns', 'marketing-actions', 'todos', 'offers', 'offer-sections', 'tickets', 'ticket-actions', 'contracts', 'contract-activities', 'contract-amendments', 'projects', 'project-activities');
  ALTER TABLE "workflows" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_workflows_collection" USING "collection"::"public"."enum_workflows_collection";
  ALTER TABLE "_workflows_v" ALTER COLUMN "version_collection" SET DATA TYPE text;
  DROP TYPE "public"."enum__workflows_v_version_collection";
  CREATE TYPE "public"."enum__workflows_v_version_collection" AS ENUM('prospects', 'campaigns', 'marketing-actions', 'todos', 'offers', 'offer-sections', 'tickets', 'ticket-actions', 'contracts', 'contract-activities', 'contract-amendments', 'projects', 'project-activities');
  ALTER TABLE "_workflows_v" ALTER COLUMN "version_collection" SET DATA TYPE "public"."enum__workflows_v_version_collection" USING "version_collection"::"public"."enum__workflows_v_version_collection";
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'custom-fields', 'workflows', 'workflow-events', 'counters', 'clients', 'contacts', 'prospects', 'opportunities', 'campaigns', 'marketing-actions', 'todos', 'products', 'offer-templates', 'offers', 'offer-sections', 'ticket-types', 'tickets', 'ticket-actions', 'contracts', 'contract-activities', 'contract-amendments', 'project-templates', 'projects', 'project-activities', 'time-entries', 'roles');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum__roles_v_version_permissions_collection";
  CREATE TYPE "public"."enum__roles_v_version_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'custom-fields', 'workflows', 'workflow-events', 'counters', 'clients', 'contacts', 'prospects', 'opportunities', 'campaigns', 'marketing-actions', 'todos', 'products', 'offer-templates', 'offers', 'offer-sections', 'ticket-types', 'tickets', 'ticket-actions', 'contracts', 'contract-activities', 'contract-amendments', 'project-templates', 'projects', 'project-activities', 'time-entries', 'roles');
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum__roles_v_version_permissions_collection" USING "collection"::"public"."enum__roles_v_version_permissions_collection";
  DROP INDEX "todos_rels_project_deliverables_id_idx";
  DROP INDEX "_todos_v_rels_project_deliverables_id_idx";
  DROP INDEX "payload_locked_documents_rels_project_deliverables_id_idx";
  ALTER TABLE "project_activities_predecessors" ALTER COLUMN "activity_id" SET NOT NULL;
  ALTER TABLE "_project_activities_v_version_predecessors" ALTER COLUMN "activity_id" SET NOT NULL;
  ALTER TABLE "todos_rels" DROP COLUMN "project_deliverables_id";
  ALTER TABLE "_todos_v_rels" DROP COLUMN "project_deliverables_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "project_deliverables_id";
  DROP TYPE "public"."enum_project_deliverables_status_category";
  DROP TYPE "public"."enum__project_deliverables_v_version_status_category";`)
}
