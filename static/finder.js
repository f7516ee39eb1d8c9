// Finn hjelp's picked list ([data-choose-services]). The pages are rendered on the server only
// and work without this script: there a CSS counter counts the ticked boxes, and the picks
// travel with the finder's GET form. With it the "Vis lista" button says the count in words
// screen readers hear, and the address bar keeps the list (history.replaceState), so
// reloading or sharing the page keeps it. (One history entry per visit is static/quick-exit.js.)
(function () {
	// The wrapper says what the page was opened with (data-chosen, in the
	// order picked); a tick adds a service at the end, an untick removes it.
	function picked(root) {
		var list = root.getAttribute('data-chosen');
		return list ? list.split(',') : [];
	}

	function show(root, list) {
		root.setAttribute('data-chosen', list.join(','));
		var count = root.querySelector('[data-chosen-count]');
		if (count) {
			count.classList.remove('css-count');
			count.removeAttribute('aria-hidden');
			count.textContent = '(' + list.length + ')';
		}
		var bar = root.querySelector('[data-chosen-bar]');
		if (bar) bar.classList.toggle('has-chosen', list.length > 0);
	}

	document.addEventListener('change', function (event) {
		var box = event.target;
		if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox' || box.name !== 'valgt')
			return;
		var root = box.closest('[data-choose-services]');
		if (!root) return;
		var list = picked(root).filter(function (slug) {
			return slug !== box.value;
		});
		if (box.checked) list.push(box.value);
		show(root, list);
		// The address bar holds the list too (slugs are [a-z0-9-]: a plain comma stays readable).
		var rest = new URLSearchParams(location.search);
		rest.delete('valgt');
		var search = [rest.toString(), list.length > 0 ? 'valgt=' + list.join(',') : '']
			.filter(Boolean)
			.join('&');
		history.replaceState(history.state, '', location.pathname + (search ? '?' + search : ''));
	});

	document.addEventListener('DOMContentLoaded', function () {
		var roots = document.querySelectorAll('[data-choose-services]');
		for (var i = 0; i < roots.length; i++) show(roots[i], picked(roots[i]));
	});
})();
