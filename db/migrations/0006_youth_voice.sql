CREATE TABLE `class_answer` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`day` text NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `consultation_round`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `class_code` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`code_hash` text NOT NULL,
	`used` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `consultation_round`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `class_code_hash` ON `class_code` (`code_hash`);--> statement-breakpoint
CREATE TABLE `class_code_attempt` (
	`round_id` integer NOT NULL,
	`minute` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`round_id`, `minute`),
	FOREIGN KEY (`round_id`) REFERENCES `consultation_round`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `class_reaction` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`answer_id` integer NOT NULL,
	`round_measure_id` integer NOT NULL,
	`reaction` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`answer_id`) REFERENCES `class_answer`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`round_measure_id`) REFERENCES `round_measure`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `class_reaction_once` ON `class_reaction` (`answer_id`,`round_measure_id`);--> statement-breakpoint
CREATE TABLE `follow_up` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`input_key` text NOT NULL,
	`responsible` text NOT NULL,
	`due_on` text,
	`reminded_for` text,
	FOREIGN KEY (`round_id`) REFERENCES `consultation_round`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `follow_up_once` ON `follow_up` (`round_id`,`input_key`);--> statement-breakpoint
CREATE TABLE `follow_up_note` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`follow_up_id` integer NOT NULL,
	`text` text NOT NULL,
	`text_en` text,
	`written_on` text NOT NULL,
	FOREIGN KEY (`follow_up_id`) REFERENCES `follow_up`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `general_outcome` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`input_key` text NOT NULL,
	`decision` text NOT NULL,
	`rationale` text NOT NULL,
	`rationale_en` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `consultation_round`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `general_outcome_once` ON `general_outcome` (`round_id`,`input_key`);--> statement-breakpoint
CREATE TABLE `needs_daily_count` (
	`day` text NOT NULL,
	`kind` text NOT NULL,
	`topic` text NOT NULL,
	`lang` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `kind`, `topic`, `lang`)
);
--> statement-breakpoint
CREATE TABLE `round_needs_picture` (
	`round_id` integer PRIMARY KEY NOT NULL,
	`picture` text NOT NULL,
	`attached_on` text NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `consultation_round`(`id`) ON UPDATE no action ON DELETE cascade
);
