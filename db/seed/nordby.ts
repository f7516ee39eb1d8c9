import { and, eq } from 'drizzle-orm';
import { inTransaction, type Executor, type InngangDatabase } from '../../src/lib/server/db/client';
import {
	consultationRound,
	focusArea,
	measure,
	measureVersion,
	municipality,
	plan,
	roundMeasure
} from '../../src/lib/server/db/schema';
import { addDays, osloInstant, osloToday } from '../../src/lib/server/time';
import { seedActivities, type ActivitySeedData } from './activities';
import { nordby } from './accounts';
import { seedServices, type ServiceSeedData } from './services';
import type { Text3 } from './services-data';

/**
 * Nordby kommune (demo): the second municipality, with just enough of everything (services,
 * an activity, a plan with an open round, staff) that every screen and API can be tested for
 * isolation. One service deliberately shares its slug with a Fjordvik service
 * (`nordvik-ungdomsklubb`: both municipalities have a place called Nordvik), so a lookup
 * that forgets the municipality picks the wrong row and a test notices.
 */

const same = (text: string): Text3 => ({ nb: text, nn: text, en: text });

const services: ServiceSeedData = {
	contentScope: 'nordby',
	organizations: [
		{
			slug: 'nordby-kommune',
			website: 'https://nordby.example',
			name: { nb: 'Nordby kommune', nn: 'Nordby kommune', en: 'Nordby municipality' }
		}
	],
	locations: [
		{
			slug: 'nordby-helsesenter',
			locationType: 'physical',
			address: 'Nordbyveien 2',
			postalCode: '9980',
			city: 'Nordby',
			latitude: 64.01,
			longitude: 11.5,
			name: same('Nordby helsesenter')
		}
	],
	services: [
		{
			slug: 'nordby-helsestasjon-for-ungdom',
			organization: 'nordby-kommune',
			level: 'universal',
			minAge: 13,
			maxAge: 20,
			isFree: true,
			canBeAnonymous: true,
			dropIn: true,
			location: 'nordby-helsesenter',
			topics: ['kropp-og-sex'],
			languages: ['nb'],
			phones: [{ number: '99 98 00 01', type: 'voice', description: same('Helsestasjonen') }],
			schedule: [{ kind: 'drop_in', byday: 'WE', opens: '14:00', closes: '17:00' }],
			holidays: true,
			text: {
				nb: {
					name: 'Nordby helsestasjon for ungdom',
					summary: 'Snakk med helsesykepleier i Nordby.',
					description: 'Drop-in hver onsdag for ungdom i Nordby.',
					apply: 'Kom innom.',
					eligibility: 'Ungdom 13–20 år i Nordby',
					fees: 'Gratis.',
					confidentiality: 'De har taushetsplikt.'
				},
				nn: {
					name: 'Nordby helsestasjon for ungdom',
					summary: 'Snakk med helsesjukepleiar i Nordby.',
					description: 'Drop-in kvar onsdag for ungdom i Nordby.',
					apply: 'Kom innom.',
					eligibility: 'Ungdom 13–20 år i Nordby',
					fees: 'Gratis.',
					confidentiality: 'Dei har teieplikt.'
				},
				en: {
					name: 'Nordby youth health centre',
					summary: 'Talk to a school nurse in Nordby.',
					description: 'Drop-in every Wednesday for young people in Nordby.',
					apply: 'Just come by.',
					eligibility: 'Young people aged 13–20 in Nordby',
					fees: 'Free.',
					confidentiality: 'They have a duty of confidentiality.'
				}
			}
		},
		{
			// The same slug as a Fjordvik service on purpose (see above).
			slug: 'nordvik-ungdomsklubb',
			organization: 'nordby-kommune',
			level: 'universal',
			minAge: 13,
			maxAge: 18,
			isFree: true,
			dropIn: true,
			location: 'nordby-helsesenter',
			topics: ['ensom'],
			languages: ['nb'],
			phones: [],
			schedule: [{ byday: 'FR', opens: '18:00', closes: '22:00' }],
			text: {
				nb: {
					name: 'Nordby-klubben i Nordvik',
					summary: 'Ungdomsklubb i Nordvik, Nordby kommune.',
					description: 'Åpen fredag kveld.',
					apply: 'Kom innom.',
					eligibility: 'Ungdom 13–18 år',
					fees: 'Gratis.',
					confidentiality: 'De ansatte har taushetsplikt.'
				},
				nn: {
					name: 'Nordby-klubben i Nordvik',
					summary: 'Ungdomsklubb i Nordvik, Nordby kommune.',
					description: 'Open fredag kveld.',
					apply: 'Kom innom.',
					eligibility: 'Ungdom 13–18 år',
					fees: 'Gratis.',
					confidentiality: 'Dei tilsette har teieplikt.'
				},
				en: {
					name: 'The Nordby club in Nordvik',
					summary: 'Youth club in Nordvik, Nordby municipality.',
					description: 'Open on Friday evenings.',
					apply: 'Just come by.',
					eligibility: 'Young people aged 13–18',
					fees: 'Free.',
					confidentiality: 'The staff have a duty of confidentiality.'
				}
			}
		}
	]
};

const activities: ActivitySeedData = {
	contentScope: 'nordby',
	areas: [{ slug: 'nordby-sentrum', name: 'Nordby sentrum', latitude: 64.01, longitude: 11.5 }],
	organizers: [
		{
			slug: 'nordby-fritid',
			name: 'Nordby kommune, fritid',
			kind: 'municipal',
			email: 'fritid@nordby.example'
		}
	],
	locations: [
		{
			slug: 'nordby-samfunnshus',
			name: 'Nordby samfunnshus',
			street: 'Nordbyveien 1',
			lat: 64.011,
			lon: 11.501,
			area: 'nordby-sentrum'
		}
	],
	activities: [
		{
			slug: 'nordby-brettspillkveld',
			kind: 'session_series',
			type: 'youth_club',
			organizer: 'nordby-fritid',
			location: 'nordby-samfunnshus',
			ages: [12, 18],
			free: true,
			dropIn: true,
			when: [{ days: 'TH', from: '18:00', to: '21:00', weeks: [0, null] }],
			texts: {
				nb: { name: 'Brettspillkveld i Nordby', description: 'Spill og snacks hver torsdag.' },
				nn: { name: 'Brettspelkveld i Nordby', description: 'Spel og snacks kvar torsdag.' },
				en: { name: 'Board game night in Nordby', description: 'Games and snacks every Thursday.' }
			}
		}
	]
};

const nordbyPlan = {
	slug: 'tiltaksplan-2026-2029',
	title: 'Nordby: plan for forebyggende tiltak 2026–2029',
	titleEn: 'Nordby: plan of preventive measures 2026–2029',
	periodStart: 2026,
	periodEnd: 2029
};

const nordbyMeasures = [
	{
		slug: 'nordby-moteplass',
		title: 'Møteplass for ungdom i Nordby',
		titleEn: 'A meeting place for young people in Nordby',
		description: 'Kommunen holder samfunnshuset åpent for ungdom to kvelder i uka.',
		descriptionEn:
			'The municipality keeps the community hall open for young people two evenings a week.'
	},
	{
		slug: 'nordby-helsesykepleier',
		title: 'Helsesykepleier på skolen hver dag',
		titleEn: 'A school nurse at school every day',
		description: 'Ungdomsskolen i Nordby får helsesykepleier til stede alle skoledager.',
		descriptionEn: 'Nordby lower secondary school gets a school nurse on site every school day.'
	}
];

/**
 * Nordby's plan with one focus area and two measures, and one round open for answers.
 * Idempotent: an existing plan (matched on its slug) is left as it is.
 */
function seedNordbyPlan(tx: Executor, municipalityId: number, now: Date): void {
	const existing = tx
		.select({ id: plan.id })
		.from(plan)
		.where(and(eq(plan.municipalityId, municipalityId), eq(plan.slug, nordbyPlan.slug)))
		.get();
	if (existing) return;
	const planRow = tx
		.insert(plan)
		.values({ ...nordbyPlan, municipalityId, status: 'draft' })
		.returning()
		.get();
	const area = tx
		.insert(focusArea)
		.values({
			municipalityId,
			planId: planRow.id,
			slug: 'moteplasser',
			position: 0,
			title: 'Møteplasser',
			titleEn: 'Meeting places',
			description: 'Steder der ungdom kan være uten å betale.'
		})
		.returning()
		.get();
	const frozen = [];
	for (const [position, m] of nordbyMeasures.entries()) {
		const row = tx
			.insert(measure)
			.values({ municipalityId, planId: planRow.id, slug: m.slug, position, currentVersion: 1 })
			.returning()
			.get();
		const content = {
			title: m.title,
			titleEn: m.titleEn,
			description: m.description,
			descriptionEn: m.descriptionEn,
			level: 'universal' as const,
			targetGroup: 'Ungdom 13–18 år i Nordby',
			purpose: 'Færre unge som er alene.',
			responsible: 'Nordby kommune, oppvekst'
		};
		tx.insert(measureVersion)
			.values({ municipalityId, measureId: row.id, version: 1, focusAreaId: area.id, ...content })
			.run();
		frozen.push({ measureId: row.id, position, frozen: { ...content, focusAreaId: area.id } });
	}
	const today = osloToday(now);
	const round = tx
		.insert(consultationRound)
		.values({
			municipalityId,
			planId: planRow.id,
			title: 'Høring: Nordbys tiltaksplan',
			intro: 'Ungdomsrådet i Nordby får planen på høring.',
			opensOn: today,
			deadline: osloInstant(addDays(today, 28), 23 * 60 + 59).toISOString(),
			decisionDate: addDays(today, 60),
			status: 'open'
		})
		.returning()
		.get();
	for (const f of frozen)
		tx.insert(roundMeasure)
			.values({ roundId: round.id, measureVersion: 1, ...f })
			.run();
}

/** Loads Nordby's demo content (its staff are in accounts.ts). Safe to repeat. */
export function seedNordby(
	db: InngangDatabase,
	now: Date = new Date()
): { municipalityId: number } {
	const municipalityId = inTransaction(
		db,
		(tx) =>
			tx
				.insert(municipality)
				.values(nordby)
				.onConflictDoUpdate({ target: municipality.slug, set: { name: nordby.name, isDemo: true } })
				.returning({ id: municipality.id })
				.get().id
	);
	inTransaction(db, (tx) => seedServices(tx, municipalityId, now, services));
	seedActivities(db, municipalityId, now, activities);
	inTransaction(db, (tx) => seedNordbyPlan(tx, municipalityId, now));
	return { municipalityId };
}
