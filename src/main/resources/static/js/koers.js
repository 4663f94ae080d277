// Koers in the browser. Every form works without this script, as a plain post and a new page. With it, the chat
// page stays put: a reply streams into the conversation as Koers writes it, the command buttons go through htmx,
// and the steps, notices and POP preview are swapped in from the server after every turn.
(function () {
  'use strict';

  var MESSAGES = 'berichten';
  var outcome = null; // what the streamed turn left to show once the page is refreshed

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

  async function streamTurn(form) {
    var box = form.querySelector('textarea');
    var text = box.value.trim();
    var list = document.getElementById(MESSAGES);
    var body = new URLSearchParams(new FormData(form));
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
      if (response.ok && !type.startsWith('text/event-stream') && response.redirected) {
        window.location.assign(response.url); // signed out meanwhile: the login page
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
    if (!result.keepText) {
      box.value = '';
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
    var latest = document.getElementById('laatste');
    if (latest) {
      latest.focus();
    }
    document.body.dataset.turns = String(Number(document.body.dataset.turns || 0) + 1);
  }

  document.querySelectorAll('form.composer[data-stream]').forEach(function (form) {
    if (!window.fetch || !window.TextDecoderStream || !window.htmx) {
      return;
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (form.querySelector('textarea').value.trim() !== '') {
        streamTurn(form);
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
      window.location.assign(response.responseURL);
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
