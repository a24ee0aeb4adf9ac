/**
 * Settings → Support Finder: "Save to this site" sends the builder's
 * catalogue to the plugin's REST route; "Restore the previous catalogue" puts
 * the one before back. The words come from the page (translated in PHP) and
 * from the site's answers, so this file holds none.
 */
(function () {
	'use strict';

	var actions = document.querySelector('.support-finder-actions');
	var save = document.getElementById('support-finder-save');
	var restore = document.getElementById('support-finder-restore');
	var message = document.getElementById('support-finder-message');
	var status = document.getElementById('support-finder-status');
	if (!actions || !save || !restore || !message) return;

	function show(text, ok) {
		var notice = document.createElement('div');
		notice.className = 'notice inline ' + (ok ? 'notice-success' : 'notice-error');
		var p = document.createElement('p');
		p.textContent = text;
		notice.appendChild(p);
		message.replaceChildren(notice);
	}

	function send(url, body) {
		save.disabled = true;
		restore.disabled = true;
		message.textContent = actions.dataset.saving;
		return fetch(url, {
			method: 'POST',
			credentials: 'same-origin',
			headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': actions.dataset.nonce },
			body: body,
		})
			.then(function (response) {
				return response.json().then(function (answer) {
					show(answer.message || actions.dataset.failed, response.ok);
					if (response.ok) {
						if (status) status.textContent = answer.status;
						restore.disabled = !answer.previous;
					} else {
						restore.disabled = restore.dataset.wasDisabled === 'true';
					}
				});
			})
			.catch(function () {
				show(actions.dataset.failed, false);
				restore.disabled = restore.dataset.wasDisabled === 'true';
			})
			.then(function () {
				save.disabled = false;
			});
	}

	save.addEventListener('click', function () {
		var builder = document.querySelector('support-finder-builder');
		var draft = builder && typeof builder.catalogueToPublish === 'function' ? builder.catalogueToPublish() : null;
		if (!draft || draft.catalogue.resources.length === 0) {
			show(actions.dataset.empty, false);
			return;
		}
		restore.dataset.wasDisabled = String(restore.disabled);
		// The count of entries left out comes back in the site's answer, in the site's language.
		var url = actions.dataset.rest + (actions.dataset.rest.indexOf('?') < 0 ? '?' : '&') + 'left_out=' + draft.leftOut;
		send(url, JSON.stringify(draft.catalogue));
	});

	restore.addEventListener('click', function () {
		restore.dataset.wasDisabled = 'false';
		send(actions.dataset.rest + '/restore', '{}');
	});
})();
