ALTER TABLE `service` ADD `alert_from` text;--> statement-breakpoint
ALTER TABLE `service` ADD `alert_to` text;--> statement-breakpoint
ALTER TABLE `service` ADD `reply_minutes` integer;--> statement-breakpoint
ALTER TABLE `service` ADD `wait_days` integer;--> statement-breakpoint
ALTER TABLE `service` ADD `times_confirmed_on` text;--> statement-breakpoint
ALTER TABLE `service` ADD `written_down` text;--> statement-breakpoint
ALTER TABLE `service` ADD `who_is_told` text;--> statement-breakpoint
ALTER TABLE `service` ADD `own_decision_age` integer;--> statement-breakpoint
ALTER TABLE `service` ADD `bring_friend` integer;--> statement-breakpoint
ALTER TABLE `service` ADD `interpreter` integer;--> statement-breakpoint
ALTER TABLE `service_taxonomy` ADD `is_primary` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `service_translation` ADD `who_answers` text;