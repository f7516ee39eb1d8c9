/**
 * Quick exit in the GOV.UK "Exit this page" pattern. The neutral site is a weather
 * forecast: nothing about it says what the visitor was reading.
 */
export const exitUrl = 'https://www.yr.no/';

/** Blank the page at once, then replace it so Back does not bring it back. */
export function leaveNow(win: Window, url: string = exitUrl): void {
	win.document.title = '';
	win.document.body.replaceChildren();
	win.location.replace(url);
}

/** Shift pressed three times within this window triggers the exit, as on GOV.UK. */
export const shiftWindowMs = 5000;

/** Calls `exit` on three Shift presses in a row; returns the function that stops listening. */
export function shiftPresses(target: Document, exit: () => void): () => void {
	let presses: number[] = [];
	function onKeydown(event: KeyboardEvent) {
		if (event.key !== 'Shift') {
			presses = [];
			return;
		}
		if (event.repeat) return;
		const now = event.timeStamp;
		presses = [...presses.filter((at) => now - at < shiftWindowMs), now];
		if (presses.length >= 3) {
			presses = [];
			exit();
		}
	}
	target.addEventListener('keydown', onKeydown);
	return () => target.removeEventListener('keydown', onKeydown);
}
