// Quick exit ("Gå ut"), loaded by app.html before the page paints, so it works from the first
// moment and with the app's own scripts still loading (or failed). A plain file, not an inline
// script: the CSP allows scripts from this origin only.
//
// Three Shift presses within five seconds, or a click on the quick-exit link, blank the page
// and *replace* it with the neutral site (the link's href), so Back does not bring it back.
// Before leaving it fires a cancelable `quick-exit` event on the document (tests listen).
//
// It also makes a visit to Finn hjelp one history entry (issue 12, item 6), so Back after
// "Gå ut" finds nothing of it: a link or GET form inside [data-one-history-entry] that stays
// on this site *replaces* the current entry instead of adding one. Here, not in a script of
// its own, because it must listen before the first click and this file already does (the
// pages are rendered on the server only; without JavaScript the browser adds entries).
(function () {
	var shiftWindowMs = 5000;
	var presses = [];

	document.documentElement.classList.add('js');

	function leave() {
		var link = document.querySelector('a.quick-exit');
		if (!link) return;
		var event = new Event('quick-exit', { cancelable: true });
		if (!document.dispatchEvent(event)) return;
		document.title = '';
		if (document.body) document.body.replaceChildren();
		location.replace(link.href);
	}

	document.addEventListener(
		'click',
		function (event) {
			var target = event.target;
			var link = target && target.closest ? target.closest('a.quick-exit') : null;
			if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
				return;
			event.preventDefault();
			event.stopPropagation();
			leave();
		},
		true
	);

	document.addEventListener('keydown', function (event) {
		if (event.key !== 'Shift') {
			presses = [];
			return;
		}
		if (event.repeat) return;
		var now = event.timeStamp;
		presses = presses.filter(function (at) {
			return now - at < shiftWindowMs;
		});
		presses.push(now);
		if (presses.length >= 3) {
			presses = [];
			leave();
		}
	});

	function inOneEntry(element) {
		return Boolean(element && element.closest && element.closest('[data-one-history-entry]'));
	}

	document.addEventListener('click', function (event) {
		if (event.defaultPrevented || event.button !== 0) return;
		if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		var link = event.target && event.target.closest ? event.target.closest('a[href]') : null;
		if (!link || !inOneEntry(link)) return;
		if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return;
		var url = new URL(link.href, location.href);
		if (url.origin !== location.origin) return;
		// A jump within the page is not a new page.
		if (url.pathname === location.pathname && url.search === location.search && url.hash)
			return;
		event.preventDefault();
		location.replace(url.href);
	});

	document.addEventListener('submit', function (event) {
		var form = event.target;
		if (event.defaultPrevented || !(form instanceof HTMLFormElement) || !inOneEntry(form)) return;
		var submitter = event.submitter;
		var method =
			submitter && submitter.hasAttribute('formmethod') ? submitter.formMethod : form.method;
		if (method !== 'get') return;
		var data;
		try {
			// With the submitter, so its name and value travel as they would natively.
			data = submitter ? new FormData(form, submitter) : new FormData(form);
		} catch {
			// An older browser: it submits as usual (one more history entry).
			return;
		}
		var action =
			submitter && submitter.hasAttribute('formaction') ? submitter.formAction : form.action;
		var url = new URL(action, location.href);
		if (url.origin !== location.origin) return;
		url.search = new URLSearchParams(data).toString();
		url.hash = '';
		event.preventDefault();
		location.replace(url.href);
	});
})();
