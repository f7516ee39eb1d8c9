CREATE INDEX `round_question_round` ON `round_question` (`round_id`);--> statement-breakpoint
CREATE INDEX `service_organization` ON `service` (`organization_id`);--> statement-breakpoint
CREATE INDEX `service_taxonomy_term` ON `service_taxonomy` (`taxonomy_term_id`);