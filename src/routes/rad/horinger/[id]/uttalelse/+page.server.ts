import type { Actions, PageServerLoad } from './$types';
import { statementPage } from '$lib/server/consultations/statement-page';

const page = statementPage('council_leader');

export const load: PageServerLoad = page.load;
export const actions: Actions = page.actions;
