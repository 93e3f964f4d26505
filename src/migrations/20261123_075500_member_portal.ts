import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`good_practices_workflow_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`good_practices\` ADD \`review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`good_practices\` ADD \`last_change_action\` text;`)
  await db.run(sql`ALTER TABLE \`good_practices\` ADD \`last_change_at\` text;`)
  await db.run(sql`CREATE INDEX \`good_practices_review_status_idx\` ON \`good_practices\` (\`review_status\`);`)
  await db.run(sql`ALTER TABLE \`good_practices\` DROP COLUMN \`workflow_status\`;`)
  await db.run(sql`DROP INDEX \`_good_practices_v_version_version_workflow_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` ADD \`version_review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` ADD \`version_last_change_action\` text;`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` ADD \`version_last_change_at\` text;`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_review_status_idx\` ON \`_good_practices_v\` (\`version_review_status\`);`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` DROP COLUMN \`version_workflow_status\`;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`last_change_action\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`last_change_at\` text;`)
  await db.run(sql`CREATE INDEX \`news_review_status_idx\` ON \`news\` (\`review_status\`);`)
  await db.run(sql`ALTER TABLE \`news_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`news_rels\` ADD \`members_id\` integer REFERENCES members(id);`)
  await db.run(sql`CREATE INDEX \`news_rels_users_id_idx\` ON \`news_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_members_id_idx\` ON \`news_rels\` (\`members_id\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_last_change_action\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_last_change_at\` text;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_review_status_idx\` ON \`_news_v\` (\`version_review_status\`);`)
  await db.run(sql`ALTER TABLE \`_news_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_news_v_rels\` ADD \`members_id\` integer REFERENCES members(id);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_users_id_idx\` ON \`_news_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_members_id_idx\` ON \`_news_v_rels\` (\`members_id\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`last_change_action\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`last_change_at\` text;`)
  await db.run(sql`CREATE INDEX \`pages_review_status_idx\` ON \`pages\` (\`review_status\`);`)
  await db.run(sql`ALTER TABLE \`pages_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`pages_rels\` ADD \`members_id\` integer REFERENCES members(id);`)
  await db.run(sql`CREATE INDEX \`pages_rels_users_id_idx\` ON \`pages_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_members_id_idx\` ON \`pages_rels\` (\`members_id\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_last_change_action\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_last_change_at\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_review_status_idx\` ON \`_pages_v\` (\`version_review_status\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_pages_v_rels\` ADD \`members_id\` integer REFERENCES members(id);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_users_id_idx\` ON \`_pages_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_members_id_idx\` ON \`_pages_v_rels\` (\`members_id\`);`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`last_change_action\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`last_change_at\` text;`)
  await db.run(sql`CREATE INDEX \`services_review_status_idx\` ON \`services\` (\`review_status\`);`)
  await db.run(sql`ALTER TABLE \`services_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`services_rels\` ADD \`members_id\` integer REFERENCES members(id);`)
  await db.run(sql`CREATE INDEX \`services_rels_users_id_idx\` ON \`services_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_members_id_idx\` ON \`services_rels\` (\`members_id\`);`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_last_change_action\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_last_change_at\` text;`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_review_status_idx\` ON \`_services_v\` (\`version_review_status\`);`)
  await db.run(sql`ALTER TABLE \`_services_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_services_v_rels\` ADD \`members_id\` integer REFERENCES members(id);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_users_id_idx\` ON \`_services_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_members_id_idx\` ON \`_services_v_rels\` (\`members_id\`);`)
  await db.run(sql`ALTER TABLE \`good_practices_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`good_practices_rels\` ADD \`members_id\` integer REFERENCES members(id);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_users_id_idx\` ON \`good_practices_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_members_id_idx\` ON \`good_practices_rels\` (\`members_id\`);`)
  await db.run(sql`ALTER TABLE \`_good_practices_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_good_practices_v_rels\` ADD \`members_id\` integer REFERENCES members(id);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_users_id_idx\` ON \`_good_practices_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_members_id_idx\` ON \`_good_practices_v_rels\` (\`members_id\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`last_change_action\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`last_change_at\` text;`)
  await db.run(sql`CREATE INDEX \`events_review_status_idx\` ON \`events\` (\`review_status\`);`)
  await db.run(sql`ALTER TABLE \`events_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`events_rels\` ADD \`members_id\` integer REFERENCES members(id);`)
  await db.run(sql`CREATE INDEX \`events_rels_users_id_idx\` ON \`events_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_members_id_idx\` ON \`events_rels\` (\`members_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_last_change_action\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_last_change_at\` text;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_review_status_idx\` ON \`_events_v\` (\`version_review_status\`);`)
  await db.run(sql`ALTER TABLE \`_events_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_events_v_rels\` ADD \`members_id\` integer REFERENCES members(id);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_users_id_idx\` ON \`_events_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_members_id_idx\` ON \`_events_v_rels\` (\`members_id\`);`)
  await db.run(sql`ALTER TABLE \`seminars\` ADD \`review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`seminars\` ADD \`last_change_action\` text;`)
  await db.run(sql`ALTER TABLE \`seminars\` ADD \`last_change_at\` text;`)
  await db.run(sql`CREATE INDEX \`seminars_review_status_idx\` ON \`seminars\` (\`review_status\`);`)
  await db.run(sql`ALTER TABLE \`seminars_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`seminars_rels\` ADD \`members_id\` integer REFERENCES members(id);`)
  await db.run(sql`CREATE INDEX \`seminars_rels_users_id_idx\` ON \`seminars_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`seminars_rels_members_id_idx\` ON \`seminars_rels\` (\`members_id\`);`)
  await db.run(sql`ALTER TABLE \`_seminars_v\` ADD \`version_review_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_seminars_v\` ADD \`version_last_change_action\` text;`)
  await db.run(sql`ALTER TABLE \`_seminars_v\` ADD \`version_last_change_at\` text;`)
  await db.run(sql`CREATE INDEX \`_seminars_v_version_version_review_status_idx\` ON \`_seminars_v\` (\`version_review_status\`);`)
  await db.run(sql`ALTER TABLE \`_seminars_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_seminars_v_rels\` ADD \`members_id\` integer REFERENCES members(id);`)
  await db.run(sql`CREATE INDEX \`_seminars_v_rels_users_id_idx\` ON \`_seminars_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_seminars_v_rels_members_id_idx\` ON \`_seminars_v_rels\` (\`members_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`association_id\` integer REFERENCES associations(id);`)
  await db.run(sql`CREATE INDEX \`media_association_idx\` ON \`media\` (\`association_id\`);`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`pending_email\` text;`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`email_change_token_hash\` text;`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`email_change_expires_at\` text;`)
  await db.run(sql`CREATE INDEX \`members_approved_by_idx\` ON \`members\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`members_email_change_token_hash_idx\` ON \`members\` (\`email_change_token_hash\`);`)
  await db.run(sql`ALTER TABLE \`members\` DROP COLUMN \`reset_password_requested_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`reset_password_requested_at\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_news_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`categories_id\` integer,
  	\`events_id\` integer,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_news_rels\`("id", "order", "parent_id", "path", "categories_id", "events_id", "documents_id") SELECT "id", "order", "parent_id", "path", "categories_id", "events_id", "documents_id" FROM \`news_rels\`;`)
  await db.run(sql`DROP TABLE \`news_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_news_rels\` RENAME TO \`news_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`news_rels_order_idx\` ON \`news_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_parent_idx\` ON \`news_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_path_idx\` ON \`news_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_categories_id_idx\` ON \`news_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_events_id_idx\` ON \`news_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_documents_id_idx\` ON \`news_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`categories_id\` integer,
  	\`events_id\` integer,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__news_v_rels\`("id", "order", "parent_id", "path", "categories_id", "events_id", "documents_id") SELECT "id", "order", "parent_id", "path", "categories_id", "events_id", "documents_id" FROM \`_news_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_news_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v_rels\` RENAME TO \`_news_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_order_idx\` ON \`_news_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_parent_idx\` ON \`_news_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_path_idx\` ON \`_news_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_categories_id_idx\` ON \`_news_v_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_events_id_idx\` ON \`_news_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_documents_id_idx\` ON \`_news_v_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_pages_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`people_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pages_rels\`("id", "order", "parent_id", "path", "documents_id", "people_id") SELECT "id", "order", "parent_id", "path", "documents_id", "people_id" FROM \`pages_rels\`;`)
  await db.run(sql`DROP TABLE \`pages_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_pages_rels\` RENAME TO \`pages_rels\`;`)
  await db.run(sql`CREATE INDEX \`pages_rels_order_idx\` ON \`pages_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_parent_idx\` ON \`pages_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_path_idx\` ON \`pages_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_documents_id_idx\` ON \`pages_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_rels_people_id_idx\` ON \`pages_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__pages_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`people_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__pages_v_rels\`("id", "order", "parent_id", "path", "documents_id", "people_id") SELECT "id", "order", "parent_id", "path", "documents_id", "people_id" FROM \`_pages_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__pages_v_rels\` RENAME TO \`_pages_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_order_idx\` ON \`_pages_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_parent_idx\` ON \`_pages_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_path_idx\` ON \`_pages_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_documents_id_idx\` ON \`_pages_v_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_rels_people_id_idx\` ON \`_pages_v_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_services_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_services_rels\`("id", "order", "parent_id", "path", "people_id") SELECT "id", "order", "parent_id", "path", "people_id" FROM \`services_rels\`;`)
  await db.run(sql`DROP TABLE \`services_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_services_rels\` RENAME TO \`services_rels\`;`)
  await db.run(sql`CREATE INDEX \`services_rels_order_idx\` ON \`services_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_parent_idx\` ON \`services_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_path_idx\` ON \`services_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`services_rels_people_id_idx\` ON \`services_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__services_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__services_v_rels\`("id", "order", "parent_id", "path", "people_id") SELECT "id", "order", "parent_id", "path", "people_id" FROM \`_services_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_services_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__services_v_rels\` RENAME TO \`_services_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_order_idx\` ON \`_services_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_parent_idx\` ON \`_services_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_path_idx\` ON \`_services_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_rels_people_id_idx\` ON \`_services_v_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_good_practices_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`good_practices_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_good_practices_rels\`("id", "order", "parent_id", "path", "documents_id", "good_practices_id") SELECT "id", "order", "parent_id", "path", "documents_id", "good_practices_id" FROM \`good_practices_rels\`;`)
  await db.run(sql`DROP TABLE \`good_practices_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_good_practices_rels\` RENAME TO \`good_practices_rels\`;`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_order_idx\` ON \`good_practices_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_parent_idx\` ON \`good_practices_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_path_idx\` ON \`good_practices_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_documents_id_idx\` ON \`good_practices_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_good_practices_id_idx\` ON \`good_practices_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__good_practices_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`good_practices_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_good_practices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__good_practices_v_rels\`("id", "order", "parent_id", "path", "documents_id", "good_practices_id") SELECT "id", "order", "parent_id", "path", "documents_id", "good_practices_id" FROM \`_good_practices_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_good_practices_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__good_practices_v_rels\` RENAME TO \`_good_practices_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_order_idx\` ON \`_good_practices_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_parent_idx\` ON \`_good_practices_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_path_idx\` ON \`_good_practices_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_documents_id_idx\` ON \`_good_practices_v_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_good_practices_id_idx\` ON \`_good_practices_v_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` integer,
  	\`people_id\` integer,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events_rels\`("id", "order", "parent_id", "path", "regions_id", "people_id", "documents_id") SELECT "id", "order", "parent_id", "path", "regions_id", "people_id", "documents_id" FROM \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_events_rels\` RENAME TO \`events_rels\`;`)
  await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_regions_id_idx\` ON \`events_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_people_id_idx\` ON \`events_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_documents_id_idx\` ON \`events_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` integer,
  	\`people_id\` integer,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v_rels\`("id", "order", "parent_id", "path", "regions_id", "people_id", "documents_id") SELECT "id", "order", "parent_id", "path", "regions_id", "people_id", "documents_id" FROM \`_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v_rels\` RENAME TO \`_events_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_order_idx\` ON \`_events_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_parent_idx\` ON \`_events_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_path_idx\` ON \`_events_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_regions_id_idx\` ON \`_events_v_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_people_id_idx\` ON \`_events_v_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_documents_id_idx\` ON \`_events_v_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_seminars_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` integer,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`seminars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_seminars_rels\`("id", "order", "parent_id", "path", "people_id", "documents_id") SELECT "id", "order", "parent_id", "path", "people_id", "documents_id" FROM \`seminars_rels\`;`)
  await db.run(sql`DROP TABLE \`seminars_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_seminars_rels\` RENAME TO \`seminars_rels\`;`)
  await db.run(sql`CREATE INDEX \`seminars_rels_order_idx\` ON \`seminars_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`seminars_rels_parent_idx\` ON \`seminars_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`seminars_rels_path_idx\` ON \`seminars_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`seminars_rels_people_id_idx\` ON \`seminars_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`seminars_rels_documents_id_idx\` ON \`seminars_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__seminars_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` integer,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_seminars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__seminars_v_rels\`("id", "order", "parent_id", "path", "people_id", "documents_id") SELECT "id", "order", "parent_id", "path", "people_id", "documents_id" FROM \`_seminars_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_seminars_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__seminars_v_rels\` RENAME TO \`_seminars_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_seminars_v_rels_order_idx\` ON \`_seminars_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_seminars_v_rels_parent_idx\` ON \`_seminars_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_seminars_v_rels_path_idx\` ON \`_seminars_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_seminars_v_rels_people_id_idx\` ON \`_seminars_v_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`_seminars_v_rels_documents_id_idx\` ON \`_seminars_v_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "credit", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename") SELECT "id", "credit", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_members\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`first_name\` text NOT NULL,
  	\`last_name\` text NOT NULL,
  	\`municipality_id\` integer NOT NULL,
  	\`position\` text DEFAULT 'official' NOT NULL,
  	\`phone\` text,
  	\`approval_status\` text DEFAULT 'pending' NOT NULL,
  	\`preferred_language\` text DEFAULT 'cs' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`_verified\` integer,
  	\`_verificationtoken\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_members\`("id", "first_name", "last_name", "municipality_id", "position", "phone", "approval_status", "preferred_language", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "_verified", "_verificationtoken", "login_attempts", "lock_until") SELECT "id", "first_name", "last_name", "municipality_id", "position", "phone", "approval_status", "preferred_language", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "_verified", "_verificationtoken", "login_attempts", "lock_until" FROM \`members\`;`)
  await db.run(sql`DROP TABLE \`members\`;`)
  await db.run(sql`ALTER TABLE \`__new_members\` RENAME TO \`members\`;`)
  await db.run(sql`CREATE INDEX \`members_municipality_idx\` ON \`members\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`members_approval_status_idx\` ON \`members\` (\`approval_status\`);`)
  await db.run(sql`CREATE INDEX \`members_updated_at_idx\` ON \`members\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`members_created_at_idx\` ON \`members\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`members_email_idx\` ON \`members\` (\`email\`);`)
  await db.run(sql`DROP INDEX \`news_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`review_status\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`last_change_action\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`last_change_at\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_version_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_review_status\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_last_change_action\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_last_change_at\`;`)
  await db.run(sql`DROP INDEX \`pages_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`review_status\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`last_change_action\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`last_change_at\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_review_status\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_last_change_action\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_last_change_at\`;`)
  await db.run(sql`DROP INDEX \`services_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`review_status\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`last_change_action\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`last_change_at\`;`)
  await db.run(sql`DROP INDEX \`_services_v_version_version_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_review_status\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_last_change_action\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_last_change_at\`;`)
  await db.run(sql`DROP INDEX \`good_practices_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`good_practices\` ADD \`workflow_status\` text DEFAULT 'submitted';`)
  await db.run(sql`CREATE INDEX \`good_practices_workflow_status_idx\` ON \`good_practices\` (\`workflow_status\`);`)
  await db.run(sql`ALTER TABLE \`good_practices\` DROP COLUMN \`review_status\`;`)
  await db.run(sql`ALTER TABLE \`good_practices\` DROP COLUMN \`last_change_action\`;`)
  await db.run(sql`ALTER TABLE \`good_practices\` DROP COLUMN \`last_change_at\`;`)
  await db.run(sql`DROP INDEX \`_good_practices_v_version_version_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` ADD \`version_workflow_status\` text DEFAULT 'submitted';`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_workflow_status_idx\` ON \`_good_practices_v\` (\`version_workflow_status\`);`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` DROP COLUMN \`version_review_status\`;`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` DROP COLUMN \`version_last_change_action\`;`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` DROP COLUMN \`version_last_change_at\`;`)
  await db.run(sql`DROP INDEX \`events_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`review_status\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`last_change_action\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`last_change_at\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_version_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_review_status\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_last_change_action\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_last_change_at\`;`)
  await db.run(sql`DROP INDEX \`seminars_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`seminars\` DROP COLUMN \`review_status\`;`)
  await db.run(sql`ALTER TABLE \`seminars\` DROP COLUMN \`last_change_action\`;`)
  await db.run(sql`ALTER TABLE \`seminars\` DROP COLUMN \`last_change_at\`;`)
  await db.run(sql`DROP INDEX \`_seminars_v_version_version_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_seminars_v\` DROP COLUMN \`version_review_status\`;`)
  await db.run(sql`ALTER TABLE \`_seminars_v\` DROP COLUMN \`version_last_change_action\`;`)
  await db.run(sql`ALTER TABLE \`_seminars_v\` DROP COLUMN \`version_last_change_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`reset_password_requested_at\` text;`)
}
