import type { ClassReaction, PreventionLevel, Stance } from '$lib/server/db/schema';
import type {
	ClassReactionsView,
	GeneralAnswersView,
	StatementBlock,
	SuppressedCount
} from '$lib/types/consultations';
import type { MeasureAggregate } from './aggregate';

/**
 * The council's statement (uttalelse) starts as a draft generated from the aggregates, in
 * Bokmål because it goes into a Norwegian political case. The leader and the coordinator
 * edit the Markdown afterwards; the generator is only the first draft.
 */
export type StatementInput = {
	roundTitle: string;
	planTitle: string;
	councilName: string;
	invited: number;
	submitted: number;
	measures: {
		title: string;
		level: PreventionLevel;
		rank: number;
		aggregate: MeasureAggregate;
		/** Class-code reactions to the measure, small groups already suppressed. */
		classReactions?: ClassReactionsView['measures'][number]['reactions'];
	}[];
	advice: { focusArea: string; items: string[] }[];
	/** Issue 17: the general questions, aggregated. */
	questions?: GeneralAnswersView['questions'];
	/** Young people outside the council who answered with class codes. */
	classAnswers?: number;
};

const levelNb: Record<PreventionLevel, string> = {
	universal: 'universelt (grønt)',
	selective: 'selektivt (gult)',
	indicated: 'indisert (rødt)'
};

const reactionNb: Record<ClassReaction, string> = {
	agree: 'enige',
	disagree: 'uenige',
	not_sure: 'vet ikke'
};

const countNb = (c: SuppressedCount) =>
	'count' in c ? String(c.count) : `færre enn ${c.fewerThan}`;

const stanceNb: Record<Stance, string> = {
	support: 'støtter',
	support_with_changes: 'støtter med endringer',
	do_not_support: 'støtter ikke',
	not_sure: 'usikre'
};

/** One line of member text: no line breaks, so it cannot break the Markdown structure. */
function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

export function generateStatement(input: StatementInput): string {
	const lines: string[] = [];
	lines.push(`# Uttalelse fra ${input.councilName}: ${input.roundTitle}`);
	lines.push('');
	lines.push(
		`${input.councilName} har behandlet «${input.planTitle}». ${input.submitted} av ${input.invited} medlemmer svarte på høringen.`
	);
	if (input.classAnswers) {
		lines.push(
			`I tillegg svarte ${input.classAnswers} unge med klassekoder på skoler og fritidsklubber.`
		);
	}
	lines.push('');
	const byRank = [...input.measures].sort((a, b) => a.rank - b.rank);
	if (byRank.length) {
		lines.push('## Sammendrag');
		lines.push('');
		lines.push('Rådet mener disse tiltakene er viktigst, i denne rekkefølgen:');
		lines.push('');
		byRank.slice(0, 3).forEach((m) => lines.push(`${m.rank}. ${m.title}`));
		lines.push('');
		lines.push('## Tiltakene');
		for (const m of byRank) {
			const a = m.aggregate;
			lines.push('');
			lines.push(`### ${m.title}`);
			lines.push('');
			lines.push(`Nivå: ${levelNb[m.level]}. Plass ${m.rank} i rådets prioritering.`);
			lines.push('');
			const stanceText = (Object.keys(stanceNb) as Stance[])
				.filter((s) => a.stances[s] > 0)
				.map((s) => `${a.stances[s]} ${stanceNb[s]}`)
				.join(', ');
			lines.push(`- Svar: ${a.answered}${stanceText ? ` (${stanceText})` : ''}`);
			if (a.importanceMean !== null) {
				lines.push(
					`- Viktighet: ${a.importanceMean.toFixed(1).replace('.', ',')} av 5 (spredning ${a.importanceSpread?.toFixed(1).replace('.', ',')})`
				);
			}
			if (input.classAnswers && m.classReactions?.length) {
				lines.push(
					`- Unge med klassekoder: ${m.classReactions.map((r) => `${countNb(r.count)} ${reactionNb[r.reaction]}`).join(', ')}`
				);
			}
			for (const s of a.suggestedChanges) {
				lines.push(`- Forslag til endring: ${oneLine(s.text)}${s.name ? ` (${s.name})` : ''}`);
			}
			for (const c of a.comments) {
				lines.push(`- Kommentar: ${oneLine(c.text)}${c.name ? ` (${c.name})` : ''}`);
			}
		}
		lines.push('');
	}
	const questions = (input.questions ?? []).filter((q) => q.answered > 0);
	if (questions.length) {
		lines.push('## Generelle spørsmål');
		for (const q of questions) {
			lines.push('');
			lines.push(`### ${oneLine(q.prompt)}`);
			lines.push('');
			const unit = q.kind === 'ranking' ? 'poeng' : 'svar';
			for (const c of q.counts) lines.push(`- ${oneLine(c.label)}: ${c.count} ${unit}`);
			for (const text of q.texts) lines.push(`- «${oneLine(text)}»`);
		}
		lines.push('');
	}
	const advice = input.advice.filter((a) => a.items.length);
	if (advice.length) {
		lines.push('## Råd fra ungdomsrådet');
		for (const area of advice) {
			lines.push('');
			lines.push(`### ${area.focusArea}`);
			lines.push('');
			for (const item of area.items) lines.push(`- ${oneLine(item)}`);
		}
		lines.push('');
	}
	return lines.join('\n');
}

export type { StatementBlock };

/**
 * The small part of Markdown the statement uses (headings, lists, paragraphs), as blocks
 * the page renders as text. Nothing is ever turned into HTML, so member text stays text.
 */
export function parseStatement(markdown: string): StatementBlock[] {
	const blocks: StatementBlock[] = [];
	let paragraph: string[] = [];
	const flush = () => {
		if (paragraph.length) blocks.push({ kind: 'p', text: paragraph.join(' ') });
		paragraph = [];
	};
	for (const raw of markdown.split(/\r?\n/)) {
		const line = raw.trim();
		const heading = /^(#{1,3})\s+(.*)$/.exec(line);
		const bullet = /^[-*]\s+(.*)$/.exec(line);
		const numbered = /^\d+[.)]\s+(.*)$/.exec(line);
		if (!line) {
			flush();
		} else if (heading) {
			flush();
			blocks.push({ kind: `h${heading[1].length}` as 'h1' | 'h2' | 'h3', text: heading[2] });
		} else if (bullet || numbered) {
			flush();
			const kind = bullet ? 'ul' : 'ol';
			const text = (bullet ?? numbered)![1];
			const last = blocks.at(-1);
			if (last && last.kind === kind) last.items.push(text);
			else blocks.push({ kind, items: [text] });
		} else {
			paragraph.push(line);
		}
	}
	flush();
	return blocks;
}
