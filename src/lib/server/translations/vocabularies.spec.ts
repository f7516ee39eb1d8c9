import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages, type Language } from '$lib/i18n/languages';
import {
	activityCategories,
	activityKinds,
	genderRestrictions,
	organizerKinds
} from '$lib/server/db/schema';
import { activityTypes } from '$lib/server/activities/vocabulary';
import { timeOfDaySlugs, weekdaySlugs } from '$lib/server/activities/filters';
import { weekdayList, weekdayName } from '$lib/server/activities/format';
import { allTopics } from '$lib/server/services/topics';

/**
 * The controlled vocabularies content is tagged with (an activity's category, kind, type,
 * the time of day, who runs it, ages and price; a service's topics) are shown as UI strings,
 * never as their codes. Every code the code knows needs a label in all seven languages, in
 * the language's own words: a key i18next cannot find is shown as the key itself
 * ("activities.category_sport") to an English or Arabic visitor.
 */
const vocabularies: Record<string, string[]> = {
	'activity categories': activityCategories.map((c) => `activities.category_${c}`),
	'activity kinds': activityKinds.map((k) => `activities.kind_${k}`),
	'activity types': Object.keys(activityTypes).map((t) => `activities.type_${t}`),
	'times of day': Object.keys(timeOfDaySlugs).map((s) => `activities.time_${s}`),
	'girls or boys only': genderRestrictions.map((g) => `activities.gender_${g}`),
	organisers: organizerKinds.map((k) => `activities.organizer_${k}`),
	'ages and costs': [
		'activities.age_range',
		'activities.filter_age',
		'activities.free',
		'activities.free_long',
		'activities.filter_free',
		'activities.price_nok'
	],
	'service topics': allTopics.flatMap((t) => [
		`finder.topic_${t.key}`,
		`finder.topic_${t.key}_friend`
	])
};

/** Labels that are, after a translator's check, the same word as in Bokmål. */
const sameAsBokmal: Partial<Record<Language, string[]>> = {
	// "kr" is how prices in kroner are written on Norwegian signs and receipts.
	en: ['activities.category_gaming', 'activities.type_basketball', 'activities.price_nok'],
	// "ferie" and "kurs" are Polish words too (school holidays, a course).
	pl: ['activities.category_holiday', 'activities.kind_course', 'activities.price_nok']
};

/** Letters a label in this language must contain (it is not in the Latin alphabet). */
const script: Partial<Record<Language, RegExp>> = {
	uk: /\p{Script=Cyrillic}/u,
	ar: /\p{Script=Arabic}/u
};

const messages = (lang: string) => {
	const cache = new Map<string, Record<string, string>>();
	return (key: string): string | undefined => {
		const [ns, name] = key.split('.');
		if (!cache.has(ns))
			cache.set(ns, JSON.parse(readFileSync(join('locales', lang, `${ns}.json`), 'utf8')));
		return cache.get(ns)![name];
	};
};
const nb = messages('nb');

describe('content vocabularies', () => {
	for (const { code: lang } of languages) {
		describe(lang, () => {
			const label = messages(lang);
			for (const [vocabulary, keys] of Object.entries(vocabularies)) {
				it(`labels every ${vocabulary} in its own words`, () => {
					for (const key of keys) {
						const text = label(key);
						expect(text, `${lang}: ${key}`).toBeTypeOf('string');
						expect(text!.trim(), `${lang}: ${key}`).not.toBe('');
						expect(text, `${lang}: ${key} shows its code`).not.toBe(key.split('.')[1]);
						if (script[lang]) expect(text, `${lang}: ${key}`).toMatch(script[lang]);
						if (lang !== 'nb' && lang !== 'nn' && !sameAsBokmal[lang]?.includes(key))
							expect(text, `${lang}: ${key} is the Bokmål text`).not.toBe(nb(key));
					}
				});
			}

			it('names the seven weekdays in its own language', () => {
				const names = Object.values(weekdaySlugs).map((code) => weekdayName(code, lang));
				expect(new Set(names).size).toBe(7);
				if (lang !== 'en') expect(names).not.toContain(weekdayName('TU', 'en')); // ICU fell back to English
				if (lang !== 'nb' && lang !== 'nn') expect(names).not.toContain('tirsdag');
				if (script[lang]) for (const name of names) expect(name).toMatch(script[lang]);
				expect(weekdayList(['TU', 'TH'], lang)).toContain(weekdayName('TH', lang));
			});
		});
	}

	it('has a weekday slug for each of the seven days', () => {
		expect(Object.values(weekdaySlugs).sort()).toEqual(['FR', 'MO', 'SA', 'SU', 'TH', 'TU', 'WE']);
	});
});
