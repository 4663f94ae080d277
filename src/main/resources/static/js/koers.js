// Koers in the browser. Every form works without this script, as a plain post and a new page. With it, the chat
// page stays put: a reply streams into the conversation as Koers writes it, the command buttons go through htmx,
// and the steps, notices and POP preview are swapped in from the server after every turn.
(function () {
  'use strict';

  var MESSAGES = 'berichten';
  var outcome = null; // what the streamed turn left to show once the page is refreshed
  document.documentElement.classList.add('js'); // shows what only works with this script: copying, the counter

  // On a phone the navigation folds away behind "Menu" (without this script it stays open, and wraps).
  var toggle = document.querySelector('.menu-toggle');
  if (toggle) {
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      document.getElementById(toggle.getAttribute('aria-controls')).classList.toggle('open', open);
    });
  }

  // What someone typed and did not send yet is kept in this browser, per conversation, until a turn takes it: a
  // session that expired meanwhile sends them to the login page and back here, where the answer is put back.
  function draftKey(form) {
    return 'koers.concept:' + form.getAttribute('action');
  }

  function keepDraft(form) {
    try {
      var text = form.querySelector('textarea').value;
      if (text.trim() === '') {
        window.localStorage.removeItem(draftKey(form));
      } else {
        window.localStorage.setItem(draftKey(form), text);
      }
    } catch (unavailable) {
      // private windows may refuse storage: the answer then lives only in the box, as without this script
    }
  }

  function restoreDraft(form) {
    try {
      var box = form.querySelector('textarea');
      var kept = window.localStorage.getItem(draftKey(form));
      if (kept && box.value.trim() === '') {
        box.value = kept;
        document.getElementById('meldingen').append(noticeLine('info', form.dataset.restored));
      }
    } catch (unavailable) {
      // nothing kept
    }
  }

  // Signed out while typing: go to this conversation's page, which sends to the login page and back here again.
  function signInAgain() {
    window.location.assign(window.location.pathname);
  }

  function noticeLine(kind, text) {
    var line = document.createElement('p');
    line.className = 'message ' + kind;
    line.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    line.textContent = text;
    return line;
  }

  function bubble(list, role, speaker) {
    var item = document.createElement('li');
    item.className = 'msg ' + role;
    var who = document.createElement('span');
    who.className = 'speaker';
    who.textContent = speaker;
    var text = document.createElement('p');
    text.className = 'text';
    item.append(who, text);
    list.append(item);
    return text;
  }

  // Server-Sent Events from a fetch body: EventSource cannot post, so the stream is read here.
  async function readEvents(response, onEvent) {
    var reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    var buffer = '';
    for (;;) {
      var chunk = await reader.read();
      if (chunk.done) {
        return;
      }
      buffer += chunk.value;
      var end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        var name = 'message';
        var data = [];
        buffer.slice(0, end).split('\n').forEach(function (line) {
          if (line.startsWith('event:')) {
            name = line.slice(6).trim();
          } else if (line.startsWith('data:')) {
            data.push(line.slice(5));
          }
        });
        buffer = buffer.slice(end + 2);
        if (data.length > 0) {
          onEvent(name, JSON.parse(data.join('\n')));
        }
      }
    }
  }

  function setBusy(form, busy) {
    var list = document.getElementById(MESSAGES);
    if (list) {
      list.setAttribute('aria-busy', String(busy));
    }
    form.querySelector('textarea').readOnly = busy;
    document.querySelectorAll('form.composer button, .commands button').forEach(function (button) {
      button.disabled = busy;
    });
  }

  async function streamTurn(form, submitter) {
    var box = form.querySelector('textarea');
    var choice = submitter && submitter.name === 'keuze' ? submitter.value : null;
    var text = choice || box.value.trim();
    var list = document.getElementById(MESSAGES);
    var body = new URLSearchParams(new FormData(form, submitter));
    setBusy(form, true);
    document.getElementById('meldingen').replaceChildren();
    bubble(list, 'user', form.dataset.you).textContent = text;
    var reply = bubble(list, 'assistant', form.dataset.koers);
    reply.parentElement.classList.add('writing');
    reply.textContent = form.dataset.writing;
    var started = false;
    var result = { keepText: true };
    try {
      var response = await fetch(form.dataset.stream, {
        method: 'POST', body: body, credentials: 'same-origin', headers: { Accept: 'text/event-stream' }
      });
      var type = response.headers.get('Content-Type') || '';
      if (response.redirected && new URL(response.url).pathname.endsWith('/login')) {
        signInAgain();
        return;
      }
      if (!response.ok || !type.startsWith('text/event-stream')) {
        result.error = form.dataset.gone;
      } else {
        await readEvents(response, function (name, data) {
          if (name === 'token') {
            if (!started) {
              started = true;
              reply.parentElement.classList.remove('writing');
              reply.textContent = '';
            }
            reply.textContent += data.text;
          } else if (name === 'done') {
            result = { keepText: false, notice: data.notice };
          } else if (name === 'error') {
            result = { keepText: true, error: data.detail };
          }
        });
        if (!('notice' in result) && !result.error) {
          result.error = form.dataset.failed;
        }
      }
    } catch (failure) {
      result.error = form.dataset.failed;
    }
    if (!result.keepText && !choice) {
      box.value = '';
      keepDraft(form);
      count(form);
    }
    outcome = result;
    // the stored conversation is the truth: it replaces what was drawn here while the turn ran
    htmx.ajax('GET', form.dataset.live, { target: '#' + MESSAGES, swap: 'outerHTML' }).catch(function () {
      finishTurn();
    });
  }

  function finishTurn() {
    var form = document.querySelector('form.composer');
    if (form) {
      setBusy(form, false);
    }
    var notices = document.getElementById('meldingen');
    if (outcome && notices) {
      if (outcome.notice) {
        notices.append(noticeLine('info', outcome.notice));
      }
      if (outcome.error) {
        notices.append(noticeLine('error', outcome.error));
      }
    }
    outcome = null;
    document.querySelectorAll('details.finish[open]').forEach(function (finish) {
      finish.open = false;
    });
    announceLatest(form);
    var replies = document.querySelectorAll('#' + MESSAGES + ' .msg.assistant');
    if (replies.length > 0) { // the new question, not the box below it: on a phone the box would hide it
      replies[replies.length - 1].scrollIntoView({ block: 'start' });
    }
    var box = form && form.querySelector('textarea');
    if (box) {
      box.focus({ preventScroll: true }); // a tablet's keyboard stays open; the live region reads the reply
    } else {
      var latest = document.getElementById('laatste');
      if (latest) {
        latest.focus();
      }
    }
    document.body.dataset.turns = String(Number(document.body.dataset.turns || 0) + 1);
  }

  // The newest reply of Koers, said once by the live region after a turn (the list itself is not live: it is
  // replaced as a whole, and would be read out from the start).
  function announceLatest(form) {
    var region = document.getElementById('aankondiging');
    var replies = document.querySelectorAll('#' + MESSAGES + ' .msg.assistant .text');
    if (!region || !form || replies.length === 0) {
      return;
    }
    var text = replies[replies.length - 1].innerText.trim();
    region.textContent = form.dataset.announce.replace('{0}', text);
  }

  /** Whether this browser can stream a turn; if not, the form posts as it would without this script. */
  function streams() {
    return Boolean(window.fetch && window.TextDecoderStream && window.htmx);
  }

  function count(form) {
    var box = form.querySelector('textarea');
    var counter = form.querySelector('.counter');
    if (counter) {
      counter.textContent = form.dataset.counter.replace('{0}', box.value.length)
          .replace('{1}', box.getAttribute('maxlength'));
    }
  }

  document.querySelectorAll('form.composer').forEach(function (form) {
    var box = form.querySelector('textarea');
    restoreDraft(form);
    count(form);
    box.addEventListener('input', function () {
      keepDraft(form);
      count(form);
    });
    if (!streams()) { // a plain post: the next page shows whether it was taken, so nothing is kept to put back
      form.addEventListener('submit', function () {
        try {
          window.localStorage.removeItem(draftKey(form));
        } catch (unavailable) {
          // nothing was kept
        }
      });
    }
  });

  // The clipboard is there only on https and localhost; on a plain http address the reply is selected and copied the
  // old way, or left selected.
  function copied(reply) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(reply.innerText.trim());
    }
    var range = document.createRange();
    range.selectNodeContents(reply);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return document.execCommand('copy') ? Promise.resolve() : Promise.reject(new Error('not copied'));
  }

  // Copying a reply of Koers, as its words without the sources under it, or a new API token.
  document.body.addEventListener('click', function (event) {
    var button = event.target.closest('button.copy');
    if (button) {
      var reply = button.closest('.msg, .copy-scope').querySelector('.text, .copy-text');
      copied(reply).then(function () {
        var label = button.textContent;
        button.textContent = button.dataset.copied;
        window.setTimeout(function () {
          button.textContent = label;
        }, 2000);
      }, function () {
        // the browser refused: the reply is left selected, for the person to copy themselves
      });
      return;
    }
    var cancel = event.target.closest('.finish-cancel');
    if (cancel) {
      var finish = cancel.closest('details');
      finish.open = false;
      finish.querySelector('summary').focus();
    }
  });

  document.addEventListener('keydown', function (event) {
    var finish = event.key === 'Escape' && document.querySelector('details.finish[open]');
    if (finish) {
      finish.open = false;
      finish.querySelector('summary').focus();
    }
  });

  document.querySelectorAll('form.composer[data-stream]').forEach(function (form) {
    if (!streams()) {
      return;
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var submitter = event.submitter;
      if (submitter && submitter.name === 'keuze' || form.querySelector('textarea').value.trim() !== '') {
        streamTurn(form, submitter);
      }
    });
    form.querySelector('textarea').addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
  });

  document.body.addEventListener('htmx:beforeSwap', function (event) {
    var response = event.detail.xhr;
    if (response.responseURL && new URL(response.responseURL).pathname.endsWith('/login')) {
      event.detail.shouldSwap = false;
      signInAgain();
    }
  });

  document.body.addEventListener('htmx:afterSettle', function (event) {
    if (event.target.id === MESSAGES) { // the new list: htmx announces the settle on each swapped-in element
      finishTurn();
    }
  });

  document.body.addEventListener('htmx:responseError', showFailure);
  document.body.addEventListener('htmx:sendError', showFailure);

  function showFailure(event) {
    var form = document.querySelector('form.composer');
    var notices = document.getElementById('meldingen');
    if (form && notices) {
      var status = event.detail.xhr ? event.detail.xhr.status : 0;
      outcome = { error: status === 403 || status === 404 ? form.dataset.gone : form.dataset.failed };
      finishTurn();
    }
  }
})();
