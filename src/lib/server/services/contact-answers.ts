import type { ContactAnswer, ContactFacts } from '$lib/types/services';

/**
 * "Hva skjer når jeg tar kontakt?": the service's structured contact facts turned into
 * answers, as locale keys the page words in the visitor's language.
 *
 * - A fact staff have not filled in (null) is left out, never guessed; the page then says
 *   "ask them". `isFree` and `canBeAnonymous` are yes/no fields the staff form always sets.
 * - The law is not written here. Which rule applies to a service (`whoIsTold`) and from what
 *   age you decide yourself (`ownDecisionAge`) are values staff keep and can correct; the
 *   sentences only say what each value means (see the seed's note for the sources).
 * - With the visitor's age (`?alder=`), the age sentence says which side of that age they
 *   are on, instead of making a 13-year-old work it out.
 */
export function contactAnswers(facts: ContactFacts, visitorAge: number | null): ContactAnswer[] {
	const answers: ContactAnswer[] = [];
	if (facts.whoAnswers)
		answers.push({ question: 'who_answers', text: facts.whoAnswers, lines: [] });
	answers.push({
		question: 'anonymous',
		lines: [{ key: facts.canBeAnonymous ? 'contact_a_anonymous_yes' : 'contact_a_anonymous_no' }]
	});
	if (facts.writtenDown)
		answers.push({
			question: 'written_down',
			lines: [{ key: `contact_a_written_${facts.writtenDown}` }]
		});
	const told = whoIsToldLines(facts, visitorAge);
	if (told.length > 0) answers.push({ question: 'who_is_told', lines: told });
	if (facts.bringFriend !== null)
		answers.push({
			question: 'bring_friend',
			lines: [{ key: facts.bringFriend ? 'contact_a_friend_yes' : 'contact_a_friend_no' }]
		});
	answers.push({
		question: 'cost',
		lines: [{ key: facts.isFree ? 'contact_a_cost_free' : 'contact_a_cost_paid' }]
	});
	if (facts.interpreter !== null)
		answers.push({
			question: 'interpreter',
			lines: [{ key: facts.interpreter ? 'contact_a_interpreter_yes' : 'contact_a_interpreter_no' }]
		});
	return answers;
}

/** The questions a page can answer at most; fewer answers mean "ask them" is worth saying. */
export const contactQuestionCount = 7;

function whoIsToldLines(facts: ContactFacts, visitorAge: number | null): ContactAnswer['lines'] {
	const lines: ContactAnswer['lines'] = [];
	if (facts.whoIsTold) lines.push({ key: `contact_a_told_${facts.whoIsTold}` });
	// Health staff must still act when someone is in serious danger (the other two rules
	// already say so, or are the child-welfare service itself).
	if (facts.whoIsTold === 'health') lines.push({ key: 'contact_a_told_danger' });
	const age = facts.ownDecisionAge;
	if (age !== null) {
		// In a child-welfare case the age gives you your own rights as a party, which is not
		// the same as deciding alone who is told; the words say so.
		const kind = facts.whoIsTold === 'parents_involved' ? 'party' : 'own';
		const side = visitorAge === null ? 'from' : visitorAge >= age ? 'over' : 'under';
		lines.push({ key: `contact_a_${kind}_age_${side}`, values: { age } });
	}
	return lines;
}
