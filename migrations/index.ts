import * as migration_20261128_025225_initial from './20261128_025225_initial';
import * as migration_20261128_042213_crm from './20261128_042213_crm';
import * as migration_20261128_050654_offers from './20261128_050654_offers';
import * as migration_20261128_053249_scheduled_jobs from './20261128_053249_scheduled_jobs';
import * as migration_20261128_071615_support from './20261128_071615_support';
import * as migration_20261128_235223_record_files_and_defaults from './20261128_235223_record_files_and_defaults';
import * as migration_20261129_015805_modules_in_config_order from './20261129_015805_modules_in_config_order';
import * as migration_20261129_054337_contracts_module from './20261129_054337_contracts_module';
import * as migration_20261129_090039_projects_module from './20261129_090039_projects_module';
import * as migration_20261129_171752_projects_time_and_tickets from './20261129_171752_projects_time_and_tickets';
import * as migration_20261129_174203_project_deliverables from './20261129_174203_project_deliverables';
import * as migration_20261129_204052_projects_alerts_documents_related from './20261129_204052_projects_alerts_documents_related';
import * as migration_20261129_230000_project_role_rows from './20261129_230000_project_role_rows';
import * as migration_20261130_003053_projects_take_over_alert_clearing from './20261130_003053_projects_take_over_alert_clearing';
import * as migration_20261130_043231_global_search from './20261130_043231_global_search';

export const migrations = [
  {
    up: migration_20261128_025225_initial.up,
    down: migration_20261128_025225_initial.down,
    name: '20261128_025225_initial',
  },
  {
    up: migration_20261128_042213_crm.up,
    down: migration_20261128_042213_crm.down,
    name: '20261128_042213_crm',
  },
  {
    up: migration_20261128_050654_offers.up,
    down: migration_20261128_050654_offers.down,
    name: '20261128_050654_offers',
  },
  {
    up: migration_20261128_053249_scheduled_jobs.up,
    down: migration_20261128_053249_scheduled_jobs.down,
    name: '20261128_053249_scheduled_jobs',
  },
  {
    up: migration_20261128_071615_support.up,
    down: migration_20261128_071615_support.down,
    name: '20261128_071615_support',
  },
  {
    up: migration_20261128_235223_record_files_and_defaults.up,
    down: migration_20261128_235223_record_files_and_defaults.down,
    name: '20261128_235223_record_files_and_defaults',
  },
  {
    up: migration_20261129_015805_modules_in_config_order.up,
    down: migration_20261129_015805_modules_in_config_order.down,
    name: '20261129_015805_modules_in_config_order',
  },
  {
    up: migration_20261129_054337_contracts_module.up,
    down: migration_20261129_054337_contracts_module.down,
    name: '20261129_054337_contracts_module',
  },
  {
    up: migration_20261129_090039_projects_module.up,
    down: migration_20261129_090039_projects_module.down,
    name: '20261129_090039_projects_module',
  },
  {
    up: migration_20261129_171752_projects_time_and_tickets.up,
    down: migration_20261129_171752_projects_time_and_tickets.down,
    name: '20261129_171752_projects_time_and_tickets',
  },
  {
    up: migration_20261129_174203_project_deliverables.up,
    down: migration_20261129_174203_project_deliverables.down,
    name: '20261129_174203_project_deliverables',
  },
  {
    up: migration_20261129_204052_projects_alerts_documents_related.up,
    down: migration_20261129_204052_projects_alerts_documents_related.down,
    name: '20261129_204052_projects_alerts_documents_related',
  },
  {
    up: migration_20261129_230000_project_role_rows.up,
    down: migration_20261129_230000_project_role_rows.down,
    name: '20261129_230000_project_role_rows',
  },
  {
    up: migration_20261130_003053_projects_take_over_alert_clearing.up,
    down: migration_20261130_003053_projects_take_over_alert_clearing.down,
    name: '20261130_003053_projects_take_over_alert_clearing',
  },
  {
    up: migration_20261130_043231_global_search.up,
    down: migration_20261130_043231_global_search.down,
    name: '20261130_043231_global_search'
  },
];
