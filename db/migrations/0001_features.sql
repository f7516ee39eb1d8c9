CREATE TABLE `account` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text,
	`locale` text DEFAULT 'nb' NOT NULL,
	`council_term` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `account_email_unique` ON `account` (`email`);--> statement-breakpoint
CREATE TABLE `account_link` (
	`id` text PRIMARY KEY NOT NULL,
	`secret_hash` text NOT NULL,
	`kind` text NOT NULL,
	`municipality_id` integer NOT NULL,
	`email` text NOT NULL,
	`roles` text NOT NULL,
	`council_term` text,
	`locale` text DEFAULT 'nb' NOT NULL,
	`account_id` integer,
	`created_by` integer,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `account_role` (
	`account_id` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`account_id`, `role`),
	FOREIGN KEY (`account_id`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `activity` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer NOT NULL,
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`category` text NOT NULL,
	`activity_type` text NOT NULL,
	`organizer_id` integer NOT NULL,
	`location_id` integer NOT NULL,
	`age_min` integer NOT NULL,
	`age_max` integer NOT NULL,
	`is_free` integer NOT NULL,
	`price_nok` integer,
	`payment_support_url` text,
	`drop_in` integer DEFAULT false NOT NULL,
	`registration_url` text,
	`registration_deadline` text,
	`equipment_lending_url` text,
	`wheelchair_accessible` integer DEFAULT false NOT NULL,
	`adapted` integer DEFAULT false NOT NULL,
	`sensory_friendly` integer DEFAULT false NOT NULL,
	`in_language` text NOT NULL,
	`gender_restriction` text,
	`capacity` integer,
	`image_url` text,
	`last_checked_at` text NOT NULL,
	`published` integer DEFAULT true NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organizer_id`) REFERENCES `activity_organizer`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `activity_location`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activity_slug` ON `activity` (`municipality_id`,`slug`);--> statement-breakpoint
CREATE INDEX `activity_municipality_published` ON `activity` (`municipality_id`,`published`);--> statement-breakpoint
CREATE TABLE `activity_area` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`latitude` real,
	`longitude` real,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activity_area_slug` ON `activity_area` (`municipality_id`,`slug`);--> statement-breakpoint
CREATE TABLE `activity_cancellation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`schedule_id` integer NOT NULL,
	`date` text NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`schedule_id`) REFERENCES `activity_schedule`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activity_cancellation_unique` ON `activity_cancellation` (`schedule_id`,`date`);--> statement-breakpoint
CREATE TABLE `activity_except_date` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`schedule_id` integer NOT NULL,
	`date` text NOT NULL,
	FOREIGN KEY (`schedule_id`) REFERENCES `activity_schedule`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activity_except_date_unique` ON `activity_except_date` (`schedule_id`,`date`);--> statement-breakpoint
CREATE TABLE `activity_feed_tombstone` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer NOT NULL,
	`activity_id` integer NOT NULL,
	`deleted_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activity_feed_tombstone_activity` ON `activity_feed_tombstone` (`activity_id`);--> statement-breakpoint
CREATE TABLE `activity_location` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`street_address` text NOT NULL,
	`postal_code` text,
	`postal_town` text,
	`latitude` real,
	`longitude` real,
	`area_id` integer NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`area_id`) REFERENCES `activity_area`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activity_location_slug` ON `activity_location` (`municipality_id`,`slug`);--> statement-breakpoint
CREATE TABLE `activity_organizer` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`email` text,
	`phone` text,
	`url` text,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activity_organizer_slug` ON `activity_organizer` (`municipality_id`,`slug`);--> statement-breakpoint
CREATE TABLE `activity_schedule` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`by_day` text,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`timezone` text DEFAULT 'Europe/Oslo' NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activity`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `activity_schedule_activity` ON `activity_schedule` (`activity_id`);--> statement-breakpoint
CREATE TABLE `activity_translation` (
	`activity_id` integer NOT NULL,
	`lang` text NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`price_text` text,
	`how_to_join` text,
	`bring` text,
	`accessibility_note` text,
	`image_alt` text,
	PRIMARY KEY(`activity_id`, `lang`),
	FOREIGN KEY (`activity_id`) REFERENCES `activity`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer NOT NULL,
	`actor_id` integer,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`changes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_log_municipality_created_idx` ON `audit_log` (`municipality_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `consultation_outcome` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_measure_id` integer NOT NULL,
	`measure_answer_id` integer,
	`decision` text NOT NULL,
	`rationale` text NOT NULL,
	`rationale_en` text,
	`new_measure_version` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`round_measure_id`) REFERENCES `round_measure`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_answer_id`) REFERENCES `measure_answer`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `consultation_outcome_once` ON `consultation_outcome` (`round_measure_id`,`measure_answer_id`);--> statement-breakpoint
CREATE TABLE `consultation_response` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer NOT NULL,
	`round_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`signed_name` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`submitted_at` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_id`) REFERENCES `consultation_round`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `consultation_response_member` ON `consultation_response` (`round_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `consultation_round` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer NOT NULL,
	`plan_id` integer NOT NULL,
	`title` text NOT NULL,
	`intro` text NOT NULL,
	`opens_on` text NOT NULL,
	`deadline` text NOT NULL,
	`decision_date` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`statement_markdown` text,
	`statement_adopted_on` text,
	`feedback_published_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `focus_area` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer NOT NULL,
	`plan_id` integer NOT NULL,
	`slug` text NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`title_en` text,
	`description` text DEFAULT '' NOT NULL,
	`description_en` text,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `focus_area_plan_slug` ON `focus_area` (`plan_id`,`slug`);--> statement-breakpoint
CREATE TABLE `focus_area_advice` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`response_id` integer NOT NULL,
	`focus_area_id` integer NOT NULL,
	`advice` text NOT NULL,
	FOREIGN KEY (`response_id`) REFERENCES `consultation_response`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`focus_area_id`) REFERENCES `focus_area`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `focus_area_advice_once` ON `focus_area_advice` (`response_id`,`focus_area_id`);--> statement-breakpoint
CREATE TABLE `indicator` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer NOT NULL,
	`measure_id` integer NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`name_en` text,
	`source` text NOT NULL,
	`unit` text DEFAULT '%' NOT NULL,
	`baseline` real NOT NULL,
	`baseline_year` integer NOT NULL,
	`target` real NOT NULL,
	`target_year` integer NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`measure_id`) REFERENCES `measure`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicator_measure_slug` ON `indicator` (`measure_id`,`slug`);--> statement-breakpoint
CREATE TABLE `indicator_value` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`measured_on` text NOT NULL,
	`value` real NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicator_value_date` ON `indicator_value` (`indicator_id`,`measured_on`);--> statement-breakpoint
CREATE TABLE `location` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer,
	`slug` text NOT NULL,
	`location_type` text DEFAULT 'physical' NOT NULL,
	`address` text,
	`postal_code` text,
	`city` text,
	`latitude` real,
	`longitude` real,
	`url` text,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `location_slug_unique` ON `location` (`slug`);--> statement-breakpoint
CREATE TABLE `location_translation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`location_id` integer NOT NULL,
	`lang` text NOT NULL,
	`name` text NOT NULL,
	`accessibility` text,
	`directions` text,
	FOREIGN KEY (`location_id`) REFERENCES `location`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `location_translation_lang` ON `location_translation` (`location_id`,`lang`);--> statement-breakpoint
CREATE TABLE `login_failure` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subject` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_failure_subject_at_idx` ON `login_failure` (`subject`,`at`);--> statement-breakpoint
CREATE TABLE `measure` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer NOT NULL,
	`plan_id` integer NOT NULL,
	`slug` text NOT NULL,
	`current_version` integer DEFAULT 1 NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measure_plan_slug` ON `measure` (`plan_id`,`slug`);--> statement-breakpoint
CREATE TABLE `measure_answer` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`response_id` integer NOT NULL,
	`round_measure_id` integer NOT NULL,
	`stance` text,
	`importance` integer,
	`comment` text DEFAULT '' NOT NULL,
	`suggested_change` text DEFAULT '' NOT NULL,
	`signed` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`response_id`) REFERENCES `consultation_response`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`round_measure_id`) REFERENCES `round_measure`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measure_answer_once` ON `measure_answer` (`response_id`,`round_measure_id`);--> statement-breakpoint
CREATE TABLE `measure_version` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer NOT NULL,
	`measure_id` integer NOT NULL,
	`version` integer NOT NULL,
	`focus_area_id` integer NOT NULL,
	`title` text NOT NULL,
	`title_en` text,
	`description` text NOT NULL,
	`description_en` text,
	`level` text NOT NULL,
	`target_group` text NOT NULL,
	`target_group_en` text,
	`age_min` integer,
	`age_max` integer,
	`purpose` text DEFAULT '' NOT NULL,
	`purpose_en` text,
	`responsible` text NOT NULL,
	`participants` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`period_start` integer,
	`period_end` integer,
	`service_slugs` text DEFAULT '[]' NOT NULL,
	`change_note` text DEFAULT '' NOT NULL,
	`round_id` integer,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`measure_id`) REFERENCES `measure`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`focus_area_id`) REFERENCES `focus_area`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measure_version_number` ON `measure_version` (`measure_id`,`version`);--> statement-breakpoint
CREATE TABLE `organization` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer,
	`slug` text NOT NULL,
	`website` text,
	`email` text,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organization_slug_unique` ON `organization` (`slug`);--> statement-breakpoint
CREATE TABLE `organization_translation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`lang` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organization_translation_lang` ON `organization_translation` (`organization_id`,`lang`);--> statement-breakpoint
CREATE TABLE `outbox_email` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer NOT NULL,
	`recipient` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `phone` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` integer NOT NULL,
	`number` text NOT NULL,
	`type` text DEFAULT 'voice' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `service`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `phone_service` ON `phone` (`service_id`);--> statement-breakpoint
CREATE TABLE `phone_translation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`phone_id` integer NOT NULL,
	`lang` text NOT NULL,
	`description` text NOT NULL,
	FOREIGN KEY (`phone_id`) REFERENCES `phone`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `phone_translation_lang` ON `phone_translation` (`phone_id`,`lang`);--> statement-breakpoint
CREATE TABLE `plan` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`title_en` text,
	`period_start` integer NOT NULL,
	`period_end` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_municipality_slug` ON `plan` (`municipality_id`,`slug`);--> statement-breakpoint
CREATE TABLE `question_answer` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`response_id` integer NOT NULL,
	`question_id` integer NOT NULL,
	`value` text NOT NULL,
	FOREIGN KEY (`response_id`) REFERENCES `consultation_response`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `round_question`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `question_answer_once` ON `question_answer` (`response_id`,`question_id`);--> statement-breakpoint
CREATE TABLE `round_measure` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`measure_id` integer NOT NULL,
	`measure_version` integer NOT NULL,
	`position` integer NOT NULL,
	`frozen` text NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `consultation_round`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `measure`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `round_measure_once` ON `round_measure` (`round_id`,`measure_id`);--> statement-breakpoint
CREATE TABLE `round_question` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`prompt` text NOT NULL,
	`options` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `consultation_round`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `schedule` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` integer NOT NULL,
	`kind` text DEFAULT 'open' NOT NULL,
	`byday` text NOT NULL,
	`opens_at` text NOT NULL,
	`closes_at` text NOT NULL,
	`valid_from` text,
	`valid_to` text,
	FOREIGN KEY (`service_id`) REFERENCES `service`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `schedule_service` ON `schedule` (`service_id`);--> statement-breakpoint
CREATE TABLE `schedule_exception` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` integer NOT NULL,
	`date` text NOT NULL,
	`opens_at` text,
	`closes_at` text,
	FOREIGN KEY (`service_id`) REFERENCES `service`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `schedule_exception_day` ON `schedule_exception` (`service_id`,`date`);--> statement-breakpoint
CREATE TABLE `service` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`municipality_id` integer,
	`organization_id` integer NOT NULL,
	`slug` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`level` text DEFAULT 'universal' NOT NULL,
	`min_age` integer,
	`max_age` integer,
	`is_free` integer DEFAULT true NOT NULL,
	`referral_required` integer DEFAULT false NOT NULL,
	`can_be_anonymous` integer DEFAULT false NOT NULL,
	`drop_in` integer DEFAULT false NOT NULL,
	`is_emergency` integer DEFAULT false NOT NULL,
	`is_one_door` integer DEFAULT false NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`website` text,
	`email` text,
	`chat_url` text,
	`assured_date` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_slug_unique` ON `service` (`slug`);--> statement-breakpoint
CREATE INDEX `service_municipality` ON `service` (`municipality_id`);--> statement-breakpoint
CREATE TABLE `service_at_location` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` integer NOT NULL,
	`location_id` integer NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `service`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`location_id`) REFERENCES `location`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_at_location_pair` ON `service_at_location` (`service_id`,`location_id`);--> statement-breakpoint
CREATE TABLE `service_language` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` integer NOT NULL,
	`code` text NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `service`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_language_code` ON `service_language` (`service_id`,`code`);--> statement-breakpoint
CREATE TABLE `service_taxonomy` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` integer NOT NULL,
	`taxonomy_term_id` integer NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `service`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`taxonomy_term_id`) REFERENCES `taxonomy_term`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_taxonomy_pair` ON `service_taxonomy` (`service_id`,`taxonomy_term_id`);--> statement-breakpoint
CREATE TABLE `service_translation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` integer NOT NULL,
	`lang` text NOT NULL,
	`name` text NOT NULL,
	`summary` text NOT NULL,
	`description` text NOT NULL,
	`application_process` text,
	`eligibility` text,
	`fees` text,
	`referral_info` text,
	`confidentiality` text,
	`alert` text,
	FOREIGN KEY (`service_id`) REFERENCES `service`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_translation_lang` ON `service_translation` (`service_id`,`lang`);--> statement-breakpoint
CREATE TABLE `session` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` integer NOT NULL,
	`secret_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `session_account_idx` ON `session` (`account_id`);--> statement-breakpoint
CREATE TABLE `taxonomy_term` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`vocabulary` text DEFAULT 'inngang-topic' NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `taxonomy_term_code_unique` ON `taxonomy_term` (`code`);--> statement-breakpoint
CREATE TABLE `topic_daily_count` (
	`day` text NOT NULL,
	`topic` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `topic`)
);
--> statement-breakpoint
CREATE TABLE `translation_revision` (
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`lang` text NOT NULL,
	`saved_at` integer NOT NULL,
	PRIMARY KEY(`entity`, `entity_id`, `lang`)
);
