// Quick exit ("Gå ut"), loaded by app.html before the page paints, so it works from the first
// moment and with the app's own scripts still loading (or failed). A plain file, not an inline
// script: the CSP allows scripts from this origin only.
//
// Three Shift presses within five seconds, or a click on the quick-exit link, blank the page
// and *replace* it with the neutral site (the link's href), so Back does not bring it back.
// Before leaving it fires a cancelable `quick-exit` event on the document (tests listen).
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
})();
