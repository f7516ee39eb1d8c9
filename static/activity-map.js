// The activity map (/aktiviteter/kart), an extra for sighted visitors with JavaScript: the
// list below it says the same. The page is rendered on the server only. Leaflet (~42 kB
// gzipped, from this origin, its address in the box's data-leaflet) is loaded only when the
// visitor presses "Vis kart", and so are the tiles from the tile server. What to draw is in
// the box's data-activity-map: the tile server and one entry per place with its activities.
//
// Light on a phone: the view is set once before anything is drawn, a popup's content is made
// when it is opened, and the tiles start in a task of their own.
(function () {
	var box = document.querySelector('[data-activity-map]');
	var button = document.querySelector('[data-map-show]');
	if (!box || !button) return;

	button.addEventListener('click', function () {
		button.hidden = true;
		var script = document.createElement('script');
		script.src = box.getAttribute('data-leaflet');
		script.onload = function () {
			box.hidden = false;
			draw();
			// The button is gone: the keyboard goes on from the map it opened.
			box.focus();
		};
		// Without Leaflet there is only the list; the button stays for another try.
		script.onerror = function () {
			script.remove();
			button.hidden = false;
		};
		document.head.append(script);
	});

	function draw() {
		var data = JSON.parse(box.getAttribute('data-activity-map'));
		var map = L.map(box, { scrollWheelZoom: false, fadeAnimation: false });
		var points = data.places.map(function (place) {
			return place.at;
		});
		if (points.length > 0) map.fitBounds(points, { padding: [24, 24], maxZoom: 15 });
		else map.setView([59.205, 9.6], 12);

		// Popup content is built from nodes, never from an HTML string.
		function popupOf(place) {
			var popup = document.createElement('div');
			var heading = document.createElement('strong');
			heading.textContent = place.name;
			var list = document.createElement('ul');
			place.links.forEach(function (entry) {
				var item = document.createElement('li');
				var link = document.createElement('a');
				link.href = entry.href;
				link.textContent = entry.text;
				if (entry.lang !== document.documentElement.lang) link.lang = entry.lang;
				item.append(link);
				list.append(item);
			});
			popup.append(heading, list);
			return popup;
		}

		data.places.forEach(function (place) {
			L.circleMarker(place.at, {
				radius: 10,
				color: '#1f6b35',
				weight: 3,
				fillColor: '#ffffff',
				fillOpacity: 1
			})
				.bindPopup(function () {
					return popupOf(place);
				})
				.addTo(map);
		});

		setTimeout(function () {
			L.tileLayer(data.tiles.url, { attribution: data.tiles.attribution, maxZoom: 18 }).addTo(map);
		}, 0);
	}
})();
