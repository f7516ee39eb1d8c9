ALTER TABLE `consultation_round` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `consultation_round` ADD `statement_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `consultation_round` ADD `outcomes_version` integer DEFAULT 1 NOT NULL;