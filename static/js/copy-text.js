// Progressive enhancement of the communication kit's text blocks (ADR 059): without script the text
// is plain and selectable; with it, each block's copy button appears and puts the text on the clipboard.
for (const button of document.querySelectorAll('button[data-copy-target]')) {
  const target = document.getElementById(button.dataset.copyTarget);
  const status = document.querySelector(`[data-copy-status="${button.dataset.copyTarget}"]`);
  if (!target || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(target.innerText);
      if (status) status.textContent = button.dataset.copied ?? '';
    } catch {
      if (status) status.textContent = button.dataset.failed ?? '';
    }
  });
}
