// The rich-text toolbar (ADR 042): progressive enhancement over a Markdown textarea. Loaded only by
// pages that edit; without it the textarea works the same. Each button edits the Markdown in place
// and keeps the selection, so undo (Ctrl+Z) and the server's rendering stay the only truth.
(() => {
  const actions = {
    bold: (s) => wrap(s, '**', '**'),
    italic: (s) => wrap(s, '*', '*'),
    heading: (s) => prefixLines(s, '## '),
    list: (s) => prefixLines(s, '- '),
    numbered: (s) => prefixLines(s, '1. '),
    quote: (s) => prefixLines(s, '> '),
    link: (s, labels) => {
      const url = window.prompt(labels.linkPrompt, 'https://');
      if (!url || !/^(https?:\/\/|mailto:)/i.test(url.trim())) return null;
      return wrap(s, '[', `](${url.trim()})`);
    }
  };

  function wrap({ value, start, end }, before, after) {
    const chosen = value.slice(start, end);
    return { text: before + chosen + after, from: start, to: end, select: [start + before.length, start + before.length + chosen.length] };
  }

  function prefixLines({ value, start, end }, prefix) {
    const from = value.lastIndexOf('\n', start - 1) + 1;
    const lines = value.slice(from, end).split('\n').map((line) => prefix + line).join('\n');
    return { text: lines, from, to: end, select: [from, from + lines.length] };
  }

  function apply(textarea, name, labels) {
    const edit = actions[name]({ value: textarea.value, start: textarea.selectionStart, end: textarea.selectionEnd }, labels);
    if (!edit) return;
    textarea.focus();
    textarea.setRangeText(edit.text, edit.from, edit.to, 'end');
    textarea.setSelectionRange(edit.select[0], edit.select[1]);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }

  function enhance(textarea) {
    const labels = JSON.parse(textarea.dataset.labels || '{}');
    const bar = document.createElement('div');
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', labels.toolbar || 'Opmaak');
    bar.setAttribute('aria-controls', textarea.id);
    for (const name of Object.keys(actions)) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button secondary';
      button.textContent = labels[name] || name;
      button.addEventListener('click', () => apply(textarea, name, labels));
      bar.append(button);
    }
    textarea.before(bar);
    textarea.addEventListener('keydown', (event) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      const name = event.key === 'b' ? 'bold' : event.key === 'i' ? 'italic' : null;
      if (!name) return;
      event.preventDefault();
      apply(textarea, name, labels);
    });
  }

  for (const textarea of document.querySelectorAll('textarea[data-rich-text]')) enhance(textarea);
})();
