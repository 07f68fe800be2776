import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_contracts_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum__contracts_v_version_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum_contract_activities_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum__contract_activities_v_version_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum_contract_amendments_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum__contract_amendments_v_version_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  ALTER TYPE "public"."enum_workflows_collection" ADD VALUE 'contracts';
  ALTER TYPE "public"."enum_workflows_collection" ADD VALUE 'contract-activities';
  ALTER TYPE "public"."enum_workflows_collection" ADD VALUE 'contract-amendments';
  ALTER TYPE "public"."enum__workflows_v_version_collection" ADD VALUE 'contracts';
  ALTER TYPE "public"."enum__workflows_v_version_collection" ADD VALUE 'contract-activities';
  ALTER TYPE "public"."enum__workflows_v_version_collection" ADD VALUE 'contract-amendments';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'contracts' BEFORE 'roles';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'contract-activities' BEFORE 'roles';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'contract-amendments' BEFORE 'roles';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'contracts' BEFORE 'roles';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'contract-activities' BEFORE 'roles';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'contract-amendments' BEFORE 'roles';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'renewContracts';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'renewContracts';
  CREATE TABLE "contracts_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"product_id" integer,
  	"description" varchar,
  	"quantity" numeric DEFAULT 1 NOT NULL,
  	"unit_id" integer,
  	"unit_price" numeric,
  	"discount_percent" numeric,
  	"vat_rate_id" integer,
  	"vat_percent" numeric,
  	"discount" numeric,
  	"net" numeric,
  	"vat" numeric,
  	"gross" numeric
  );
  
  CREATE TABLE "contracts_our_people" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"role_id" integer
  );
  
  CREATE TABLE "contracts_client_people" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"contact_id" integer NOT NULL,
  	"role_id" integer
  );
  
  CREATE TABLE "contracts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"title" varchar NOT NULL,
  	"contract_type_id" integer,
  	"client_id" integer NOT NULL,
  	"offer_id" integer,
  	"start_date" timestamp(3) with time zone,
  	"duration_months" numeric,
  	"end_date" timestamp(3) with time zone,
  	"auto_renew" boolean,
  	"notice_days" numeric DEFAULT 30,
  	"renewal_decision_date" timestamp(3) with time zone,
  	"currency_id" integer,
  	"payment_terms" varchar,
  	"description" jsonb,
  	"totals_net" numeric,
  	"totals_discount" numeric,
  	"totals_vat" numeric,
  	"totals_gross" numeric,
  	"owner_id" integer NOT NULL,
  	"team_id" integer,
  	"signed_at" timestamp(3) with time zone,
  	"activated_at" timestamp(3) with time zone,
  	"renewals" numeric DEFAULT 0,
  	"renewal_notice_for" timestamp(3) with time zone,
  	"termination_reason" varchar,
  	"status" varchar,
  	"status_category" "enum_contracts_status_category",
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"custom_fields" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contracts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"contacts_id" integer,
  	"contract_documents_id" integer
  );
  
  CREATE TABLE "_contracts_v_version_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"product_id" integer,
  	"description" varchar,
  	"quantity" numeric DEFAULT 1 NOT NULL,
  	"unit_id" integer,
  	"unit_price" numeric,
  	"discount_percent" numeric,
  	"vat_rate_id" integer,
  	"vat_percent" numeric,
  	"discount" numeric,
  	"net" numeric,
  	"vat" numeric,
  	"gross" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_contracts_v_version_our_people" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"role_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_contracts_v_version_client_people" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"contact_id" integer NOT NULL,
  	"role_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_contracts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" varchar,
  	"version_title" varchar NOT NULL,
  	"version_contract_type_id" integer,
  	"version_client_id" integer NOT NULL,
  	"version_offer_id" integer,
  	"version_start_date" timestamp(3) with time zone,
  	"version_duration_months" numeric,
  	"version_end_date" timestamp(3) with time zone,
  	"version_auto_renew" boolean,
  	"version_notice_days" numeric DEFAULT 30,
  	"version_renewal_decision_date" timestamp(3) with time zone,
  	"version_currency_id" integer,
  	"version_payment_terms" varchar,
  	"version_description" jsonb,
  	"version_totals_net" numeric,
  	"version_totals_discount" numeric,
  	"version_totals_vat" numeric,
  	"version_totals_gross" numeric,
  	"version_owner_id" integer NOT NULL,
  	"version_team_id" integer,
  	"version_signed_at" timestamp(3) with time zone,
  	"version_activated_at" timestamp(3) with time zone,
  	"version_renewals" numeric DEFAULT 0,
  	"version_renewal_notice_for" timestamp(3) with time zone,
  	"version_termination_reason" varchar,
  	"version_status" varchar,
  	"version_status_category" "enum__contracts_v_version_status_category",
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_custom_fields" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_contracts_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"contacts_id" integer,
  	"contract_documents_id" integer
  );
  
  CREATE TABLE "contract_activities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contract_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"type_id" integer,
  	"description" varchar,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"amount" numeric,
  	"done_at" timestamp(3) with time zone,
  	"responsible_id" integer NOT NULL,
  	"contract_owner_id" integer,
  	"team_id" integer,
  	"status" varchar,
  	"status_category" "enum_contract_activities_status_category",
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_contract_activities_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_contract_id" integer NOT NULL,
  	"version_title" varchar NOT NULL,
  	"version_type_id" integer,
  	"version_description" varchar,
  	"version_due_date" timestamp(3) with time zone NOT NULL,
  	"version_amount" numeric,
  	"version_done_at" timestamp(3) with time zone,
  	"version_responsible_id" integer NOT NULL,
  	"version_contract_owner_id" integer,
  	"version_team_id" integer,
  	"version_status" varchar,
  	"version_status_category" "enum__contract_activities_v_version_status_category",
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contract_amendments_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"product_id" integer,
  	"description" varchar,
  	"quantity" numeric DEFAULT 1 NOT NULL,
  	"unit_id" integer,
  	"unit_price" numeric,
  	"discount_percent" numeric,
  	"vat_rate_id" integer,
  	"vat_percent" numeric,
  	"discount" numeric,
  	"net" numeric,
  	"vat" numeric,
  	"gross" numeric
  );
  
  CREATE TABLE "contract_amendments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contract_id" integer NOT NULL,
  	"number" varchar,
  	"title" varchar NOT NULL,
  	"reason" varchar,
  	"new_end_date" timestamp(3) with time zone,
  	"changes_lines" boolean,
  	"totals_net" numeric,
  	"totals_discount" numeric,
  	"totals_vat" numeric,
  	"totals_gross" numeric,
  	"previous" jsonb,
  	"applied_at" timestamp(3) with time zone,
  	"contract_owner_id" integer,
  	"team_id" integer,
  	"status" varchar,
  	"status_category" "enum_contract_amendments_status_category",
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_contract_amendments_v_version_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"product_id" integer,
  	"description" varchar,
  	"quantity" numeric DEFAULT 1 NOT NULL,
  	"unit_id" integer,
  	"unit_price" numeric,
  	"discount_percent" numeric,
  	"vat_rate_id" integer,
  	"vat_percent" numeric,
  	"discount" numeric,
  	"net" numeric,
  	"vat" numeric,
  	"gross" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_contract_amendments_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_contract_id" integer NOT NULL,
  	"version_number" varchar,
  	"version_title" varchar NOT NULL,
  	"version_reason" varchar,
  	"version_new_end_date" timestamp(3) with time zone,
  	"version_changes_lines" boolean,
  	"version_totals_net" numeric,
  	"version_totals_discount" numeric,
  	"version_totals_vat" numeric,
  	"version_totals_gross" numeric,
  	"version_previous" jsonb,
  	"version_applied_at" timestamp(3) with time zone,
  	"version_contract_owner_id" integer,
  	"version_team_id" integer,
  	"version_status" varchar,
  	"version_status_category" "enum__contract_amendments_v_version_status_category",
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contract_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contract_id" integer,
  	"description" varchar,
  	"kind_id" integer,
  	"supersedes_id" integer,
  	"version" numeric DEFAULT 1,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "_contract_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_contract_id" integer,
  	"version_description" varchar,
  	"version_kind_id" integer,
  	"version_supersedes_id" integer,
  	"version_version" numeric DEFAULT 1,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_url" varchar,
  	"version_thumbnail_u_r_l" varchar,
  	"version_filename" varchar,
  	"version_mime_type" varchar,
  	"version_filesize" numeric,
  	"version_width" numeric,
  	"version_height" numeric,
  	"version_focal_x" numeric,
  	"version_focal_y" numeric,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "nomenclators" ALTER COLUMN "list" SET DATA TYPE text;
  DROP TYPE "public"."enum_nomenclators_list";
  CREATE TYPE "public"."enum_nomenclators_list" AS ENUM('currencies', 'vat-rates', 'units', 'document-types', 'industries', 'client-types', 'lead-sources', 'opportunity-stages', 'campaign-types', 'marketing-action-types', 'lost-reasons', 'activity-types', 'ticket-categories', 'ticket-priorities', 'ticket-action-types', 'contract-types', 'contract-roles');
  ALTER TABLE "nomenclators" ALTER COLUMN "list" SET DATA TYPE "public"."enum_nomenclators_list" USING "list"::"public"."enum_nomenclators_list";
  ALTER TABLE "_nomenclators_v" ALTER COLUMN "version_list" SET DATA TYPE text;
  DROP TYPE "public"."enum__nomenclators_v_version_list";
  CREATE TYPE "public"."enum__nomenclators_v_version_list" AS ENUM('currencies', 'vat-rates', 'units', 'document-types', 'industries', 'client-types', 'lead-sources', 'opportunity-stages', 'campaign-types', 'marketing-action-types', 'lost-reasons', 'activity-types', 'ticket-categories', 'ticket-priorities', 'ticket-action-types', 'contract-types', 'contract-roles');
  ALTER TABLE "_nomenclators_v" ALTER COLUMN "version_list" SET DATA TYPE "public"."enum__nomenclators_v_version_list" USING "version_list"::"public"."enum__nomenclators_v_version_list";
  ALTER TABLE "todos_rels" ADD COLUMN "contracts_id" integer;
  ALTER TABLE "todos_rels" ADD COLUMN "contract_activities_id" integer;
  ALTER TABLE "todos_rels" ADD COLUMN "contract_amendments_id" integer;
  ALTER TABLE "_todos_v_rels" ADD COLUMN "contracts_id" integer;
  ALTER TABLE "_todos_v_rels" ADD COLUMN "contract_activities_id" integer;
  ALTER TABLE "_todos_v_rels" ADD COLUMN "contract_amendments_id" integer;
  ALTER TABLE "tickets_rels" ADD COLUMN "contracts_id" integer;
  ALTER TABLE "tickets_rels" ADD COLUMN "contract_activities_id" integer;
  ALTER TABLE "_tickets_v_rels" ADD COLUMN "contracts_id" integer;
  ALTER TABLE "_tickets_v_rels" ADD COLUMN "contract_activities_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contracts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contract_activities_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contract_amendments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contract_documents_id" integer;
  ALTER TABLE "settings" ADD COLUMN "commercial_contract_approval_max_gross" numeric;
  ALTER TABLE "_settings_v" ADD COLUMN "version_commercial_contract_approval_max_gross" numeric;
  ALTER TABLE "contracts_lines" ADD CONSTRAINT "contracts_lines_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts_lines" ADD CONSTRAINT "contracts_lines_unit_id_nomenclators_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts_lines" ADD CONSTRAINT "contracts_lines_vat_rate_id_nomenclators_id_fk" FOREIGN KEY ("vat_rate_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts_lines" ADD CONSTRAINT "contracts_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contracts_our_people" ADD CONSTRAINT "contracts_our_people_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts_our_people" ADD CONSTRAINT "contracts_our_people_role_id_nomenclators_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts_our_people" ADD CONSTRAINT "contracts_our_people_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contracts_client_people" ADD CONSTRAINT "contracts_client_people_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts_client_people" ADD CONSTRAINT "contracts_client_people_role_id_nomenclators_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts_client_people" ADD CONSTRAINT "contracts_client_people_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_contract_type_id_nomenclators_id_fk" FOREIGN KEY ("contract_type_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_currency_id_nomenclators_id_fk" FOREIGN KEY ("currency_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts_rels" ADD CONSTRAINT "contracts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contracts_rels" ADD CONSTRAINT "contracts_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contracts_rels" ADD CONSTRAINT "contracts_rels_contract_documents_fk" FOREIGN KEY ("contract_documents_id") REFERENCES "public"."contract_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contracts_v_version_lines" ADD CONSTRAINT "_contracts_v_version_lines_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contracts_v_version_lines" ADD CONSTRAINT "_contracts_v_version_lines_unit_id_nomenclators_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contracts_v_version_lines" ADD CONSTRAINT "_contracts_v_version_lines_vat_rate_id_nomenclators_id_fk" FOREIGN KEY ("vat_rate_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contracts_v_version_lines" ADD CONSTRAINT "_contracts_v_version_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contracts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contracts_v_version_our_people" ADD CONSTRAINT "_contracts_v_version_our_people_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contracts_v_version_our_people" ADD CONSTRAINT "_contracts_v_version_our_people_role_id_nomenclators_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contracts_v_version_our_people" ADD CONSTRAINT "_contracts_v_version_our_people_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contracts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contracts_v_version_client_people" ADD CONSTRAINT "_contracts_v_version_client_people_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contracts_v_version_client_people" ADD CONSTRAINT "_contracts_v_version_client_people_role_id_nomenclators_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contracts_v_version_client_people" ADD CONSTRAINT "_contracts_v_version_client_people_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contracts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contracts_v" ADD CONSTRAINT "_contracts_v_parent_id_contracts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contracts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contracts_v" ADD CONSTRAINT "_contracts_v_version_contract_type_id_nomenclators_id_fk" FOREIGN KEY ("version_contract_type_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contracts_v" ADD CONSTRAINT "_contracts_v_version_client_id_clients_id_fk" FOREIGN KEY ("version_client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contracts_v" ADD CONSTRAINT "_contracts_v_version_offer_id_offers_id_fk" FOREIGN KEY ("version_offer_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contracts_v" ADD CONSTRAINT "_contracts_v_version_currency_id_nomenclators_id_fk" FOREIGN KEY ("version_currency_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contracts_v" ADD CONSTRAINT "_contracts_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contracts_v" ADD CONSTRAINT "_contracts_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contracts_v" ADD CONSTRAINT "_contracts_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contracts_v" ADD CONSTRAINT "_contracts_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contracts_v_rels" ADD CONSTRAINT "_contracts_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_contracts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contracts_v_rels" ADD CONSTRAINT "_contracts_v_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contracts_v_rels" ADD CONSTRAINT "_contracts_v_rels_contract_documents_fk" FOREIGN KEY ("contract_documents_id") REFERENCES "public"."contract_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contract_activities" ADD CONSTRAINT "contract_activities_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_activities" ADD CONSTRAINT "contract_activities_type_id_nomenclators_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_activities" ADD CONSTRAINT "contract_activities_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_activities" ADD CONSTRAINT "contract_activities_contract_owner_id_users_id_fk" FOREIGN KEY ("contract_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_activities" ADD CONSTRAINT "contract_activities_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_activities" ADD CONSTRAINT "contract_activities_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_activities" ADD CONSTRAINT "contract_activities_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_activities_v" ADD CONSTRAINT "_contract_activities_v_parent_id_contract_activities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contract_activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_activities_v" ADD CONSTRAINT "_contract_activities_v_version_contract_id_contracts_id_fk" FOREIGN KEY ("version_contract_id") REFERENCES "public"."contracts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_activities_v" ADD CONSTRAINT "_contract_activities_v_version_type_id_nomenclators_id_fk" FOREIGN KEY ("version_type_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_activities_v" ADD CONSTRAINT "_contract_activities_v_version_responsible_id_users_id_fk" FOREIGN KEY ("version_responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_activities_v" ADD CONSTRAINT "_contract_activities_v_version_contract_owner_id_users_id_fk" FOREIGN KEY ("version_contract_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_activities_v" ADD CONSTRAINT "_contract_activities_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_activities_v" ADD CONSTRAINT "_contract_activities_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_activities_v" ADD CONSTRAINT "_contract_activities_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_amendments_lines" ADD CONSTRAINT "contract_amendments_lines_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_amendments_lines" ADD CONSTRAINT "contract_amendments_lines_unit_id_nomenclators_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_amendments_lines" ADD CONSTRAINT "contract_amendments_lines_vat_rate_id_nomenclators_id_fk" FOREIGN KEY ("vat_rate_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_amendments_lines" ADD CONSTRAINT "contract_amendments_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contract_amendments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contract_amendments" ADD CONSTRAINT "contract_amendments_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_amendments" ADD CONSTRAINT "contract_amendments_contract_owner_id_users_id_fk" FOREIGN KEY ("contract_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_amendments" ADD CONSTRAINT "contract_amendments_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_amendments" ADD CONSTRAINT "contract_amendments_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_amendments" ADD CONSTRAINT "contract_amendments_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_amendments_v_version_lines" ADD CONSTRAINT "_contract_amendments_v_version_lines_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_amendments_v_version_lines" ADD CONSTRAINT "_contract_amendments_v_version_lines_unit_id_nomenclators_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_amendments_v_version_lines" ADD CONSTRAINT "_contract_amendments_v_version_lines_vat_rate_id_nomenclators_id_fk" FOREIGN KEY ("vat_rate_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_amendments_v_version_lines" ADD CONSTRAINT "_contract_amendments_v_version_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_contract_amendments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contract_amendments_v" ADD CONSTRAINT "_contract_amendments_v_parent_id_contract_amendments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contract_amendments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_amendments_v" ADD CONSTRAINT "_contract_amendments_v_version_contract_id_contracts_id_fk" FOREIGN KEY ("version_contract_id") REFERENCES "public"."contracts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_amendments_v" ADD CONSTRAINT "_contract_amendments_v_version_contract_owner_id_users_id_fk" FOREIGN KEY ("version_contract_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_amendments_v" ADD CONSTRAINT "_contract_amendments_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_amendments_v" ADD CONSTRAINT "_contract_amendments_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_amendments_v" ADD CONSTRAINT "_contract_amendments_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_documents" ADD CONSTRAINT "contract_documents_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_documents" ADD CONSTRAINT "contract_documents_kind_id_nomenclators_id_fk" FOREIGN KEY ("kind_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_documents" ADD CONSTRAINT "contract_documents_supersedes_id_contract_documents_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."contract_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_documents" ADD CONSTRAINT "contract_documents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_documents" ADD CONSTRAINT "contract_documents_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_documents_v" ADD CONSTRAINT "_contract_documents_v_parent_id_contract_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contract_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_documents_v" ADD CONSTRAINT "_contract_documents_v_version_contract_id_contracts_id_fk" FOREIGN KEY ("version_contract_id") REFERENCES "public"."contracts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_documents_v" ADD CONSTRAINT "_contract_documents_v_version_kind_id_nomenclators_id_fk" FOREIGN KEY ("version_kind_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_documents_v" ADD CONSTRAINT "_contract_documents_v_version_supersedes_id_contract_documents_id_fk" FOREIGN KEY ("version_supersedes_id") REFERENCES "public"."contract_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_documents_v" ADD CONSTRAINT "_contract_documents_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contract_documents_v" ADD CONSTRAINT "_contract_documents_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "contracts_lines_order_idx" ON "contracts_lines" USING btree ("_order");
  CREATE INDEX "contracts_lines_parent_id_idx" ON "contracts_lines" USING btree ("_parent_id");
  CREATE INDEX "contracts_lines_product_idx" ON "contracts_lines" USING btree ("product_id");
  CREATE INDEX "contracts_lines_unit_idx" ON "contracts_lines" USING btree ("unit_id");
  CREATE INDEX "contracts_lines_vat_rate_idx" ON "contracts_lines" USING btree ("vat_rate_id");
  CREATE INDEX "contracts_our_people_order_idx" ON "contracts_our_people" USING btree ("_order");
  CREATE INDEX "contracts_our_people_parent_id_idx" ON "contracts_our_people" USING btree ("_parent_id");
  CREATE INDEX "contracts_our_people_user_idx" ON "contracts_our_people" USING btree ("user_id");
  CREATE INDEX "contracts_our_people_role_idx" ON "contracts_our_people" USING btree ("role_id");
  CREATE INDEX "contracts_client_people_order_idx" ON "contracts_client_people" USING btree ("_order");
  CREATE INDEX "contracts_client_people_parent_id_idx" ON "contracts_client_people" USING btree ("_parent_id");
  CREATE INDEX "contracts_client_people_contact_idx" ON "contracts_client_people" USING btree ("contact_id");
  CREATE INDEX "contracts_client_people_role_idx" ON "contracts_client_people" USING btree ("role_id");
  CREATE UNIQUE INDEX "contracts_number_idx" ON "contracts" USING btree ("number");
  CREATE INDEX "contracts_contract_type_idx" ON "contracts" USING btree ("contract_type_id");
  CREATE INDEX "contracts_client_idx" ON "contracts" USING btree ("client_id");
  CREATE INDEX "contracts_offer_idx" ON "contracts" USING btree ("offer_id");
  CREATE INDEX "contracts_start_date_idx" ON "contracts" USING btree ("start_date");
  CREATE INDEX "contracts_end_date_idx" ON "contracts" USING btree ("end_date");
  CREATE INDEX "contracts_renewal_decision_date_idx" ON "contracts" USING btree ("renewal_decision_date");
  CREATE INDEX "contracts_currency_idx" ON "contracts" USING btree ("currency_id");
  CREATE INDEX "contracts_owner_idx" ON "contracts" USING btree ("owner_id");
  CREATE INDEX "contracts_team_idx" ON "contracts" USING btree ("team_id");
  CREATE INDEX "contracts_status_idx" ON "contracts" USING btree ("status");
  CREATE INDEX "contracts_status_category_idx" ON "contracts" USING btree ("status_category");
  CREATE INDEX "contracts_created_by_idx" ON "contracts" USING btree ("created_by_id");
  CREATE INDEX "contracts_updated_by_idx" ON "contracts" USING btree ("updated_by_id");
  CREATE INDEX "contracts_updated_at_idx" ON "contracts" USING btree ("updated_at");
  CREATE INDEX "contracts_created_at_idx" ON "contracts" USING btree ("created_at");
  CREATE INDEX "owner_createdAt_idx" ON "contracts" USING btree ("owner_id","created_at");
  CREATE INDEX "team_createdAt_idx" ON "contracts" USING btree ("team_id","created_at");
  CREATE INDEX "statusCategory_endDate_idx" ON "contracts" USING btree ("status_category","end_date");
  CREATE INDEX "contracts_rels_order_idx" ON "contracts_rels" USING btree ("order");
  CREATE INDEX "contracts_rels_parent_idx" ON "contracts_rels" USING btree ("parent_id");
  CREATE INDEX "contracts_rels_path_idx" ON "contracts_rels" USING btree ("path");
  CREATE INDEX "contracts_rels_contacts_id_idx" ON "contracts_rels" USING btree ("contacts_id");
  CREATE INDEX "contracts_rels_contract_documents_id_idx" ON "contracts_rels" USING btree ("contract_documents_id");
  CREATE INDEX "_contracts_v_version_lines_order_idx" ON "_contracts_v_version_lines" USING btree ("_order");
  CREATE INDEX "_contracts_v_version_lines_parent_id_idx" ON "_contracts_v_version_lines" USING btree ("_parent_id");
  CREATE INDEX "_contracts_v_version_lines_product_idx" ON "_contracts_v_version_lines" USING btree ("product_id");
  CREATE INDEX "_contracts_v_version_lines_unit_idx" ON "_contracts_v_version_lines" USING btree ("unit_id");
  CREATE INDEX "_contracts_v_version_lines_vat_rate_idx" ON "_contracts_v_version_lines" USING btree ("vat_rate_id");
  CREATE INDEX "_contracts_v_version_our_people_order_idx" ON "_contracts_v_version_our_people" USING btree ("_order");
  CREATE INDEX "_contracts_v_version_our_people_parent_id_idx" ON "_contracts_v_version_our_people" USING btree ("_parent_id");
  CREATE INDEX "_contracts_v_version_our_people_user_idx" ON "_contracts_v_version_our_people" USING btree ("user_id");
  CREATE INDEX "_contracts_v_version_our_people_role_idx" ON "_contracts_v_version_our_people" USING btree ("role_id");
  CREATE INDEX "_contracts_v_version_client_people_order_idx" ON "_contracts_v_version_client_people" USING btree ("_order");
  CREATE INDEX "_contracts_v_version_client_people_parent_id_idx" ON "_contracts_v_version_client_people" USING btree ("_parent_id");
  CREATE INDEX "_contracts_v_version_client_people_contact_idx" ON "_contracts_v_version_client_people" USING btree ("contact_id");
  CREATE INDEX "_contracts_v_version_client_people_role_idx" ON "_contracts_v_version_client_people" USING btree ("role_id");
  CREATE INDEX "_contracts_v_parent_idx" ON "_contracts_v" USING btree ("parent_id");
  CREATE INDEX "_contracts_v_version_version_number_idx" ON "_contracts_v" USING btree ("version_number");
  CREATE INDEX "_contracts_v_version_version_contract_type_idx" ON "_contracts_v" USING btree ("version_contract_type_id");
  CREATE INDEX "_contracts_v_version_version_client_idx" ON "_contracts_v" USING btree ("version_client_id");
  CREATE INDEX "_contracts_v_version_version_offer_idx" ON "_contracts_v" USING btree ("version_offer_id");
  CREATE INDEX "_contracts_v_version_version_start_date_idx" ON "_contracts_v" USING btree ("version_start_date");
  CREATE INDEX "_contracts_v_version_version_end_date_idx" ON "_contracts_v" USING btree ("version_end_date");
  CREATE INDEX "_contracts_v_version_version_renewal_decision_date_idx" ON "_contracts_v" USING btree ("version_renewal_decision_date");
  CREATE INDEX "_contracts_v_version_version_currency_idx" ON "_contracts_v" USING btree ("version_currency_id");
  CREATE INDEX "_contracts_v_version_version_owner_idx" ON "_contracts_v" USING btree ("version_owner_id");
  CREATE INDEX "_contracts_v_version_version_team_idx" ON "_contracts_v" USING btree ("version_team_id");
  CREATE INDEX "_contracts_v_version_version_status_idx" ON "_contracts_v" USING btree ("version_status");
  CREATE INDEX "_contracts_v_version_version_status_category_idx" ON "_contracts_v" USING btree ("version_status_category");
  CREATE INDEX "_contracts_v_version_version_created_by_idx" ON "_contracts_v" USING btree ("version_created_by_id");
  CREATE INDEX "_contracts_v_version_version_updated_by_idx" ON "_contracts_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_contracts_v_version_version_updated_at_idx" ON "_contracts_v" USING btree ("version_updated_at");
  CREATE INDEX "_contracts_v_version_version_created_at_idx" ON "_contracts_v" USING btree ("version_created_at");
  CREATE INDEX "_contracts_v_created_at_idx" ON "_contracts_v" USING btree ("created_at");
  CREATE INDEX "_contracts_v_updated_at_idx" ON "_contracts_v" USING btree ("updated_at");
  CREATE INDEX "version_owner_version_createdAt_idx" ON "_contracts_v" USING btree ("version_owner_id","version_created_at");
  CREATE INDEX "version_team_version_createdAt_idx" ON "_contracts_v" USING btree ("version_team_id","version_created_at");
  CREATE INDEX "version_statusCategory_version_endDate_idx" ON "_contracts_v" USING btree ("version_status_category","version_end_date");
  CREATE INDEX "_contracts_v_rels_order_idx" ON "_contracts_v_rels" USING btree ("order");
  CREATE INDEX "_contracts_v_rels_parent_idx" ON "_contracts_v_rels" USING btree ("parent_id");
  CREATE INDEX "_contracts_v_rels_path_idx" ON "_contracts_v_rels" USING btree ("path");
  CREATE INDEX "_contracts_v_rels_contacts_id_idx" ON "_contracts_v_rels" USING btree ("contacts_id");
  CREATE INDEX "_contracts_v_rels_contract_documents_id_idx" ON "_contracts_v_rels" USING btree ("contract_documents_id");
  CREATE INDEX "contract_activities_contract_idx" ON "contract_activities" USING btree ("contract_id");
  CREATE INDEX "contract_activities_type_idx" ON "contract_activities" USING btree ("type_id");
  CREATE INDEX "contract_activities_due_date_idx" ON "contract_activities" USING btree ("due_date");
  CREATE INDEX "contract_activities_responsible_idx" ON "contract_activities" USING btree ("responsible_id");
  CREATE INDEX "contract_activities_contract_owner_idx" ON "contract_activities" USING btree ("contract_owner_id");
  CREATE INDEX "contract_activities_team_idx" ON "contract_activities" USING btree ("team_id");
  CREATE INDEX "contract_activities_status_idx" ON "contract_activities" USING btree ("status");
  CREATE INDEX "contract_activities_status_category_idx" ON "contract_activities" USING btree ("status_category");
  CREATE INDEX "contract_activities_created_by_idx" ON "contract_activities" USING btree ("created_by_id");
  CREATE INDEX "contract_activities_updated_by_idx" ON "contract_activities" USING btree ("updated_by_id");
  CREATE INDEX "contract_activities_updated_at_idx" ON "contract_activities" USING btree ("updated_at");
  CREATE INDEX "contract_activities_created_at_idx" ON "contract_activities" USING btree ("created_at");
  CREATE INDEX "responsible_statusCategory_dueDate_1_idx" ON "contract_activities" USING btree ("responsible_id","status_category","due_date");
  CREATE INDEX "contract_dueDate_idx" ON "contract_activities" USING btree ("contract_id","due_date");
  CREATE INDEX "_contract_activities_v_parent_idx" ON "_contract_activities_v" USING btree ("parent_id");
  CREATE INDEX "_contract_activities_v_version_version_contract_idx" ON "_contract_activities_v" USING btree ("version_contract_id");
  CREATE INDEX "_contract_activities_v_version_version_type_idx" ON "_contract_activities_v" USING btree ("version_type_id");
  CREATE INDEX "_contract_activities_v_version_version_due_date_idx" ON "_contract_activities_v" USING btree ("version_due_date");
  CREATE INDEX "_contract_activities_v_version_version_responsible_idx" ON "_contract_activities_v" USING btree ("version_responsible_id");
  CREATE INDEX "_contract_activities_v_version_version_contract_owner_idx" ON "_contract_activities_v" USING btree ("version_contract_owner_id");
  CREATE INDEX "_contract_activities_v_version_version_team_idx" ON "_contract_activities_v" USING btree ("version_team_id");
  CREATE INDEX "_contract_activities_v_version_version_status_idx" ON "_contract_activities_v" USING btree ("version_status");
  CREATE INDEX "_contract_activities_v_version_version_status_category_idx" ON "_contract_activities_v" USING btree ("version_status_category");
  CREATE INDEX "_contract_activities_v_version_version_created_by_idx" ON "_contract_activities_v" USING btree ("version_created_by_id");
  CREATE INDEX "_contract_activities_v_version_version_updated_by_idx" ON "_contract_activities_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_contract_activities_v_version_version_updated_at_idx" ON "_contract_activities_v" USING btree ("version_updated_at");
  CREATE INDEX "_contract_activities_v_version_version_created_at_idx" ON "_contract_activities_v" USING btree ("version_created_at");
  CREATE INDEX "_contract_activities_v_created_at_idx" ON "_contract_activities_v" USING btree ("created_at");
  CREATE INDEX "_contract_activities_v_updated_at_idx" ON "_contract_activities_v" USING btree ("updated_at");
  CREATE INDEX "version_responsible_version_statusCategory_version_due_1_idx" ON "_contract_activities_v" USING btree ("version_responsible_id","version_status_category","version_due_date");
  CREATE INDEX "version_contract_version_dueDate_idx" ON "_contract_activities_v" USING btree ("version_contract_id","version_due_date");
  CREATE INDEX "contract_amendments_lines_order_idx" ON "contract_amendments_lines" USING btree ("_order");
  CREATE INDEX "contract_amendments_lines_parent_id_idx" ON "contract_amendments_lines" USING btree ("_parent_id");
  CREATE INDEX "contract_amendments_lines_product_idx" ON "contract_amendments_lines" USING btree ("product_id");
  CREATE INDEX "contract_amendments_lines_unit_idx" ON "contract_amendments_lines" USING btree ("unit_id");
  CREATE INDEX "contract_amendments_lines_vat_rate_idx" ON "contract_amendments_lines" USING btree ("vat_rate_id");
  CREATE INDEX "contract_amendments_contract_idx" ON "contract_amendments" USING btree ("contract_id");
  CREATE UNIQUE INDEX "contract_amendments_number_idx" ON "contract_amendments" USING btree ("number");
  CREATE INDEX "contract_amendments_contract_owner_idx" ON "contract_amendments" USING btree ("contract_owner_id");
  CREATE INDEX "contract_amendments_team_idx" ON "contract_amendments" USING btree ("team_id");
  CREATE INDEX "contract_amendments_status_idx" ON "contract_amendments" USING btree ("status");
  CREATE INDEX "contract_amendments_status_category_idx" ON "contract_amendments" USING btree ("status_category");
  CREATE INDEX "contract_amendments_created_by_idx" ON "contract_amendments" USING btree ("created_by_id");
  CREATE INDEX "contract_amendments_updated_by_idx" ON "contract_amendments" USING btree ("updated_by_id");
  CREATE INDEX "contract_amendments_updated_at_idx" ON "contract_amendments" USING btree ("updated_at");
  CREATE INDEX "contract_amendments_created_at_idx" ON "contract_amendments" USING btree ("created_at");
  CREATE INDEX "_contract_amendments_v_version_lines_order_idx" ON "_contract_amendments_v_version_lines" USING btree ("_order");
  CREATE INDEX "_contract_amendments_v_version_lines_parent_id_idx" ON "_contract_amendments_v_version_lines" USING btree ("_parent_id");
  CREATE INDEX "_contract_amendments_v_version_lines_product_idx" ON "_contract_amendments_v_version_lines" USING btree ("product_id");
  CREATE INDEX "_contract_amendments_v_version_lines_unit_idx" ON "_contract_amendments_v_version_lines" USING btree ("unit_id");
  CREATE INDEX "_contract_amendments_v_version_lines_vat_rate_idx" ON "_contract_amendments_v_version_lines" USING btree ("vat_rate_id");
  CREATE INDEX "_contract_amendments_v_parent_idx" ON "_contract_amendments_v" USING btree ("parent_id");
  CREATE INDEX "_contract_amendments_v_version_version_contract_idx" ON "_contract_amendments_v" USING btree ("version_contract_id");
  CREATE INDEX "_contract_amendments_v_version_version_number_idx" ON "_contract_amendments_v" USING btree ("version_number");
  CREATE INDEX "_contract_amendments_v_version_version_contract_owner_idx" ON "_contract_amendments_v" USING btree ("version_contract_owner_id");
  CREATE INDEX "_contract_amendments_v_version_version_team_idx" ON "_contract_amendments_v" USING btree ("version_team_id");
  CREATE INDEX "_contract_amendments_v_version_version_status_idx" ON "_contract_amendments_v" USING btree ("version_status");
  CREATE INDEX "_contract_amendments_v_version_version_status_category_idx" ON "_contract_amendments_v" USING btree ("version_status_category");
  CREATE INDEX "_contract_amendments_v_version_version_created_by_idx" ON "_contract_amendments_v" USING btree ("version_created_by_id");
  CREATE INDEX "_contract_amendments_v_version_version_updated_by_idx" ON "_contract_amendments_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_contract_amendments_v_version_version_updated_at_idx" ON "_contract_amendments_v" USING btree ("version_updated_at");
  CREATE INDEX "_contract_amendments_v_version_version_created_at_idx" ON "_contract_amendments_v" USING btree ("version_created_at");
  CREATE INDEX "_contract_amendments_v_created_at_idx" ON "_contract_amendments_v" USING btree ("created_at");
  CREATE INDEX "_contract_amendments_v_updated_at_idx" ON "_contract_amendments_v" USING btree ("updated_at");
  CREATE INDEX "contract_documents_contract_idx" ON "contract_documents" USING btree ("contract_id");
  CREATE INDEX "contract_documents_kind_idx" ON "contract_documents" USING btree ("kind_id");
  CREATE INDEX "contract_documents_supersedes_idx" ON "contract_documents" USING btree ("supersedes_id");
  CREATE INDEX "contract_documents_created_by_idx" ON "contract_documents" USING btree ("created_by_id");
  CREATE INDEX "contract_documents_updated_by_idx" ON "contract_documents" USING btree ("updated_by_id");
  CREATE INDEX "contract_documents_updated_at_idx" ON "contract_documents" USING btree ("updated_at");
  CREATE INDEX "contract_documents_created_at_idx" ON "contract_documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "contract_documents_filename_idx" ON "contract_documents" USING btree ("filename");
  CREATE INDEX "_contract_documents_v_parent_idx" ON "_contract_documents_v" USING btree ("parent_id");
  CREATE INDEX "_contract_documents_v_version_version_contract_idx" ON "_contract_documents_v" USING btree ("version_contract_id");
  CREATE INDEX "_contract_documents_v_version_version_kind_idx" ON "_contract_documents_v" USING btree ("version_kind_id");
  CREATE INDEX "_contract_documents_v_version_version_supersedes_idx" ON "_contract_documents_v" USING btree ("version_supersedes_id");
  CREATE INDEX "_contract_documents_v_version_version_created_by_idx" ON "_contract_documents_v" USING btree ("version_created_by_id");
  CREATE INDEX "_contract_documents_v_version_version_updated_by_idx" ON "_contract_documents_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_contract_documents_v_version_version_updated_at_idx" ON "_contract_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_contract_documents_v_version_version_created_at_idx" ON "_contract_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_contract_documents_v_version_version_filename_idx" ON "_contract_documents_v" USING btree ("version_filename");
  CREATE INDEX "_contract_documents_v_created_at_idx" ON "_contract_documents_v" USING btree ("created_at");
  CREATE INDEX "_contract_documents_v_updated_at_idx" ON "_contract_documents_v" USING btree ("updated_at");
  ALTER TABLE "todos_rels" ADD CONSTRAINT "todos_rels_contracts_fk" FOREIGN KEY ("contracts_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "todos_rels" ADD CONSTRAINT "todos_rels_contract_activities_fk" FOREIGN KEY ("contract_activities_id") REFERENCES "public"."contract_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "todos_rels" ADD CONSTRAINT "todos_rels_contract_amendments_fk" FOREIGN KEY ("contract_amendments_id") REFERENCES "public"."contract_amendments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_todos_v_rels" ADD CONSTRAINT "_todos_v_rels_contracts_fk" FOREIGN KEY ("contracts_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_todos_v_rels" ADD CONSTRAINT "_todos_v_rels_contract_activities_fk" FOREIGN KEY ("contract_activities_id") REFERENCES "public"."contract_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_todos_v_rels" ADD CONSTRAINT "_todos_v_rels_contract_amendments_fk" FOREIGN KEY ("contract_amendments_id") REFERENCES "public"."contract_amendments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tickets_rels" ADD CONSTRAINT "tickets_rels_contracts_fk" FOREIGN KEY ("contracts_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tickets_rels" ADD CONSTRAINT "tickets_rels_contract_activities_fk" FOREIGN KEY ("contract_activities_id") REFERENCES "public"."contract_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tickets_v_rels" ADD CONSTRAINT "_tickets_v_rels_contracts_fk" FOREIGN KEY ("contracts_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tickets_v_rels" ADD CONSTRAINT "_tickets_v_rels_contract_activities_fk" FOREIGN KEY ("contract_activities_id") REFERENCES "public"."contract_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contracts_fk" FOREIGN KEY ("contracts_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contract_activities_fk" FOREIGN KEY ("contract_activities_id") REFERENCES "public"."contract_activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contract_amendments_fk" FOREIGN KEY ("contract_amendments_id") REFERENCES "public"."contract_amendments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contract_documents_fk" FOREIGN KEY ("contract_documents_id") REFERENCES "public"."contract_documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "todos_rels_contracts_id_idx" ON "todos_rels" USING btree ("contracts_id");
  CREATE INDEX "todos_rels_contract_activities_id_idx" ON "todos_rels" USING btree ("contract_activities_id");
  CREATE INDEX "todos_rels_contract_amendments_id_idx" ON "todos_rels" USING btree ("contract_amendments_id");
  CREATE INDEX "_todos_v_rels_contracts_id_idx" ON "_todos_v_rels" USING btree ("contracts_id");
  CREATE INDEX "_todos_v_rels_contract_activities_id_idx" ON "_todos_v_rels" USING btree ("contract_activities_id");
  CREATE INDEX "_todos_v_rels_contract_amendments_id_idx" ON "_todos_v_rels" USING btree ("contract_amendments_id");
  CREATE INDEX "tickets_rels_contracts_id_idx" ON "tickets_rels" USING btree ("contracts_id");
  CREATE INDEX "tickets_rels_contract_activities_id_idx" ON "tickets_rels" USING btree ("contract_activities_id");
  CREATE INDEX "_tickets_v_rels_contracts_id_idx" ON "_tickets_v_rels" USING btree ("contracts_id");
  CREATE INDEX "_tickets_v_rels_contract_activities_id_idx" ON "_tickets_v_rels" USING btree ("contract_activities_id");
  CREATE INDEX "payload_locked_documents_rels_contracts_id_idx" ON "payload_locked_documents_rels" USING btree ("contracts_id");
  CREATE INDEX "payload_locked_documents_rels_contract_activities_id_idx" ON "payload_locked_documents_rels" USING btree ("contract_activities_id");
  CREATE INDEX "payload_locked_documents_rels_contract_amendments_id_idx" ON "payload_locked_documents_rels" USING btree ("contract_amendments_id");
  CREATE INDEX "payload_locked_documents_rels_contract_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("contract_documents_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contracts_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contracts_our_people" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contracts_client_people" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contracts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contracts_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contracts_v_version_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contracts_v_version_our_people" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contracts_v_version_client_people" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contracts_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contracts_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contract_activities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contract_activities_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contract_amendments_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contract_amendments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contract_amendments_v_version_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contract_amendments_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contract_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contract_documents_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "contracts_lines" CASCADE;
  DROP TABLE "contracts_our_people" CASCADE;
  DROP TABLE "contracts_client_people" CASCADE;
  DROP TABLE "contracts" CASCADE;
  DROP TABLE "contracts_rels" CASCADE;
  DROP TABLE "_contracts_v_version_lines" CASCADE;
  DROP TABLE "_contracts_v_version_our_people" CASCADE;
  DROP TABLE "_contracts_v_version_client_people" CASCADE;
  DROP TABLE "_contracts_v" CASCADE;
  DROP TABLE "_contracts_v_rels" CASCADE;
  DROP TABLE "contract_activities" CASCADE;
  DROP TABLE "_contract_activities_v" CASCADE;
  DROP TABLE "contract_amendments_lines" CASCADE;
  DROP TABLE "contract_amendments" CASCADE;
  DROP TABLE "_contract_amendments_v_version_lines" CASCADE;
  DROP TABLE "_contract_amendments_v" CASCADE;
  DROP TABLE "contract_documents" CASCADE;
  DROP TABLE "_contract_documents_v" CASCADE;
  ALTER TABLE "todos_rels" DROP CONSTRAINT "todos_rels_contracts_fk";
  
  ALTER TABLE "todos_rels" DROP CONSTRAINT "todos_rels_contract_activities_fk";
  
  ALTER TABLE "todos_rels" DROP CONSTRAINT "todos_rels_contract_amendments_fk";
  
  ALTER TABLE "_todos_v_rels" DROP CONSTRAINT "_todos_v_rels_contracts_fk";
  
  ALTER TABLE "_todos_v_rels" DROP CONSTRAINT "_todos_v_rels_contract_activities_fk";
  
  ALTER TABLE "_todos_v_rels" DROP CONSTRAINT "_todos_v_rels_contract_amendments_fk";
  
  ALTER TABLE "tickets_rels" DROP CONSTRAINT "tickets_rels_contracts_fk";
  
  ALTER TABLE "tickets_rels" DROP CONSTRAINT "tickets_rels_contract_activities_fk";
  
  ALTER TABLE "_tickets_v_rels" DROP CONSTRAINT "_tickets_v_rels_contracts_fk";
  
  ALTER TABLE "_tickets_v_rels" DROP CONSTRAINT "_tickets_v_rels_contract_activities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contracts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contract_activities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contract_amendments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contract_documents_fk";
  
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
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum__roles_v_version_permissions_collection" USING "collection"::"public"."enum__roles_v_version_permissions_collection";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendNotificationEmail', 'expireOffers', 'flagOverdueTickets');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendNotificationEmail', 'expireOffers', 'flagOverdueTickets');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "todos_rels_contracts_id_idx";
  DROP INDEX "todos_rels_contract_activities_id_idx";
  DROP INDEX "todos_rels_contract_amendments_id_idx";
  DROP INDEX "_todos_v_rels_contracts_id_idx";
  DROP INDEX "_todos_v_rels_contract_activities_id_idx";
  DROP INDEX "_todos_v_rels_contract_amendments_id_idx";
  DROP INDEX "tickets_rels_contracts_id_idx";
  DROP INDEX "tickets_rels_contract_activities_id_idx";
  DROP INDEX "_tickets_v_rels_contracts_id_idx";
  DROP INDEX "_tickets_v_rels_contract_activities_id_idx";
  DROP INDEX "payload_locked_documents_rels_contracts_id_idx";
  DROP INDEX "payload_locked_documents_rels_contract_activities_id_idx";
  DROP INDEX "payload_locked_documents_rels_contract_amendments_id_idx";
  DROP INDEX "payload_locked_documents_rels_contract_documents_id_idx";
  ALTER TABLE "todos_rels" DROP COLUMN "contracts_id";
  ALTER TABLE "todos_rels" DROP COLUMN "contract_activities_id";
  ALTER TABLE "todos_rels" DROP COLUMN "contract_amendments_id";
  ALTER TABLE "_todos_v_rels" DROP COLUMN "contracts_id";
  ALTER TABLE "_todos_v_rels" DROP COLUMN "contract_activities_id";
  ALTER TABLE "_todos_v_rels" DROP COLUMN "contract_amendments_id";
  ALTER TABLE "tickets_rels" DROP COLUMN "contracts_id";
  ALTER TABLE "tickets_rels" DROP COLUMN "contract_activities_id";
  ALTER TABLE "_tickets_v_rels" DROP COLUMN "contracts_id";
  ALTER TABLE "_tickets_v_rels" DROP COLUMN "contract_activities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contracts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contract_activities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contract_amendments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contract_documents_id";
  ALTER TABLE "settings" DROP COLUMN "commercial_contract_approval_max_gross";
  ALTER TABLE "_settings_v" DROP COLUMN "version_commercial_contract_approval_max_gross";
  DROP TYPE "public"."enum_contracts_status_category";
  DROP TYPE "public"."enum__contracts_v_version_status_category";
  DROP TYPE "public"."enum_contract_activities_status_category";
  DROP TYPE "public"."enum__contract_activities_v_version_status_category";
  DROP TYPE "public"."enum_contract_amendments_status_category";
  DROP TYPE "public"."enum__contract_amendments_v_version_status_category";`)
}
