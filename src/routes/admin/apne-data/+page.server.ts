import { fail, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import { exportKinds } from '$lib/server/data-exchange/exports';
import { publishedFeeds } from '$lib/server/data-exchange/published';
import {
	checkImport,
	columnDocs,
	maxImportBytes,
	mayExport,
	readImportForm,
	runImport
} from '$lib/server/data-exchange/imports';
import { forgetCheckedFile, keepCheckedFile } from '$lib/server/data-exchange/checked-files';
import { isCut, keepImportReport, shownReport } from '$lib/server/data-exchange/import-report';
import { prepareWorker } from '$lib/server/workers/run';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor', 'coordinator');
	// A check is likely to follow: have its worker thread ready.
	if (hasRole(user, 'editor')) prepareWorker();
	return {
		translations: messagesJson(event.locals.lang, ['admin', 'admin_opendata']),
		origin: event.url.origin,
		feeds: publishedFeeds,
		exports: exportKinds.filter((kind) => mayExport(user, kind)),
		canImport: hasRole(user, 'editor'),
		columns: columnDocs(),
		maxImportMb: maxImportBytes / 1024 / 1024,
		// The report download (rapport/[token]) sends someone here when it is no longer kept.
		reportGone: event.url.searchParams.get('rapport') === 'utlopt'
	};
};

async function importAction(event: RequestEvent, apply: boolean) {
	const user = requireRole(event, 'editor');
	const input = await readImportForm(event.request, user);
	if (!input.ok) return fail(input.reason === 'too_large' ? 413 : 400, { formError: input.reason });
	const report = apply
		? await runImport(user, input.kind, input.bytes, input.fileName)
		: await checkImport(user, input.kind, input.bytes);
	const result = {
		kind: input.kind,
		fileName: input.fileName,
		applied: apply && report.ok,
		report: shownReport(report),
		// The whole report, when the page lists only its first rows (import-report.ts).
		fullReport: isCut(report)
			? await keepImportReport(user, input.kind, report, input.fileName)
			: null,
		// The confirmation form names the checked file, kept on the server (checked-files.ts),
		// so the person applies exactly the file they checked.
		checked:
			!apply && report.ok
				? await keepCheckedFile(user, input.kind, input.bytes, input.fileName)
				: null
	};
	if (apply && report.ok && input.checked) await forgetCheckedFile(input.checked);
	return report.ok ? result : fail(400, result);
}

export const actions: Actions = {
	check: (event) => importAction(event, false),
	apply: (event) => importAction(event, true)
};
