/*
 * Safeguarding procedures assistant: the embeddable chat widget.
 *
 * A partnership adds one tag to its own site:
 *   <script src="https://assist.example.org/widget.js" data-partnership="Anyshire"></script>
 * Options (data-*): partnership, title, position ("bottom-right" | "bottom-left").
 *
 * Plain JS, no build step. Everything lives in a Shadow DOM so the host page's CSS
 * and ours never touch. Every piece of server text is inserted with textContent:
 * documents come from many hands and must never run as markup.
 */
(function () {
  'use strict';

  const script = document.currentScript || document.querySelector('script[src*="widget.js"]');
  if (!script || window.__safeguardWidgetLoaded) return;
  window.__safeguardWidgetLoaded = true;

  const API = new URL('.', script.src);
  const cfg = {
    partnership: script.dataset.partnership || null,
    title: script.dataset.title || 'Safeguarding procedures assistant',
    left: script.dataset.position === 'bottom-left',
  };
  const URGENT_TITLE = 'This sounds urgent.';
  const UNREACHABLE = 'Sorry, the assistant could not be reached just now. ' +
    'If a child is in immediate danger, call 999; otherwise contact your designated safeguarding lead.';
  const BUSY = 'You have asked a lot of questions in a short time: please wait a minute and try again. ' +
    'If a child is in immediate danger, call 999.';
  const PHONE = /\b(999|101|0\d{4} ?\d{6}|0\d{3} ?\d{3} ?\d{4})\b/g;

  const CSS = `
    :host { all: initial; }
    * { box-sizing: border-box; }
    /* The host page's rules win on the host element itself, so inherited styles are reset here too. */
    .root { all: initial; display: block; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #0b0c0c; }
    button, input, textarea { font: inherit; color: inherit; }
    :focus-visible { outline: 3px solid #0b0c0c; outline-offset: 2px; box-shadow: 0 0 0 2px #ffdd00; }
    .launcher { position: fixed; bottom: 16px; ${cfg.left ? 'left' : 'right'}: 16px; z-index: 2147483000;
      display: inline-flex; align-items: center; gap: 8px; min-height: 48px; padding: 10px 18px;
      background: #1d70b8; color: #fff; border: 2px solid #1d70b8; border-radius: 24px; cursor: pointer;
      font-weight: 600; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
    .launcher:hover { background: #003078; border-color: #003078; }
    .launcher svg { width: 20px; height: 20px; fill: currentColor; }
    .panel { position: fixed; bottom: 80px; ${cfg.left ? 'left' : 'right'}: 16px; z-index: 2147483001;
      width: 390px; max-width: calc(100vw - 32px); height: 600px; max-height: calc(100vh - 104px);
      display: flex; flex-direction: column; background: #fff; border: 1px solid #505a5f; border-radius: 8px;
      box-shadow: 0 4px 24px rgba(0,0,0,.3); overflow: hidden; }
    .panel[hidden] { display: none; }
    header { display: flex; align-items: center; justify-content: space-between; gap: 8px;
      padding: 8px 8px 8px 16px; background: #1d70b8; color: #fff; }
    h2 { margin: 0; font-size: 18px; line-height: 1.3; font-weight: 700; }
    .close { min-width: 44px; min-height: 44px; background: transparent; color: #fff; border: 2px solid transparent;
      border-radius: 4px; font-size: 26px; line-height: 1; cursor: pointer; }
    .close:hover { border-color: #fff; }
    .privacy { margin: 0; padding: 8px 16px; font-size: 14px; background: #f3f2f1; border-bottom: 1px solid #b1b4b6; }
    .log { position: relative; flex: 1 1 auto; overflow-y: auto; padding: 12px 16px; display: flex; flex-direction: column; gap: 12px; }
    .msg { padding: 10px 12px; border: 1px solid #b1b4b6; border-radius: 6px; background: #fff; overflow-wrap: anywhere; }
    .msg p { margin: 0 0 8px; } .msg p:last-child { margin-bottom: 0; }
    .welcome { color: #383f43; border-style: dashed; }
    .you { align-self: flex-end; max-width: 85%; background: #e8f1f8; border-color: #1d70b8; white-space: pre-wrap; }
    .not-found .answer { color: #383f43; }
    .urgent-box { margin: 0 0 10px; padding: 10px 12px; background: #942514; color: #fff; border: 3px solid #0b0c0c;
      border-radius: 4px; font-weight: 600; }
    .urgent-box strong { display: block; font-size: 18px; }
    .urgent-box a { color: #fff; }
    .notice { font-size: 14px; color: #383f43; border-left: 4px solid #1d70b8; padding-left: 8px; }
    .sources { margin: 8px 0 0; padding-left: 24px; font-size: 14px; color: #383f43; }
    .sources li { margin: 4px 0; }
    .sources a { display: inline-block; min-height: 24px; padding: 2px 0; color: #1d70b8; font-weight: 600; }
    .sources a:visited { color: #4c2c92; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .feedback { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-top: 10px; font-size: 14px; }
    .feedback button, .comment button { min-height: 32px; min-width: 32px; padding: 4px 10px; display: inline-flex;
      align-items: center; gap: 6px; background: #fff; color: #0b0c0c; border: 2px solid #505a5f; border-radius: 4px;
      cursor: pointer; }
    .feedback button[aria-pressed="true"] { background: #0b0c0c; color: #fff; border-color: #0b0c0c; }
    .feedback svg { width: 16px; height: 16px; fill: currentColor; }
    .comment { display: flex; flex-direction: column; gap: 6px; width: 100%; }
    .comment textarea { width: 100%; min-height: 56px; padding: 6px; border: 2px solid #0b0c0c; border-radius: 0; }
    .comment button { align-self: flex-start; }
    .status { width: 100%; margin: 0; color: #00703c; font-weight: 600; }
    form.ask { display: flex; flex-wrap: wrap; gap: 8px; padding: 10px 16px 14px; border-top: 1px solid #b1b4b6; }
    form.ask label { width: 100%; font-size: 14px; font-weight: 600; }
    form.ask input { flex: 1 1 auto; min-width: 0; min-height: 44px; padding: 8px; border: 2px solid #0b0c0c; border-radius: 0; }
    form.ask button { min-height: 44px; min-width: 64px; padding: 8px 16px; background: #00703c; color: #fff;
      border: 2px solid #00703c; border-radius: 4px; font-weight: 600; cursor: pointer; }
    @media (max-width: 480px) {
      .panel { inset: 0; width: 100%; max-width: none; height: 100%; max-height: none; border: 0; border-radius: 0; }
    }
    @media (forced-colors: active) { .urgent-box { border-color: CanvasText; } }
  `;

  // -- small DOM helpers: text only, never markup --------------------------------

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text != null) e.textContent = text;
    return e;
  }

  const ICON = {
    chat: 'M4 4h16v12H7l-3 3V4zm2 2v8.2l.2-.2H18V6H6z',
    up: 'M2 21h4V9H2v12zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6V3a1.5 1.5 0 0 0-.4-1L13 1 6.6 7.4A2 2 0 0 0 6 9v10a2 2 0 0 0 2 2h9a2 2 0 0 0 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z',
    down: 'M22 3h-4v12h4V3zM2 14a2 2 0 0 0 2 2h6.3l-1 4.6V21c0 .4.2.8.4 1l1.3 1 6.4-6.4A2 2 0 0 0 18 15V5a2 2 0 0 0-2-2H7a2 2 0 0 0-1.8 1.2l-3 7.1c-.1.2-.2.5-.2.7v2z',
  };

  function icon(name) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', ICON[name]);
    svg.appendChild(path);
    return svg;
  }

  /** Text with phone numbers as tel: links (built node by node, so still text only). */
  function withPhoneLinks(parent, text) {
    let last = 0;
    for (const m of text.matchAll(PHONE)) {
      parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      parent.appendChild(el('a', { href: 'tel:' + m[0].replace(/\s/g, '') }, m[0]));
      last = m.index + m[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
    return parent;
  }

  /** A link we can safely open: only http(s), resolved against the API for relative document links. */
  function safeHref(url) {
    try {
      const u = new URL(url, API);
      return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function api(path) { return new URL(path, API).href; }

  // -- the widget ------------------------------------------------------------------

  function build() {
    const host = el('div', { 'data-safeguard-widget': '' });
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.appendChild(el('style', null, CSS));
    const root = el('div', { class: 'root' });
    shadow.appendChild(root);

    const launcher = el('button', { class: 'launcher', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'sg-panel' });
    launcher.appendChild(icon('chat'));
    launcher.appendChild(el('span', null, 'Safeguarding help'));

    const panel = el('div', { class: 'panel', id: 'sg-panel', role: 'dialog', 'aria-labelledby': 'sg-title', hidden: '' });
    const header = el('header');
    header.appendChild(el('h2', { id: 'sg-title' }, cfg.title));
    const close = el('button', { class: 'close', type: 'button', 'aria-label': 'Close' }, '\u00d7');
    header.appendChild(close);

    const privacy = el('p', { class: 'privacy' });
    privacy.appendChild(el('strong', null, 'Do not enter names or other details that could identify a child, family or colleague.'));
    privacy.appendChild(document.createTextNode(' If a child is in immediate danger, call 999.'));

    const log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation' });
    log.appendChild(el('p', { class: 'msg welcome' }, 'Ask about ' +
      (cfg.partnership ? cfg.partnership + '\u2019s' : 'your partnership\u2019s') + ' safeguarding procedures. ' +
      'Answers quote the documents, with links to the source, or say when the documents do not cover it.'));
    const form = el('form', { class: 'ask' });
    form.appendChild(el('label', { for: 'sg-q' }, 'Your question'));
    const input = el('input', { id: 'sg-q', type: 'text', autocomplete: 'off', maxlength: '4000', required: '',
      placeholder: 'e.g. How do I contact the LADO?' });
    form.appendChild(input);
    form.appendChild(el('button', { type: 'submit' }, 'Ask'));

    panel.append(header, privacy, log, form);
    root.append(launcher, panel);
    document.body.appendChild(host);
    return { launcher, panel, close, log, form, input };
  }

  function start() {
    const ui = build();
    let sessionId = null;
    let busy = false;

    function open() {
      ui.panel.hidden = false;
      ui.launcher.setAttribute('aria-expanded', 'true');
      ui.input.focus();
    }
    function shut() {
      ui.panel.hidden = true;
      ui.launcher.setAttribute('aria-expanded', 'false');
      ui.launcher.focus();
    }
    ui.launcher.addEventListener('click', () => (ui.panel.hidden ? open() : shut()));
    ui.close.addEventListener('click', shut);
    ui.panel.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') { ev.stopPropagation(); shut(); }
    });

    function scrollDown() { ui.log.scrollTop = ui.log.scrollHeight; }
    /** Show the end of a bubble, unless that would hide its start (where urgent advice is). */
    function reveal(box) {
      const log = ui.log;
      log.scrollTop = Math.min(box.offsetTop - 8, box.offsetTop + box.offsetHeight + 8 - log.clientHeight);
    }

    /** One answer bubble, filled by stream events (or all at once by the fallback). */
    function answerView() {
      const box = el('div', { class: 'msg bot', 'aria-busy': 'true' });
      const text = el('p', { class: 'answer' });
      let sign = '';
      ui.log.appendChild(box);
      const strip = (s) => (sign ? s.replace(URGENT_TITLE, '').replace(sign, '') : s).trim();
      return {
        box,
        meta(m) {
          sessionId = m.session_id || sessionId;
          if (m.status === 'not_found') box.classList.add('not-found');
          if (m.urgent && m.signposting) {
            sign = m.signposting;
            const alert = el('div', { class: 'urgent-box', role: 'alert' });
            alert.appendChild(el('strong', null, URGENT_TITLE));
            withPhoneLinks(alert, m.signposting);
            box.appendChild(alert);  // first, before any answer text
          }
          box.appendChild(text);
          if (m.notice) box.appendChild(el('p', { class: 'notice' }, m.notice));
          box.dataset.answerId = m.answer_id || '';
          reveal(box);
        },
        sentence(s) {
          const t = (s.text || '').trim();
          if (!t || (sign && (URGENT_TITLE + ' ' + sign).includes(t))) return;
          text.textContent = text.textContent ? text.textContent + ' ' + t : t;
          reveal(box);
        },
        citations(list) {
          if (!list || !list.length) return;
          const ol = el('ol', { class: 'sources', 'aria-label': 'Sources' });
          for (const c of list) {
            const li = el('li', { value: String(c.n) });
            const href = safeHref(c.url);
            const label = c.title || c.source || 'Source';
            if (href) {
              const a = el('a', { href, target: '_blank', rel: 'noopener' }, label);
              a.appendChild(el('span', { class: 'sr' }, ' (opens in a new tab)'));
              li.appendChild(a);
            } else {
              li.appendChild(el('span', null, label));
            }
            const where = [c.section && c.section !== c.title ? c.section : '', c.page ? 'page ' + c.page : '',
              c.partnership, c.published ? 'dated ' + c.published : ''].filter(Boolean).join(' \u00b7 ');
            if (where) li.appendChild(document.createTextNode(' \u2014 ' + where));
            ol.appendChild(li);
          }
          text.after(ol);
          reveal(box);
        },
        done(d, answerId) {
          text.textContent = strip(d.answer || text.textContent);
          if (!text.textContent) text.remove();
          box.removeAttribute('aria-busy');
          if (answerId) box.appendChild(feedback(answerId));
          reveal(box);
        },
      };
    }

    /** Thumbs up/down with an optional comment, posted to /api/feedback. */
    function feedback(answerId) {
      const wrap = el('div', { class: 'feedback', role: 'group', 'aria-label': 'Was this answer helpful?' });
      wrap.appendChild(el('span', { 'aria-hidden': 'true' }, 'Helpful?'));
      const up = el('button', { type: 'button', 'aria-pressed': 'false', 'data-rating': 'up' });
      up.append(icon('up'), el('span', null, 'Yes'));
      const down = el('button', { type: 'button', 'aria-pressed': 'false', 'data-rating': 'down' });
      down.append(icon('down'), el('span', null, 'No'));
      const status = el('p', { class: 'status', role: 'status' });
      let rating = null;
      let comment = null;

      async function send(extra) {
        try {
          const r = await fetch(api('api/feedback'), { method: 'POST', headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ answer_id: answerId, rating, comment: extra || null }) });
          status.textContent = r.status === 204 ? 'Thank you: your feedback was sent.'
            : r.status === 404 ? 'Sorry, that answer is too old to rate.' : 'Sorry, feedback could not be sent.';
        } catch (e) {
          status.textContent = 'Sorry, feedback could not be sent.';
        }
      }

      function rate(value) {
        rating = value;
        up.setAttribute('aria-pressed', String(value === 'up'));
        down.setAttribute('aria-pressed', String(value === 'down'));
        send(null);
        if (!comment) {
          comment = el('form', { class: 'comment' });
          const id = 'sg-c-' + answerId;
          comment.appendChild(el('label', { for: id }, 'Tell us more (optional, no names)'));
          const area = el('textarea', { id, maxlength: '2000', rows: '2' });
          comment.append(area, el('button', { type: 'submit' }, 'Send comment'));
          comment.addEventListener('submit', (ev) => {
            ev.preventDefault();
            if (area.value.trim()) send(area.value.trim());
          });
          wrap.insertBefore(comment, status);
        }
      }
      up.addEventListener('click', () => rate('up'));
      down.addEventListener('click', () => rate('down'));
      wrap.append(up, down, status);
      return wrap;
    }

    /** Parse one server-sent event block ("event: x\ndata: {...}"). */
    function parseEvent(block) {
      let event = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      return data.length ? { event, data: JSON.parse(data.join('\n')) } : null;
    }

    async function streamAnswer(body, view) {
      const r = await fetch(api('api/chat/stream'), { method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' }, body });
      if (!r.ok || !r.body || !r.body.getReader) throw new Error('stream unavailable (' + r.status + ')');
      const reader = r.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      let answerId = null;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer = (buffer + decoder.decode(value, { stream: true })).replace(/\r\n/g, '\n');
        let cut;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const ev = parseEvent(buffer.slice(0, cut));
          buffer = buffer.slice(cut + 2);
          if (!ev) continue;
          if (ev.event === 'meta') { answerId = ev.data.answer_id; view.meta(ev.data); }
          else if (ev.event === 'sentence') view.sentence(ev.data);
          else if (ev.event === 'citations') view.citations(ev.data);
          else if (ev.event === 'done') { view.done(ev.data, answerId); return; }
        }
      }
      throw new Error('stream ended early');
    }

    async function plainAnswer(body, view) {
      const r = await fetch(api('api/chat'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      if (!r.ok) throw Object.assign(new Error('HTTP ' + r.status), { status: r.status });
      const res = await r.json();
      view.meta(res);
      view.citations(res.citations);
      view.done({ answer: res.answer }, res.answer_id);
    }

    ui.form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const message = ui.input.value.trim();
      if (!message || busy) return;
      busy = true;
      ui.log.appendChild(el('div', { class: 'msg you' }, message));
      ui.input.value = '';
      scrollDown();
      const body = JSON.stringify({ message, session_id: sessionId, partnership: cfg.partnership });
      let view = answerView();
      try {
        await streamAnswer(body, view);
      } catch (streamError) {
        view.box.remove();  // start the bubble again from the complete answer
        view = answerView();
        try {
          await plainAnswer(body, view);
        } catch (plainError) {
          view.box.removeAttribute('aria-busy');
          view.box.classList.add('not-found');
          view.box.appendChild(el('p', null, plainError.status === 429 ? BUSY : UNREACHABLE));
          reveal(view.box);
        }
      }
      busy = false;
    });
  }

  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
})();
