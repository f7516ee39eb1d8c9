import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getCurrentMunicipality } from '$lib/server/municipality';
import { publicStatementPdf } from '$lib/server/consultations/round-exports';

export const GET: RequestHandler = async ({ params }) => {
	const municipality = await getCurrentMunicipality();
	const id = Number(params.id);
	const response =
		municipality && Number.isSafeInteger(id) ? await publicStatementPdf(municipality.id, id) : null;
	if (!response) error(404, 'Not found');
	return response;
};
