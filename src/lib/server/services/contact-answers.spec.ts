import { describe, expect, it } from 'vitest';
import type { ContactFacts } from '$lib/types/services';
import { contactAnswers } from './contact-answers';

const clinic: ContactFacts = {
	whoAnswers: { text: 'En helsesykepleier.', lang: 'nb' },
	canBeAnonymous: true,
	writtenDown: 'record',
	whoIsTold: 'health',
	ownDecisionAge: 16,
	bringFriend: true,
	interpreter: true,
	isFree: true
};

const unknown: ContactFacts = {
	whoAnswers: null,
	canBeAnonymous: false,
	writtenDown: null,
	whoIsTold: null,
	ownDecisionAge: null,
	bringFriend: null,
	interpreter: null,
	isFree: false
};

const toldKeys = (facts: ContactFacts, age: number | null) =>
	contactAnswers(facts, age)
		.find((a) => a.question === 'who_is_told')
		?.lines.map((l) => l.key);

describe('contactAnswers', () => {
	it('answers all seven questions when staff filled in every fact', () => {
		const answers = contactAnswers(clinic, null);
		expect(answers.map((a) => a.question)).toEqual([
			'who_answers',
			'anonymous',
			'written_down',
			'who_is_told',
			'bring_friend',
			'cost',
			'interpreter'
		]);
		expect(answers[0].text?.text).toBe('En helsesykepleier.');
		expect(answers.find((a) => a.question === 'written_down')?.lines).toEqual([
			{ key: 'contact_a_written_record' }
		]);
	});

	it('leaves out what nobody filled in instead of guessing', () => {
		const answers = contactAnswers(unknown, 14);
		// Anonymous and cost are yes/no fields the staff form always sets.
		expect(answers.map((a) => a.question)).toEqual(['anonymous', 'cost']);
		expect(answers.flatMap((a) => a.lines.map((l) => l.key))).toEqual([
			'contact_a_anonymous_no',
			'contact_a_cost_paid'
		]);
	});

	it('says from what age you decide yourself when the visitor gave no age', () => {
		const told = contactAnswers(clinic, null).find((a) => a.question === 'who_is_told');
		expect(told?.lines).toEqual([
			{ key: 'contact_a_told_health' },
			{ key: 'contact_a_told_danger' },
			{ key: 'contact_a_own_age_from', values: { age: 16 } }
		]);
	});

	it('tells a 14-year-old they are under the age, and a 16-year-old they decide', () => {
		expect(toldKeys(clinic, 14)).toContain('contact_a_own_age_under');
		expect(toldKeys(clinic, 16)).toContain('contact_a_own_age_over');
		expect(toldKeys(clinic, 23)).toContain('contact_a_own_age_over');
	});

	it('follows the age staff set, not a fixed 16', () => {
		const youngerRule = { ...clinic, ownDecisionAge: 12 };
		expect(toldKeys(youngerRule, 13)).toContain('contact_a_own_age_over');
		const told = contactAnswers(youngerRule, 13).find((a) => a.question === 'who_is_told');
		expect(told?.lines.at(-1)?.values).toEqual({ age: 12 });
	});

	it('words the child-welfare age as your own rights in the case', () => {
		const welfare = { ...clinic, whoIsTold: 'parents_involved' as const, ownDecisionAge: 15 };
		expect(toldKeys(welfare, 13)).toEqual([
			'contact_a_told_parents_involved',
			'contact_a_party_age_under'
		]);
		expect(toldKeys(welfare, 15)).toEqual([
			'contact_a_told_parents_involved',
			'contact_a_party_age_over'
		]);
	});

	it('says "no" plainly for facts staff set to no', () => {
		const answers = contactAnswers(
			{ ...clinic, bringFriend: false, interpreter: false, canBeAnonymous: false },
			null
		);
		const key = (q: string) => answers.find((a) => a.question === q)?.lines[0].key;
		expect(key('bring_friend')).toBe('contact_a_friend_no');
		expect(key('interpreter')).toBe('contact_a_interpreter_no');
		expect(key('anonymous')).toBe('contact_a_anonymous_no');
	});
});
