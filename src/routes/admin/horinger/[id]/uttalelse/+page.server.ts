import type { Actions, PageServerLoad } from './$types';
import { statementPage } from '$lib/server/consultations/statement-page';

const page = statementPage('coordinator');

export const load: PageServerLoad = page.load;
export const actions: Actions = page.actions;
