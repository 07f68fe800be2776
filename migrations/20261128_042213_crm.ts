import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_clients_legal_form" AS ENUM('srl', 'sa', 'pfa', 'ii', 'ngo', 'public', 'other');
  CREATE TYPE "public"."enum_clients_type" AS ENUM('prospect', 'client', 'partner', 'former');
  CREATE TYPE "public"."enum_clients_status" AS ENUM('active', 'inactive');
  CREATE TYPE "public"."enum__clients_v_version_legal_form" AS ENUM('srl', 'sa', 'pfa', 'ii', 'ngo', 'public', 'other');
  CREATE TYPE "public"."enum__clients_v_version_type" AS ENUM('prospect', 'client', 'partner', 'former');
  CREATE TYPE "public"."enum__clients_v_version_status" AS ENUM('active', 'inactive');
  CREATE TYPE "public"."enum_prospects_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum__prospects_v_version_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum_opportunities_outcome" AS ENUM('open', 'won', 'lost');
  CREATE TYPE "public"."enum__opportunities_v_version_outcome" AS ENUM('open', 'won', 'lost');
  CREATE TYPE "public"."enum_campaigns_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum__campaigns_v_version_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum_marketing_actions_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  CREATE TYPE "public"."enum__marketing_actions_v_version_status_category" AS ENUM('open', 'active', 'waiting', 'done', 'cancelled');
  ALTER TYPE "public"."enum_workflows_collection" ADD VALUE 'prospects' BEFORE 'todos';
  ALTER TYPE "public"."enum_workflows_collection" ADD VALUE 'campaigns' BEFORE 'todos';
  ALTER TYPE "public"."enum_workflows_collection" ADD VALUE 'marketing-actions' BEFORE 'todos';
  ALTER TYPE "public"."enum__workflows_v_version_collection" ADD VALUE 'prospects' BEFORE 'todos';
  ALTER TYPE "public"."enum__workflows_v_version_collection" ADD VALUE 'campaigns' BEFORE 'todos';
  ALTER TYPE "public"."enum__workflows_v_version_collection" ADD VALUE 'marketing-actions' BEFORE 'todos';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'clients' BEFORE 'todos';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'contacts' BEFORE 'todos';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'prospects' BEFORE 'todos';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'opportunities' BEFORE 'todos';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'campaigns' BEFORE 'todos';
  ALTER TYPE "public"."enum_roles_permissions_collection" ADD VALUE 'marketing-actions' BEFORE 'todos';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'clients' BEFORE 'todos';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'contacts' BEFORE 'todos';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'prospects' BEFORE 'todos';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'opportunities' BEFORE 'todos';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'campaigns' BEFORE 'todos';
  ALTER TYPE "public"."enum__roles_v_version_permissions_collection" ADD VALUE 'marketing-actions' BEFORE 'todos';
  CREATE TABLE "clients" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"legal_form" "enum_clients_legal_form",
  	"fiscal_code" varchar,
  	"vat_payer" boolean,
  	"trade_register_number" varchar,
  	"type" "enum_clients_type" DEFAULT 'prospect' NOT NULL,
  	"industry_id" integer,
  	"source_id" integer,
  	"address_street" varchar,
  	"address_city" varchar,
  	"address_county" varchar,
  	"address_postal_code" varchar,
  	"address_country" varchar DEFAULT 'România',
  	"website" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"budget" numeric,
  	"budget_currency_id" integer,
  	"requirements" jsonb,
  	"notes" varchar,
  	"status" "enum_clients_status" DEFAULT 'active' NOT NULL,
  	"owner_id" integer NOT NULL,
  	"team_id" integer,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"custom_fields" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_clients_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar NOT NULL,
  	"version_legal_form" "enum__clients_v_version_legal_form",
  	"version_fiscal_code" varchar,
  	"version_vat_payer" boolean,
  	"version_trade_register_number" varchar,
  	"version_type" "enum__clients_v_version_type" DEFAULT 'prospect' NOT NULL,
  	"version_industry_id" integer,
  	"version_source_id" integer,
  	"version_address_street" varchar,
  	"version_address_city" varchar,
  	"version_address_county" varchar,
  	"version_address_postal_code" varchar,
  	"version_address_country" varchar DEFAULT 'România',
  	"version_website" varchar,
  	"version_phone" varchar,
  	"version_email" varchar,
  	"version_budget" numeric,
  	"version_budget_currency_id" integer,
  	"version_requirements" jsonb,
  	"version_notes" varchar,
  	"version_status" "enum__clients_v_version_status" DEFAULT 'active' NOT NULL,
  	"version_owner_id" integer NOT NULL,
  	"version_team_id" integer,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_custom_fields" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contacts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"client_id" integer NOT NULL,
  	"job_title" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"primary" boolean,
  	"notes" varchar,
  	"owner_id" integer NOT NULL,
  	"team_id" integer,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_contacts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar NOT NULL,
  	"version_client_id" integer NOT NULL,
  	"version_job_title" varchar,
  	"version_email" varchar,
  	"version_phone" varchar,
  	"version_primary" boolean,
  	"version_notes" varchar,
  	"version_owner_id" integer NOT NULL,
  	"version_team_id" integer,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "prospects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"company_name" varchar NOT NULL,
  	"fiscal_code" varchar,
  	"industry_id" integer,
  	"source_id" integer,
  	"city" varchar,
  	"website" varchar,
  	"contact_name" varchar,
  	"contact_job_title" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"next_step" varchar,
  	"next_step_date" timestamp(3) with time zone,
  	"estimated_value" numeric,
  	"notes" varchar,
  	"client_id" integer,
  	"contact_id" integer,
  	"opportunity_id" integer,
  	"owner_id" integer NOT NULL,
  	"team_id" integer,
  	"status" varchar,
  	"status_category" "enum_prospects_status_category",
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_prospects_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_company_name" varchar NOT NULL,
  	"version_fiscal_code" varchar,
  	"version_industry_id" integer,
  	"version_source_id" integer,
  	"version_city" varchar,
  	"version_website" varchar,
  	"version_contact_name" varchar,
  	"version_contact_job_title" varchar,
  	"version_contact_email" varchar,
  	"version_contact_phone" varchar,
  	"version_next_step" varchar,
  	"version_next_step_date" timestamp(3) with time zone,
  	"version_estimated_value" numeric,
  	"version_notes" varchar,
  	"version_client_id" integer,
  	"version_contact_id" integer,
  	"version_opportunity_id" integer,
  	"version_owner_id" integer NOT NULL,
  	"version_team_id" integer,
  	"version_status" varchar,
  	"version_status_category" "enum__prospects_v_version_status_category",
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "opportunities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"client_id" integer NOT NULL,
  	"contact_id" integer,
  	"stage_id" integer NOT NULL,
  	"probability" numeric,
  	"outcome" "enum_opportunities_outcome" DEFAULT 'open',
  	"value" numeric,
  	"currency_id" integer,
  	"weighted_value" numeric,
  	"client_budget" numeric,
  	"expected_close_date" timestamp(3) with time zone,
  	"next_step" varchar,
  	"source_campaign_id" integer,
  	"lost_reason_id" integer,
  	"requirements" jsonb,
  	"closed_at" timestamp(3) with time zone,
  	"prospect_id" integer,
  	"owner_id" integer NOT NULL,
  	"team_id" integer,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"custom_fields" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_opportunities_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar NOT NULL,
  	"version_client_id" integer NOT NULL,
  	"version_contact_id" integer,
  	"version_stage_id" integer NOT NULL,
  	"version_probability" numeric,
  	"version_outcome" "enum__opportunities_v_version_outcome" DEFAULT 'open',
  	"version_value" numeric,
  	"version_currency_id" integer,
  	"version_weighted_value" numeric,
  	"version_client_budget" numeric,
  	"version_expected_close_date" timestamp(3) with time zone,
  	"version_next_step" varchar,
  	"version_source_campaign_id" integer,
  	"version_lost_reason_id" integer,
  	"version_requirements" jsonb,
  	"version_closed_at" timestamp(3) with time zone,
  	"version_prospect_id" integer,
  	"version_owner_id" integer NOT NULL,
  	"version_team_id" integer,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_custom_fields" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"type_id" integer,
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"budget" numeric,
  	"currency_id" integer,
  	"description" varchar,
  	"owner_id" integer NOT NULL,
  	"team_id" integer,
  	"status" varchar,
  	"status_category" "enum_campaigns_status_category",
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"clients_id" integer
  );
  
  CREATE TABLE "_campaigns_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar NOT NULL,
  	"version_type_id" integer,
  	"version_start_date" timestamp(3) with time zone,
  	"version_end_date" timestamp(3) with time zone,
  	"version_budget" numeric,
  	"version_currency_id" integer,
  	"version_description" varchar,
  	"version_owner_id" integer NOT NULL,
  	"version_team_id" integer,
  	"version_status" varchar,
  	"version_status_category" "enum__campaigns_v_version_status_category",
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"clients_id" integer
  );
  
  CREATE TABLE "marketing_actions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"type_id" integer,
  	"client_id" integer,
  	"description" varchar,
  	"due" timestamp(3) with time zone,
  	"cost" numeric,
  	"responsible_id" integer NOT NULL,
  	"team_id" integer,
  	"status" varchar,
  	"status_category" "enum_marketing_actions_status_category",
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_marketing_actions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar NOT NULL,
  	"version_campaign_id" integer NOT NULL,
  	"version_type_id" integer,
  	"version_client_id" integer,
  	"version_description" varchar,
  	"version_due" timestamp(3) with time zone,
  	"version_cost" numeric,
  	"version_responsible_id" integer NOT NULL,
  	"version_team_id" integer,
  	"version_status" varchar,
  	"version_status_category" "enum__marketing_actions_v_version_status_category",
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "calendar_feed_token_hash" varchar;
  ALTER TABLE "_users_v" ADD COLUMN "version_calendar_feed_token_hash" varchar;
  ALTER TABLE "todos" ADD COLUMN "client_id" integer;
  ALTER TABLE "todos_rels" ADD COLUMN "clients_id" integer;
  ALTER TABLE "todos_rels" ADD COLUMN "contacts_id" integer;
  ALTER TABLE "todos_rels" ADD COLUMN "opportunities_id" integer;
  ALTER TABLE "todos_rels" ADD COLUMN "prospects_id" integer;
  ALTER TABLE "todos_rels" ADD COLUMN "campaigns_id" integer;
  ALTER TABLE "todos_rels" ADD COLUMN "marketing_actions_id" integer;
  ALTER TABLE "_todos_v" ADD COLUMN "version_client_id" integer;
  ALTER TABLE "_todos_v_rels" ADD COLUMN "clients_id" integer;
  ALTER TABLE "_todos_v_rels" ADD COLUMN "contacts_id" integer;
  ALTER TABLE "_todos_v_rels" ADD COLUMN "opportunities_id" integer;
  ALTER TABLE "_todos_v_rels" ADD COLUMN "prospects_id" integer;
  ALTER TABLE "_todos_v_rels" ADD COLUMN "campaigns_id" integer;
  ALTER TABLE "_todos_v_rels" ADD COLUMN "marketing_actions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "clients_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contacts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "prospects_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "opportunities_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "campaigns_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "marketing_actions_id" integer;
  ALTER TABLE "clients" ADD CONSTRAINT "clients_industry_id_nomenclators_id_fk" FOREIGN KEY ("industry_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clients" ADD CONSTRAINT "clients_source_id_nomenclators_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clients" ADD CONSTRAINT "clients_budget_currency_id_nomenclators_id_fk" FOREIGN KEY ("budget_currency_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clients" ADD CONSTRAINT "clients_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clients" ADD CONSTRAINT "clients_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clients" ADD CONSTRAINT "clients_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clients" ADD CONSTRAINT "clients_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clients_v" ADD CONSTRAINT "_clients_v_parent_id_clients_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clients_v" ADD CONSTRAINT "_clients_v_version_industry_id_nomenclators_id_fk" FOREIGN KEY ("version_industry_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clients_v" ADD CONSTRAINT "_clients_v_version_source_id_nomenclators_id_fk" FOREIGN KEY ("version_source_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clients_v" ADD CONSTRAINT "_clients_v_version_budget_currency_id_nomenclators_id_fk" FOREIGN KEY ("version_budget_currency_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clients_v" ADD CONSTRAINT "_clients_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clients_v" ADD CONSTRAINT "_clients_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clients_v" ADD CONSTRAINT "_clients_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clients_v" ADD CONSTRAINT "_clients_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contacts_v" ADD CONSTRAINT "_contacts_v_parent_id_contacts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contacts_v" ADD CONSTRAINT "_contacts_v_version_client_id_clients_id_fk" FOREIGN KEY ("version_client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contacts_v" ADD CONSTRAINT "_contacts_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contacts_v" ADD CONSTRAINT "_contacts_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contacts_v" ADD CONSTRAINT "_contacts_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contacts_v" ADD CONSTRAINT "_contacts_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "prospects" ADD CONSTRAINT "prospects_industry_id_nomenclators_id_fk" FOREIGN KEY ("industry_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "prospects" ADD CONSTRAINT "prospects_source_id_nomenclators_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "prospects" ADD CONSTRAINT "prospects_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "prospects" ADD CONSTRAINT "prospects_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "prospects" ADD CONSTRAINT "prospects_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "prospects" ADD CONSTRAINT "prospects_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "prospects" ADD CONSTRAINT "prospects_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "prospects" ADD CONSTRAINT "prospects_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "prospects" ADD CONSTRAINT "prospects_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_prospects_v" ADD CONSTRAINT "_prospects_v_parent_id_prospects_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."prospects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_prospects_v" ADD CONSTRAINT "_prospects_v_version_industry_id_nomenclators_id_fk" FOREIGN KEY ("version_industry_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_prospects_v" ADD CONSTRAINT "_prospects_v_version_source_id_nomenclators_id_fk" FOREIGN KEY ("version_source_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_prospects_v" ADD CONSTRAINT "_prospects_v_version_client_id_clients_id_fk" FOREIGN KEY ("version_client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_prospects_v" ADD CONSTRAINT "_prospects_v_version_contact_id_contacts_id_fk" FOREIGN KEY ("version_contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_prospects_v" ADD CONSTRAINT "_prospects_v_version_opportunity_id_opportunities_id_fk" FOREIGN KEY ("version_opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_prospects_v" ADD CONSTRAINT "_prospects_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_prospects_v" ADD CONSTRAINT "_prospects_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_prospects_v" ADD CONSTRAINT "_prospects_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_prospects_v" ADD CONSTRAINT "_prospects_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_stage_id_nomenclators_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_currency_id_nomenclators_id_fk" FOREIGN KEY ("currency_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_source_campaign_id_campaigns_id_fk" FOREIGN KEY ("source_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_lost_reason_id_nomenclators_id_fk" FOREIGN KEY ("lost_reason_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_prospect_id_prospects_id_fk" FOREIGN KEY ("prospect_id") REFERENCES "public"."prospects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v" ADD CONSTRAINT "_opportunities_v_parent_id_opportunities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v" ADD CONSTRAINT "_opportunities_v_version_client_id_clients_id_fk" FOREIGN KEY ("version_client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v" ADD CONSTRAINT "_opportunities_v_version_contact_id_contacts_id_fk" FOREIGN KEY ("version_contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v" ADD CONSTRAINT "_opportunities_v_version_stage_id_nomenclators_id_fk" FOREIGN KEY ("version_stage_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v" ADD CONSTRAINT "_opportunities_v_version_currency_id_nomenclators_id_fk" FOREIGN KEY ("version_currency_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v" ADD CONSTRAINT "_opportunities_v_version_source_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_source_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v" ADD CONSTRAINT "_opportunities_v_version_lost_reason_id_nomenclators_id_fk" FOREIGN KEY ("version_lost_reason_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v" ADD CONSTRAINT "_opportunities_v_version_prospect_id_prospects_id_fk" FOREIGN KEY ("version_prospect_id") REFERENCES "public"."prospects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v" ADD CONSTRAINT "_opportunities_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v" ADD CONSTRAINT "_opportunities_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v" ADD CONSTRAINT "_opportunities_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opportunities_v" ADD CONSTRAINT "_opportunities_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_type_id_nomenclators_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_currency_id_nomenclators_id_fk" FOREIGN KEY ("currency_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_clients_fk" FOREIGN KEY ("clients_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_parent_id_campaigns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_type_id_nomenclators_id_fk" FOREIGN KEY ("version_type_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_currency_id_nomenclators_id_fk" FOREIGN KEY ("version_currency_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_clients_fk" FOREIGN KEY ("clients_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "marketing_actions" ADD CONSTRAINT "marketing_actions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "marketing_actions" ADD CONSTRAINT "marketing_actions_type_id_nomenclators_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "marketing_actions" ADD CONSTRAINT "marketing_actions_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "marketing_actions" ADD CONSTRAINT "marketing_actions_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "marketing_actions" ADD CONSTRAINT "marketing_actions_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "marketing_actions" ADD CONSTRAINT "marketing_actions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "marketing_actions" ADD CONSTRAINT "marketing_actions_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_marketing_actions_v" ADD CONSTRAINT "_marketing_actions_v_parent_id_marketing_actions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."marketing_actions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_marketing_actions_v" ADD CONSTRAINT "_marketing_actions_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_marketing_actions_v" ADD CONSTRAINT "_marketing_actions_v_version_type_id_nomenclators_id_fk" FOREIGN KEY ("version_type_id") REFERENCES "public"."nomenclators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_marketing_actions_v" ADD CONSTRAINT "_marketing_actions_v_version_client_id_clients_id_fk" FOREIGN KEY ("version_client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_marketing_actions_v" ADD CONSTRAINT "_marketing_actions_v_version_responsible_id_users_id_fk" FOREIGN KEY ("version_responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_marketing_actions_v" ADD CONSTRAINT "_marketing_actions_v_version_team_id_teams_id_fk" FOREIGN KEY ("version_team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_marketing_actions_v" ADD CONSTRAINT "_marketing_actions_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_marketing_actions_v" ADD CONSTRAINT "_marketing_actions_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "clients_name_idx" ON "clients" USING btree ("name");
  CREATE INDEX "clients_fiscal_code_idx" ON "clients" USING btree ("fiscal_code");
  CREATE INDEX "clients_type_idx" ON "clients" USING btree ("type");
  CREATE INDEX "clients_industry_idx" ON "clients" USING btree ("industry_id");
  CREATE INDEX "clients_source_idx" ON "clients" USING btree ("source_id");
  CREATE INDEX "clients_budget_currency_idx" ON "clients" USING btree ("budget_currency_id");
  CREATE INDEX "clients_status_idx" ON "clients" USING btree ("status");
  CREATE INDEX "clients_owner_idx" ON "clients" USING btree ("owner_id");
  CREATE INDEX "clients_team_idx" ON "clients" USING btree ("team_id");
  CREATE INDEX "clients_created_by_idx" ON "clients" USING btree ("created_by_id");
  CREATE INDEX "clients_updated_by_idx" ON "clients" USING btree ("updated_by_id");
  CREATE INDEX "clients_updated_at_idx" ON "clients" USING btree ("updated_at");
  CREATE INDEX "clients_created_at_idx" ON "clients" USING btree ("created_at");
  CREATE INDEX "owner_status_idx" ON "clients" USING btree ("owner_id","status");
  CREATE INDEX "team_status_idx" ON "clients" USING btree ("team_id","status");
  CREATE INDEX "_clients_v_parent_idx" ON "_clients_v" USING btree ("parent_id");
  CREATE INDEX "_clients_v_version_version_name_idx" ON "_clients_v" USING btree ("version_name");
  CREATE INDEX "_clients_v_version_version_fiscal_code_idx" ON "_clients_v" USING btree ("version_fiscal_code");
  CREATE INDEX "_clients_v_version_version_type_idx" ON "_clients_v" USING btree ("version_type");
  CREATE INDEX "_clients_v_version_version_industry_idx" ON "_clients_v" USING btree ("version_industry_id");
  CREATE INDEX "_clients_v_version_version_source_idx" ON "_clients_v" USING btree ("version_source_id");
  CREATE INDEX "_clients_v_version_version_budget_currency_idx" ON "_clients_v" USING btree ("version_budget_currency_id");
  CREATE INDEX "_clients_v_version_version_status_idx" ON "_clients_v" USING btree ("version_status");
  CREATE INDEX "_clients_v_version_version_owner_idx" ON "_clients_v" USING btree ("version_owner_id");
  CREATE INDEX "_clients_v_version_version_team_idx" ON "_clients_v" USING btree ("version_team_id");
  CREATE INDEX "_clients_v_version_version_created_by_idx" ON "_clients_v" USING btree ("version_created_by_id");
  CREATE INDEX "_clients_v_version_version_updated_by_idx" ON "_clients_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_clients_v_version_version_updated_at_idx" ON "_clients_v" USING btree ("version_updated_at");
  CREATE INDEX "_clients_v_version_version_created_at_idx" ON "_clients_v" USING btree ("version_created_at");
  CREATE INDEX "_clients_v_created_at_idx" ON "_clients_v" USING btree ("created_at");
  CREATE INDEX "_clients_v_updated_at_idx" ON "_clients_v" USING btree ("updated_at");
  CREATE INDEX "version_owner_version_status_idx" ON "_clients_v" USING btree ("version_owner_id","version_status");
  CREATE INDEX "version_team_version_status_idx" ON "_clients_v" USING btree ("version_team_id","version_status");
  CREATE INDEX "contacts_name_idx" ON "contacts" USING btree ("name");
  CREATE INDEX "contacts_client_idx" ON "contacts" USING btree ("client_id");
  CREATE INDEX "contacts_email_idx" ON "contacts" USING btree ("email");
  CREATE INDEX "contacts_owner_idx" ON "contacts" USING btree ("owner_id");
  CREATE INDEX "contacts_team_idx" ON "contacts" USING btree ("team_id");
  CREATE INDEX "contacts_created_by_idx" ON "contacts" USING btree ("created_by_id");
  CREATE INDEX "contacts_updated_by_idx" ON "contacts" USING btree ("updated_by_id");
  CREATE INDEX "contacts_updated_at_idx" ON "contacts" USING btree ("updated_at");
  CREATE INDEX "contacts_created_at_idx" ON "contacts" USING btree ("created_at");
  CREATE INDEX "_contacts_v_parent_idx" ON "_contacts_v" USING btree ("parent_id");
  CREATE INDEX "_contacts_v_version_version_name_idx" ON "_contacts_v" USING btree ("version_name");
  CREATE INDEX "_contacts_v_version_version_client_idx" ON "_contacts_v" USING btree ("version_client_id");
  CREATE INDEX "_contacts_v_version_version_email_idx" ON "_contacts_v" USING btree ("version_email");
  CREATE INDEX "_contacts_v_version_version_owner_idx" ON "_contacts_v" USING btree ("version_owner_id");
  CREATE INDEX "_contacts_v_version_version_team_idx" ON "_contacts_v" USING btree ("version_team_id");
  CREATE INDEX "_contacts_v_version_version_created_by_idx" ON "_contacts_v" USING btree ("version_created_by_id");
  CREATE INDEX "_contacts_v_version_version_updated_by_idx" ON "_contacts_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_contacts_v_version_version_updated_at_idx" ON "_contacts_v" USING btree ("version_updated_at");
  CREATE INDEX "_contacts_v_version_version_created_at_idx" ON "_contacts_v" USING btree ("version_created_at");
  CREATE INDEX "_contacts_v_created_at_idx" ON "_contacts_v" USING btree ("created_at");
  CREATE INDEX "_contacts_v_updated_at_idx" ON "_contacts_v" USING btree ("updated_at");
  CREATE INDEX "prospects_company_name_idx" ON "prospects" USING btree ("company_name");
  CREATE INDEX "prospects_industry_idx" ON "prospects" USING btree ("industry_id");
  CREATE INDEX "prospects_source_idx" ON "prospects" USING btree ("source_id");
  CREATE INDEX "prospects_next_step_date_idx" ON "prospects" USING btree ("next_step_date");
  CREATE INDEX "prospects_client_idx" ON "prospects" USING btree ("client_id");
  CREATE INDEX "prospects_contact_idx" ON "prospects" USING btree ("contact_id");
  CREATE INDEX "prospects_opportunity_idx" ON "prospects" USING btree ("opportunity_id");
  CREATE INDEX "prospects_owner_idx" ON "prospects" USING btree ("owner_id");
  CREATE INDEX "prospects_team_idx" ON "prospects" USING btree ("team_id");
  CREATE INDEX "prospects_status_idx" ON "prospects" USING btree ("status");
  CREATE INDEX "prospects_status_category_idx" ON "prospects" USING btree ("status_category");
  CREATE INDEX "prospects_created_by_idx" ON "prospects" USING btree ("created_by_id");
  CREATE INDEX "prospects_updated_by_idx" ON "prospects" USING btree ("updated_by_id");
  CREATE INDEX "prospects_updated_at_idx" ON "prospects" USING btree ("updated_at");
  CREATE INDEX "prospects_created_at_idx" ON "prospects" USING btree ("created_at");
  CREATE INDEX "owner_nextStepDate_idx" ON "prospects" USING btree ("owner_id","next_step_date");
  CREATE INDEX "_prospects_v_parent_idx" ON "_prospects_v" USING btree ("parent_id");
  CREATE INDEX "_prospects_v_version_version_company_name_idx" ON "_prospects_v" USING btree ("version_company_name");
  CREATE INDEX "_prospects_v_version_version_industry_idx" ON "_prospects_v" USING btree ("version_industry_id");
  CREATE INDEX "_prospects_v_version_version_source_idx" ON "_prospects_v" USING btree ("version_source_id");
  CREATE INDEX "_prospects_v_version_version_next_step_date_idx" ON "_prospects_v" USING btree ("version_next_step_date");
  CREATE INDEX "_prospects_v_version_version_client_idx" ON "_prospects_v" USING btree ("version_client_id");
  CREATE INDEX "_prospects_v_version_version_contact_idx" ON "_prospects_v" USING btree ("version_contact_id");
  CREATE INDEX "_prospects_v_version_version_opportunity_idx" ON "_prospects_v" USING btree ("version_opportunity_id");
  CREATE INDEX "_prospects_v_version_version_owner_idx" ON "_prospects_v" USING btree ("version_owner_id");
  CREATE INDEX "_prospects_v_version_version_team_idx" ON "_prospects_v" USING btree ("version_team_id");
  CREATE INDEX "_prospects_v_version_version_status_idx" ON "_prospects_v" USING btree ("version_status");
  CREATE INDEX "_prospects_v_version_version_status_category_idx" ON "_prospects_v" USING btree ("version_status_category");
  CREATE INDEX "_prospects_v_version_version_created_by_idx" ON "_prospects_v" USING btree ("version_created_by_id");
  CREATE INDEX "_prospects_v_version_version_updated_by_idx" ON "_prospects_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_prospects_v_version_version_updated_at_idx" ON "_prospects_v" USING btree ("version_updated_at");
  CREATE INDEX "_prospects_v_version_version_created_at_idx" ON "_prospects_v" USING btree ("version_created_at");
  CREATE INDEX "_prospects_v_created_at_idx" ON "_prospects_v" USING btree ("created_at");
  CREATE INDEX "_prospects_v_updated_at_idx" ON "_prospects_v" USING btree ("updated_at");
  CREATE INDEX "version_owner_version_nextStepDate_idx" ON "_prospects_v" USING btree ("version_owner_id","version_next_step_date");
  CREATE INDEX "opportunities_title_idx" ON "opportunities" USING btree ("title");
  CREATE INDEX "opportunities_client_idx" ON "opportunities" USING btree ("client_id");
  CREATE INDEX "opportunities_contact_idx" ON "opportunities" USING btree ("contact_id");
  CREATE INDEX "opportunities_stage_idx" ON "opportunities" USING btree ("stage_id");
  CREATE INDEX "opportunities_outcome_idx" ON "opportunities" USING btree ("outcome");
  CREATE INDEX "opportunities_currency_idx" ON "opportunities" USING btree ("currency_id");
  CREATE INDEX "opportunities_expected_close_date_idx" ON "opportunities" USING btree ("expected_close_date");
  CREATE INDEX "opportunities_source_campaign_idx" ON "opportunities" USING btree ("source_campaign_id");
  CREATE INDEX "opportunities_lost_reason_idx" ON "opportunities" USING btree ("lost_reason_id");
  CREATE INDEX "opportunities_prospect_idx" ON "opportunities" USING btree ("prospect_id");
  CREATE INDEX "opportunities_owner_idx" ON "opportunities" USING btree ("owner_id");
  CREATE INDEX "opportunities_team_idx" ON "opportunities" USING btree ("team_id");
  CREATE INDEX "opportunities_created_by_idx" ON "opportunities" USING btree ("created_by_id");
  CREATE INDEX "opportunities_updated_by_idx" ON "opportunities" USING btree ("updated_by_id");
  CREATE INDEX "opportunities_updated_at_idx" ON "opportunities" USING btree ("updated_at");
  CREATE INDEX "opportunities_created_at_idx" ON "opportunities" USING btree ("created_at");
  CREATE INDEX "outcome_stage_idx" ON "opportunities" USING btree ("outcome","stage_id");
  CREATE INDEX "owner_expectedCloseDate_idx" ON "opportunities" USING btree ("owner_id","expected_close_date");
  CREATE INDEX "_opportunities_v_parent_idx" ON "_opportunities_v" USING btree ("parent_id");
  CREATE INDEX "_opportunities_v_version_version_title_idx" ON "_opportunities_v" USING btree ("version_title");
  CREATE INDEX "_opportunities_v_version_version_client_idx" ON "_opportunities_v" USING btree ("version_client_id");
  CREATE INDEX "_opportunities_v_version_version_contact_idx" ON "_opportunities_v" USING btree ("version_contact_id");
  CREATE INDEX "_opportunities_v_version_version_stage_idx" ON "_opportunities_v" USING btree ("version_stage_id");
  CREATE INDEX "_opportunities_v_version_version_outcome_idx" ON "_opportunities_v" USING btree ("version_outcome");
  CREATE INDEX "_opportunities_v_version_version_currency_idx" ON "_opportunities_v" USING btree ("version_currency_id");
  CREATE INDEX "_opportunities_v_version_version_expected_close_date_idx" ON "_opportunities_v" USING btree ("version_expected_close_date");
  CREATE INDEX "_opportunities_v_version_version_source_campaign_idx" ON "_opportunities_v" USING btree ("version_source_campaign_id");
  CREATE INDEX "_opportunities_v_version_version_lost_reason_idx" ON "_opportunities_v" USING btree ("version_lost_reason_id");
  CREATE INDEX "_opportunities_v_version_version_prospect_idx" ON "_opportunities_v" USING btree ("version_prospect_id");
  CREATE INDEX "_opportunities_v_version_version_owner_idx" ON "_opportunities_v" USING btree ("version_owner_id");
  CREATE INDEX "_opportunities_v_version_version_team_idx" ON "_opportunities_v" USING btree ("version_team_id");
  CREATE INDEX "_opportunities_v_version_version_created_by_idx" ON "_opportunities_v" USING btree ("version_created_by_id");
  CREATE INDEX "_opportunities_v_version_version_updated_by_idx" ON "_opportunities_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_opportunities_v_version_version_updated_at_idx" ON "_opportunities_v" USING btree ("version_updated_at");
  CREATE INDEX "_opportunities_v_version_version_created_at_idx" ON "_opportunities_v" USING btree ("version_created_at");
  CREATE INDEX "_opportunities_v_created_at_idx" ON "_opportunities_v" USING btree ("created_at");
  CREATE INDEX "_opportunities_v_updated_at_idx" ON "_opportunities_v" USING btree ("updated_at");
  CREATE INDEX "version_outcome_version_stage_idx" ON "_opportunities_v" USING btree ("version_outcome","version_stage_id");
  CREATE INDEX "version_owner_version_expectedCloseDate_idx" ON "_opportunities_v" USING btree ("version_owner_id","version_expected_close_date");
  CREATE INDEX "campaigns_name_idx" ON "campaigns" USING btree ("name");
  CREATE INDEX "campaigns_type_idx" ON "campaigns" USING btree ("type_id");
  CREATE INDEX "campaigns_start_date_idx" ON "campaigns" USING btree ("start_date");
  CREATE INDEX "campaigns_currency_idx" ON "campaigns" USING btree ("currency_id");
  CREATE INDEX "campaigns_owner_idx" ON "campaigns" USING btree ("owner_id");
  CREATE INDEX "campaigns_team_idx" ON "campaigns" USING btree ("team_id");
  CREATE INDEX "campaigns_status_idx" ON "campaigns" USING btree ("status");
  CREATE INDEX "campaigns_status_category_idx" ON "campaigns" USING btree ("status_category");
  CREATE INDEX "campaigns_created_by_idx" ON "campaigns" USING btree ("created_by_id");
  CREATE INDEX "campaigns_updated_by_idx" ON "campaigns" USING btree ("updated_by_id");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "campaigns_rels_order_idx" ON "campaigns_rels" USING btree ("order");
  CREATE INDEX "campaigns_rels_parent_idx" ON "campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_path_idx" ON "campaigns_rels" USING btree ("path");
  CREATE INDEX "campaigns_rels_clients_id_idx" ON "campaigns_rels" USING btree ("clients_id");
  CREATE INDEX "_campaigns_v_parent_idx" ON "_campaigns_v" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_version_version_name_idx" ON "_campaigns_v" USING btree ("version_name");
  CREATE INDEX "_campaigns_v_version_version_type_idx" ON "_campaigns_v" USING btree ("version_type_id");
  CREATE INDEX "_campaigns_v_version_version_start_date_idx" ON "_campaigns_v" USING btree ("version_start_date");
  CREATE INDEX "_campaigns_v_version_version_currency_idx" ON "_campaigns_v" USING btree ("version_currency_id");
  CREATE INDEX "_campaigns_v_version_version_owner_idx" ON "_campaigns_v" USING btree ("version_owner_id");
  CREATE INDEX "_campaigns_v_version_version_team_idx" ON "_campaigns_v" USING btree ("version_team_id");
  CREATE INDEX "_campaigns_v_version_version_status_idx" ON "_campaigns_v" USING btree ("version_status");
  CREATE INDEX "_campaigns_v_version_version_status_category_idx" ON "_campaigns_v" USING btree ("version_status_category");
  CREATE INDEX "_campaigns_v_version_version_created_by_idx" ON "_campaigns_v" USING btree ("version_created_by_id");
  CREATE INDEX "_campaigns_v_version_version_updated_by_idx" ON "_campaigns_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_campaigns_v_version_version_updated_at_idx" ON "_campaigns_v" USING btree ("version_updated_at");
  CREATE INDEX "_campaigns_v_version_version_created_at_idx" ON "_campaigns_v" USING btree ("version_created_at");
  CREATE INDEX "_campaigns_v_created_at_idx" ON "_campaigns_v" USING btree ("created_at");
  CREATE INDEX "_campaigns_v_updated_at_idx" ON "_campaigns_v" USING btree ("updated_at");
  CREATE INDEX "_campaigns_v_rels_order_idx" ON "_campaigns_v_rels" USING btree ("order");
  CREATE INDEX "_campaigns_v_rels_parent_idx" ON "_campaigns_v_rels" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_rels_path_idx" ON "_campaigns_v_rels" USING btree ("path");
  CREATE INDEX "_campaigns_v_rels_clients_id_idx" ON "_campaigns_v_rels" USING btree ("clients_id");
  CREATE INDEX "marketing_actions_campaign_idx" ON "marketing_actions" USING btree ("campaign_id");
  CREATE INDEX "marketing_actions_type_idx" ON "marketing_actions" USING btree ("type_id");
  CREATE INDEX "marketing_actions_client_idx" ON "marketing_actions" USING btree ("client_id");
  CREATE INDEX "marketing_actions_due_idx" ON "marketing_actions" USING btree ("due");
  CREATE INDEX "marketing_actions_responsible_idx" ON "marketing_actions" USING btree ("responsible_id");
  CREATE INDEX "marketing_actions_team_idx" ON "marketing_actions" USING btree ("team_id");
  CREATE INDEX "marketing_actions_status_idx" ON "marketing_actions" USING btree ("status");
  CREATE INDEX "marketing_actions_status_category_idx" ON "marketing_actions" USING btree ("status_category");
  CREATE INDEX "marketing_actions_created_by_idx" ON "marketing_actions" USING btree ("created_by_id");
  CREATE INDEX "marketing_actions_updated_by_idx" ON "marketing_actions" USING btree ("updated_by_id");
  CREATE INDEX "marketing_actions_updated_at_idx" ON "marketing_actions" USING btree ("updated_at");
  CREATE INDEX "marketing_actions_created_at_idx" ON "marketing_actions" USING btree ("created_at");
  CREATE INDEX "responsible_due_idx" ON "marketing_actions" USING btree ("responsible_id","due");
  CREATE INDEX "_marketing_actions_v_parent_idx" ON "_marketing_actions_v" USING btree ("parent_id");
  CREATE INDEX "_marketing_actions_v_version_version_campaign_idx" ON "_marketing_actions_v" USING btree ("version_campaign_id");
  CREATE INDEX "_marketing_actions_v_version_version_type_idx" ON "_marketing_actions_v" USING btree ("version_type_id");
  CREATE INDEX "_marketing_actions_v_version_version_client_idx" ON "_marketing_actions_v" USING btree ("version_client_id");
  CREATE INDEX "_marketing_actions_v_version_version_due_idx" ON "_marketing_actions_v" USING btree ("version_due");
  CREATE INDEX "_marketing_actions_v_version_version_responsible_idx" ON "_marketing_actions_v" USING btree ("version_responsible_id");
  CREATE INDEX "_marketing_actions_v_version_version_team_idx" ON "_marketing_actions_v" USING btree ("version_team_id");
  CREATE INDEX "_marketing_actions_v_version_version_status_idx" ON "_marketing_actions_v" USING btree ("version_status");
  CREATE INDEX "_marketing_actions_v_version_version_status_category_idx" ON "_marketing_actions_v" USING btree ("version_status_category");
  CREATE INDEX "_marketing_actions_v_version_version_created_by_idx" ON "_marketing_actions_v" USING btree ("version_created_by_id");
  CREATE INDEX "_marketing_actions_v_version_version_updated_by_idx" ON "_marketing_actions_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_marketing_actions_v_version_version_updated_at_idx" ON "_marketing_actions_v" USING btree ("version_updated_at");
  CREATE INDEX "_marketing_actions_v_version_version_created_at_idx" ON "_marketing_actions_v" USING btree ("version_created_at");
  CREATE INDEX "_marketing_actions_v_created_at_idx" ON "_marketing_actions_v" USING btree ("created_at");
  CREATE INDEX "_marketing_actions_v_updated_at_idx" ON "_marketing_actions_v" USING btree ("updated_at");
  CREATE INDEX "version_responsible_version_due_idx" ON "_marketing_actions_v" USING btree ("version_responsible_id","version_due");
  ALTER TABLE "todos" ADD CONSTRAINT "todos_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "todos_rels" ADD CONSTRAINT "todos_rels_clients_fk" FOREIGN KEY ("clients_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "todos_rels" ADD CONSTRAINT "todos_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "todos_rels" ADD CONSTRAINT "todos_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "todos_rels" ADD CONSTRAINT "todos_rels_prospects_fk" FOREIGN KEY ("prospects_id") REFERENCES "public"."prospects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "todos_rels" ADD CONSTRAINT "todos_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "todos_rels" ADD CONSTRAINT "todos_rels_marketing_actions_fk" FOREIGN KEY ("marketing_actions_id") REFERENCES "public"."marketing_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_todos_v" ADD CONSTRAINT "_todos_v_version_client_id_clients_id_fk" FOREIGN KEY ("version_client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_todos_v_rels" ADD CONSTRAINT "_todos_v_rels_clients_fk" FOREIGN KEY ("clients_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_todos_v_rels" ADD CONSTRAINT "_todos_v_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_todos_v_rels" ADD CONSTRAINT "_todos_v_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_todos_v_rels" ADD CONSTRAINT "_todos_v_rels_prospects_fk" FOREIGN KEY ("prospects_id") REFERENCES "public"."prospects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_todos_v_rels" ADD CONSTRAINT "_todos_v_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_todos_v_rels" ADD CONSTRAINT "_todos_v_rels_marketing_actions_fk" FOREIGN KEY ("marketing_actions_id") REFERENCES "public"."marketing_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_clients_fk" FOREIGN KEY ("clients_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_prospects_fk" FOREIGN KEY ("prospects_id") REFERENCES "public"."prospects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_marketing_actions_fk" FOREIGN KEY ("marketing_actions_id") REFERENCES "public"."marketing_actions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_calendar_feed_token_hash_idx" ON "users" USING btree ("calendar_feed_token_hash");
  CREATE INDEX "_users_v_version_version_calendar_feed_token_hash_idx" ON "_users_v" USING btree ("version_calendar_feed_token_hash");
  CREATE INDEX "todos_client_idx" ON "todos" USING btree ("client_id");
  CREATE INDEX "todos_rels_clients_id_idx" ON "todos_rels" USING btree ("clients_id");
  CREATE INDEX "todos_rels_contacts_id_idx" ON "todos_rels" USING btree ("contacts_id");
  CREATE INDEX "todos_rels_opportunities_id_idx" ON "todos_rels" USING btree ("opportunities_id");
  CREATE INDEX "todos_rels_prospects_id_idx" ON "todos_rels" USING btree ("prospects_id");
  CREATE INDEX "todos_rels_campaigns_id_idx" ON "todos_rels" USING btree ("campaigns_id");
  CREATE INDEX "todos_rels_marketing_actions_id_idx" ON "todos_rels" USING btree ("marketing_actions_id");
  CREATE INDEX "_todos_v_version_version_client_idx" ON "_todos_v" USING btree ("version_client_id");
  CREATE INDEX "_todos_v_rels_clients_id_idx" ON "_todos_v_rels" USING btree ("clients_id");
  CREATE INDEX "_todos_v_rels_contacts_id_idx" ON "_todos_v_rels" USING btree ("contacts_id");
  CREATE INDEX "_todos_v_rels_opportunities_id_idx" ON "_todos_v_rels" USING btree ("opportunities_id");
  CREATE INDEX "_todos_v_rels_prospects_id_idx" ON "_todos_v_rels" USING btree ("prospects_id");
  CREATE INDEX "_todos_v_rels_campaigns_id_idx" ON "_todos_v_rels" USING btree ("campaigns_id");
  CREATE INDEX "_todos_v_rels_marketing_actions_id_idx" ON "_todos_v_rels" USING btree ("marketing_actions_id");
  CREATE INDEX "payload_locked_documents_rels_clients_id_idx" ON "payload_locked_documents_rels" USING btree ("clients_id");
  CREATE INDEX "payload_locked_documents_rels_contacts_id_idx" ON "payload_locked_documents_rels" USING btree ("contacts_id");
  CREATE INDEX "payload_locked_documents_rels_prospects_id_idx" ON "payload_locked_documents_rels" USING btree ("prospects_id");
  CREATE INDEX "payload_locked_documents_rels_opportunities_id_idx" ON "payload_locked_documents_rels" USING btree ("opportunities_id");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_marketing_actions_id_idx" ON "payload_locked_documents_rels" USING btree ("marketing_actions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clients" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_clients_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_contacts_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "prospects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_prospects_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "opportunities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_opportunities_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "marketing_actions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_marketing_actions_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "clients" CASCADE;
  DROP TABLE "_clients_v" CASCADE;
  DROP TABLE "contacts" CASCADE;
  DROP TABLE "_contacts_v" CASCADE;
  DROP TABLE "prospects" CASCADE;
  DROP TABLE "_prospects_v" CASCADE;
  DROP TABLE "opportunities" CASCADE;
  DROP TABLE "_opportunities_v" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_rels" CASCADE;
  DROP TABLE "_campaigns_v" CASCADE;
  DROP TABLE "_campaigns_v_rels" CASCADE;
  DROP TABLE "marketing_actions" CASCADE;
  DROP TABLE "_marketing_actions_v" CASCADE;
  ALTER TABLE "todos" DROP CONSTRAINT "todos_client_id_clients_id_fk";
  
  ALTER TABLE "todos_rels" DROP CONSTRAINT "todos_rels_clients_fk";
  
  ALTER TABLE "todos_rels" DROP CONSTRAINT "todos_rels_contacts_fk";
  
  ALTER TABLE "todos_rels" DROP CONSTRAINT "todos_rels_opportunities_fk";
  
  ALTER TABLE "todos_rels" DROP CONSTRAINT "todos_rels_prospects_fk";
  
  ALTER TABLE "todos_rels" DROP CONSTRAINT "todos_rels_campaigns_fk";
  
  ALTER TABLE "todos_rels" DROP CONSTRAINT "todos_rels_marketing_actions_fk";
  
  ALTER TABLE "_todos_v" DROP CONSTRAINT "_todos_v_version_client_id_clients_id_fk";
  
  ALTER TABLE "_todos_v_rels" DROP CONSTRAINT "_todos_v_rels_clients_fk";
  
  ALTER TABLE "_todos_v_rels" DROP CONSTRAINT "_todos_v_rels_contacts_fk";
  
  ALTER TABLE "_todos_v_rels" DROP CONSTRAINT "_todos_v_rels_opportunities_fk";
  
  ALTER TABLE "_todos_v_rels" DROP CONSTRAINT "_todos_v_rels_prospects_fk";
  
  ALTER TABLE "_todos_v_rels" DROP CONSTRAINT "_todos_v_rels_campaigns_fk";
  
  ALTER TABLE "_todos_v_rels" DROP CONSTRAINT "_todos_v_rels_marketing_actions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_clients_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contacts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_prospects_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_opportunities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_campaigns_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_marketing_actions_fk";
  
  ALTER TABLE "workflows" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflows_collection";
  CREATE TYPE "public"."enum_workflows_collection" AS ENUM('todos');
  ALTER TABLE "workflows" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_workflows_collection" USING "collection"::"public"."enum_workflows_collection";
  ALTER TABLE "_workflows_v" ALTER COLUMN "version_collection" SET DATA TYPE text;
  DROP TYPE "public"."enum__workflows_v_version_collection";
  CREATE TYPE "public"."enum__workflows_v_version_collection" AS ENUM('todos');
  ALTER TABLE "_workflows_v" ALTER COLUMN "version_collection" SET DATA TYPE "public"."enum__workflows_v_version_collection" USING "version_collection"::"public"."enum__workflows_v_version_collection";
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_roles_permissions_collection";
  CREATE TYPE "public"."enum_roles_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'todos', 'custom-fields', 'workflows', 'workflow-events', 'roles');
  ALTER TABLE "roles_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_roles_permissions_collection" USING "collection"::"public"."enum_roles_permissions_collection";
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum__roles_v_version_permissions_collection";
  CREATE TYPE "public"."enum__roles_v_version_permissions_collection" AS ENUM('users', 'teams', 'nomenclators', 'media', 'todos', 'custom-fields', 'workflows', 'workflow-events', 'roles');
  ALTER TABLE "_roles_v_version_permissions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum__roles_v_version_permissions_collection" USING "collection"::"public"."enum__roles_v_version_permissions_collection";
  DROP INDEX "users_calendar_feed_token_hash_idx";
  DROP INDEX "_users_v_version_version_calendar_feed_token_hash_idx";
  DROP INDEX "todos_client_idx";
  DROP INDEX "todos_rels_clients_id_idx";
  DROP INDEX "todos_rels_contacts_id_idx";
  DROP INDEX "todos_rels_opportunities_id_idx";
  DROP INDEX "todos_rels_prospects_id_idx";
  DROP INDEX "todos_rels_campaigns_id_idx";
  DROP INDEX "todos_rels_marketing_actions_id_idx";
  DROP INDEX "_todos_v_version_version_client_idx";
  DROP INDEX "_todos_v_rels_clients_id_idx";
  DROP INDEX "_todos_v_rels_contacts_id_idx";
  DROP INDEX "_todos_v_rels_opportunities_id_idx";
  DROP INDEX "_todos_v_rels_prospects_id_idx";
  DROP INDEX "_todos_v_rels_campaigns_id_idx";
  DROP INDEX "_todos_v_rels_marketing_actions_id_idx";
  DROP INDEX "payload_locked_documents_rels_clients_id_idx";
  DROP INDEX "payload_locked_documents_rels_contacts_id_idx";
  DROP INDEX "payload_locked_documents_rels_prospects_id_idx";
  DROP INDEX "payload_locked_documents_rels_opportunities_id_idx";
  DROP INDEX "payload_locked_documents_rels_campaigns_id_idx";
  DROP INDEX "payload_locked_documents_rels_marketing_actions_id_idx";
  ALTER TABLE "users" DROP COLUMN "calendar_feed_token_hash";
  ALTER TABLE "_users_v" DROP COLUMN "version_calendar_feed_token_hash";
  ALTER TABLE "todos" DROP COLUMN "client_id";
  ALTER TABLE "todos_rels" DROP COLUMN "clients_id";
  ALTER TABLE "todos_rels" DROP COLUMN "contacts_id";
  ALTER TABLE "todos_rels" DROP COLUMN "opportunities_id";
  ALTER TABLE "todos_rels" DROP COLUMN "prospects_id";
  ALTER TABLE "todos_rels" DROP COLUMN "campaigns_id";
  ALTER TABLE "todos_rels" DROP COLUMN "marketing_actions_id";
  ALTER TABLE "_todos_v" DROP COLUMN "version_client_id";
  ALTER TABLE "_todos_v_rels" DROP COLUMN "clients_id";
  ALTER TABLE "_todos_v_rels" DROP COLUMN "contacts_id";
  ALTER TABLE "_todos_v_rels" DROP COLUMN "opportunities_id";
  ALTER TABLE "_todos_v_rels" DROP COLUMN "prospects_id";
  ALTER TABLE "_todos_v_rels" DROP COLUMN "campaigns_id";
  ALTER TABLE "_todos_v_rels" DROP COLUMN "marketing_actions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "clients_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contacts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "prospects_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "opportunities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "campaigns_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "marketing_actions_id";
  DROP TYPE "public"."enum_clients_legal_form";
  DROP TYPE "public"."enum_clients_type";
  DROP TYPE "public"."enum_clients_status";
  DROP TYPE "public"."enum__clients_v_version_legal_form";
  DROP TYPE "public"."enum__clients_v_version_type";
  DROP TYPE "public"."enum__clients_v_version_status";
  DROP TYPE "public"."enum_prospects_status_category";
  DROP TYPE "public"."enum__prospects_v_version_status_category";
  DROP TYPE "public"."enum_opportunities_outcome";
  DROP TYPE "public"."enum__opportunities_v_version_outcome";
  DROP TYPE "public"."enum_campaigns_status_category";
  DROP TYPE "public"."enum__campaigns_v_version_status_category";
  DROP TYPE "public"."enum_marketing_actions_status_category";
  DROP TYPE "public"."enum__marketing_actions_v_version_status_category";`)
}
