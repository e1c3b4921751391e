// The header's in-app messages (站内消息): unread count, the latest messages, mark as read.
(function () {
  'use strict';

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Accept': 'application/json' };
    if (token && header) {
      headers[header.getAttribute('content')] = token.getAttribute('content');
    }
    return headers;
  }

  function formatTime(iso) {
    var d = new Date(iso);
    var pad = function (n) { return n < 10 ? '0' + n : '' + n; };
    return (d.getMonth() + 1) + '月' + d.getDate() + '日 ' + pad(d.getHours()) + ':' + pad(d.getMinutes());
  }

  function init() {
    var root = document.getElementById('notifications');
    if (!root) {
      return;
    }
    var api = root.getAttribute('data-api');
    var base = (root.getAttribute('data-base') || '/').replace(/\/$/, '');
    var bell = document.getElementById('notification-bell');
    var panel = document.getElementById('notification-panel');
    var badge = document.getElementById('notification-unread');
    var list = document.getElementById('notification-list');

    function render(page) {
      badge.textContent = page.unread;
      badge.classList.toggle('zero', page.unread === 0);
      list.innerHTML = '';
      if (page.items.length === 0) {
        var empty = document.createElement('li');
        empty.className = 'empty';
        empty.textContent = '暂无消息';
        list.appendChild(empty);
        return;
      }
      page.items.forEach(function (n) {
        var item = document.createElement('li');
        item.className = n.read ? 'read' : 'unread';
        item.setAttribute('data-id', n.id);
        var title = document.createElement('a');
        title.className = 'title';
        title.textContent = n.title;
        var path = n.taskPath || n.casePath;
        title.href = path ? base + path : '#';
        title.addEventListener('click', function () { markRead(n.id); });
        var text = document.createElement('p');
        text.textContent = n.text;
        var time = document.createElement('time');
        time.textContent = n.eventLabel + ' · ' + formatTime(n.createdAt);
        item.appendChild(title);
        item.appendChild(text);
        item.appendChild(time);
        if (!n.read) {
          var read = document.createElement('button');
          read.type = 'button';
          read.className = 'link mark-read';
          read.textContent = '标为已读';
          read.addEventListener('click', function () { markRead(n.id).then(load); });
          item.appendChild(read);
        }
        list.appendChild(item);
      });
    }

    function load() {
      return fetch(api + '?size=10', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (page) { if (page) { render(page); } });
    }

    function markRead(id) {
      return fetch(api + '/' + encodeURIComponent(id) + '/read',
        { method: 'POST', credentials: 'same-origin', headers: csrfHeaders() });
    }

    bell.addEventListener('click', function () {
      var open = panel.hasAttribute('hidden');
      if (open) {
        panel.removeAttribute('hidden');
      } else {
        panel.setAttribute('hidden', '');
      }
      bell.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    document.getElementById('notification-read-all').addEventListener('click', function () {
      fetch(api + '/read-all', { method: 'POST', credentials: 'same-origin', headers: csrfHeaders() }).then(load);
    });
    load();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
