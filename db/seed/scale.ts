import type { Database } from 'better-sqlite3';
import { inTransaction, type InngangDatabase } from '../../src/lib/server/db/client';
import { rebuildServiceSearchIndex } from '../../src/lib/server/services/search-index';

/**
 * A municipality `n` times the demo's size, for measuring (`npm run bench -- --scale N`,
 * `npm run db:seed -- --scale N`, and specs that need many rows).
 *
 * Every copy `k` (1 … n-1) of the demo content is added to `municipalityId`: its services
 * (with their hours, exceptions, phones, topics, locations and texts, now in all seven
 * languages), its activities (texts, weekly schedules, skipped dates, cancellations), the
 * plan's measures (versions, indicators and their values) and the consultation rounds
 * (questions, measures, responses and every answer). Slugs get `-x<k>`, round titles
 * ` (k)`. National services are copied as the municipality's own, so copies never show up
 * in another municipality. Deterministic (no clock, no randomness beyond `k`), in one
 * transaction, with one prepared statement per table: seconds at n = 100.
 *
 * Call after the demo seed; a second call on a scaled municipality does nothing.
 */
export function seedScale(db: InngangDatabase, municipalityId: number, n: number): void {
	if (!Number.isInteger(n) || n <= 1) return;
	const client = db.$client;
	const already = client
		.prepare(`SELECT 1 FROM service WHERE municipality_id = ? AND slug GLOB '*-x[0-9]*' LIMIT 1`)
		.get(municipalityId);
	if (already) return;
	inTransaction(db, (tx) => {
		const copier = new Copier(client);
		for (let k = 1; k < n; k++) copier.copy(municipalityId, k);
		rebuildServiceSearchIndex(tx);
	});
}

type Row = Record<string, unknown> & { id?: number };
type IdMap = Map<number, number>;

const allLanguages = ['nb', 'nn', 'en', 'uk', 'pl', 'ar', 'so'];

class Copier {
	private statements = new Map<string, ReturnType<Database['prepare']>>();
	private originals = new Map<string, Row[]>();

	constructor(private client: Database) {}

	/** The demo rows of a table, read once (before any copy exists). */
	private rows(key: string, query: string, ...params: unknown[]): Row[] {
		let rows = this.originals.get(key);
		if (!rows) {
			rows = this.client.prepare(query).all(...params) as Row[];
			this.originals.set(key, rows);
		}
		return rows;
	}

	private insert(table: string, row: Row): number {
		const columns = Object.keys(row);
		const key = `${table}(${columns.join(',')})`;
		let statement = this.statements.get(key);
		if (!statement) {
			statement = this.client.prepare(
				`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`
			);
			this.statements.set(key, statement);
		}
		return Number(statement.run(row).lastInsertRowid);
	}

	/** Inserts a changed copy of each row; old id → new id. */
	private clone(table: string, rows: Row[], change: (row: Row) => Row | null): IdMap {
		const ids: IdMap = new Map();
		for (const original of rows) {
			const { id, ...rest } = original;
			const row = change({ ...rest });
			if (!row) continue;
			const newId = this.insert(table, row);
			if (id !== undefined) ids.set(id, newId);
		}
		return ids;
	}

	copy(m: number, k: number): void {
		const suffix = `-x${k}`;
		const mapped = (ids: IdMap, column: string) => (row: Row) => {
			const to = ids.get(row[column] as number);
			return to === undefined ? null : { ...row, [column]: to };
		};

		// Services and everything hanging off them.
		const services = this.rows(
			'service',
			`SELECT * FROM service WHERE municipality_id = ? OR municipality_id IS NULL ORDER BY id`,
			m
		);
		const s = this.clone('service', services, (row) => ({
			...row,
			slug: `${row.slug}${suffix}`,
			municipality_id: m
		}));
		const serviceIds = services.map((r) => r.id).join(',') || '0';
		const child = (table: string) =>
			this.rows(table, `SELECT * FROM ${table} WHERE service_id IN (${serviceIds}) ORDER BY id`);
		this.clone(
			'service_translation',
			withAllLanguages(child('service_translation'), 'service_id'),
			mapped(s, 'service_id')
		);
		this.clone('service_taxonomy', child('service_taxonomy'), mapped(s, 'service_id'));
		this.clone('service_language', child('service_language'), mapped(s, 'service_id'));
		this.clone('service_at_location', child('service_at_location'), mapped(s, 'service_id'));
		this.clone('schedule', child('schedule'), mapped(s, 'service_id'));
		this.clone('schedule_exception', child('schedule_exception'), mapped(s, 'service_id'));
		const phones = child('phone');
		const p = this.clone('phone', phones, mapped(s, 'service_id'));
		this.clone(
			'phone_translation',
			this.rows(
				'phone_translation',
				`SELECT * FROM phone_translation WHERE phone_id IN (${phones.map((r) => r.id).join(',') || '0'}) ORDER BY id`
			),
			mapped(p, 'phone_id')
		);

		// Activities.
		const activities = this.rows(
			'activity',
			`SELECT * FROM activity WHERE municipality_id = ? ORDER BY id`,
			m
		);
		const a = this.clone('activity', activities, (row) => ({
			...row,
			slug: `${row.slug}${suffix}`
		}));
		const activityIds = activities.map((r) => r.id).join(',') || '0';
		this.clone(
			'activity_translation',
			withAllLanguages(
				this.rows(
					'activity_translation',
					`SELECT * FROM activity_translation WHERE activity_id IN (${activityIds})`
				),
				'activity_id'
			),
			mapped(a, 'activity_id')
		);
		const schedules = this.rows(
			'activity_schedule',
			`SELECT * FROM activity_schedule WHERE activity_id IN (${activityIds}) ORDER BY id`
		);
		const sc = this.clone('activity_schedule', schedules, mapped(a, 'activity_id'));
		const scheduleIds = schedules.map((r) => r.id).join(',') || '0';
		for (const table of ['activity_except_date', 'activity_cancellation']) {
			this.clone(
				table,
				this.rows(
					table,
					`SELECT * FROM ${table} WHERE schedule_id IN (${scheduleIds}) ORDER BY id`
				),
				mapped(sc, 'schedule_id')
			);
		}

		// The plan's measures, with their versions and indicators.
		const measures = this.rows(
			'measure',
			`SELECT * FROM measure WHERE municipality_id = ? ORDER BY id`,
			m
		);
		const me = this.clone('measure', measures, (row) => ({
			...row,
			slug: `${row.slug}${suffix}`,
			position: (row.position as number) + k * 1000
		}));
		const measureIds = measures.map((r) => r.id).join(',') || '0';
		const versions = this.rows(
			'measure_version',
			`SELECT * FROM measure_version WHERE measure_id IN (${measureIds}) ORDER BY id`
		);
		const mv = this.clone('measure_version', versions, (row) => {
			const to = me.get(row.measure_id as number);
			return to === undefined ? null : { ...row, measure_id: to, title: `${row.title} (${k})` };
		});
		this.clone(
			'measure_version_service',
			this.rows(
				'measure_version_service',
				`SELECT * FROM measure_version_service WHERE measure_version_id IN (${versions.map((r) => r.id).join(',') || '0'}) ORDER BY id`
			),
			(row) => {
				const to = mv.get(row.measure_version_id as number);
				const service = s.get(row.service_id as number) ?? row.service_id;
				return to === undefined ? null : { ...row, measure_version_id: to, service_id: service };
			}
		);
		const indicators = this.rows(
			'indicator',
			`SELECT * FROM indicator WHERE measure_id IN (${measureIds}) ORDER BY id`
		);
		const ind = this.clone('indicator', indicators, mapped(me, 'measure_id'));
		this.clone(
			'indicator_value',
			this.rows(
				'indicator_value',
				`SELECT * FROM indicator_value WHERE indicator_id IN (${indicators.map((r) => r.id).join(',') || '0'}) ORDER BY id`
			),
			mapped(ind, 'indicator_id')
		);

		// Consultation rounds with their answers (the same council members answer each copy).
		const rounds = this.rows(
			'consultation_round',
			`SELECT * FROM consultation_round WHERE municipality_id = ? ORDER BY id`,
			m
		);
		const r = this.clone('consultation_round', rounds, (row) => ({
			...row,
			title: `${row.title} (${k})`
		}));
		const roundIds = rounds.map((x) => x.id).join(',') || '0';
		const roundMeasures = this.rows(
			'round_measure',
			`SELECT * FROM round_measure WHERE round_id IN (${roundIds}) ORDER BY id`
		);
		const rm = this.clone('round_measure', roundMeasures, mapped(r, 'round_id'));
		const questions = this.rows(
			'round_question',
			`SELECT * FROM round_question WHERE round_id IN (${roundIds}) ORDER BY id`
		);
		const q = this.clone('round_question', questions, mapped(r, 'round_id'));
		const responses = this.rows(
			'consultation_response',
			`SELECT * FROM consultation_response WHERE round_id IN (${roundIds}) ORDER BY id`
		);
		const resp = this.clone('consultation_response', responses, mapped(r, 'round_id'));
		const responseIds = responses.map((x) => x.id).join(',') || '0';
		const answers = this.rows(
			'measure_answer',
			`SELECT * FROM measure_answer WHERE response_id IN (${responseIds}) ORDER BY id`
		);
		const ma = this.clone('measure_answer', answers, (row) => {
			const response = resp.get(row.response_id as number);
			const roundMeasure = rm.get(row.round_measure_id as number);
			return response === undefined || roundMeasure === undefined
				? null
				: { ...row, response_id: response, round_measure_id: roundMeasure };
		});
		this.clone(
			'question_answer',
			this.rows(
				'question_answer',
				`SELECT * FROM question_answer WHERE response_id IN (${responseIds}) ORDER BY id`
			),
			(row) => {
				const response = resp.get(row.response_id as number);
				const question = q.get(row.question_id as number);
				return response === undefined || question === undefined
					? null
					: { ...row, response_id: response, question_id: question };
			}
		);
		this.clone(
			'focus_area_advice',
			this.rows(
				'focus_area_advice',
				`SELECT * FROM focus_area_advice WHERE response_id IN (${responseIds}) ORDER BY id`
			),
			mapped(resp, 'response_id')
		);
		this.clone(
			'consultation_outcome',
			this.rows(
				'consultation_outcome',
				`SELECT * FROM consultation_outcome WHERE round_measure_id IN (${roundMeasures.map((x) => x.id).join(',') || '0'}) ORDER BY id`
			),
			(row) => {
				const roundMeasure = rm.get(row.round_measure_id as number);
				if (roundMeasure === undefined) return null;
				const answer =
					row.measure_answer_id == null ? null : (ma.get(row.measure_answer_id as number) ?? null);
				return { ...row, round_measure_id: roundMeasure, measure_answer_id: answer };
			}
		);
	}
}

/**
 * Translation rows for every language: a language the demo lacks gets the English text
 * (else the Norwegian), so copies carry the size and the language mix of a fully
 * translated municipality.
 */
function withAllLanguages(rows: Row[], owner: string): Row[] {
	const byOwner = new Map<unknown, Row[]>();
	for (const row of rows) {
		const list = byOwner.get(row[owner]);
		if (list) list.push(row);
		else byOwner.set(row[owner], [row]);
	}
	const out: Row[] = [];
	for (const list of byOwner.values()) {
		out.push(...list);
		const source = list.find((x) => x.lang === 'en') ?? list.find((x) => x.lang === 'nb');
		if (!source) continue;
		for (const lang of allLanguages) {
			if (list.some((x) => x.lang === lang)) continue;
			const { id, ...rest } = source;
			void id;
			out.push({ ...rest, lang });
		}
	}
	return out;
}
