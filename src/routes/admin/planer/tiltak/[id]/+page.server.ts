import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { messagesJson } from '$lib/i18n/messages.server';
import {
	getMeasureWithHistory,
	measureChoices,
	measureFormValues,
	reviseMeasure,
	type SaveResult
} from '$lib/server/plans/measures';
import {
	addIndicator,
	listIndicators,
	recordIndicatorValue,
	removeIndicator,
	removeIndicatorValue,
	updateIndicator
} from '$lib/server/plans/indicators';
import {
	baseVersionOf,
	parseIndicatorForm,
	parseIndicatorValueForm,
	parseMeasureForm
} from '$lib/server/plans/measure-form';
import { listRounds } from '$lib/server/consultations/rounds';
import { osloToday } from '$lib/server/time';

function measureId(event: RequestEvent): number {
	const id = Number(event.params.id);
	if (!Number.isSafeInteger(id) || id < 1) error(404, 'Not found');
	return id;
}

function positive(form: FormData, name: string): number {
	const v = form.get(name);
	const n = typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : 0;
	if (n < 1) error(400, 'Bad request');
	return n;
}

/**
 * What the page says after a redirect: a new measure (`opprettet`) or a saved change
 * (`lagret=1`) made the current version; `lagret=verdi` is a measured value, no version.
 */
function savedFlags(url: URL, currentVersion: number) {
	const saved = url.searchParams.get('lagret');
	const versioned = url.searchParams.has('opprettet') || saved === '1';
	return { savedVersion: versioned ? currentVersion : null, valueSaved: saved === 'verdi' };
}

async function closedRounds(municipalityId: number) {
	const rounds = await listRounds(municipalityId);
	return rounds.filter((r) => r.phase === 'closed').map((r) => ({ id: r.id, title: r.title }));
}

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'coordinator');
	const found = await getMeasureWithHistory(user.municipalityId, measureId(event));
	if (!found) error(404, 'Not found');
	const [choices, indicators, rounds] = await Promise.all([
		measureChoices(user.municipalityId, found.measure.planId),
		listIndicators(found.measure.id),
		closedRounds(user.municipalityId)
	]);
	return {
		measure: { id: found.measure.id, slug: found.measure.slug },
		current: found.current,
		saved: measureFormValues(found.current, found.currentServices),
		areas: choices.areas.map((a) => ({ id: a.id, title: a.title })),
		services: choices.services,
		indicators,
		history: found.history,
		rounds,
		fromRound: Number(event.url.searchParams.get('horing') || 0) || null,
		...savedFlags(event.url, found.current.version),
		today: osloToday(),
		translations: messagesJson(event.locals.lang, ['admin', 'admin_plans', 'plan'])
	};
};

/** Conflict and not-found answers shared by the versioned actions. */
function refused(result: Exclude<SaveResult, { ok: true }>, action: string, values: unknown) {
	if (result.reason === 'not_found') error(404, 'Not found');
	return fail(409, { action, errors: { form: 'conflict' }, values });
}

export const actions: Actions = {
	save: async (event) => {
		const user = requireRole(event, 'coordinator');
		const id = measureId(event);
		const found = await getMeasureWithHistory(user.municipalityId, id);
		if (!found) error(404, 'Not found');
		const form = await event.request.formData();
		const [choices, rounds] = await Promise.all([
			measureChoices(user.municipalityId, found.measure.planId),
			closedRounds(user.municipalityId)
		]);
		const parsed = parseMeasureForm(form, {
			focusAreaIds: choices.areas.map((a) => a.id),
			serviceIds: choices.services.map((s) => s.id),
			roundIds: rounds.map((r) => r.id)
		});
		const base = baseVersionOf(form);
		if (!parsed.ok)
			return fail(400, { action: 'save', errors: parsed.errors, values: parsed.values });
		if (base === null)
			return fail(400, { action: 'save', errors: { form: 'conflict' }, values: parsed.values });
		const result = await reviseMeasure(user, id, base, parsed.value);
		if (!result.ok) return refused(result, 'save', parsed.values);
		const back = parsed.value.roundId
			? `/admin/horinger/${parsed.value.roundId}/utfall`
			: `/admin/planer/tiltak/${id}`;
		redirect(303, parsed.value.roundId ? `${back}?versjon=${result.version}` : `${back}?lagret=1`);
	},
	addIndicator: async (event) => {
		const user = requireRole(event, 'coordinator');
		const id = measureId(event);
		const form = await event.request.formData();
		const parsed = parseIndicatorForm(form);
		if (!parsed.ok)
			return fail(400, { action: 'indicator-new', errors: parsed.errors, values: parsed.values });
		const base = baseVersionOf(form) ?? 0;
		const result = await addIndicator(user, id, base, parsed.value);
		if (!result.ok) return refused(result, 'indicator-new', parsed.values);
		redirect(303, `/admin/planer/tiltak/${id}?lagret=1#indikatorer`);
	},
	updateIndicator: async (event) => {
		const user = requireRole(event, 'coordinator');
		const id = measureId(event);
		const form = await event.request.formData();
		const indicatorId = positive(form, 'indicatorId');
		const action = `indicator-${indicatorId}`;
		const parsed = parseIndicatorForm(form);
		if (!parsed.ok) return fail(400, { action, errors: parsed.errors, values: parsed.values });
		const result = await updateIndicator(
			user,
			id,
			indicatorId,
			baseVersionOf(form) ?? 0,
			parsed.value
		);
		if (!result.ok) return refused(result, action, parsed.values);
		redirect(303, `/admin/planer/tiltak/${id}?lagret=1#indikatorer`);
	},
	removeIndicator: async (event) => {
		const user = requireRole(event, 'coordinator');
		const id = measureId(event);
		const form = await event.request.formData();
		const indicatorId = positive(form, 'indicatorId');
		const result = await removeIndicator(user, id, indicatorId, baseVersionOf(form) ?? 0);
		if (!result.ok) return refused(result, `indicator-${indicatorId}`, null);
		redirect(303, `/admin/planer/tiltak/${id}?lagret=1#indikatorer`);
	},
	addValue: async (event) => {
		const user = requireRole(event, 'coordinator');
		const id = measureId(event);
		const form = await event.request.formData();
		const indicatorId = positive(form, 'indicatorId');
		const action = `value-${indicatorId}`;
		const parsed = parseIndicatorValueForm(form, osloToday());
		if (!parsed.ok) return fail(400, { action, errors: parsed.errors, values: parsed.values });
		if (!(await recordIndicatorValue(user, id, indicatorId, parsed.value))) error(404, 'Not found');
		redirect(303, `/admin/planer/tiltak/${id}?lagret=verdi#indikator-${indicatorId}`);
	},
	removeValue: async (event) => {
		const user = requireRole(event, 'coordinator');
		const id = measureId(event);
		const form = await event.request.formData();
		const indicatorId = positive(form, 'indicatorId');
		const valueId = positive(form, 'valueId');
		if (!(await removeIndicatorValue(user, id, indicatorId, valueId))) error(404, 'Not found');
		redirect(303, `/admin/planer/tiltak/${id}?lagret=verdi#indikator-${indicatorId}`);
	}
};
