// The shared list's buttons (/finn-hjelp/valgt). The page is rendered on the server only;
// without this script the link is shown to copy and the hint says how to print, and these
// buttons are hidden (.js-only in base.css). The texts come from the page, in its language.
(function () {
	function status(actions, text) {
		var line = actions.parentElement.querySelector('.share-status');
		if (line) line.textContent = text;
	}

	async function share(actions) {
		var url = actions.getAttribute('data-share-url');
		status(actions, '');
		if (typeof navigator.share === 'function') {
			try {
				await navigator.share({ title: actions.getAttribute('data-share-title'), url: url });
			} catch {
				// Closing the share sheet is a choice, not an error worth a message.
			}
			return;
		}
		try {
			await navigator.clipboard.writeText(url);
			status(actions, actions.getAttribute('data-copied'));
		} catch {
			var field = actions.parentElement.querySelector('input[readonly]');
			if (field) field.select();
			status(actions, actions.getAttribute('data-copy-failed'));
		}
	}

	document.addEventListener('click', function (event) {
		var button = event.target && event.target.closest ? event.target.closest('button') : null;
		var actions = button && button.closest('[data-share-url]');
		if (!actions) return;
		if (button.hasAttribute('data-share')) void share(actions);
		else if (button.hasAttribute('data-print')) window.print();
	});
})();
