import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * /rad speaks the member's language, any of the seven; the `admin*` namespaces exist only in
 * nb and en. So nothing a council member reads may come from them: not the /rad routes, and
 * not the shared components those routes render.
 */
function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

const councilFiles = [
	...filesUnder(join('src', 'routes', 'rad')),
	...filesUnder(join('src', 'lib', 'components', 'plans')),
	join('src', 'lib', 'components', 'account', 'PasswordChangeForm.svelte')
].filter((f) => /\.(svelte|ts)$/.test(f) && !f.endsWith('.spec.ts'));

describe('the council area in seven languages', () => {
	it('reads no string from a staff-only (nb/en) namespace', () => {
		const offenders = councilFiles.filter((file) => {
			const source = readFileSync(file, 'utf8');
			return /\bt\(\s*['`]admin/.test(source) || /messagesJson\([^)]*'admin/.test(source);
		});
		expect(councilFiles.length).toBeGreaterThan(5);
		expect(offenders).toEqual([]);
	});
});
